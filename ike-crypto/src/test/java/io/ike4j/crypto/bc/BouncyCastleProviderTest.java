package io.ike4j.crypto.bc;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.IntegrityIds;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.Signer;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.Verifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known answers from the RFCs plus round trips and rejections for the BouncyCastle provider. */
class BouncyCastleProviderTest {
    private static final HexFormat HEX = HexFormat.of();
    private final CryptoProvider bc = new BouncyCastleProvider();

    private static byte[] h(String s) {
        return HEX.parseHex(s.replace(" ", ""));
    }

    private static byte[] seq(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void foundByServiceLoader() {
        assertEquals("bc", CryptoProviders.named("bc").name());
    }

    @Test
    void hmacPrfRfc4231Case2() {
        byte[] out = bc.prf(5).compute("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want ".getBytes(StandardCharsets.US_ASCII), "for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(h("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), out);
        assertEquals(32, bc.prf(5).preferredKeyLength());
    }

    @Test
    void xcbcRfc3566AndCmacPrfRfc4615() {
        assertArrayEquals(h("75f0251d528ac01c4573dfd584d79f29"), bc.prf(4).compute(seq(16), new byte[0]));
        assertArrayEquals(h("5b376580ae2f19afe7219ceef172756f"), bc.prf(4).compute(seq(16), seq(3)));
        assertArrayEquals(h("5b376580ae2f19afe7219cee"), bc.integrity(5).compute(seq(16), seq(3), 0, 3));
        assertArrayEquals(h("980ae87b5f4c9c5214f5b6a8455e4c2d"), bc.prf(8).compute(seq(16), seq(20)));
        assertArrayEquals(h("290d9e112edb09ee141fcf64c0b72f3d"), bc.prf(8).compute(seq(10), seq(20)));
        assertArrayEquals(h("84a348a4a45d235babfffc0d2b4da09a"), bc.prf(8).compute(h("000102030405060708090a0b0c0d0e0fedcb"), seq(20)));
    }

    @Test
    void integrityTruncationAndLegacy() {
        assertEquals(16, bc.integrity(12).icvLength());
        assertEquals(24, bc.integrity(13).icvLength());
        assertEquals(32, bc.integrity(14).icvLength());
        assertEquals(12, bc.integrity(IntegrityIds.LEGACY_HMAC_SHA2_256_96).icvLength());
        byte[] key = seq(32);
        byte[] full = bc.integrity(12).compute(key, seq(40), 0, 40);
        byte[] legacy = bc.integrity(IntegrityIds.LEGACY_HMAC_SHA2_256_96).compute(key, seq(40), 0, 40);
        assertArrayEquals(Arrays.copyOf(full, 12), legacy);
        byte[] msg = seq(40);
        assertTrue(bc.integrity(12).verify(key, msg, 0, 40, full, 0));
        full[3] ^= 1;
        assertFalse(bc.integrity(12).verify(key, msg, 0, 40, full, 0));
        assertThrows(IllegalArgumentException.class, () -> bc.integrity(12).compute(seq(16), msg, 0, 40));
    }

    @Test
    void aesCbcRfc3602Case1AndCtrRfc3686Vector1() {
        Cipher cbc = bc.cipher(12, 128);
        byte[] ct = cbc.encrypt(h("06a9214036b8a15b512e03d534120006"), h("3dafba429d9eb430b422da802c9fac41"),
                "Single block msg".getBytes(StandardCharsets.US_ASCII), 0, 16);
        assertArrayEquals(h("e353779c1079aeb82708942dbe77181a"), ct);
        Cipher ctr = bc.cipher(13, 128);
        assertEquals(20, ctr.keyMaterialLength());
        assertEquals(8, ctr.ivLength());
        byte[] ct2 = ctr.encrypt(h("ae6852f8121067cc4bf7a5765577f39e00000030"), new byte[8],
                "Single block msg".getBytes(StandardCharsets.US_ASCII), 0, 16);
        assertArrayEquals(h("e4095d4fb7a7b3792d6175a3261311b8"), ct2);
        assertArrayEquals("Single block msg".getBytes(StandardCharsets.US_ASCII),
                ctr.decrypt(h("ae6852f8121067cc4bf7a5765577f39e00000030"), new byte[8], ct2, 0, 16));
        Cipher des = bc.cipher(3, 0);
        byte[] p = seq(24);
        assertArrayEquals(p, des.decrypt(seq(24), seq(8), des.encrypt(seq(24), seq(8), p, 0, 24), 0, 24));
        assertThrows(IllegalArgumentException.class, () -> cbc.encrypt(seq(16), seq(16), seq(15), 0, 15));
        assertThrows(IllegalArgumentException.class, () -> bc.cipher(12, 0));
        assertThrows(UnsupportedTransformException.class, () -> bc.cipher(23, 128));
        assertThrows(IllegalArgumentException.class, () -> bc.cipher(20, 128));
    }

