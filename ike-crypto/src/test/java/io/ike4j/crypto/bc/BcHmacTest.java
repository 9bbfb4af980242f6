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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * BcHmac (K0 kept, pads hashed per call in the JDK digest) against BouncyCastle's HMac for every hash, keys
 * shorter than, equal to and longer than the block, messages of 0 to 300 octets in one part and in two.
 */
class BcHmacTest {
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
}
