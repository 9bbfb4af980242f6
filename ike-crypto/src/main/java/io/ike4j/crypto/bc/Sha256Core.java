package io.ike4j.crypto.bc;

/** SHA-256 and SHA-224 (FIPS 180-4 §6.2, §6.3): 64-octet blocks, eight 32-bit words of chaining value. */
final class Sha256Core extends Int32Core {
    /** §4.2.2: cube roots of the first 64 primes. */
    private static final int[] K = HashConstants.fractions32(1, 64, 3);
    /** §5.3.3: square roots of the first 8 primes. */
    private static final int[] IV_256 = HashConstants.fractions32(1, 8, 2);
    /** §5.3.2: the second 32 bits of the fractional parts of the square roots of the 9th to 16th primes. */
    private static final int[] IV_224 = low32(HashConstants.fractions64(9, 8, 2));

    private Sha256Core(int digestLength) {
        super(64, digestLength, 8, 64);
    }

    static Sha256Core sha256() {
        return new Sha256Core(32);
    }

    static Sha256Core sha224() {
        return new Sha256Core(28);
    }

    private static int[] low32(long[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) v[i];
        }
        return out;
    }

    @Override
    int[] iv() { // a static constant, not a field: instances hold only per-message state, which wipes
        return digestLength == 32 ? IV_256 : IV_224;
    }

    @Override
    void compress(byte[] in, int off) {
        int[] w = this.w;
        for (int t = 0; t < 16; t++) {
            w[t] = bigEndianInt(in, off + 4 * t);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 2];
            int y = w[t - 15];
            int s1 = Integer.rotateRight(x, 17) ^ Integer.rotateRight(x, 19) ^ (x >>> 10);
            int s0 = Integer.rotateRight(y, 7) ^ Integer.rotateRight(y, 18) ^ (y >>> 3);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 64; t++) {
            int t1 = hh + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + K[t] + w[t];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
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
        for (int i = 0; i < digestLength / 4; i++) {
            putBigEndian(h[i], out, off + 4 * i);
        }
    }
}