    @Test
    void aeadRoundTripAndTamper() throws Exception {
        int[][] cases = {{14, 128}, {15, 192}, {16, 256}, {18, 128}, {19, 192}, {20, 256}, {28, 0}};
        for (int[] c : cases) {
            assertTrue(bc.isAead(c[0]));
            AeadCipher a = bc.aeadCipher(c[0], c[1]);
            byte[] km = seq(a.keyMaterialLength());
            byte[] iv = seq(8);
            byte[] aad = seq(28);
            byte[] pt = seq(45);
            byte[] sealed = a.seal(km, iv, aad, pt, 0, pt.length);
            assertEquals(pt.length + a.icvLength(), sealed.length);
            assertArrayEquals(pt, a.open(km, iv, aad, sealed, 0, sealed.length));
            sealed[5] ^= 0x40;
            assertThrows(IcvMismatchException.class, () -> a.open(km, iv, aad, sealed, 0, sealed.length));
            sealed[5] ^= 0x40;
            aad[0] ^= 1;
            assertThrows(IcvMismatchException.class, () -> a.open(km, iv, aad, sealed, 0, sealed.length));
        }
        assertEquals(3, bc.aeadCipher(16, 128).saltLength());
        assertEquals(36, bc.aeadCipher(28, 0).keyMaterialLength());
    }

    @Test
    void everyKeyExchangeAgreesAndRejectsBadValues() throws Exception {
        RandomSource r = RandomSource.deterministic(7);
        for (int id : bc.supported(TransformKind.KE)) {
            KeyExchange ke = bc.keyExchange(id);
            KeyExchangeParty i = ke.initiator(r);
            assertEquals(ke.publicValueLength(true), i.publicValue().length, "group " + id);
            KeyExchangeParty resp = ke.responder(i.publicValue(), r);
            assertEquals(ke.publicValueLength(false), resp.publicValue().length, "group " + id);
            SecretBytes s1 = i.sharedSecret(resp.publicValue());
            SecretBytes s2 = resp.sharedSecret(i.publicValue());
            assertTrue(s1.contentEquals(s2.copy()), "group " + id);
            assertThrows(InvalidKeyExchangeValueException.class, () -> ke.responder(new byte[5], r), "group " + id);
            assertThrows(InvalidKeyExchangeValueException.class, () -> i.sharedSecret(new byte[3]), "group " + id);
            if (!ke.isKem() && id != 31 && id != 32) {
                // all-zero value: 0 for MODP (RFC 6989), (0,0) is not on any of these curves
                byte[] zero = new byte[ke.publicValueLength(false)];
                assertThrows(InvalidKeyExchangeValueException.class, () -> i.sharedSecret(zero), "group " + id);
            }
            if (id == 31 || id == 32) {
                byte[] zero = new byte[ke.publicValueLength(false)];
                assertThrows(InvalidKeyExchangeValueException.class, () -> i.sharedSecret(zero), "group " + id);
            }
            if (ke.isKem()) {
                byte[] bad = i.publicValue();
                bad[0] = (byte) 0xff;
                bad[1] = (byte) 0xff; // first coefficient 0xfff >= q
                assertThrows(InvalidKeyExchangeValueException.class, () -> ke.responder(bad, r), "group " + id);
            }
            i.destroy();
            resp.destroy();
            assertTrue(i.isDestroyed());
            s1.destroy();
        }
        assertEquals(25, bc.supported(TransformKind.KE).size());
    }

    @Test
    void modpSubgroupCheck() throws Exception {
        KeyExchange ke = bc.keyExchange(22);
        KeyExchangeParty i = ke.initiator(RandomSource.deterministic(1));
        // p-2 is in (1, p-1) but (p-2)^q != 1 for the q-order subgroup of group 22
        byte[] pm2 = io.ike4j.crypto.ModpGroup.MODP_1024_160.p.subtract(java.math.BigInteger.TWO).toByteArray();
        byte[] v = Arrays.copyOfRange(pm2, pm2.length - 128, pm2.length);
        assertThrows(InvalidKeyExchangeValueException.class, () -> i.sharedSecret(v));
    }

