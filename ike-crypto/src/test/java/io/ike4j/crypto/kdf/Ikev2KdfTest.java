package io.ike4j.crypto.kdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.crypto.jca.JcaProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Ikev2Kdf} against the formulas of RFC 7296 §2.13-2.18, §2.15, §2.23, §2.6 and RFC 9370 §2.2.2,
 * each recomputed independently here from the PRF, on both providers.
 */
class Ikev2KdfTest {
    static final List<CryptoProvider> PROVIDERS = List.of(new BouncyCastleProvider(), new JcaProvider());
    static final byte[] NI = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    static final byte[] NR = HexFormat.of().parseHex("ffeeddccbbaa99887766554433221100a5");
    static final byte[] SPII = HexFormat.of().parseHex("0102030405060708");
    static final byte[] SPIR = HexFormat.of().parseHex("1112131415161718");

    static byte[] cat(byte[]... p) {
        return Concat.of(p);
    }

    @Test
    void prfPlusIsTheChainOfRfc7296Section213() {
        for (CryptoProvider p : PROVIDERS) {
            Prf prf = p.prf(5);
            byte[] k = "key".getBytes(StandardCharsets.US_ASCII);
            byte[] s = "seed".getBytes(StandardCharsets.US_ASCII);
            byte[] t1 = prf.compute(k, cat(s, new byte[] {1}));
            byte[] t2 = prf.compute(k, cat(t1, s, new byte[] {2}));
            byte[] t3 = prf.compute(k, cat(t2, s, new byte[] {3}));
            byte[] expected = Arrays.copyOf(cat(t1, t2, t3), 70);
            assertArrayEquals(expected, new Ikev2Kdf(prf).prfPlus(k, 70, s).copy(), p.name());
            assertEquals(255 * 32, new Ikev2Kdf(prf).prfPlus(k, 255 * 32, s).length());
            assertThrows(IllegalArgumentException.class, () -> new Ikev2Kdf(prf).prfPlus(k, 255 * 32 + 1, s));
        }
    }

    @Test
    void initialKeysSplitInOrderWithTheNegotiatedLengths() {
        for (CryptoProvider p : PROVIDERS) {
            Prf prf = p.prf(5);
            Ikev2Kdf kdf = new Ikev2Kdf(prf);
            SecretBytes gir = SecretBytes.copyOf(new byte[256]);
            Ikev2KeyLengths normal = Ikev2KeyLengths.of(prf, p.cipher(12, 128), p.integrity(12));
            assertEquals(new Ikev2KeyLengths(32, 32, 16, 32), normal);
            Ikev2SaKeys k = kdf.initialSaKeys(gir, NI, NR, SPII, SPIR, normal);
            byte[] seed = prf.compute(cat(NI, NR), new byte[256]);
            byte[] all = kdf.prfPlus(seed, normal.total(), NI, NR, SPII, SPIR).copy();
            assertArrayEquals(Arrays.copyOfRange(all, 0, 32), k.skD().copy());
            assertArrayEquals(Arrays.copyOfRange(all, 32, 64), k.skAi().copy());
            assertArrayEquals(Arrays.copyOfRange(all, 64, 96), k.skAr().copy());
            assertArrayEquals(Arrays.copyOfRange(all, 96, 112), k.skEi().copy());
            assertArrayEquals(Arrays.copyOfRange(all, 112, 128), k.skEr().copy());
            assertArrayEquals(Arrays.copyOfRange(all, 128, 160), k.skPi().copy());
            assertArrayEquals(Arrays.copyOfRange(all, 160, 192), k.skPr().copy());
            // AEAD (RFC 5282 §7.1): no SK_a, SK_e = 16-octet key + 4-octet salt.
            Ikev2KeyLengths gcm = Ikev2KeyLengths.of(prf, p.aeadCipher(20, 128));
            assertEquals(new Ikev2KeyLengths(32, 0, 20, 32), gcm);
            Ikev2SaKeys a = kdf.initialSaKeys(gir, NI, NR, SPII, SPIR, gcm);
            assertEquals(0, a.skAi().length());
            assertEquals(20, a.skEi().length());
            // The keys are destroyable as a set and then unusable.
            k.destroy();
            assertTrue(k.isDestroyed());
            assertThrows(IllegalStateException.class, () -> k.skEi().copy());
            assertFalse(k.toString().matches(".*[0-9a-f]{16}.*"));
        }
    }

