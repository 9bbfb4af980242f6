package io.ike4j.vectors.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.SignatureAuth;
import io.ike4j.negotiator.auth.TrustAnchors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * io.ike4j.negotiator.auth signature AUTH on both crypto providers (bc is only on this module's class path)
 * and across them: what one signs the other verifies, for RSA (methods 1, 14) and ECDSA (9-11, 14).
 */
class SignatureAuthProvidersTest {
    private static final byte[] OCTETS = "IKE_AUTH signed octets".getBytes();

    private static Path pki(String rel) {
        Path p = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 3 && p != null; i++, p = p.getParent()) {
            Path c = p.resolve("interop/strongswan/pki").resolve(rel);
            if (Files.exists(c)) {
                return c;
            }
        }
        throw new AssertionError("interop/strongswan/pki/" + rel + " not found");
    }

    @Test
    void everyProviderPairAgrees() throws Exception {
        List<CryptoProvider> ps = CryptoProviders.all();
        assertEquals(List.of("bc", "jca"), ps.stream().map(CryptoProvider::name).sorted().toList(), CryptoProviders.problems().toString());
        Credentials rsa = Credentials.load(pki("java/x509/java-rsa.pem"), pki("java/private/java-rsa-key.pem"));
        Credentials ec = Credentials.load(pki("java/x509/java-ecdsa.pem"), pki("java/private/java-ecdsa-key.pem"));
        TrustAnchors ca = TrustAnchors.load(pki("ca.pem"));
        assertTrue(ca.validate(rsa.chain(), Instant.parse("2027-01-01T00:00:00Z")).ok());
        assertTrue(ca.validate(ec.chain(), Instant.parse("2027-01-01T00:00:00Z")).ok());
        List<KeyPair> keys = List.of(new KeyPair(rsa.certificate().getPublicKey(), rsa.key()),
                new KeyPair(ec.certificate().getPublicKey(), ec.key()), ec("secp384r1"), ec("secp521r1"));
        int checked = 0;
        for (KeyPair k : keys) {
            for (List<Integer> hashes : List.of(List.of(2, 3, 4, 5), List.<Integer>of())) {
                for (CryptoProvider signer : ps) {
                    Ikev2AuthPayload a = SignatureAuth.sign(signer, k.getPrivate(), OCTETS, hashes);
                    assertEquals(hashes.isEmpty() ? expectedLegacyMethod(k) : 14, a.method());
                    for (CryptoProvider verifier : ps) {
                        assertTrue(SignatureAuth.verify(verifier, k.getPublic(), a, OCTETS), signer.name() + "→" + verifier.name());
                        byte[] other = OCTETS.clone();
                        other[0] ^= 1;
                        assertFalse(SignatureAuth.verify(verifier, k.getPublic(), a, other));
                        checked++;
                    }
                }
            }
        }
        System.out.println("SignatureAuthProvidersTest: " + checked + " sign/verify pairs checked, 0 failed");
        assertEquals(32, checked);
    }

    private static int expectedLegacyMethod(KeyPair k) {
        if (k.getPrivate() instanceof java.security.interfaces.ECKey e) {
            return switch (e.getParams().getCurve().getField().getFieldSize()) {
                case 256 -> 9;
                case 384 -> 10;
                default -> 11;
            };
        }
        return 1;
    }

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }
}
