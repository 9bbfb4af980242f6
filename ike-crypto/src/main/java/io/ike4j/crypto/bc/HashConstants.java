package io.ike4j.crypto.bc;

import java.math.BigInteger;

/**
 * The SHA constants, derived as FIPS 180-4 §4.2 and §5.3 define them rather than typed in: leading bits of the
 * fractional parts of square and cube roots of the first primes, computed with exact integer roots; and RFC 1321
 * §3.4's MD5 sine table. A wrong constant fails every known-answer test, so a typo cannot hide.
 */
final class HashConstants {
    private HashConstants() {
    }

    /** The first {@code n} primes from the {@code from}-th (1-based). */
    static int[] primes(int from, int n) {
        int[] out = new int[n];
        int found = 0;
        for (int c = 2; found < from - 1 + n; c++) {
            if (BigInteger.valueOf(c).isProbablePrime(50)) {
                if (++found >= from) {
                    out[found - from] = c;
                }
            }
        }
        return out;
    }

    /** The first {@code bits} bits of the fractional part of the {@code k}-th root of {@code p} (k = 2 or 3). */
    static long fraction(int p, int k, int bits) {
        BigInteger scaled = BigInteger.valueOf(p).shiftLeft(k * bits);
        BigInteger root = k == 2 ? scaled.sqrt() : cubeRoot(scaled);
        return root.longValue() & (bits == 64 ? -1L : (1L << bits) - 1); // drops the integer part
    }

    /** floor(cbrt(n)) by Newton's iteration from above. */
    static BigInteger cubeRoot(BigInteger n) {
        BigInteger three = BigInteger.valueOf(3);
        BigInteger x = BigInteger.ONE.shiftLeft(n.bitLength() / 3 + 1);
        while (true) {
            BigInteger y = x.shiftLeft(1).add(n.divide(x.multiply(x))).divide(three);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    static int[] fractions32(int from, int n, int k) {
        int[] p = primes(from, n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) fraction(p[i], k, 32);
        }
        return out;
    }

    static long[] fractions64(int from, int n, int k) {
        int[] p = primes(from, n);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = fraction(p[i], k, 64);
        }
        return out;
    }

    /** RFC 1321 §3.4: T[i] = floor(4294967296 * abs(sin(i))), i = 1..64 in radians. */
    static int[] md5Sines() {
        int[] t = new int[64];
        for (int i = 0; i < 64; i++) {
            t[i] = (int) (long) Math.floor(Math.abs(StrictMath.sin(i + 1)) * 4294967296.0);
        }
        return t;
    }
}
