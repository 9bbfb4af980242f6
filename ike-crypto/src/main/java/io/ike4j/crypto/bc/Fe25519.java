package io.ike4j.crypto.bc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Arithmetic in GF(2^255 - 19) for {@link X25519Ladder} and {@link X25519FixedBase}, allocation-free and constant
 * time: no branch or array index depends on a value, every operation runs the same instructions whatever its
 * inputs (callers pass their own arrays; nothing here keeps state).
 *
 * <p>A field element is five unsigned 51-bit limbs in {@code long}s (value = Σ f[i]·2^(51i)); the upper halves of
 * the 102- to 110-bit limb products come from {@link Math#multiplyHigh}, summed apart from the lower halves so that
 * no sum overflows. The bounds, noted where they matter: every input to {@link #mul} and {@link #sq} has limbs below
 * 2^53; their outputs (and {@link #reduce}'s) are "loose", limbs below 2^51 + 2^11. {@link #sub} subtracts a loose
 * element (or a fully reduced one) and adds 2^52 at most; {@link #add} adds the limbs as they are.
 */
final class Fe25519 {
    static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long M = (1L << 51) - 1;

    private Fe25519() {
    }

    /** u-coordinate from 32 octets, little-endian, the top bit masked (decodeUCoordinate, RFC 7748 §5); values ≥ p are kept. */
    static void decode(long[] f, byte[] u) {
        long w0 = (long) LE_LONG.get(u, 0);
        long w1 = (long) LE_LONG.get(u, 8);
        long w2 = (long) LE_LONG.get(u, 16);
        long w3 = (long) LE_LONG.get(u, 24) & Long.MAX_VALUE;
        f[0] = w0 & M;
        f[1] = (w0 >>> 51 | w1 << 13) & M;
        f[2] = (w1 >>> 38 | w2 << 26) & M;
        f[3] = (w2 >>> 25 | w3 << 39) & M;
        f[4] = w3 >>> 12;
    }

    /** The fully reduced value (0 ≤ f < p) of a loose f as 32 octets, little-endian (encodeUCoordinate, §5); f is left reduced. */
    static byte[] encode(long[] f) {
        freeze(f);
        byte[] out = new byte[32];
        LE_LONG.set(out, 0, f[0] | f[1] << 51);
        LE_LONG.set(out, 8, f[1] >>> 13 | f[2] << 38);
        LE_LONG.set(out, 16, f[2] >>> 26 | f[3] << 25);
        LE_LONG.set(out, 24, f[3] >>> 39 | f[4] << 12);
        return out;
    }

    /** f := f mod p, fully reduced (limbs below 2^51, value below p), for f with limbs below 2^62. */
    static void freeze(long[] f) {
        // One carry pass: then limbs below 2^51 except f0 < 2^51 + 19 · 2^11 (2^51 + 19 for a loose f), so
        // f < 2^255 + 2^16 < 2p, and f0 + 19 < 2^52 below.
        long f0 = f[0];
        long f1 = f[1] + (f0 >>> 51);
        long f2 = f[2] + (f1 >>> 51);
        long f3 = f[3] + (f2 >>> 51);
        long f4 = f[4] + (f3 >>> 51);
        f0 = (f0 & M) + 19 * (f4 >>> 51);
        f1 &= M;
        f2 &= M;
        f3 &= M;
        f4 &= M;
        // q = 1 exactly when f ≥ p, i.e. f + 19 ≥ 2^255 (the carry chain of f + 19); then f - p = f + 19 - 2^255.
        long q = (f0 + 19) >>> 51;
        q = (f1 + q) >>> 51;
        q = (f2 + q) >>> 51;
        q = (f3 + q) >>> 51;
        q = (f4 + q) >>> 51;
        f0 += 19 * q;
        f1 += f0 >>> 51;
        f2 += f1 >>> 51;
        f3 += f2 >>> 51;
        f4 += f3 >>> 51;
        f[0] = f0 & M;
        f[1] = f1 & M;
        f[2] = f2 & M;
        f[3] = f3 & M;
        f[4] = f4 & M; // drops the 2^255 of f + 19 when q = 1
    }

    /** out = f + g, no carry. */
    static void add(long[] out, long[] f, long[] g) {
        for (int i = 0; i < 5; i++) {
            out[i] = f[i] + g[i];
        }
    }

    /**
     * out = f + 2p - g, never negative for g's limbs at most 2p's (2^52 - 38, then 2^52 - 2): a loose g, a fully
     * reduced one, or {@link #mulSmall}'s output. out's limbs are below f's plus 2^52.
     */
    static void sub(long[] out, long[] f, long[] g) {
        out[0] = f[0] + 0xfffffffffffdaL - g[0];
        for (int i = 1; i < 5; i++) {
            out[i] = f[i] + 0xffffffffffffeL - g[i];
        }
    }

    /**
     * out = f mod p, loose, for f with limbs below 2^54: one carry pass, the top carry (below 9) folded back as 19
     * times into limb 0, which stays below 2^51 + 2^8. Costs a few shifts, where a sum would leave mul's bound.
     */
    static void reduce(long[] out, long[] f) {
        long t0 = f[0];
        long t1 = f[1] + (t0 >>> 51);
        long t2 = f[2] + (t1 >>> 51);
        long t3 = f[3] + (t2 >>> 51);
        long t4 = f[4] + (t3 >>> 51);
        out[0] = (t0 & M) + 19 * (t4 >>> 51);
        out[1] = t1 & M;
        out[2] = t2 & M;
        out[3] = t3 & M;
        out[4] = t4 & M;
    }

    /** Swaps f and g when bit is 1, leaves them when 0, with the same operations either way (RFC 7748 §5's cswap). */
    static void cswap(int bit, long[] f, long[] g) {
        long mask = -(long) bit;
        for (int i = 0; i < 5; i++) {
            long x = mask & (f[i] ^ g[i]);
            f[i] ^= x;
            g[i] ^= x;
        }
    }

    /*
     * Products. A column of a product is a sum of a few limb products x·y (up to 2^110.3) at weight 2^(51i). It is
     * kept as two longs: S, the sum of the products mod 2^64 (plain long multiplications, wrapping), and H, the sum
     * of floor(x·y / 2^54), taken as Math.multiplyHigh(x << 10, y) with x < 2^53. Then S - (H << 54), mod 2^64, is
     * the sum of the products' low 54 bits exactly (it is below 5 · 2^54), and the column is that plus H · 2^54.
     */

    /**
     * out = f * g mod p; out may be f or g. Schoolbook on the limbs, 2^255 ≡ 19 folding the upper columns back
     * (19 · g's limbs). With limbs below 2^53 a product is below 2^110.3, so a column's H sum is below 2^58.3.
     */
    static void mul(long[] out, long[] f, long[] g) {
        long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
        long s0 = f0 << 10, s1 = f1 << 10, s2 = f2 << 10, s3 = f3 << 10, s4 = f4 << 10;
        long g0 = g[0], g1 = g[1], g2 = g[2], g3 = g[3], g4 = g[4];
        long n1 = times19(g1), n2 = times19(g2), n3 = times19(g3), n4 = times19(g4);
        carry(out,
                f0 * g0 + f1 * n4 + f2 * n3 + f3 * n2 + f4 * n1,
                hi(s0, g0) + hi(s1, n4) + hi(s2, n3) + hi(s3, n2) + hi(s4, n1),
                f0 * g1 + f1 * g0 + f2 * n4 + f3 * n3 + f4 * n2,
                hi(s0, g1) + hi(s1, g0) + hi(s2, n4) + hi(s3, n3) + hi(s4, n2),
                f0 * g2 + f1 * g1 + f2 * g0 + f3 * n4 + f4 * n3,
                hi(s0, g2) + hi(s1, g1) + hi(s2, g0) + hi(s3, n4) + hi(s4, n3),
                f0 * g3 + f1 * g2 + f2 * g1 + f3 * g0 + f4 * n4,
                hi(s0, g3) + hi(s1, g2) + hi(s2, g1) + hi(s3, g0) + hi(s4, n4),
                f0 * g4 + f1 * g3 + f2 * g2 + f3 * g1 + f4 * g0,
                hi(s0, g4) + hi(s1, g3) + hi(s2, g2) + hi(s3, g1) + hi(s4, g0));
    }

    /**
     * out = f^2 mod p; out may be f. The cross terms of {@link #mul} pair up: 15 products instead of 25, the factor
     * 2 (and 19) always on the right-hand, unshifted operand.
     */
    static void sq(long[] out, long[] f) {
        long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
        long s1 = f1 << 10, s2 = f2 << 10, s3 = f3 << 10, s4 = f4 << 10;
        long d0 = f0 << 1, d1 = f1 << 1, n3 = times19(f3), n4 = times19(f4), e3 = n3 << 1, e4 = n4 << 1;
        carry(out,
                f0 * f0 + f1 * e4 + f2 * e3,
                hi(f0 << 10, f0) + hi(s1, e4) + hi(s2, e3),
                f1 * d0 + f2 * e4 + f3 * n3,
                hi(s1, d0) + hi(s2, e4) + hi(s3, n3),
                f2 * d0 + f1 * f1 + f3 * e4,
                hi(s2, d0) + hi(s1, f1) + hi(s3, e4),
                f3 * d0 + f2 * d1 + f4 * n4,
                hi(s3, d0) + hi(s2, d1) + hi(s4, n4),
                f4 * d0 + f3 * d1 + f2 * f2,
                hi(s4, d0) + hi(s3, d1) + hi(s2, f2));
    }

    /** 19 · x with shifts and adds, leaving the multiplier to the limb products. */
    private static long times19(long x) {
        return x + (x << 1) + (x << 4);
    }

    /** floor(x · y / 2^54) for x = x' · 2^10, both below 2^63. */
    private static long hi(long x, long y) {
        return Math.multiplyHigh(x, y);
    }

    /** out = f^(2^n) mod p, n ≥ 1. */
    static void sqn(long[] out, long[] f, int n) {
        sq(out, f);
        for (int i = 1; i < n; i++) {
            sq(out, out);
        }
    }

    /**
     * Carries columns (S_i, H_i) into limbs below 2^51, the column-5 carry folded back as 19 times (2^255 ≡ 19).
     * Column 4 has no 19-fold terms, so its carry stays below 2^57.5 and 19 times it below 2^62; one more carry from
     * limb 0 leaves limb 1 below 2^51 + 2^11.
     */
    private static void carry(long[] out, long s0, long h0, long s1, long h1, long s2, long h2, long s3, long h3,
                              long s4, long h4) {
        long t0 = s0 - (h0 << 54);
        long t1 = s1 - (h1 << 54) + (t0 >>> 51) + (h0 << 3);
        long t2 = s2 - (h2 << 54) + (t1 >>> 51) + (h1 << 3);
        long t3 = s3 - (h3 << 54) + (t2 >>> 51) + (h2 << 3);
        long t4 = s4 - (h4 << 54) + (t3 >>> 51) + (h3 << 3);
        t0 = (t0 & M) + 19 * ((t4 >>> 51) + (h4 << 3));
        out[0] = t0 & M;
        out[1] = (t1 & M) + (t0 >>> 51);
        out[2] = t2 & M;
        out[3] = t3 & M;
        out[4] = t4 & M;
    }

    /**
     * out = m · f mod p for a small m (9 or the a24 = 121665 of §5, below 2^17), limbs of f below 2^53: each
     * product below 2^70, its carry below 2^19, so limb 0 stays below 2^51 + 2^24.
     */
    static void mulSmall(long[] out, long[] f, long m) {
        long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
        long h0 = hi(f0 << 10, m), h1 = hi(f1 << 10, m), h2 = hi(f2 << 10, m), h3 = hi(f3 << 10, m), h4 = hi(f4 << 10, m);
        long t0 = f0 * m - (h0 << 54), t1 = f1 * m - (h1 << 54), t2 = f2 * m - (h2 << 54), t3 = f3 * m - (h3 << 54);
        long t4 = f4 * m - (h4 << 54);
        out[0] = (t0 & M) + 19 * ((t4 >>> 51) + (h4 << 3));
        out[1] = (t1 & M) + (t0 >>> 51) + (h0 << 3);
        out[2] = (t2 & M) + (t1 >>> 51) + (h1 << 3);
        out[3] = (t3 & M) + (t2 >>> 51) + (h2 << 3);
        out[4] = (t4 & M) + (t3 >>> 51) + (h3 << 3);
    }

    /**
     * out = z^(p-2) = z^(2^255 - 21) = z^-1 (Fermat), 0 for z = 0: 254 squarings and 11 multiplications, in the
     * caller's temporaries a to e (five distinct arrays, none of them z); out may be z. The chain builds z^(2^n - 1)
     * for n = 5, 10, 20, 40, 50, 100, 200, 250 and ends with 2^5 · (2^250 - 1) + 11.
     */
    static void invert(long[] out, long[] z, long[] a, long[] b, long[] c, long[] d, long[] e) {
        sq(a, z); //        z^2
        sqn(b, a, 2);
        mul(b, b, z); //    z^9
        mul(a, a, b); //    z^11
        sq(c, a);
        mul(c, c, b); //    z^(2^5 - 1) = z^31 = z^22 * z^9
        sqn(d, c, 5);
        mul(c, d, c); //    2^10 - 1
        sqn(d, c, 10);
        mul(d, d, c); //    2^20 - 1
        sqn(e, d, 20);
        mul(e, e, d); //    2^40 - 1
        sqn(e, e, 10);
        mul(c, e, c); //    2^50 - 1
        sqn(d, c, 50);
        mul(d, d, c); //    2^100 - 1
        sqn(e, d, 100);
        mul(e, e, d); //    2^200 - 1
        sqn(e, e, 50);
        mul(e, e, c); //    2^250 - 1
        sqn(e, e, 5); //    2^255 - 2^5
        mul(out, e, a); //  2^255 - 32 + 11
    }
}
