package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.AuthMethod;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.transport.DatagramEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interop matrix, direction 1 (issue 4): the ike4j engine on real UDP at 127.0.0.4:18500 INITIATES to
 * strongSwan's charon "bob" (127.0.0.2:16500, interop/strongswan/bob: java-v2-psk, java-v2-rsa). One charon for
 * the class, started once, stopped by PID; if it cannot start the class fails (never skips). Each case checks
 * charon's ESTABLISHED/INSTALLED and ESP key equality ({@link InteropChecks}) and then has charon delete the SA.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ikev2InteropInitiatorTest {
    static final DatagramEndpoint BOB = DatagramEndpoint.of("127.0.0.2", 16500);
    private StrongSwanPeer bob;

    @BeforeAll
    void startBob() {
        bob = StrongSwanPeer.start("bob", 16500, 16501, StrongSwanPeer.scriptDir().resolve("bob"));
    }

    @AfterAll
    void stopBob() {
        if (bob != null) {
            bob.stop();
        }
    }

    static Stream<InteropCase> pskCases() {
        return Stream.of(InteropCase.MODP2048, InteropCase.GCM_ECP384, InteropCase.X25519);
    }

    @ParameterizedTest(name = "ike4j->charon PSK {0}")
    @MethodSource("pskCases")
    void psk(InteropCase c) {
        run(c, c.ikeProposal(), Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java@v2-psk.ike.test",
                "127.16.4.0/24", "127.16.2.0/24"), "java-v2-psk",
                List.of("authentication of 'java@v2-psk.ike.test' with pre-shared key successful"));
    }

    /** RSA-2048 certificates, RFC 7427 signatures; charon (fragment_size 512) answers IKE_AUTH in SKF fragments. */
    @Test
    void rsaCertificates() {
        InteropCase c = InteropCase.MODP2048;
        run(c, "RSA " + c.ikeProposal(), Ike4jPeer.Setup.cert(c, "rsa", AuthMethod.RSA_SIG, "127.16.4.0/24", "127.16.2.0/24"),
                "java-v2-rsa", List.of("received end entity cert \"C=CH, O=IKE Interop Test, CN=java-rsa.ike.test\"",
                        "authentication of 'java-rsa.ike.test' with RSA_EMSA_PKCS1_SHA2_256 successful",
                        "splitting IKE message \\(\\d+ bytes\\) into [2-9] fragments",
                        "generating IKE_AUTH response 1 \\[ EF\\(1/"));
    }

    /**
     * IKE fragmentation both ways with small fragments (issue 12, RFC 7383): ike4j sends its RSA IKE_AUTH as SKF
     * fragments of at most 512 octets, charon (fragment_size 512) reassembles them and answers in fragments too.
     */
    @Test
    void rsaCertificatesWithIke4jFragmenting() {
        InteropCase c = InteropCase.MODP2048;
        run(c, "RSA fragmented " + c.ikeProposal(), Ike4jPeer.Setup.cert(c, "rsa", AuthMethod.RSA_SIG, "127.16.4.0/24",
                "127.16.2.0/24").withFragmentSize(512), "java-v2-rsa",
                List.of("received fragment #1 of [2-9], waiting for complete IKE message",
                        "received fragment #[2-9] of [2-9], reassembled fragmented IKE message",
                        "authentication of 'java-rsa.ike.test' with RSA_EMSA_PKCS1_SHA2_256 successful",
                        "generating IKE_AUTH response 1 \\[ EF\\(1/"));
    }

    /** ECDSA P-256 certificates (bob's java-v2-ecdsa, an ike4j addition to bob/swanctl.conf). */
    @Test
    void ecdsaCertificates() {
        InteropCase c = InteropCase.ECP256_GCM128;
        run(c, "ECDSA " + c.ikeProposal(), Ike4jPeer.Setup.cert(c, "ecdsa", AuthMethod.ECDSA_SIG, "127.16.4.0/24",
                "127.16.2.0/24"), "java-v2-ecdsa", List.of("received end entity cert \"C=CH, O=IKE Interop Test, CN=java-ecdsa.ike.test\"",
                "authentication of 'java-ecdsa.ike.test' with ECDSA_WITH_SHA256_DER successful"));
    }

    /** Negative control: a wrong PSK must fail on both sides (RFC 7296 §2.21.2: AUTHENTICATION_FAILED). */
    @Test
    void wrongPskFailsOnBothSides() {
        InteropCase c = InteropCase.MODP2048;
        int mark = bob.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java@v2-psk.ike.test",
                "127.16.4.0/24", "127.16.2.0/24").withPsk("not-the-interop-psk"))) {
            ike4j.initiate(BOB);
            IkeFailure f = ike4j.awaitFailure(Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError(
                    "ike4j reported no failure\n" + ike4j.report()));
            System.out.println("Ikev2InteropTest: ike4j->charon wrong PSK: " + f.logLine());
            assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason(), f.logLine());
            assertEquals(Ikev2NotifyType.AUTHENTICATION_FAILED.number(), f.notifyReceived().orElse(-1), f.logLine());
            assertTrue(ike4j.installed.isEmpty(), "no CHILD_SA installed");
            List<String> log = bob.logLines();
            List<String> since = log.subList(mark, log.size());
            assertTrue(since.stream().anyMatch(l -> l.contains("MAC mismatched")), InteropChecks.tail(since, 40));
            assertTrue(since.stream().anyMatch(l -> l.contains("N(AUTH_FAILED)")), InteropChecks.tail(since, 40));
            assertTrue(bob.listSas().stream().noneMatch(s -> "ESTABLISHED".equals(s.state())), bob.listSas().toString());
        }
    }

    /**
     * Negative control: an IKE proposal bob does not accept gets NO_PROPOSAL_CHOSEN (RFC 7296 §2.7). The notify is
     * unauthenticated, so ike4j keeps retransmitting until the exchange times out (§2.21.1; 1 + 1.5 + 2.25 s here)
     * and then fails with what charon said each time.
     */
    @Test
    void proposalMismatchFails() {
        long start = System.nanoTime();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk("aes256-sha512-modp4096", "esp-aes 128 esp-sha256-hmac",
                "java@v2-psk.ike.test", "127.16.4.0/24", "127.16.2.0/24")
                .withRetransmission(new io.ike4j.config.Retransmission(Duration.ofSeconds(1), 1.5, 2)))) {
            ike4j.initiate(BOB);
            IkeFailure f = ike4j.awaitFailure(Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError(
                    "ike4j reported no failure\n" + ike4j.report()));
            System.out.println("Ikev2InteropTest: ike4j->charon proposal mismatch: " + f.logLine());
            assertEquals(FailureReason.PHASE1_PROPOSAL_MISMATCH, f.reason(), f.logLine());
            assertEquals(Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number(), f.notifyReceived().orElse(-1), f.logLine());
            assertTrue(f.detail().contains("no usable response, giving up after 2 retransmits"), f.logLine());
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(4500).toNanos(), "failed only at the timeout");
        }
    }

    /**
     * INVALID_KE_PAYLOAD against a real responder (RFC 7296 §1.2, §2.7): ike4j offers x25519 first (and sends
     * its KE), bob prefers its configured modp2048, asks for group 14, and ike4j retries IKE_SA_INIT with it.
     */
    @Test
    void invalidKeRetry() {
        InteropCase c = InteropCase.MODP2048;
        run(c, "INVALID_KE x25519->modp2048", Ike4jPeer.Setup.psk("aes128-sha256-x25519,aes128-sha256-modp2048",
                c.iosEsp(), "java@v2-psk.ike.test", "127.16.4.0/24", "127.16.2.0/24"), "java-v2-psk",
                List.of("DH group CURVE_25519 unacceptable, requesting MODP_2048",
                        "authentication of 'java@v2-psk.ike.test' with pre-shared key successful"));
    }

    /**
     * ike4j's dead peer detection against charon (issue 12): {@code dpd 10 2 periodic}; after 10 s ike4j sends an empty
     * INFORMATIONAL request, charon answers it, and the SA stays up on both sides.
     */
    @Test
    void ike4jDpdIsAnsweredByCharon() {
        InteropCase c = InteropCase.MODP2048;
        int mark = bob.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java@v2-psk.ike.test",
                "127.16.4.0/24", "127.16.2.0/24").withDpd(new io.ike4j.config.DpdSettings(10, 2, true), false))) {
            int id = ike4j.initiate(BOB);
            try {
                assertTrue(ike4j.awaitInstalled(1, Duration.ofSeconds(15)), ike4j.report());
                assertTrue(InteropChecks.await(() -> {
                    List<String> log = bob.logLines();
                    return log.subList(mark, log.size()).stream().anyMatch(l -> l.contains("generating INFORMATIONAL response 2 [ ]"));
                }, Duration.ofSeconds(20)), "charon answered no liveness check:\n" + InteropChecks.tail(bob.logLines(), 30));
                List<String> log = bob.logLines();
                List<String> since = log.subList(mark, log.size());
                assertTrue(since.stream().anyMatch(l -> l.contains("parsed INFORMATIONAL request 2 [ ]")), InteropChecks.tail(since, 30));
                assertEquals(io.ike4j.sm.v2.Ikev2State.READY, ike4j.sas().get(0).state());
                assertEquals(3, ike4j.sas().get(0).nextRequestId(), "request 2 was the check and it was answered");
                assertTrue(bob.listSas().stream().anyMatch(x -> "ESTABLISHED".equals(x.state())), bob.listSas().toString());
                assertTrue(ike4j.failures.isEmpty(), ike4j.failures.toString());
                assertTrue(ike4j.delete(id));
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty(), Duration.ofSeconds(10)), bob.listSas().toString());
            } finally {
                if (!bob.listSas().isEmpty()) {
                    bob.swanctlResult("--terminate", "--ike", "java-v2-psk", "--timeout", "10");
                }
            }
        }
    }

    /**
     * charon deletes the IKE SA ({@code swanctl --terminate --ike}, a bare IKE_SA DELETE: vEdge scenario 3); ike4j
     * answers, drops the SA and its CHILD_SA and, with auto-reconnect, establishes a new one with charon at once.
     */
    @Test
    void charonTerminatesAndAnAutoReconnectingIke4jComesBack() {
        InteropCase c = InteropCase.MODP2048;
        int mark = bob.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java@v2-psk.ike.test",
                "127.16.4.0/24", "127.16.2.0/24").withDpd(null, true))) {
            int first = ike4j.initiate(BOB);
            try {
                assertTrue(ike4j.awaitInstalled(1, Duration.ofSeconds(15)), ike4j.report());
                bob.swanctlResult("--terminate", "--ike", "java-v2-psk", "--timeout", "10");
                assertTrue(InteropChecks.await(() -> ike4j.trace.contains("IKE SA " + first + " deleted: received DELETE for IKE_SA"),
                        Duration.ofSeconds(10)), ike4j.report());
                assertTrue(ike4j.awaitInstalled(2, Duration.ofSeconds(15)), "no second CHILD_SA: " + ike4j.report());
                assertTrue(InteropChecks.await(() -> ike4j.sas().size() == 1 && ike4j.sas().get(0).saId() != first
                        && ike4j.sas().get(0).state() == io.ike4j.sm.v2.Ikev2State.READY, Duration.ofSeconds(10)), ike4j.report());
                assertTrue(InteropChecks.await(() -> bob.listSas().stream().anyMatch(x -> "ESTABLISHED".equals(x.state())),
                        Duration.ofSeconds(10)), bob.listSas().toString());
                List<String> log = bob.logLines();
                List<String> since = log.subList(mark, log.size());
                assertTrue(since.stream().anyMatch(l -> l.contains("generating INFORMATIONAL request") && l.contains("[ D ]")),
                        InteropChecks.tail(since, 40));
                assertTrue(since.stream().anyMatch(l -> l.contains("parsed INFORMATIONAL response") && l.contains("[ ]")),
                        "ike4j answered the DELETE:\n" + InteropChecks.tail(since, 40));
                int again = ike4j.sas().get(0).saId();
                assertTrue(ike4j.delete(again));
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty(), Duration.ofSeconds(10)), bob.listSas().toString());
                assertTrue(InteropChecks.await(() -> ike4j.sas().isEmpty(), Duration.ofSeconds(10)),
                        "our own DELETE does not reconnect: " + ike4j.sas());
            } finally {
                if (!bob.listSas().isEmpty()) {
                    bob.swanctlResult("--terminate", "--ike", "java-v2-psk", "--timeout", "10");
                }
            }
        }
    }

    /**
     * CHILD_SA deletes both ways (issue 12, RFC 7296 §1.4.1): charon's {@code swanctl --terminate --child}, then on a
     * second IKE SA (no CREATE_CHILD_SA yet to make another CHILD_SA) ike4j's {@code deleteChild}. Each time the
     * CHILD_SA goes on both sides and the IKE SA stays.
     */
    @Test
    void childSaDeletesBothWays() {
        InteropCase c = InteropCase.MODP2048;
        int mark = bob.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java@v2-psk.ike.test",
                "127.16.4.0/24", "127.16.2.0/24"))) {
            try {
                int id = ike4j.initiate(BOB);
                assertTrue(ike4j.awaitInstalled(1, Duration.ofSeconds(15)), ike4j.report());
                String ours = ike4j.installed.get(0).inboundSpi();
                bob.swanctlResult("--terminate", "--child", "java-v2-psk", "--timeout", "10");
                assertTrue(InteropChecks.await(() -> ike4j.removed.contains(ours), Duration.ofSeconds(10)),
                        "charon's CHILD_SA DELETE: " + ike4j.report());
                assertTrue(InteropChecks.await(() -> ike4j.sas().get(0).childSas() == 0, Duration.ofSeconds(5)), ike4j.report());
                assertEquals(io.ike4j.sm.v2.Ikev2State.READY, ike4j.sas().get(0).state(), "the IKE SA stays");
                assertTrue(bob.listSas().stream().anyMatch(x -> "ESTABLISHED".equals(x.state())), bob.listSas().toString());
                assertTrue(ike4j.delete(id));
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty() && ike4j.sas().isEmpty(), Duration.ofSeconds(10)),
                        bob.listSas().toString());

                int id2 = ike4j.initiate(BOB);
                assertTrue(ike4j.awaitInstalled(2, Duration.ofSeconds(15)), ike4j.report());
                String ours2 = ike4j.installed.get(1).inboundSpi();
                assertTrue(ike4j.deleteChild(id2));
                assertTrue(InteropChecks.await(() -> ike4j.removed.contains(ours2), Duration.ofSeconds(10)), ike4j.report());
                List<String> log = bob.logLines();
                List<String> since = log.subList(mark, log.size());
                assertTrue(since.stream().anyMatch(l -> l.contains("received DELETE for ESP CHILD_SA with SPI " + ours2)),
                        InteropChecks.tail(since, 40));
                assertTrue(since.stream().anyMatch(l -> l.contains("generating INFORMATIONAL response") && l.contains("[ D ]")),
                        InteropChecks.tail(since, 40));
                assertEquals(io.ike4j.sm.v2.Ikev2State.READY, ike4j.sas().get(0).state());
                assertTrue(InteropChecks.await(() -> bob.listSas().stream().anyMatch(x -> "ESTABLISHED".equals(x.state())
                        && x.children().isEmpty()), Duration.ofSeconds(5)), bob.listSas().toString());
                assertTrue(ike4j.delete(id2));
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty(), Duration.ofSeconds(10)), bob.listSas().toString());
            } finally {
                if (!bob.listSas().isEmpty()) {
                    bob.swanctlResult("--terminate", "--ike", "java-v2-psk", "--timeout", "10");
                }
            }
        }
    }

    /**
     * Rekeys both ways on an SA ike4j initiated (issue 12): CHILD_SA rekeys by ike4j (with a PFS KE of group 14, which
     * bob's aes128-sha256-modp2048 ESP proposal takes) and by charon ({@code swanctl --rekey --child}), IKE SA rekeys by
     * each ({@code swanctl --rekey --ike}); keys after each equal charon's ({@link RekeyInterop}).
     */
    @Test
    void rekeysBothWays() {
        InteropCase c = InteropCase.MODP2048;
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java@v2-psk.ike.test",
                "127.16.4.0/24", "127.16.2.0/24").withPfs(14))) {
            int id = ike4j.initiate(BOB);
            try {
                InteropChecks.check("ike4j->charon", "before rekeys", c, bob, ike4j, "java-v2-psk", bob.logLines().size(), List.of());
                int last = RekeyInterop.run("ike4j->charon", bob, ike4j, "java-v2-psk", true);
                assertTrue(ike4j.delete(last));
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty(), Duration.ofSeconds(10)), bob.listSas().toString());
            } finally {
                if (!bob.listSas().isEmpty()) {
                    bob.swanctlResult("--terminate", "--ike", "java-v2-psk", "--timeout", "10");
                }
            }
        }
    }

    /** Each case ends with ike4j deleting the IKE SA (INFORMATIONAL DELETE); charon must drop it. */
    private void run(InteropCase c, String label, Ike4jPeer.Setup setup, String conn, List<String> mustLog) {
        int mark = bob.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(setup)) {
            int id = ike4j.initiate(BOB);
            try {
                InteropChecks.check("ike4j->charon", label, c, bob, ike4j, conn, mark, mustLog);
                assertTrue(ike4j.delete(id), "ike4j knows SA " + id);
                assertTrue(InteropChecks.await(() -> bob.listSas().isEmpty(), Duration.ofSeconds(10)),
                        label + ": charon still lists " + bob.listSas() + " after ike4j's DELETE");
                assertTrue(InteropChecks.await(() -> ike4j.sas().isEmpty(), Duration.ofSeconds(10)),
                        label + ": ike4j still holds " + ike4j.sas() + " after charon's DELETE response");
            } finally {
                if (!bob.listSas().isEmpty()) {
                    bob.swanctlResult("--terminate", "--ike", conn, "--timeout", "10");
                }
            }
        }
    }
}