    @Test
    void signaturesRoundTrip() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rk = rsa.generateKeyPair();
        KeyPair p256 = ec("secp256r1");
        KeyPair p384 = ec("secp384r1");
        KeyPair p521 = ec("secp521r1");
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        byte[] data = seq(100);
        for (SignatureScheme s : SignatureScheme.values()) {
            KeyPair kp = switch (s) {
                case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512,
                        RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512, RSA_PKCS1_NULL -> rk;
                case ECDSA_SHA256_DER, ECDSA_P256_SHA256_RAW -> p256;
                case ECDSA_SHA384_DER, ECDSA_P384_SHA384_RAW -> p384;
                case ECDSA_SHA512_DER, ECDSA_P521_SHA512_RAW -> p521;
                case ED25519 -> ed25519;
                case ED448 -> ed448;
            };
            Signer signer = bc.signer(s, kp.getPrivate());
            Verifier verifier = bc.verifier(s, kp.getPublic());
            byte[] sig = signer.sign(data);
            assertTrue(verifier.verify(data, sig), s.name());
            // interoperates with the JDK's implementation where the JDK has the scheme
            String jdk = jdkName(s);
            if (jdk != null) {
                java.security.Signature v = java.security.Signature.getInstance(jdk);
                if (s.name().startsWith("RSA_PSS")) {
                    v.setParameter(new java.security.spec.PSSParameterSpec(s.hash(), "MGF1",
                            new java.security.spec.MGF1ParameterSpec(s.hash()), s.hashLength(), 1));
                }
                v.initVerify(kp.getPublic());
                v.update(data);
                assertTrue(v.verify(sig), "JDK verifies " + s);
            }
            sig[sig.length / 2] ^= 1;
            assertFalse(verifier.verify(data, sig), s.name());
            assertFalse(verifier.verify(data, new byte[3]), s.name());
        }
        assertThrows(IllegalArgumentException.class, () -> bc.signer(SignatureScheme.ECDSA_P384_SHA384_RAW, p256.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> bc.verifier(SignatureScheme.RSA_PKCS1_SHA256, p256.getPublic()));
    }

    @Test
    void servesEverythingIssue3RequiresOfBouncyCastle() {
        assertEquals(java.util.Set.of(1, 2, 4, 5, 6, 7, 8), bc.supported(TransformKind.PRF));
        assertEquals(java.util.Set.of(1, 2, 5, 8, 12, 13, 14, IntegrityIds.LEGACY_HMAC_SHA2_256_96),
                bc.supported(TransformKind.INTEG));
        assertEquals(java.util.Set.of(3, 11, 12, 13, 14, 15, 16, 18, 19, 20, 28), bc.supported(TransformKind.ENCR));
        assertEquals(java.util.Set.of(1, 2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
                31, 32, 35, 36, 37), bc.supported(TransformKind.KE));
        assertEquals(java.util.EnumSet.allOf(SignatureScheme.class), bc.supportedSignatureSchemes());
        for (int id : bc.supported(TransformKind.ENCR)) {
            int bits = id == 3 || id == 11 || id == 28 ? 0 : 256;
            if (bc.isAead(id)) {
                assertEquals(id, bc.aeadCipher(id, bits).transformId());
            } else {
                assertEquals(id, bc.cipher(id, bits).transformId());
            }
        }
        assertThrows(UnsupportedTransformException.class, () -> bc.prf(3));
        assertThrows(UnsupportedTransformException.class, () -> bc.integrity(7));
        assertThrows(UnsupportedTransformException.class, () -> bc.keyExchange(33));
    }

    @Test
    void secretsStayOutOfToStringAndDie() throws Exception {
        KeyExchange ke = bc.keyExchange(31);
        KeyExchangeParty a = ke.initiator(RandomSource.deterministic(3));
        KeyExchangeParty b = ke.initiator(RandomSource.deterministic(4));
        SecretBytes s = a.sharedSecret(b.publicValue());
        String hex = HEX.formatHex(s.copy());
        assertFalse(s.toString().contains(hex.substring(0, 8)));
        assertFalse(a.toString().toLowerCase().contains(hex.substring(0, 8)));
        a.destroy();
        assertTrue(a.isDestroyed());
        assertThrows(IllegalStateException.class, () -> a.sharedSecret(b.publicValue()));
        s.destroy();
        assertThrows(IllegalStateException.class, s::copy);
    }

    private static String jdkName(SignatureScheme s) {
        return switch (s) {
            case RSA_PKCS1_SHA1 -> "SHA1withRSA";
            case RSA_PKCS1_SHA256 -> "SHA256withRSA";
            case RSA_PKCS1_SHA384 -> "SHA384withRSA";
            case RSA_PKCS1_SHA512 -> "SHA512withRSA";
            case RSA_PKCS1_NULL -> "NONEwithRSA";
            case RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> "RSASSA-PSS";
            case ECDSA_SHA256_DER -> "SHA256withECDSA";
            case ECDSA_SHA384_DER -> "SHA384withECDSA";
            case ECDSA_SHA512_DER -> "SHA512withECDSA";
            case ECDSA_P256_SHA256_RAW -> "SHA256withECDSAinP1363Format";
            case ECDSA_P384_SHA384_RAW -> "SHA384withECDSAinP1363Format";
            case ECDSA_P521_SHA512_RAW -> "SHA512withECDSAinP1363Format";
            case ED25519 -> "Ed25519";
            case ED448 -> "Ed448";
        };
    }

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }
}
