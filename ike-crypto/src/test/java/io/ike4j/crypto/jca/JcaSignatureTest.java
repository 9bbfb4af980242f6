package io.ike4j.crypto.jca;

import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.Signer;
import io.ike4j.crypto.Verifier;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign/verify round trips for every scheme, encodings (DER vs RFC 4754 raw), tampering and garbage. */
class JcaSignatureTest {
    static final JcaProvider JCA = JcaMacTest.JCA;
    private static final byte[] DATA = "AUTH octets: RealMessage1 | Nr | prf(SK_pi, IDi')".getBytes(StandardCharsets.UTF_8);

    private static KeyPair pair(String alg, Object param) throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance(alg);
        if (param instanceof Integer bits) {
            kpg.initialize(bits);
        } else if (param instanceof String curve) {
            kpg.initialize(new ECGenParameterSpec(curve));
        }
        return kpg.generateKeyPair();
    }

    private static KeyPair keyFor(SignatureScheme s) throws Exception {
        return switch (s) {
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512,
                    RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512, RSA_PKCS1_NULL -> RSA;
            case ECDSA_SHA256_DER, ECDSA_P256_SHA256_RAW -> P256;
            case ECDSA_SHA384_DER, ECDSA_P384_SHA384_RAW -> P384;
            case ECDSA_SHA512_DER, ECDSA_P521_SHA512_RAW -> P521;
            case ED25519 -> pair("Ed25519", null);
            case ED448 -> pair("Ed448", null);
        };
    }

    private static final KeyPair RSA;
    private static final KeyPair P256;
    private static final KeyPair P384;
    private static final KeyPair P521;

    static {
        try {
            RSA = pair("RSA", 2048);
            P256 = pair("EC", "secp256r1");
            P384 = pair("EC", "secp384r1");
            P521 = pair("EC", "secp521r1");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void jdk17ServesEveryScheme() {
        assertEquals(EnumSet.allOf(SignatureScheme.class), JCA.supportedSignatureSchemes());
    }

    @Test
    void roundTripTamperAndGarbage() throws Exception {
        for (SignatureScheme s : JCA.supportedSignatureSchemes()) {
            KeyPair kp = keyFor(s);
            Signer signer = JCA.signer(s, kp.getPrivate());
            Verifier verifier = JCA.verifier(s, kp.getPublic());
            byte[] sig = signer.sign(DATA);
            assertTrue(verifier.verify(DATA, sig), s.toString());
            byte[] other = DATA.clone();
            other[0] ^= 1;
            assertFalse(verifier.verify(other, sig), s + " other data");
            byte[] flipped = sig.clone();
            flipped[flipped.length / 2] ^= 0x20;
            assertFalse(verifier.verify(DATA, flipped), s + " flipped signature");
            for (byte[] garbage : new byte[][] {new byte[0], new byte[1], new byte[sig.length], new byte[700],
                {0x30, (byte) 0x81}, {0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01}}) {
                assertFalse(verifier.verify(DATA, garbage), s + " garbage of " + garbage.length);
            }
            assertFalse(verifier.verify(null, sig));
            assertFalse(verifier.verify(DATA, null));
            assertEquals(s, signer.scheme());
            assertEquals(s, verifier.scheme());
        }
    }

    @Test
    void rawEcdsaIsFixedLengthAndDerIsDer() throws Exception {
        int[][] lengths = {{32}, {48}, {66}};
        SignatureScheme[] raw = {SignatureScheme.ECDSA_P256_SHA256_RAW, SignatureScheme.ECDSA_P384_SHA384_RAW,
            SignatureScheme.ECDSA_P521_SHA512_RAW};
        SignatureScheme[] der = {SignatureScheme.ECDSA_SHA256_DER, SignatureScheme.ECDSA_SHA384_DER,
            SignatureScheme.ECDSA_SHA512_DER};
        for (int i = 0; i < 3; i++) {
            KeyPair kp = keyFor(raw[i]);
            for (int n = 0; n < 5; n++) {
                byte[] r = JCA.signer(raw[i], kp.getPrivate()).sign(DATA);
                assertEquals(2 * lengths[i][0], r.length);
                byte[] d = EcdsaEncoding.rawToDer(r);
                assertTrue(JCA.verifier(der[i], kp.getPublic()).verify(DATA, d));
                assertArrayEquals(r, EcdsaEncoding.derToRaw(d, lengths[i][0]));
                byte[] fromDer = JCA.signer(der[i], kp.getPrivate()).sign(DATA);
                assertEquals(0x30, fromDer[0] & 0xff);
                assertTrue(JCA.verifier(raw[i], kp.getPublic()).verify(DATA, EcdsaEncoding.derToRaw(fromDer, lengths[i][0])));
                // a DER signature is not a raw one and vice versa
                assertFalse(JCA.verifier(raw[i], kp.getPublic()).verify(DATA, fromDer));
            }
        }
        // raw schemes are bound to their curve (RFC 4754)
        assertThrows(IllegalArgumentException.class,
                () -> JCA.signer(SignatureScheme.ECDSA_P256_SHA256_RAW, P384.getPrivate()));
        assertThrows(IllegalArgumentException.class,
                () -> JCA.verifier(SignatureScheme.ECDSA_P384_SHA384_RAW, P256.getPublic()));
        assertThrows(IllegalArgumentException.class, () -> JCA.signer(SignatureScheme.ED25519, RSA.getPrivate()));
    }

    @Test
    void strictDer() {
        BigInteger[] rs = EcdsaEncoding.parseDer(new byte[] {0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07});
        assertEquals(5, rs[0].intValue());
        assertEquals(7, rs[1].intValue());
        assertNull(EcdsaEncoding.parseDer(new byte[] {0x30, 0x07, 0x02, 0x02, 0x00, 0x05, 0x02, 0x01, 0x07})); // non-minimal
        assertNull(EcdsaEncoding.parseDer(new byte[] {0x30, 0x06, 0x02, 0x01, (byte) 0x85, 0x02, 0x01, 0x07})); // negative
        assertNull(EcdsaEncoding.parseDer(new byte[] {0x30, (byte) 0x81, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07})); // BER length
        assertNull(EcdsaEncoding.parseDer(new byte[] {0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07, 0x00})); // trailing
        assertNull(EcdsaEncoding.parseDer(new byte[] {0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01}));
        assertNull(EcdsaEncoding.parseDer(new byte[] {0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x07})); // r = 0
        // a long-form length as P-521 needs
        byte[] raw = new byte[132];
        raw[0] = (byte) 0x01;
        raw[1] = (byte) 0xff;
        raw[66] = (byte) 0x80;
        byte[] der = EcdsaEncoding.rawToDer(raw);
        assertEquals(0x81, der[1] & 0xff);
        assertArrayEquals(raw, EcdsaEncoding.derToRaw(der, 66));
        assertNull(EcdsaEncoding.derToRaw(der, 32));
        Set<SignatureScheme> none = EnumSet.noneOf(SignatureScheme.class);
        assertTrue(none.isEmpty());
    }

    @Test
    void validSignatureWithXAboveTheOrderIsAccepted() throws Exception {
        // Wycheproof ecdsa_secp256r1_sha256_test.json tcId 479: r = 3, x(R) = n + 3 (valid); JDK 17 SunEC
        // alone rejects it because it does not reduce x mod n
        var h = java.util.HexFormat.of();
        var key = java.security.KeyFactory.getInstance("EC").generatePublic(new java.security.spec.X509EncodedKeySpec(h.parseHex(
                "3059301306072a8648ce3d020106082a8648ce3d03010703420004ce24c99032d52ac6ead23c0ae3ec68ef41e51a281fd457808c8313"
                        + "6d7dcce90e8f7a154b551e9f39c59279357aa491b2a62bdebc2bb78613883fc72936c057e0")));
        byte[] msg = h.parseHex("68656c6c6f2c20776f726c64");
        byte[] der = h.parseHex("3026020103022100ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63254e");
        assertTrue(JCA.verifier(SignatureScheme.ECDSA_SHA256_DER, key).verify(msg, der));
        assertTrue(JCA.verifier(SignatureScheme.ECDSA_P256_SHA256_RAW, key).verify(msg, EcdsaEncoding.derToRaw(der, 32)));
        byte[] other = msg.clone();
        other[0] ^= 1;
        assertFalse(JCA.verifier(SignatureScheme.ECDSA_SHA256_DER, key).verify(other, der));
        byte[] r4 = der.clone();
        r4[4] = 4;
        assertFalse(JCA.verifier(SignatureScheme.ECDSA_SHA256_DER, key).verify(msg, r4));
    }

    @Test
    void eddsaSignatureWithTrailingOctetIsRejected() throws Exception {
        for (SignatureScheme s : new SignatureScheme[] {SignatureScheme.ED25519, SignatureScheme.ED448}) {
            KeyPair kp = keyFor(s);
            byte[] sig = JCA.signer(s, kp.getPrivate()).sign(DATA);
            assertEquals(s == SignatureScheme.ED25519 ? 64 : 114, sig.length);
            byte[] longer = java.util.Arrays.copyOf(sig, sig.length + 1);
            assertTrue(JCA.verifier(s, kp.getPublic()).verify(DATA, sig));
            assertFalse(JCA.verifier(s, kp.getPublic()).verify(DATA, longer), s.toString());
        }
    }
}
