package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.sa.IkeSaInfo;
import java.time.Duration;
import java.util.List;

/**
 * The rekey round of the lifecycle interop (issue 12): on an established IKE SA between ike4j and charon, a CHILD_SA
 * rekey initiated by each side, an IKE SA rekey initiated by each side (RFC 7296 §1.3.2, §1.3.3), and a last CHILD_SA
 * rekey on the twice-rekeyed IKE SA. After each: the new keys equal charon's logged ones, charon lists the new SA,
 * the replaced one is gone on both sides, nobody reported a failure.
 */
final class RekeyInterop {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private RekeyInterop() {
    }

    /** Runs the round; {@code conn} is charon's connection (its CHILD_SA has the same name). Returns the final SA ID. */
    static int run(String ctx, StrongSwanPeer charon, Ike4jPeer ike4j, String conn, boolean pfs) {
        int mark = charon.logLines().size();
        int id = ike4j.sas().get(0).saId();
        childRekey(ctx + " ike4j CHILD rekey", charon, ike4j, () -> ike4j.rekeyChild(id));
        List<String> log = charon.logLines();
        List<String> since = log.subList(mark, log.size());
        assertTrue(since.stream().anyMatch(l -> l.contains("parsed CREATE_CHILD_SA request") && l.contains("N(REKEY_SA)")
                && (!pfs || l.contains(" KE "))), ctx + ": charon saw our REKEY_SA" + (pfs ? " with KE" : "") + ":\n"
                + InteropChecks.tail(since, 30));
        childRekey(ctx + " charon CHILD rekey", charon, ike4j, () -> {
            StrongSwanPeer.Result r = charon.swanctlResult("--rekey", "--child", conn);
            return r.exitCode() == 0;
        });
        int second = ikeRekey(ctx + " ike4j IKE rekey", charon, ike4j, () -> ike4j.rekeyIke(id), id);
        int third = ikeRekey(ctx + " charon IKE rekey", charon, ike4j, () -> {
            StrongSwanPeer.Result r = charon.swanctlResult("--rekey", "--ike", conn);
            return r.exitCode() == 0;
        }, second);
        childRekey(ctx + " ike4j CHILD rekey on the rekeyed IKE SA", charon, ike4j, () -> ike4j.rekeyChild(third));
        assertTrue(ike4j.failures.isEmpty(), ctx + ": " + ike4j.failures);
        return third;
    }

    private static void childRekey(String ctx, StrongSwanPeer charon, Ike4jPeer ike4j, java.util.function.BooleanSupplier start) {
        int before = ike4j.installed.size();
        String old = ike4j.installed.get(before - 1).inboundSpi();
        assertTrue(start.getAsBoolean(), ctx + ": could not start");
        assertTrue(ike4j.awaitInstalled(before + 1, WAIT), ctx + ": no new CHILD_SA\n" + ike4j.report());
        Ike4jPeer.InstalledChild fresh = ike4j.installed.get(before);
        assertNotEquals(old, fresh.inboundSpi());
        InteropChecks.childKeysEqual(ctx, charon, fresh);
        assertTrue(InteropChecks.await(() -> ike4j.removed.contains(old), WAIT), ctx + ": the old CHILD_SA " + old
                + " is still in ike4j's key engine\n" + ike4j.report());
        assertTrue(InteropChecks.await(() -> charon.listSas().stream().flatMap(s -> s.children().stream())
                .noneMatch(cs -> cs.spiOut().equalsIgnoreCase(old)), WAIT), ctx + ": charon still lists " + old);
        assertTrue(InteropChecks.await(() -> ike4j.sas().size() == 1 && ike4j.sas().get(0).childSas() == 1, WAIT),
                ctx + ": " + ike4j.sas());
        System.out.println("Ikev2InteropTest: " + ctx + ": " + old + " -> " + fresh.inboundSpi() + ", ESP keys equal charon's");
    }

    private static int ikeRekey(String ctx, StrongSwanPeer charon, Ike4jPeer ike4j, java.util.function.BooleanSupplier start,
                                int oldId) {
        int keys = ike4j.ikeKeys.size();
        int rekeys = ike4j.rekeyedIke.size();
        assertTrue(start.getAsBoolean(), ctx + ": could not start");
        assertTrue(InteropChecks.await(() -> ike4j.rekeyedIke.size() > rekeys && ike4j.sas().size() == 1
                && ike4j.sas().get(0).saId() != oldId, WAIT), ctx + ": not rekeyed\n" + ike4j.report());
        IkeSaInfo fresh = ike4j.sas().get(0);
        assertEquals(oldId + " -> " + fresh.saId(), ike4j.rekeyedIke.get(rekeys));
        assertEquals(1, fresh.childSas(), ctx + ": the CHILD_SA moved to the new IKE SA");
        assertTrue(ike4j.ikeKeys.size() > keys, ctx + ": the new SA's keys were exported");
        InteropChecks.ikeKeysEqual(ctx, charon, ike4j.ikeKeys.get(keys));
        assertTrue(InteropChecks.await(() -> charon.listSas().size() == 1 && charon.listSas().get(0).initiatorSpi()
                .equalsIgnoreCase(fresh.spiI().toHex()) && "ESTABLISHED".equals(charon.listSas().get(0).state()), WAIT),
                ctx + ": charon lists " + charon.listSas());
        assertEquals(fresh.spiR().toHex(), charon.listSas().get(0).responderSpi().toLowerCase(), ctx);
        assertEquals(1, charon.listSas().get(0).children().size(), ctx + ": " + charon.listSas());
        System.out.println("Ikev2InteropTest: " + ctx + ": SA " + oldId + " -> " + fresh.saId() + " (SPIs " + fresh.spiI().toHex()
                + "/" + fresh.spiR().toHex() + "), IKE SA keys equal charon's");
        return fresh.saId();
    }
}
