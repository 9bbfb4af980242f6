package io.ike4j.negotiator.v1;

import io.ike4j.config.AuthMethod;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.TrustAnchors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Main Mode with RSA signatures between two engines (RFC 2409 §5.1), and a certificate that does not chain. */
class RsaSignatureTest {

    static Path pki(String rel) {
        Path p = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 3 && p != null; i++, p = p.getParent()) {
            Path c = p.resolve("interop/strongswan/pki");
            if (Files.isDirectory(c)) {
                return c.resolve(rel);
            }
        }
        throw new AssertionError("interop/strongswan/pki not found");
    }

    static V1Pair.Config rsa(String anchor) throws IOException {
        V1Pair.Config c = new V1Pair.Config();
        c.auth = AuthMethod.RSA_SIG;
        c.ike = "aes128-sha256-modp2048";
        Credentials cred = Credentials.load(pki("java/x509/java-rsa.pem"), pki("java/private/java-rsa-key.pem"));
        TrustAnchors anchors = TrustAnchors.load(pki(anchor));
        c.engineTweak = b -> b.credentials(cred).trustAnchors(anchors);
        return c;
    }

    @Test
    void mainModeWithRsaSignaturesReachesBothCompleteStates() throws IOException {
        V1Pair p = new V1Pair(61, rsa("ca.pem"), rsa("ca.pem"));
        int id = p.initiate(false);
        MainQuickModeTest.assertUp(p, id);
        assertEquals(MainQuickModeTest.reference("i-main-quick"), p.initiator.steps());
        assertEquals(MainQuickModeTest.reference("r-main-quick"), p.responder.steps());
        assertEquals("rsa-sig", p.initiator.established.get(0).localAuth());
        assertEquals("CN=java-rsa.ike.test,O=IKE Interop Test,C=CH", p.responder.established.get(0).remoteId().orElseThrow().value());
    }

    @Test
    void aCertificateThatDoesNotChainIsAnAuthenticationFailure() throws IOException {
        // the responder trusts an anchor that did not issue the initiator's certificate
        V1Pair.Config r = rsa("java/x509/java-ecdsa.pem");
        V1Pair p = new V1Pair(62, rsa("ca.pem"), r);
        p.initiate(false);
        p.run(Duration.ofSeconds(70), Duration.ofSeconds(1));
        assertEquals(List.of(), p.responder.established);
        assertEquals(FailureReason.AUTHENTICATION_FAIL, p.responder.failures.get(0).reason(), p.responder.failureLines());
        assertTrue(p.responder.failures.get(0).detail().startsWith("SIG_I of MM5: certificate not trusted"),
                p.responder.failureLines());
    }
}
