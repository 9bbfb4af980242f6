package io.ike4j.crypto.spi;

import io.ike4j.crypto.RandomSource;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** RandomSource: deterministic streams are reproducible and chunking-independent; the secure one is not fixed. */
class RandomSourceTest {
    @Test
    void sameSeedSameStream() {
        assertArrayEquals(RandomSource.deterministic(42).nextBytes(100), RandomSource.deterministic(42).nextBytes(100));
        assertFalse(Arrays.equals(RandomSource.deterministic(42).nextBytes(32), RandomSource.deterministic(43).nextBytes(32)));
    }

    @Test
    void streamDoesNotDependOnChunking() {
        byte[] whole = RandomSource.deterministic(7).nextBytes(97);
        RandomSource r = RandomSource.deterministic(7);
        byte[] a = r.nextBytes(1);
        byte[] b = r.nextBytes(31);
        byte[] c = r.nextBytes(33);
        byte[] d = r.nextBytes(32);
        byte[] joined = new byte[97];
        System.arraycopy(a, 0, joined, 0, 1);
        System.arraycopy(b, 0, joined, 1, 31);
        System.arraycopy(c, 0, joined, 32, 33);
        System.arraycopy(d, 0, joined, 65, 32);
        assertArrayEquals(whole, joined);
        // successive blocks differ (the counter advances)
        assertFalse(Arrays.equals(Arrays.copyOfRange(whole, 0, 32), Arrays.copyOfRange(whole, 32, 64)));
    }

    @Test
    void asSecureRandomFollowsTheSource() {
        SecureRandom sr = RandomSource.deterministic(9).asSecureRandom();
        byte[] viaSecureRandom = new byte[40];
        sr.nextBytes(viaSecureRandom);
        assertArrayEquals(RandomSource.deterministic(9).nextBytes(40), viaSecureRandom);
        sr.setSeed(123L); // ignored: the source decides its own seeding
        byte[] next = new byte[8];
        sr.nextBytes(next);
        assertArrayEquals(Arrays.copyOfRange(RandomSource.deterministic(9).nextBytes(48), 40, 48), next);
    }

    @Test
    void secureSourceIsNotConstant() {
        RandomSource s = RandomSource.secure();
        byte[] x = s.nextBytes(32);
        byte[] y = s.nextBytes(32);
        assertEquals(32, x.length);
        assertFalse(Arrays.equals(x, y));
        assertFalse(Arrays.equals(new byte[32], x));
    }
}
