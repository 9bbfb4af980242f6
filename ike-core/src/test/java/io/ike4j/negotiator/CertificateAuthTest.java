package io.ike4j.negotiator;

import io.ike4j.config.AuthMethod;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.TrustAnchors;
import io.ike4j.sm.v2.Ikev2State;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RSA and ECDSA certificate authentication between two engines (RFC 7296 §2.15, RFC 7427). */
class CertificateAuthTest {

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

    static EnginePair.Config certSide(String name, AuthMethod local, String peerFqdn) throws IOException {
        EnginePair.Config c = new EnginePair.Config();
        c.authLocal = local;
        c.authRemote = peerFqdn.startsWith("java-rsa") ? AuthMethod.RSA_SIG : AuthMethod.ECDSA_SIG;
        c.credentials = Credentials.load(pki("java/x509/" + name + ".pem"), pki("java/private/" + name + "-key.pem"));
        c.anchors = TrustAnchors.load(pki("ca.pem"));
        c.localId = name + ".ike.test";
        c.matchRemoteFqdn = peerFqdn;
        return c;
    }

    @Test
    void rsaInitiatorEcdsaResponder() throws IOException {
        EnginePair.Config i = certSide("java-rsa", AuthMethod.RSA_SIG, "java-ecdsa.ike.test");
        EnginePair.Config r = certSide("java-ecdsa", AuthMethod.ECDSA_SIG, "java-rsa.ike.test");
        EnginePair p = new EnginePair(50, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals("fqdn java-ecdsa.ike.test", p.initiator.engine.sas().get(0).remoteId().get().toString());
        assertEquals("fqdn java-rsa.ike.test", p.responder.engine.sas().get(0).remoteId().get().toString());
        assertTrue(p.initiator.engine.sas().get(0).localAuth().startsWith("Digital signature"));
        assertEquals(1, p.initiator.children.size());
    }

    @Test
    void untrustedCertificateIsAnAuthenticationFailure() throws IOException {
        EnginePair.Config i = certSide("java-rsa", AuthMethod.RSA_SIG, "java-ecdsa.ike.test");
        EnginePair.Config r = certSide("java-ecdsa", AuthMethod.ECDSA_SIG, "java-rsa.ike.test");
        r.anchors = TrustAnchors.of(List.of(i.credentials.chain().get(0))); // trusts a leaf, not the CA
        EnginePair p = new EnginePair(51, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(FailureReason.AUTHENTICATION_FAIL, p.responder.failures.get(0).reason());
        assertTrue(p.responder.failures.get(0).detail().contains("not trusted"), p.responder.failures.get(0).detail());
        assertEquals(FailureReason.AUTHENTICATION_FAIL, p.initiator.failures.get(0).reason());
    }

    @Test
    void acceptExtendedKeyUsageTakesDottedOidsOnly() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.ike4j.config.ConfigException.class,
                () -> Ikev2Engine.builder().acceptExtendedKeyUsage("1.3.6.1.5.5.7.3.1", "serverAuth"));
        assertTrue(e.getMessage().contains("not a dotted OID: serverAuth"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(io.ike4j.config.ConfigException.class,
                () -> Ikev2Engine.builder().acceptExtendedKeyUsage((String) null));
    }
}
