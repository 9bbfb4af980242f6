package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.config.Retransmission;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.transport.DatagramEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * IKEv1 interop with strongSwan's charon (issue 13), both roles, on real UDP (no port 500: every message carries the
 * non-ESP marker): ike4j at 127.0.0.4:18500 initiates Main Mode PSK (with and without PFS) and Aggressive Mode to
 * "bob" (java-v1-main-psk, java-v1-aggr-psk), and "alice" initiates Main Mode PSK with PFS and DPD, and Aggressive
 * Mode, to ike4j (to-java-v1-*). After each: charon lists the ISAKMP SA ESTABLISHED and the IPsec SA INSTALLED, the
 * ESP keys of both directions equal the ones charon's save-keys plugin wrote ({@code esp_sa}), the phase-1 cipher key
 * equals its {@code ikev1_decryption_table} line, and a DELETE from either side removes the SAs on the other.
 * The charons are started once for the class and stopped by PID; if one cannot start, the class fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ikev1InteropTest {
    static final DatagramEndpoint BOB = DatagramEndpoint.of("127.0.0.2", 16500);
    private StrongSwanPeer bob;
    private StrongSwanPeer alice;

    @BeforeAll
    void start() {
        bob = StrongSwanPeer.start("bob", 16500, 16501, StrongSwanPeer.scriptDir().resolve("bob"));
        alice = StrongSwanPeer.start("alice", 15500, 15501, StrongSwanPeer.scriptDir().resolve("alice"));
    }

    @AfterAll
    void stop() {
        if (bob != null) {
            bob.stop();
        }
        if (alice != null) {
            alice.stop();
        }
    }

    /** The lines charon's save-keys plugin wrote to {@code file} (wireshark/esp_sa, wireshark/ikev1_decryption_table). */
    static List<String> saved(StrongSwanPeer charon, String file) {
        Path p = charon.runDir().resolve("wireshark").resolve(file);
        try {
            return Files.exists(p) ? Files.readAllLines(p) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** esp_sa: "IPv4","src","dst","0xSPI","AES-CBC [RFC3602]","0xKEY","HMAC-SHA-1-96 [RFC2404]","0xKEY". */
    static String[] espLine(StrongSwanPeer charon, String src, String spi) {
        String[] found = null;
        for (String l : saved(charon, "esp_sa")) {
            String[] f = l.replace("\"", "").split(",");
            if (f.length == 8 && f[1].equals(src) && f[3].equalsIgnoreCase("0x" + spi)) {
                found = f;
            }
        }
        return found;
    }

    static void keysEqual(String ctx, StrongSwanPeer charon, String charonAddr, Ike4jV1Peer ike4j) {
        assertTrue(Ike4jV1Peer.await(() -> !ike4j.installed.isEmpty(), Duration.ofSeconds(10)), ctx + ": " + ike4j.report());
        Ike4jV1Peer.Installed c = ike4j.installed.get(ike4j.installed.size() - 1);
        assertTrue(Ike4jV1Peer.await(() -> espLine(charon, charonAddr, c.inboundSpi()) != null
                && espLine(charon, "127.0.0.4", c.outboundSpi()) != null, Duration.ofSeconds(10)),
                ctx + ": charon saved no ESP keys for " + c + "\n" + saved(charon, "esp_sa"));
        String[] in = espLine(charon, charonAddr, c.inboundSpi());
        String[] out = espLine(charon, "127.0.0.4", c.outboundSpi());
        assertEquals("0x" + c.encrIn().toHex(), in[5].toLowerCase(Locale.ROOT), ctx + ": ESP key of our inbound SA");
        assertEquals("0x" + c.integIn().toHex(), in[7].toLowerCase(Locale.ROOT), ctx + ": ESP integrity key, inbound");
        assertEquals("0x" + c.encrOut().toHex(), out[5].toLowerCase(Locale.ROOT), ctx + ": ESP key of our outbound SA");
        assertEquals("0x" + c.integOut().toHex(), out[7].toLowerCase(Locale.ROOT), ctx + ": ESP integrity key, outbound");
        String ours = ike4j.keyLines.get(ike4j.keyLines.size() - 1);
        assertTrue(saved(charon, "ikev1_decryption_table").stream().anyMatch(l -> l.equalsIgnoreCase(ours)),
                ctx + ": phase-1 key " + ours + " not in charon's " + saved(charon, "ikev1_decryption_table"));
        assertTrue(Ike4jV1Peer.await(() -> charon.listSas().stream().flatMap(s -> s.children().stream())
                .anyMatch(x -> "INSTALLED".equals(x.state()) && x.spiOut().equalsIgnoreCase(c.inboundSpi())),
                Duration.ofSeconds(10)), ctx + ": charon lists no INSTALLED IPsec SA: " + charon.listSas());
        assertTrue(charon.listSas().stream().anyMatch(s -> s.version() == 1 && "ESTABLISHED".equals(s.state())),
                charon.listSas().toString());
        System.out.println("Ikev1InteropTest: " + ctx + ": ESTABLISHED+INSTALLED, ESP keys of both SAs and the phase-1 key equal"
                + " (SPIs " + c.inboundSpi() + "/" + c.outboundSpi() + ")");
    }

    private void ike4jInitiates(String ctx, String id, String esp, int pfs, String localTs, boolean aggressive) {
        try (Ike4jV1Peer ike4j = Ike4jV1Peer.psk(id, esp, pfs, localTs, "127.16.2.0/24")) {
            int sa = ike4j.initiate(BOB, aggressive);
            assertTrue(Ike4jV1Peer.await(() -> !ike4j.installed.isEmpty(), Duration.ofSeconds(15)), ike4j.report());
            keysEqual(ctx, bob, "127.0.0.2", ike4j);
            assertEquals(pfs, ike4j.installed.get(0).pfsGroup());
            int mark = bob.logLines().size();
            assertTrue(ike4j.delete(sa));
            String cookie = ike4j.keyLines.get(0).split(",")[0];
            assertTrue(Ike4jV1Peer.await(() -> bob.listSas().stream().noneMatch(x -> cookie.equalsIgnoreCase(x.initiatorSpi())),
                    Duration.ofSeconds(10)), ctx + ": charon kept " + bob.listSas());
            List<String> since = bob.logLines().subList(mark, bob.logLines().size());
            assertTrue(since.stream().anyMatch(l -> l.contains("received DELETE for ESP CHILD_SA with SPI " + ike4j.installed.get(0).inboundSpi())),
                    InteropChecks.tail(since, 20));
            assertTrue(since.stream().anyMatch(l -> l.contains("received DELETE for IKE_SA")), InteropChecks.tail(since, 20));
            assertEquals(List.of(), ike4j.failures);
        }
    }

    @Test
    void ike4jMainModeToCharon() {
        ike4jInitiates("ike4j->charon Main Mode aes128-sha1-modp2048/esp aes128-sha1", "java@v1-main-psk.ike.test",
                "esp-aes esp-sha-hmac", 0, "127.16.4.0/24", false);
    }

    @Test
    void ike4jMainModeWithPfsToCharon() {
        ike4jInitiates("ike4j->charon Main Mode, Quick Mode PFS modp2048", "java@v1-main-psk.ike.test",
                "esp-aes esp-sha-hmac", 14, "127.16.4.0/24", false);
    }

    @Test
    void ike4jAggressiveModeToCharon() {
        ike4jInitiates("ike4j->charon Aggressive Mode", "java@v1-aggr-psk.ike.test", "esp-aes esp-sha-hmac", 0,
                "127.16.5.0/24", true);
    }

    /** RSA signatures one way (ike4j's certificate java-rsa, charon's bob-rsa, same CA): RFC 2409 §5.1. */
    @Test
    void ike4jMainModeWithRsaSignaturesToCharon() {
        try (Ike4jV1Peer ike4j = new Ike4jV1Peer("aes128-sha256-modp2048", "esp-aes esp-sha256-hmac", 0, "java-rsa.ike.test",
                "127.16.4.0/24", "127.16.2.0/24", null, Retransmission.STRONGSWAN_DEFAULT, 0, "java-rsa")) {
            int mark = bob.logLines().size();
            int sa = ike4j.initiate(BOB, false);
            assertTrue(Ike4jV1Peer.await(() -> !ike4j.installed.isEmpty(), Duration.ofSeconds(15)),
                    ike4j.report() + "\n" + InteropChecks.tail(bob.logLines(), 40));
            keysEqual("ike4j->charon Main Mode RSA signatures", bob, "127.0.0.2", ike4j);
            List<String> since = bob.logLines().subList(mark, bob.logLines().size());
            assertTrue(since.stream().anyMatch(l -> l.contains("received end entity cert \"C=CH, O=IKE Interop Test, CN=java-rsa.ike.test\"")),
                    InteropChecks.tail(since, 40));
            assertTrue(since.stream().anyMatch(l -> l.contains("authentication of 'java-rsa.ike.test' with RSA") && l.contains("successful")),
                    InteropChecks.tail(since, 40));
            assertTrue(ike4j.delete(sa));
            assertEquals(List.of(), ike4j.failures);
        }
    }

    @Test
    void charonMainModeWithPfsAndDpdBothWays() {
        try (Ike4jV1Peer ike4j = new Ike4jV1Peer("aes128-sha1-modp2048", "esp-aes esp-sha-hmac", 14, "java.ike.test",
                "127.16.4.0/24", "127.16.1.0/24", Ike4jPeer.PSK, Retransmission.STRONGSWAN_DEFAULT, 0)) {
            int mark = alice.logLines().size();
            StrongSwanPeer.Result r = alice.swanctlResult("--initiate", "--child", "to-java-v1-main-psk", "--timeout", "15");
            try {
                assertTrue(r.output().contains("initiate completed successfully"), r.output() + ike4j.report());
                keysEqual("charon->ike4j Main Mode, PFS", alice, "127.0.0.1", ike4j);
                assertEquals(14, ike4j.installed.get(0).pfsGroup());
                // charon's DPD (dpd_delay 3 s) answered by ike4j, and ike4j's answered by charon
                assertTrue(Ike4jV1Peer.await(() -> {
                    List<String> l = alice.logLines();
                    return l.subList(mark, l.size()).stream().anyMatch(x -> x.contains("[ HASH N(DPD_ACK) ]") && x.contains("parsed"));
                }, Duration.ofSeconds(10)), "charon's R-U-THERE got no ACK:\n" + InteropChecks.tail(alice.logLines(), 30));
                int sa = ike4j.sas().get(0).saId();
                assertTrue(ike4j.checkLiveness(sa), "charon announced DPD");
                assertTrue(Ike4jV1Peer.await(() -> ike4j.liveness.contains(true), Duration.ofSeconds(10)), ike4j.report());
                alice.swanctlResult("--terminate", "--ike", "to-java-v1-main-psk", "--timeout", "10");
                assertTrue(Ike4jV1Peer.await(() -> ike4j.sas().isEmpty(), Duration.ofSeconds(10)), "charon's DELETE: " + ike4j.report());
                assertTrue(ike4j.deleted.contains("received DELETE for the ISAKMP SA"), ike4j.deleted.toString());
                assertEquals(List.of(), ike4j.failures);
            } finally {
                alice.swanctlResult("--terminate", "--ike", "to-java-v1-main-psk", "--timeout", "10");
            }
        }
    }

    @Test
    void charonAggressiveModeToIke4j() {
        try (Ike4jV1Peer ike4j = new Ike4jV1Peer("aes128-sha1-modp2048", "esp-aes esp-sha-hmac", 0, "java.ike.test",
                "127.16.4.0/24", "127.16.1.0/24", Ike4jPeer.PSK, Retransmission.STRONGSWAN_DEFAULT, 0)) {
            StrongSwanPeer.Result r = alice.swanctlResult("--initiate", "--child", "to-java-v1-aggr-psk", "--timeout", "15");
            try {
                assertTrue(r.output().contains("initiate completed successfully"), r.output() + ike4j.report());
                keysEqual("charon->ike4j Aggressive Mode", alice, "127.0.0.1", ike4j);
                assertTrue(ike4j.trace.contains("IKE_READY IKE_AM_EXCH IKE_R_AM1"), ike4j.trace.toString());
            } finally {
                alice.swanctlResult("--terminate", "--ike", "to-java-v1-aggr-psk", "--timeout", "10");
            }
            assertTrue(Ike4jV1Peer.await(() -> ike4j.sas().isEmpty(), Duration.ofSeconds(10)), ike4j.report());
        }
    }

    @Test
    void wrongPskIsAnAuthenticationFailure() {
        try (Ike4jV1Peer ike4j = new Ike4jV1Peer("aes128-sha1-modp2048", "esp-aes esp-sha-hmac", 0, "java@v1-main-psk.ike.test",
                "127.16.4.0/24", "127.16.2.0/24", "not-the-interop-psk", new Retransmission(Duration.ofSeconds(1), 1.5, 2), 0)) {
            int mark = bob.logLines().size();
            ike4j.initiate(BOB, false);
            assertTrue(Ike4jV1Peer.await(() -> !ike4j.failures.isEmpty(), Duration.ofSeconds(20)), ike4j.report());
            IkeFailure f = ike4j.failures.get(0);
            System.out.println("Ikev1InteropTest: ike4j->charon wrong PSK: " + f.logLine());
            assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason(), f.logLine());
            assertTrue(ike4j.installed.isEmpty());
            List<String> since = bob.logLines().subList(mark, bob.logLines().size());
            assertTrue(since.stream().noneMatch(l -> l.contains("established between")), InteropChecks.tail(since, 30));
        }
    }
}
