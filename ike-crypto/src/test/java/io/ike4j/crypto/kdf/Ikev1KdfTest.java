package io.ike4j.crypto.kdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.crypto.jca.JcaProvider;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Ikev1Kdf} against RFC 2409 §5, §5.5, App. B and RFC 3947 §3.2, recomputed here, on both providers. */
class Ikev1KdfTest {
    static final List<CryptoProvider> PROVIDERS = List.of(new BouncyCastleProvider(), new JcaProvider());
    static final byte[] CKY_I = {1, 2, 3, 4, 5, 6, 7, 8};
    static final byte[] CKY_R = {8, 7, 6, 5, 4, 3, 2, 1};
    static final byte[] NI = {10, 11, 12, 13, 14, 15, 16, 17};
    static final byte[] NR = {20, 21, 22, 23, 24, 25, 26, 27};

    static byte[] cat(byte[]... p) {
        return Concat.of(p);
    }

    @Test
    void appendixBKeyExpansionAndIvs() {
        for (CryptoProvider p : PROVIDERS) {
            Prf prf = p.prf(2); // HMAC-SHA1: 20-octet SKEYID_e
            HashFunction sha1 = HashFunction.jdk("SHA");
            Ikev1Kdf kdf = new Ikev1Kdf(prf, sha1);
            SecretBytes e = SecretBytes.copyOf(new byte[20]);
            e.unsafeBytes()[0] = 1;
            // Long enough: the first octets.
            assertArrayEquals(Arrays.copyOf(e.copy(), 16), kdf.encryptionKey(e, 16).copy());
            // Too short for AES-256: Ka = K1 | K2, K1 = prf(SKEYID_e, 0), K2 = prf(SKEYID_e, K1).
            byte[] k1 = prf.compute(e.copy(), new byte[] {0});
            byte[] k2 = prf.compute(e.copy(), k1);
            assertArrayEquals(Arrays.copyOf(cat(k1, k2), 32), kdf.encryptionKey(e, 32).copy());
            byte[] gxi = {1, 1};
            byte[] gxr = {2, 2};
            assertArrayEquals(Arrays.copyOf(sha1.hash(gxi, gxr), 16), kdf.phase1Iv(gxi, gxr, 16));
            byte[] last = new byte[16];
            assertArrayEquals(Arrays.copyOf(sha1.hash(last, new byte[] {(byte) 0x80, 0, 0, 1}), 16),
                    kdf.phase2Iv(last, 0x80000001, 16));
        }
    }

    @Test
    void skeyidVariantsAndDerivedKeys() {
        for (CryptoProvider p : PROVIDERS) {
            Prf prf = p.prf(5);
            HashFunction h = HashFunction.jdk("SHA2-256");
            Ikev1Kdf kdf = new Ikev1Kdf(prf, h);
            byte[] g = {3, 3, 3};
            SecretBytes gxy = SecretBytes.copyOf(g);
            assertArrayEquals(prf.compute(cat(NI, NR), g), kdf.skeyidSignature(NI, NR, gxy).copy());
            assertArrayEquals(prf.compute(h.hash(NI, NR), cat(CKY_I, CKY_R)), kdf.skeyidPublicKey(NI, NR, CKY_I, CKY_R).copy());
            byte[] psk = {9};
            byte[] skeyid = prf.compute(psk, cat(NI, NR));
            Ikev1Keys k = kdf.keys(kdf.skeyidPsk(psk, NI, NR), gxy, CKY_I, CKY_R);
            byte[] d = prf.compute(skeyid, cat(g, CKY_I, CKY_R, new byte[] {0}));
            byte[] a = prf.compute(skeyid, cat(d, g, CKY_I, CKY_R, new byte[] {1}));
            byte[] e = prf.compute(skeyid, cat(a, g, CKY_I, CKY_R, new byte[] {2}));
            assertArrayEquals(skeyid, k.skeyid().copy());
            assertArrayEquals(d, k.skeyidD().copy());
            assertArrayEquals(a, k.skeyidA().copy());
            assertArrayEquals(e, k.skeyidE().copy());
            byte[] sa = {4};
            byte[] idi = {5};
            byte[] gxi = {6};
            byte[] gxr = {7};
            assertArrayEquals(prf.compute(skeyid, cat(gxi, gxr, CKY_I, CKY_R, sa, idi)),
                    kdf.hashI(k.skeyid(), gxi, gxr, CKY_I, CKY_R, sa, idi));
            assertArrayEquals(prf.compute(skeyid, cat(gxr, gxi, CKY_R, CKY_I, sa, idi)),
                    kdf.hashR(k.skeyid(), gxi, gxr, CKY_I, CKY_R, sa, idi));
            k.destroy();
            assertEquals(true, k.isDestroyed());
        }
    }

    @Test
    void quickModeHashesKeymatAndNatD() {
        for (CryptoProvider p : PROVIDERS) {
            Prf prf = p.prf(2);
            Ikev1Kdf kdf = new Ikev1Kdf(prf, HashFunction.jdk("SHA-1"));
            byte[] ka = new byte[20];
            SecretBytes skeyidA = SecretBytes.copyOf(ka);
            byte[] mid = {0x12, 0x34, 0x56, 0x78};
            byte[] rest = {1, 2, 3};
            assertArrayEquals(prf.compute(ka, cat(mid, rest)), kdf.quickModeHash1(skeyidA, 0x12345678, rest));
            assertArrayEquals(prf.compute(ka, cat(mid, NI, rest)), kdf.quickModeHash2(skeyidA, 0x12345678, NI, rest));
            assertArrayEquals(prf.compute(ka, cat(new byte[] {0}, mid, NI, NR)),
                    kdf.quickModeHash3(skeyidA, 0x12345678, NI, NR));
            byte[] kd = new byte[20];
            kd[3] = 7;
            SecretBytes skeyidD = SecretBytes.copyOf(kd);
            byte[] spi = {(byte) 0xca, (byte) 0xfe, 0, 1};
            byte[] k1 = prf.compute(kd, cat(new byte[] {3}, spi, NI, NR));
            byte[] k2 = prf.compute(kd, cat(k1, new byte[] {3}, spi, NI, NR));
            assertArrayEquals(Arrays.copyOf(cat(k1, k2), 36), kdf.quickModeKeymat(skeyidD, null, 3, spi, NI, NR, 36).copy());
            byte[] g = {9, 9};
            byte[] p1 = prf.compute(kd, cat(g, new byte[] {3}, spi, NI, NR));
            byte[] p2 = prf.compute(kd, cat(p1, g, new byte[] {3}, spi, NI, NR));
            assertArrayEquals(Arrays.copyOf(cat(p1, p2), 36),
                    kdf.quickModeKeymat(skeyidD, SecretBytes.copyOf(g), 3, spi, NI, NR, 36).copy());
            byte[] ip = {10, 0, 0, 1};
            assertArrayEquals(HashFunction.jdk("SHA-1").hash(CKY_I, CKY_R, ip, new byte[] {0x11, (byte) 0x94}),
                    kdf.natDetectionHash(CKY_I, CKY_R, ip, 4500));
        }
    }
}
