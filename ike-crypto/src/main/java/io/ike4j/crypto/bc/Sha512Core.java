package io.ike4j.crypto.bc;

import java.util.Arrays;

/**
 * SHA-512 and SHA-384 (FIPS 180-4 §6.4, §6.5): 128-octet blocks, eight 64-bit words of chaining value, handed
 * in and out as sixteen ints (high word first).
 */
final class Sha512Core extends HashCore {
    /** §4.2.3: cube roots of the first 80 primes. */
    private static final long[] K = HashConstants.fractions64(1, 80, 3);
    /** §5.3.5: square roots of the first 8 primes. */
    private static final int[] IV_512 = split(HashConstants.fractions64(1, 8, 2));
    /** §5.3.4: square roots of the 9th to 16th primes. */
    private static final int[] IV_384 = split(HashConstants.fractions64(9, 8, 2));

    private final long[] h = new long[8];
    private final long[] w = new long[80];

    private Sha512Core(int digestLength) {
        super(128, digestLength, 16);
    }

    static Sha512Core sha512() {
        return new Sha512Core(64);
    }

    static Sha512Core sha384() {
        return new Sha512Core(48);
    }

    private static int[] split(long[] v) {
        int[] out = new int[2 * v.length];
        for (int i = 0; i < v.length; i++) {
            out[2 * i] = (int) (v[i] >>> 32);
            out[2 * i + 1] = (int) v[i];
        }
        return out;
    }

    @Override
    int[] iv() { // a static constant, not a field: instances hold only per-message state, which wipes
        return digestLength == 64 ? IV_512 : IV_384;
    }

    @Override
    void load(int[] chain) {
        for (int i = 0; i < 8; i++) {
            h[i] = ((long) chain[2 * i] << 32) | (chain[2 * i + 1] & 0xffffffffL);
        }
    }

    @Override
    int[] store() {
        return split(h);
    }

    private static long word(byte[] in, int off) {
        return ((long) bigEndianInt(in, off) << 32) | (bigEndianInt(in, off + 4) & 0xffffffffL);
    }

    @Override
    void compress(byte[] in, int off) {
        long[] w = this.w;
        for (int t = 0; t < 16; t++) {
            w[t] = word(in, off + 8 * t);
        }
        for (int t = 16; t < 80; t++) {
            long x = w[t - 2];
            long y = w[t - 15];
            long s1 = Long.rotateRight(x, 19) ^ Long.rotateRight(x, 61) ^ (x >>> 6);
            long s0 = Long.rotateRight(y, 1) ^ Long.rotateRight(y, 8) ^ (y >>> 7);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        long a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 80; t++) {
            long t1 = hh + (Long.rotateRight(e, 14) ^ Long.rotateRight(e, 18) ^ Long.rotateRight(e, 41))
                    + ((e & f) ^ (~e & g)) + K[t] + w[t];
            long t2 = (Long.rotateRight(a, 28) ^ Long.rotateRight(a, 34) ^ Long.rotateRight(a, 39))
                    + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }

    @Override
    void output(byte[] out, int off) {
        for (int i = 0; i < digestLength / 8; i++) {
            putBigEndian((int) (h[i] >>> 32), out, off + 8 * i);
            putBigEndian((int) h[i], out, off + 8 * i + 4);
        }
    }

    @Override
    void clearWork() {
        Arrays.fill(h, 0);
        Arrays.fill(w, 0);
    }
}
