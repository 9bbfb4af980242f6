package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.config.AuthMethod;
import java.nio.file.Path;
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
                "127.16.4.0/24", "127.16.1.0/24"), conn);
    }

    @Test
    void rsaCertificates() {
        InteropCase c = InteropCase.MODP2048;
        Path pki = StrongSwanPeer.scriptDir().resolve("pki");
        run(c, "RSA " + c.ikeProposal(), new Ike4jPeer.Setup(c.ikeProposal(), c.iosEsp(), "java-rsa.ike.test",
                AuthMethod.RSA_SIG, "127.16.4.0/24", "127.16.1.0/24", pki.resolve("java/x509/java-rsa.pem"),
                pki.resolve("java/private/java-rsa-key.pk8.pem"), pki.resolve("ca.pem")), "to-java-v2-rsa");
    }

    private void run(InteropCase c, String label, Ike4jPeer.Setup setup, String conn) {
        try (Ike4jPeer ike4j = Ike4jPeer.start(setup)) {
            try {
                StrongSwanPeer.Result r = alice.swanctlResult("--initiate", "--child", conn, "--timeout", "20");
                assertTrue(r.output().contains("initiate completed successfully"), "charon->ike4j " + label + ": swanctl --initiate "
                        + conn + " exited " + r.exitCode() + ":\n" + r.output() + "\nike4j:\n" + ike4j.report());
                InteropChecks.check("charon->ike4j", label, c, alice, ike4j, conn);
            } finally {
                alice.swanctlResult("--terminate", "--ike", conn, "--timeout", "10");
            }
        }
    }
}
