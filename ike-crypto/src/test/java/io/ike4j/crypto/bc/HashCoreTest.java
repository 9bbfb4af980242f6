package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ike4j's own hash cores (what BcHmac resumes its pad states in) against BouncyCastle's digests and HMac on every
 * length from 0 to 300 octets, split at every kind of block boundary, keys shorter than, equal to and longer than
 * the block; plus the derived constants' first and last words against FIPS 180-4 §4.2 and RFC 1321 §3.4.
 */
class HashCoreTest {
    private static Supplier<Digest> bc(BcHash h) {
        return switch (h) {
            case MD5 -> MD5Digest::new;
            case SHA1 -> SHA1Digest::new;
            case SHA224 -> SHA224Digest::new;
            case SHA256 -> SHA256Digest::new;
            case SHA384 -> SHA384Digest::new;
            case SHA512 -> SHA512Digest::new;
        };
    }

    @ParameterizedTest
    @EnumSource(BcHash.class)
    void plainHashMatchesBouncyCastleAtEveryLength(BcHash h) {
        Random r = new Random(h.ordinal());
        for (int len = 0; len <= 300; len++) {
            byte[] m = new byte[len];
            r.nextBytes(m);
            Digest d = bc(h).get();
            d.update(m, 0, len);
            byte[] want = new byte[d.getDigestSize()];
            d.doFinal(want, 0);
            HashCore c = h.core();
            c.begin(c.iv(), 0);
            int cut = len == 0 ? 0 : r.nextInt(len + 1);
            c.update(m, 0, cut);
            c.update(m, cut, len - cut);
            byte[] got = new byte[h.size];
            c.finish(got, 0);
            assertArrayEquals(want, got, h + " over " + len + " octets cut at " + cut);
        }
    }

    @ParameterizedTest
    @EnumSource(BcHash.class)
    void hmacMatchesBouncyCastle(BcHash h) {
        Random r = new Random(100 + h.ordinal());
        for (int keyLen : new int[] {0, 1, 20, h.block - 1, h.block, h.block + 1, 2 * h.block + 7}) {
            byte[] key = new byte[keyLen];
            r.nextBytes(key);
            BcHmac ours = new BcHmac(h, key);
            HMac theirs = new HMac(bc(h).get());
            theirs.init(new KeyParameter(key));
            for (int len = 0; len <= 300; len += 1 + r.nextInt(9)) {
                byte[] m = new byte[len];
                r.nextBytes(m);
                theirs.update(m, 0, len);
                byte[] want = new byte[theirs.getMacSize()];
                theirs.doFinal(want, 0);
                int cut = len / 3;
                byte[] a = java.util.Arrays.copyOfRange(m, 0, cut);
                byte[] b = java.util.Arrays.copyOfRange(m, cut, len);
                assertArrayEquals(want, ours.compute(a, b), h + " key " + keyLen + " message " + len);
                assertArrayEquals(want, ours.mac(m, 0, len), h + " key " + keyLen + " message " + len);
            }
        }
    }

    @Test
    void derivedConstantsAreTheStandardOnes() {
        int[] k32 = HashConstants.fractions32(1, 64, 3);
        assertEquals(0x428a2f98, k32[0]);
        assertEquals(0xc67178f2, k32[63]);
        long[] k64 = HashConstants.fractions64(1, 80, 3);
        assertEquals(0x428a2f98d728ae22L, k64[0]);
        assertEquals(0x6c44198c4a475817L, k64[79]);
        assertEquals(0x6a09e667, HashConstants.fractions32(1, 8, 2)[0]);
        assertEquals(0x6a09e667f3bcc908L, HashConstants.fractions64(1, 8, 2)[0]);
        assertEquals(0xcbbb9d5dc1059ed8L, HashConstants.fractions64(9, 8, 2)[0]);
        int[] t = HashConstants.md5Sines();
        assertEquals(0xd76aa478, t[0]);
        assertEquals(0xeb86d391, t[63]);
    }
}
