package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ike4j.codec.Bytes;
import io.ike4j.sa.IkeSaInfo;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The matrix's acceptance check (issue 4 "Interop with a real peer"): charon lists the IKE SA ESTABLISHED and
 * the CHILD_SA INSTALLED with the case's algorithms, and the ESP keys ike4j handed to its KeyEngine equal the
 * keys charon logged (level 4, group chd) for the same SPIs — both directions, encryption and integrity.
 */
final class InteropChecks {
    private InteropChecks() {
    }

    /**
     * @param charonConn the connection (and child) name charon uses for this SA
     * @param direction  e.g. {@code ike4j->charon}, for the summary line
     */
    static void check(String direction, String label, InteropCase c, StrongSwanPeer charon, Ike4jPeer ike4j,
                      String charonConn, int logMark, List<String> mustLog) {
        String ctx = direction + " " + label;
        if (!ike4j.awaitInstalled(1, Duration.ofSeconds(15))) {
            fail(ctx + ": ike4j installed no CHILD_SA within 15 s\nike4j:\n" + ike4j.report() + "\ncharon log tail:\n"
                    + tail(charon.logLines(), 60));
        }
        assertEquals(1, ike4j.installed.size(), ctx + ": one CHILD_SA installed by ike4j");
        assertEquals(1, ike4j.established.size(), ctx + ": one IKE SA up in ike4j\n" + ike4j.report());
        IkeSaInfo mine = ike4j.established.get(0);
        Ike4jPeer.InstalledChild child = ike4j.installed.get(0);

        // charon may still be finishing IKE_AUTH (responder: it installs before sending its response)
        IkeSaStatus sa = null;
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            sa = charon.listSas().stream().filter(s -> s.initiatorSpi().equalsIgnoreCase(mine.spiI().toHex()))
                    .findFirst().orElse(null);
            if (sa != null && "ESTABLISHED".equals(sa.state()) && sa.children().stream().anyMatch(ch -> "INSTALLED".equals(ch.state()))) {
                break;
            }
            Ike4jPeer.sleep(100);
        }
        if (sa == null) {
            fail(ctx + ": charon lists no IKE SA with SPIi " + mine.spiI().toHex() + ": " + charon.listSas()
                    + "\ncharon log tail:\n" + tail(charon.logLines(), 60));
        }
        assertEquals(charonConn, sa.name(), ctx);
        assertEquals("ESTABLISHED", sa.state(), ctx);
        assertEquals(2, sa.version(), ctx);
        assertEquals(mine.spiR().toHex(), sa.responderSpi().toLowerCase(), ctx + ": SPIr");
        assertEquals(c.encr(), sa.encrAlg(), ctx);
        assertEquals(c.keySize(), sa.encrKeySize(), ctx);
        assertEquals(c.integ(), sa.integAlg(), ctx);
        assertEquals(c.prf(), sa.prfAlg(), ctx);
        assertEquals(c.dh(), sa.dhGroup(), ctx);
        assertEquals(1, sa.children().size(), ctx + ": " + sa.children());
        ChildSaStatus cs = sa.children().get(0);
        assertEquals("INSTALLED", cs.state(), ctx);
        assertEquals("ESP", cs.protocol(), ctx);
        assertEquals("TUNNEL", cs.mode(), ctx);
        assertEquals(c.espEncr(), cs.encrAlg(), ctx);
        assertEquals(c.espInteg(), cs.integAlg(), ctx);
        // ike4j's inbound SA is charon's outbound SA and vice versa (RFC 7296 §2.17: each side picks its inbound SPI)
        assertEquals(child.inboundSpi(), cs.spiOut().toLowerCase(), ctx + ": ike4j in = charon out");
        assertEquals(child.outboundSpi(), cs.spiIn().toLowerCase(), ctx + ": ike4j out = charon in");