    /** RFC 7296 §2.14: AES128-XCBC/CMAC as PRF use only 64 bits of each nonce as the SKEYSEED key. */
    @Test
    void fixedKeyPrfsUseHalfOfEachNonce() {
        List<byte[]> keys = new ArrayList<>();
        Prf recording = new Prf() {
            public int transformId() {
                return 4;
            }

            public int outputLength() {
                return 16;
            }

            public int preferredKeyLength() {
                return 16;
            }

            public byte[] compute(byte[] key, byte[]... data) {
                keys.add(key.clone());
                return new byte[16];
            }
        };
        new Ikev2Kdf(recording).skeyseed(NI, NR, SecretBytes.copyOf(new byte[32]));
        assertArrayEquals(cat(Arrays.copyOf(NI, 8), Arrays.copyOf(NR, 8)), keys.get(0));
        for (CryptoProvider p : PROVIDERS) {
            Prf xcbc = p.prf(4);
            byte[] expected = xcbc.compute(cat(Arrays.copyOf(NI, 8), Arrays.copyOf(NR, 8)), new byte[32]);
            assertArrayEquals(expected, new Ikev2Kdf(xcbc).skeyseed(NI, NR, SecretBytes.copyOf(new byte[32])).copy());
        }
    }

    @Test
    void childKeymatRekeyAndAdditionalKeyExchanges() {
        for (CryptoProvider p : PROVIDERS) {
            Prf prf = p.prf(7);
            Ikev2Kdf kdf = new Ikev2Kdf(prf);
            SecretBytes skd = SecretBytes.copyOf(new byte[64]);
            SecretBytes g = SecretBytes.copyOf(new byte[] {9, 9, 9});
            SecretBytes g2 = SecretBytes.copyOf(new byte[] {7, 7});
            assertArrayEquals(kdf.prfPlus(new byte[64], 100, NI, NR).copy(), kdf.childKeymat(skd, 100, NI, NR).copy());
            assertArrayEquals(kdf.prfPlus(new byte[64], 100, g.copy(), NI, NR).copy(),
                    kdf.childKeymat(skd, 100, NI, NR, g).copy());
            assertArrayEquals(kdf.prfPlus(new byte[64], 100, g.copy(), g2.copy(), NI, NR).copy(),
                    kdf.childKeymat(skd, 100, NI, NR, g, g2).copy());
            assertArrayEquals(prf.compute(new byte[64], cat(g.copy(), NI, NR)), kdf.rekeySkeyseed(skd, g, NI, NR).copy());
            // RFC 9370: SKEYSEED(n) = prf(SK_d(n-1), SK(n) | Ni | Nr); keys re-derived with the same SPIs.
            Ikev2KeyLengths len = new Ikev2KeyLengths(64, 64, 32, 64);
            Ikev2SaKeys k0 = kdf.initialSaKeys(SecretBytes.copyOf(new byte[32]), NI, NR, SPII, SPIR, len);
            Ikev2SaKeys k1 = kdf.saKeys(kdf.rekeySkeyseed(k0.skD(), g, NI, NR), NI, NR, SPII, SPIR, len);
            Ikev2SaKeys k2 = kdf.saKeys(kdf.rekeySkeyseed(k1.skD(), g2, NI, NR), NI, NR, SPII, SPIR, len);
            Ikev2SaKeys chained = kdf.additionalKeyExchanges(k0, List.of(g, g2), NI, NR, SPII, SPIR, len);
            assertArrayEquals(k2.skEi().copy(), chained.skEi().copy());
            assertArrayEquals(k2.skPr().copy(), chained.skPr().copy());
            assertFalse(k0.isDestroyed());
        }
    }

    @Test
    void authOctetsPskAuthNatDetectionAndCookies() throws Exception {
        for (CryptoProvider p : PROVIDERS) {
            Prf prf = p.prf(2);
            Ikev2Kdf kdf = new Ikev2Kdf(prf);
            byte[] msg1 = {1, 2, 3};
            byte[] id = {1, 0, 0, 0, 10, 0, 0, 1};
            SecretBytes skp = SecretBytes.copyOf(new byte[20]);
            byte[] octets = kdf.signedOctets(msg1, NR, skp, id);
            assertArrayEquals(cat(msg1, NR, prf.compute(new byte[20], id)), octets);
            byte[] psk = "secret".getBytes(StandardCharsets.US_ASCII);
            byte[] inner = prf.compute(psk, "Key Pad for IKEv2".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals(prf.compute(inner, octets), kdf.pskAuth(psk, octets));
        }
        byte[] ip = {(byte) 192, 0, 2, 1};
        byte[] natd = Ikev2Kdf.natDetectionHash(SPII, new byte[8], ip, 500);
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(cat(SPII, new byte[8], ip, new byte[] {1, (byte) 0xf4})),
                natd);
        byte[] c = Ikev2Kdf.cookie(3, new byte[] {5, 5}, NI, ip, SPII);
        assertEquals(36, c.length);
        assertArrayEquals(new byte[] {0, 0, 0, 3}, Arrays.copyOf(c, 4));
        assertTrue(Ikev2Kdf.verifyCookie(c, 3, new byte[] {5, 5}, NI, ip, SPII));
        assertFalse(Ikev2Kdf.verifyCookie(c, 3, new byte[] {5, 6}, NI, ip, SPII));
        assertFalse(Ikev2Kdf.verifyCookie(c, 3, new byte[] {5, 5}, NI, new byte[] {(byte) 192, 0, 2, 2}, SPII));
    }
}
