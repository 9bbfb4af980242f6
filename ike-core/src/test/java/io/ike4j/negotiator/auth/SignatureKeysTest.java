package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ike4j.crypto.SignatureScheme;
import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The key a scheme needs: RSA, EC (on the curve methods 9-11 fix, RFC 4754 §3), the named Edwards curve. */
class SignatureKeysTest {

    private static PublicKey generate(String alg, String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance(alg);
        if (curve != null) {
            g.initialize(new ECGenParameterSpec(curve));
        }
        return g.generateKeyPair().getPublic();
    }

    @Test
    void keyKindAndCurve() throws Exception {
        PublicKey rsa = TestPki.cert(TestPki.pki("java/x509/java-rsa.pem")).getPublicKey();
        PublicKey p256 = TestPki.cert(TestPki.pki("java/x509/java-ecdsa.pem")).getPublicKey();
        PublicKey p384 = generate("EC", "secp384r1");
        PublicKey ed25519 = generate("Ed25519", null);
        assertEquals(Optional.empty(), SignatureKeys.mismatch(SignatureScheme.RSA_PSS_SHA256, rsa));
        assertEquals(Optional.of("needs an RSA key, the key is EC P-256"), SignatureKeys.mismatch(SignatureScheme.RSA_PKCS1_SHA256, p256));
        assertEquals(Optional.of("needs an EC key, the key is RSA 2048-bit"), SignatureKeys.mismatch(SignatureScheme.ECDSA_SHA256_DER, rsa));
        // RFC 7427 ECDSA carries no curve; methods 9-11 do
        assertEquals(Optional.empty(), SignatureKeys.mismatch(SignatureScheme.ECDSA_SHA256_DER, p384));
        assertEquals(Optional.empty(), SignatureKeys.mismatch(SignatureScheme.ECDSA_P256_SHA256_RAW, p256));
        assertEquals(Optional.of("needs an EC P-256 key, the key is EC P-384"),
                SignatureKeys.mismatch(SignatureScheme.ECDSA_P256_SHA256_RAW, p384));
        assertEquals(Optional.of("needs an EC P-521 key, the key is EC P-384"),
                SignatureKeys.mismatch(SignatureScheme.ECDSA_P521_SHA512_RAW, p384));
        assertEquals(Optional.empty(), SignatureKeys.mismatch(SignatureScheme.ED25519, ed25519));
        assertEquals(Optional.of("needs an Ed448 key, the key is Ed25519"), SignatureKeys.mismatch(SignatureScheme.ED448, ed25519));
        assertEquals(Optional.of("needs an Ed25519 key, the key is RSA 2048-bit"), SignatureKeys.mismatch(SignatureScheme.ED25519, rsa));
    }

    @Test
    void describe() throws IOException {
        assertEquals("RSA 2048-bit", SignatureKeys.describe(TestPki.cert(TestPki.res("eku-email.pem")).getPublicKey()));
        assertEquals("EC P-256", SignatureKeys.describe(TestPki.cert(TestPki.res("chained-leaf.pem")).getPublicKey()));
        assertEquals("EC P-384", SignatureKeys.describe(TestPki.cert(TestPki.res("intermediate.pem")).getPublicKey()));
    }
}
