package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ike4j's own AES-GCM: FIPS-197 and GCM-spec known answers, agreement with BouncyCastle, tag checks, wiping. */
class AesGcmTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String block(String key, String plain) {
        AesGcm.Scratch s = new AesGcm.Scratch();
        AesGcm.expand(s, HEX.parseHex(key));
        byte[] p = HEX.parseHex(plain);
        for (int i = 0; i < 4; i++) {
            s.st[i] = ((p[4 * i] & 0xff) << 24) | ((p[4 * i + 1] & 0xff) << 16) | ((p[4 * i + 2] & 0xff) << 8) | (p[4 * i + 3] & 0xff);
        }
        AesGcm.encrypt(s);
        StringBuilder out = new StringBuilder();
        for (int w : s.st) {
            out.append(String.format("%08x", w));
        }
        return out.toString();
    }

    /** FIPS-197 Appendix C.1-C.3. */
    @Test
    void cipherKnownAnswers() {
        String pt = "00112233445566778899aabbccddeeff";
        assertEquals("69c4e0d86a7b0430d8cdb78070b4c55a", block("000102030405060708090a0b0c0d0e0f", pt));
        assertEquals("dda97ca4864cdfe06eaf70a0ec0d7191", block("000102030405060708090a0b0c0d0e0f1011121314151617", pt));
        assertEquals("8ea2b7ca516745bfeafc49904b496089",
                block("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", pt));
    }

    /** McGrew and Viega, "The Galois/Counter Mode of Operation", test case 4 (AES-128, 96-bit IV, AAD, 60 octets). */
    @Test
    void gcmSpecTestCase4() {
        byte[] key = HEX.parseHex("feffe9928665731c6d6a8f9467308308");
        byte[] nonce = HEX.parseHex("cafebabefacedbaddecaf888");
        byte[] pt = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        String ct = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091";
        byte[] salt = Arrays.copyOf(nonce, 4);
        byte[] iv = Arrays.copyOfRange(nonce, 4, 12);
        byte[] sealed = AesGcm.seal(key, salt, iv, aad, pt, 0, pt.length, 16);
        assertEquals(ct + "5bc94fbc3221a5db94fae95ae7121a47", HEX.formatHex(sealed));
        assertArrayEquals(pt, AesGcm.open(key, salt, iv, aad, sealed, 0, sealed.length, 16));
        byte[] short8 = AesGcm.seal(key, salt, iv, aad, pt, 0, pt.length, 8);
        assertEquals(ct + "5bc94fbc3221a5db", HEX.formatHex(short8));
    }

    /** Every key size, ICV length, AAD and text length 0-100 (partial blocks), at an offset: BouncyCastle's answer. */
    @Test
    void agreesWithBouncyCastle() throws Exception {
        Random r = new Random(5282);
        int cases = 0;
        for (int keyLen : new int[] {16, 24, 32}) {
            for (int tagLen : new int[] {8, 12, 16}) {
                for (int len = 0; len <= 100; len += 1 + r.nextInt(7)) {
                    byte[] key = bytes(r, keyLen);
                    byte[] salt = bytes(r, 4);
                    byte[] iv = bytes(r, 8);
                    byte[] aad = bytes(r, r.nextInt(41));
                    byte[] buf = bytes(r, len + 9);
                    GCMBlockCipher bc = new GCMBlockCipher(new AESEngine());
                    bc.init(true, new AEADParameters(new KeyParameter(key), tagLen * 8, concat(salt, iv), aad));
                    byte[] expected = new byte[bc.getOutputSize(len)];
                    int n = bc.processBytes(buf, 5, len, expected, 0);
                    bc.doFinal(expected, n);
                    byte[] sealed = AesGcm.seal(key, salt, iv, aad, buf, 5, len, tagLen);
                    assertArrayEquals(expected, sealed, "key " + keyLen + " tag " + tagLen + " len " + len);
                    byte[] framed = concat(new byte[3], sealed);
                    assertArrayEquals(Arrays.copyOfRange(buf, 5, 5 + len),
                            AesGcm.open(key, salt, iv, aad, framed, 3, sealed.length, tagLen));
                    cases++;
                }
            }
        }
        assertTrue(cases > 100, "cases: " + cases);
    }

    /** A flipped bit anywhere (ciphertext, tag, AAD, IV, salt) fails the tag: null, nothing decrypted. */
    @Test
    void anyFlippedBitFailsTheTag() {
        Random r = new Random(7);
        byte[] key = bytes(r, 16);
        byte[] salt = bytes(r, 4);
        byte[] iv = bytes(r, 8);
        byte[] aad = bytes(r, 20);
        byte[] pt = bytes(r, 37);
        byte[] sealed = AesGcm.seal(key, salt, iv, aad, pt, 0, pt.length, 16);
        for (int bit = 0; bit < sealed.length * 8; bit++) {
            sealed[bit / 8] ^= (byte) (1 << (bit % 8));
            assertNull(AesGcm.open(key, salt, iv, aad, sealed, 0, sealed.length, 16), "bit " + bit);
            sealed[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        for (byte[] field : List.of(aad, iv, salt)) {
            field[0] ^= 1;
            assertNull(AesGcm.open(key, salt, iv, aad, sealed, 0, sealed.length, 16));
            field[0] ^= 1;
        }
        assertArrayEquals(pt, AesGcm.open(key, salt, iv, aad, sealed, 0, sealed.length, 16));
    }

    /** The per-thread scratch holds only zeros after a seal, an open and a failed open. */
    @Test
    void scratchIsWipedAfterEveryCall() {
        List<Object> seen = new ArrayList<>();
        BcWipe.scratchWatcher = seen::add;
        try {
            Random r = new Random(3);
            byte[] key = bytes(r, 32);
            byte[] salt = bytes(r, 4);
            byte[] iv = bytes(r, 8);
            byte[] sealed = AesGcm.seal(key, salt, iv, new byte[0], bytes(r, 40), 0, 40, 16);
            AesGcm.open(key, salt, iv, new byte[0], sealed, 0, sealed.length, 16);
            sealed[0] ^= 1;
            assertNull(AesGcm.open(key, salt, iv, new byte[0], sealed, 0, sealed.length, 16));
        } finally {
            BcWipe.scratchWatcher = null;
        }
        assertEquals(3, seen.size());
        for (Object o : seen) {
            ZeroWalk w = ZeroWalk.of(o);
            assertTrue(w.arrays.size() >= 8, "the walk must reach the scratch's arrays");
            assertEquals("", w.nonZero());
        }
    }

    private static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