        List<ChildSaKeys> logged = charon.logKeys().childKeys().stream()
                .filter(k -> k.spiIn().equalsIgnoreCase(child.outboundSpi()) && k.spiOut().equalsIgnoreCase(child.inboundSpi()))
                .toList();
        assertEquals(1, logged.size(), ctx + ": charon logged the keys of SPIs " + child + " once");
        ChildSaKeys k = logged.get(0);
        assertEquals(c.espEncrKeyLen(), k.encrI().length(), ctx);
        assertEquals(c.espIntegKeyLen(), k.integI().length(), ctx);
        assertEquals(k.encrI(), child.encrIr(), ctx + ": ESP encryption key initiator->responder");
        assertEquals(k.encrR(), child.encrRi(), ctx + ": ESP encryption key responder->initiator");
        assertEquals(k.integI(), child.integIr(), ctx + ": ESP integrity key initiator->responder");
        assertEquals(k.integR(), child.integRi(), ctx + ": ESP integrity key responder->initiator");
        assertNotEquals(k.encrI(), k.encrR(), ctx + ": directions differ");
        // the IKE SA keys too (RFC 7296 §2.14): charon's log carries no SPIs with them, so match by SK_d
        assertEquals(1, ike4j.ikeKeys.size(), ctx + ": IKE SA keys exported once");
        List<Bytes> sk = ike4j.ikeKeys.get(0);
        List<IkeSaKeys> ikeLogged = charon.logKeys().ikeKeys().stream().filter(x -> x.skD().equals(sk.get(0))).toList();
        assertEquals(1, ikeLogged.size(), ctx + ": charon logged ike4j's SK_d once");
        IkeSaKeys ik = ikeLogged.get(0);
        assertEquals(List.of(ik.skD(), ik.skAi(), ik.skAr(), ik.skEi(), ik.skEr(), ik.skPi(), ik.skPr()), sk,
                ctx + ": SK_d, SK_ai, SK_ar, SK_ei, SK_er, SK_pi, SK_pr");
        List<String> log = charon.logLines();
        List<String> since = log.subList(Math.min(logMark, log.size()), log.size());
        for (String re : mustLog) {
            Pattern p = Pattern.compile(re);
            assertTrue(since.stream().anyMatch(l -> p.matcher(l).find()), ctx + ": charon log has no line matching /" + re
                    + "/:\n" + tail(since, 80));
        }
        assertTrue(ike4j.failures.isEmpty(), ctx + ": ike4j reported failures: " + ike4j.failures);
        System.out.println("Ikev2InteropTest: " + direction + " " + label + ": ESTABLISHED+INSTALLED, ESP keys equal (2 SAs), "
                + "IKE SA keys equal (SPIs " + child.inboundSpi() + "/" + child.outboundSpi() + ")");
    }

    /**
     * The keys of CHILD_SA {@code child} as ike4j installed it equal the ones charon logged for the same SPIs (a
     * rekeyed one too: RFC 7296 §2.17, the nonces and KE of the CREATE_CHILD_SA exchange), and charon lists it INSTALLED.
     */
    static void childKeysEqual(String ctx, StrongSwanPeer charon, Ike4jPeer.InstalledChild child) {
        assertTrue(await(() -> charon.logKeys().childKeys().stream().anyMatch(k -> k.spiIn().equalsIgnoreCase(child.outboundSpi())
                && k.spiOut().equalsIgnoreCase(child.inboundSpi())), Duration.ofSeconds(10)),
                ctx + ": charon logged no keys for SPIs " + child.inboundSpi() + "/" + child.outboundSpi());
        List<ChildSaKeys> logged = charon.logKeys().childKeys().stream()
                .filter(k -> k.spiIn().equalsIgnoreCase(child.outboundSpi()) && k.spiOut().equalsIgnoreCase(child.inboundSpi()))
                .toList();
        assertEquals(1, logged.size(), ctx + ": charon logged the keys of " + child.inboundSpi() + " once");
        ChildSaKeys k = logged.get(0);
        assertEquals(k.encrI(), child.encrIr(), ctx + ": ESP encryption key initiator->responder");
        assertEquals(k.encrR(), child.encrRi(), ctx + ": ESP encryption key responder->initiator");
        assertEquals(k.integI(), child.integIr(), ctx + ": ESP integrity key initiator->responder");
        assertEquals(k.integR(), child.integRi(), ctx + ": ESP integrity key responder->initiator");
        assertTrue(await(() -> charon.listSas().stream().flatMap(sa -> sa.children().stream()).anyMatch(cs ->
                "INSTALLED".equals(cs.state()) && cs.spiOut().equalsIgnoreCase(child.inboundSpi())), Duration.ofSeconds(10)),
                ctx + ": charon lists no INSTALLED CHILD_SA with out SPI " + child.inboundSpi() + ": " + charon.listSas());
    }

    /** IKE SA keys {@code sk} (SK_d ... SK_pr as ike4j exported them) are the ones charon logged (matched by SK_d). */
    static void ikeKeysEqual(String ctx, StrongSwanPeer charon, List<Bytes> sk) {
        assertTrue(await(() -> charon.logKeys().ikeKeys().stream().anyMatch(x -> x.skD().equals(sk.get(0))), Duration.ofSeconds(10)),
                ctx + ": charon logged no IKE SA with ike4j's SK_d");
        IkeSaKeys ik = charon.logKeys().ikeKeys().stream().filter(x -> x.skD().equals(sk.get(0))).findFirst().orElseThrow();
        assertEquals(List.of(ik.skD(), ik.skAi(), ik.skAr(), ik.skEi(), ik.skEr(), ik.skPi(), ik.skPr()), sk,
                ctx + ": SK_d, SK_ai, SK_ar, SK_ei, SK_er, SK_pi, SK_pr");
    }

    /** Polls {@code cond} every 100 ms until it holds or {@code timeout} passes; returns its last value. */
    static boolean await(java.util.function.BooleanSupplier cond, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Ike4jPeer.sleep(100);
        }
        return true;
    }

    static String tail(List<String> lines, int n) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }
}
