package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.AuthMethod;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interop matrix, direction 2 (issue 4): strongSwan's charon "alice" (127.0.0.1:15500) INITIATES its
 * to-java-* connections (interop/strongswan/alice/swanctl.conf) to the ike4j engine RESPONDING on real UDP at
 * 127.0.0.4:18500. One charon for the class, started once, stopped by PID; if it cannot start the class fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ikev2InteropResponderTest {
    private StrongSwanPeer alice;

    @BeforeAll
    void startAlice() {
        alice = StrongSwanPeer.start("alice", 15500, 15501, StrongSwanPeer.scriptDir().resolve("alice"));
    }

    @AfterAll
    void stopAlice() {
        if (alice != null) {
            alice.stop();
        }
    }

    static Stream<Arguments> pskCases() {
        return Stream.of(Arguments.of(InteropCase.MODP2048, "to-java-v2-psk"),
                Arguments.of(InteropCase.GCM_ECP384, "to-java-v2-psk-gcm-ecp384"),
                Arguments.of(InteropCase.X25519, "to-java-v2-psk-x25519"));
    }

    @ParameterizedTest(name = "charon->ike4j PSK {0}")
    @MethodSource("pskCases")
    void psk(InteropCase c, String conn) {
        run(c, c.ikeProposal(), Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java.ike.test",
                "127.16.4.0/24", "127.16.1.0/24"), conn,
                List.of("authentication of 'java.ike.test' with pre-shared key successful"));
    }

    /** RSA-2048 certificates, RFC 7427 signatures; alice (fragment_size 512) sends IKE_AUTH in SKF fragments. */
    @Test
    void rsaCertificates() {
        InteropCase c = InteropCase.MODP2048;
        run(c, "RSA " + c.ikeProposal(), Ike4jPeer.Setup.cert(c, "rsa", AuthMethod.RSA_SIG, "127.16.4.0/24", "127.16.1.0/24"),
                "to-java-v2-rsa", List.of("received end entity cert \"C=CH, O=IKE Interop Test, CN=java-rsa.ike.test\"",
                        "authentication of 'java-rsa.ike.test' with RSA_EMSA_PKCS1_SHA2_256 successful",
                        "splitting IKE message \\(\\d+ bytes\\) into [2-9] fragments",
                        "generating IKE_AUTH request 1 \\[ EF\\(1/"));
    }

    /** ECDSA P-256 certificates (alice's to-java-v2-ecdsa, an ike4j addition to alice/swanctl.conf). */
    @Test
    void ecdsaCertificates() {
        InteropCase c = InteropCase.ECP256_GCM128;
        run(c, "ECDSA " + c.ikeProposal(), Ike4jPeer.Setup.cert(c, "ecdsa", AuthMethod.ECDSA_SIG, "127.16.4.0/24",
                "127.16.1.0/24"), "to-java-v2-ecdsa", List.of("received end entity cert \"C=CH, O=IKE Interop Test, CN=java-ecdsa.ike.test\"",
                "authentication of 'java-ecdsa.ike.test' with ECDSA_WITH_SHA256_DER successful"));
    }

    /** Negative control: ike4j with another PSK rejects alice's AUTH with AUTHENTICATION_FAILED (RFC 7296 §2.21.2). */
    @Test
    void wrongPskFailsOnBothSides() {
        InteropCase c = InteropCase.MODP2048;
        int mark = alice.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java.ike.test",
                "127.16.4.0/24", "127.16.1.0/24").withPsk("not-the-interop-psk"))) {
            StrongSwanPeer.Result r = alice.swanctlResult("--initiate", "--child", "to-java-v2-psk", "--timeout", "20");
            assertFalse(r.output().contains("initiate completed successfully"), r.output());
            IkeFailure f = ike4j.awaitFailure(Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError(
                    "ike4j reported no failure\n" + ike4j.report()));
            System.out.println("Ikev2InteropTest: charon->ike4j wrong PSK: " + f.logLine());
            assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason(), f.logLine());
            assertEquals(Ikev2NotifyType.AUTHENTICATION_FAILED.number(), f.notifySent().orElse(-1), f.logLine());
            assertTrue(ike4j.installed.isEmpty(), "no CHILD_SA installed");
            List<String> log = alice.logLines();
            List<String> since = log.subList(mark, log.size());
            assertTrue(since.stream().anyMatch(l -> l.contains("received AUTHENTICATION_FAILED notify error")),
                    InteropChecks.tail(since, 40));
        } finally {
            alice.swanctlResult("--terminate", "--ike", "to-java-v2-psk", "--timeout", "10");
        }
    }

    /**
     * charon's dead peer detection against ike4j (issue 12; alice's to-java-v2-dpd, {@code dpd_delay = 10s}): after
     * 10 s without a message from ike4j charon sends an empty INFORMATIONAL request, ike4j answers it, the SA stays.
     */
    @Test
    void charonDpdIsAnsweredByIke4j() {
        InteropCase c = InteropCase.MODP2048;
        int mark = alice.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java.ike.test",
                "127.16.4.0/24", "127.16.1.0/24"))) {
            try {
                StrongSwanPeer.Result r = alice.swanctlResult("--initiate", "--child", "to-java-v2-dpd", "--timeout", "20");
                assertTrue(r.output().contains("initiate completed successfully"), r.output() + "\n" + ike4j.report());
                assertTrue(InteropChecks.await(() -> {
                    List<String> log = alice.logLines();
                    return log.subList(mark, log.size()).stream().anyMatch(l -> l.contains("parsed INFORMATIONAL response 2 [ ]"));
                }, Duration.ofSeconds(25)), "no answered DPD:\n" + InteropChecks.tail(alice.logLines(), 30));
                List<String> log = alice.logLines();
                List<String> since = log.subList(mark, log.size());
                assertTrue(since.stream().anyMatch(l -> l.contains("generating INFORMATIONAL request 2 [ ]")), InteropChecks.tail(since, 30));
                assertEquals(1, ike4j.sas().size(), ike4j.report());
                assertEquals(io.ike4j.sm.v2.Ikev2State.READY, ike4j.sas().get(0).state());
                assertEquals(3, ike4j.sas().get(0).expectedRequestId(), "ike4j answered request 2");
                assertTrue(ike4j.failures.isEmpty(), ike4j.failures.toString());
            } finally {
                alice.swanctlResult("--terminate", "--ike", "to-java-v2-dpd", "--timeout", "10");
            }
        }
    }

    /**
     * Rekeys both ways on an SA charon initiated (issue 12): CHILD_SA and IKE SA rekeys by charon ({@code swanctl
     * --rekey --child/--ike}) accepted by ike4j, and by ike4j accepted by charon; keys after each equal charon's.
     */
    @Test
    void rekeysBothWays() {
        InteropCase c = InteropCase.MODP2048;
        try (Ike4jPeer ike4j = Ike4jPeer.start(Ike4jPeer.Setup.psk(c.ikeProposal(), c.iosEsp(), "java.ike.test",
                "127.16.4.0/24", "127.16.1.0/24"))) {
            try {
                int mark = alice.logLines().size();
                StrongSwanPeer.Result r = alice.swanctlResult("--initiate", "--child", "to-java-v2-psk", "--timeout", "20");
                assertTrue(r.output().contains("initiate completed successfully"), r.output() + "\n" + ike4j.report());
                InteropChecks.check("charon->ike4j", "before rekeys", c, alice, ike4j, "to-java-v2-psk", mark, List.of());
                RekeyInterop.run("charon->ike4j", alice, ike4j, "to-java-v2-psk", false);
                String out = alice.swanctl("--terminate", "--ike", "to-java-v2-psk", "--timeout", "10");
                assertTrue(out.contains("terminate completed successfully"), out);
                assertTrue(InteropChecks.await(() -> ike4j.sas().isEmpty(), Duration.ofSeconds(10)), ike4j.report());
            } finally {
                alice.swanctlResult("--terminate", "--ike", "to-java-v2-psk", "--timeout", "10");
            }
        }
    }

    private void run(InteropCase c, String label, Ike4jPeer.Setup setup, String conn, List<String> mustLog) {
        int mark = alice.logLines().size();
        try (Ike4jPeer ike4j = Ike4jPeer.start(setup)) {
            try {
                StrongSwanPeer.Result r = alice.swanctlResult("--initiate", "--child", conn, "--timeout", "20");
                assertTrue(r.output().contains("initiate completed successfully"), "charon->ike4j " + label + ": swanctl --initiate "
                        + conn + " exited " + r.exitCode() + ":\n" + r.output() + "\nike4j:\n" + ike4j.report());
                InteropChecks.check("charon->ike4j", label, c, alice, ike4j, conn, mark, mustLog);
                // charon deletes the IKE SA (INFORMATIONAL DELETE, RFC 7296 §1.4.1); ike4j must drop it
                String out = alice.swanctl("--terminate", "--ike", conn, "--timeout", "10");
                assertTrue(out.contains("terminate completed successfully"), out);
                assertTrue(InteropChecks.await(() -> ike4j.sas().isEmpty(), Duration.ofSeconds(10)),
                        label + ": ike4j still holds " + ike4j.sas() + " after charon's DELETE");
            } finally {
                alice.swanctlResult("--terminate", "--ike", conn, "--timeout", "10");
            }
        }
    }
}
