package io.ike4j.crypto.bc;

import java.math.BigInteger;
import java.util.Arrays;

import static io.ike4j.crypto.bc.Fe25519.add;
import static io.ike4j.crypto.bc.Fe25519.cswap;
import static io.ike4j.crypto.bc.Fe25519.mul;
import static io.ike4j.crypto.bc.Fe25519.reduce;
import static io.ike4j.crypto.bc.Fe25519.sq;
import static io.ike4j.crypto.bc.Fe25519.sub;

/**
 * The X25519 public value X25519(k, 9) (RFC 7748 §6.1) by a fixed-base multiplication on the birationally equivalent
 * twisted Edwards curve edwards25519 (RFC 7748 §4.1, RFC 8032 §5.1), allocating only its 32-octet result: u = 9 is
 * the image of Ed25519's base point B, so the value is the u = (1 + y) / (1 - y) of [k]B for the clamped scalar k.
 * About 40% of the time of the ladder on u = 9 ({@link X25519Ladder#publicValue}) and ~15% less than BouncyCastle's
 * Edwards comb (~21 against ~24 µs, measured in one run), which leaves ~1.4 KB of field elements to the collector
 * per call. The table (30 KB) takes some 20 ms to build in a cold JVM, once.
 *
 * <p>The method: k (below 2^255) is written in 64 signed radix-16 digits e_i in [-8, 8], k = Σ e_i·16^i, and
 * [k]B = 16 · Σ_{i odd} e_i·16^(i-1)·B + Σ_{i even} e_i·16^i·B, where every e_i·16^i·B (i even, or i - 1 for the
 * odd sum) is ± a multiple j·256^r·B, j = 1..8, of a table of 32 × 8 points built at class initialisation: 64 mixed
 * additions and 4 doublings in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, x·y = T/Z (RFC 8032 §5.1.4),
 * then one inversion for u = (Z + Y) / (Z - Y). A table point is stored as ((y + x)/2, (y - x)/2, d·x·y), affine: the
 * halves make §5.1.4's addition (with Z_2 = 1) give E/2, F/2, G/2 and H/2, the same point, with D/2 = Z_1, so no
 * sum leaves {@link Fe25519#mul}'s input bound.
 *
 * <p>Constant time: the digits come from the scalar by arithmetic alone, every addition reads all 8 points of its
 * table row and keeps the wanted one by masks (|e_i| compared with each j without a branch, 0 keeping the
 * identity), a negative digit swaps and negates the chosen point by a mask, and the sequence of field operations is
 * the same for every scalar. The static table holds only public multiples of B; the scalar, its digits and every
 * intermediate point live in this thread's {@link Scratch} of primitive arrays, wiped before the call returns.
 */
final class X25519FixedBase {
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    /** edwards25519's d = -121665/121666 (RFC 8032 §5.1; RFC 7748 §4.1). */
    private static final BigInteger D = P.subtract(BigInteger.valueOf(121665))
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    /** 1/2 mod p, fully reduced: the identity's (y + x)/2 and (y - x)/2. */
    private static final long[] HALF = limbs(P.add(BigInteger.ONE).shiftRight(1));
    private static final long[] ZERO = new long[5];
    private static final int ROWS = 32;
    private static final int POINTS = 8;
    private static final int ENTRY = 15;
    /**
     * Point j (1..8) of row r (0..31), j·256^r·B, at ((r·8 + j - 1)·15): (y + x)/2, (y - x)/2 and d·x·y, five limbs
     * each, fully reduced.
     */
    private static final long[] TABLE = table();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private X25519FixedBase() {
    }

    /** Per-thread working state; every field is a primitive array so the wipe tests can walk it, and zero between calls. */
    static final class Scratch implements BcWipe.Wipeable {
        /** The clamped scalar (decodeScalar25519, RFC 7748 §5): a copy, the caller's array is left as it is. */
        final byte[] k = new byte[32];
        /** Its signed radix-16 digits, least significant first. */
        final byte[] e = new byte[64];
        /** The running point, extended coordinates. */
        final long[] x = new long[5];
        final long[] y = new long[5];
        final long[] z = new long[5];
        final long[] t = new long[5];
        /** The table point chosen for the next addition: (y + x)/2, (y - x)/2, d·x·y. */
        final long[] yp = new long[5];
        final long[] ym = new long[5];
        final long[] xy = new long[5];
        /** Temporaries of the additions, doublings and the inversion. */
        final long[] a = new long[5];
        final long[] b = new long[5];
        final long[] c = new long[5];
        final long[] d = new long[5];

        @Override
        public void wipe() {
            Arrays.fill(k, (byte) 0);
            Arrays.fill(e, (byte) 0);
            Arrays.fill(x, 0L);
            Arrays.fill(y, 0L);
            Arrays.fill(z, 0L);
            Arrays.fill(t, 0L);
            Arrays.fill(yp, 0L);
            Arrays.fill(ym, 0L);
            Arrays.fill(xy, 0L);
            Arrays.fill(a, 0L);
            Arrays.fill(b, 0L);
            Arrays.fill(c, 0L);
            Arrays.fill(d, 0L);
        }
    }

    /** X25519(k, 9) for a 32-octet k (unclamped: clamped here, on a copy): the 32-octet public value. */
    static byte[] publicValue(byte[] k) {
        if (k.length != 32) {
            throw new IllegalArgumentException("X25519 scalars are 32 octets, got " + k.length);
        }
        Scratch s = BcWipe.scratch(SCRATCH.get());
        try {
            digits(s, k);
            s.y[0] = 1; // the identity (0 : 1 : 1 : 0); the rest of the scratch is zero between calls
            s.z[0] = 1;
            addRows(s, 1); // the odd digits,
            for (int i = 0; i < 4; i++) {
                twice(s, i == 3); // T only for the addition that follows
            }
            addRows(s, 0); //  then the even ones
            // u = (1 + y) / (1 - y) = (Z + Y) / (Z - Y); Z - Y is never 0: [k]B is not the identity for a clamped k
            // (8·l > 2^255 for B's order l), and its inverse would be 0 anyway
            sub(s.a, s.z, s.y);
            Fe25519.invert(s.a, s.a, s.b, s.c, s.d, s.x, s.t); // X and T are no longer needed: temporaries
            add(s.b, s.z, s.y);
            mul(s.b, s.b, s.a);
            return Fe25519.encode(s.b);
        } finally {
            s.wipe();
        }
    }

    /**
     * (X : Y : Z : T) += Σ e_i · 16^i · B over the digits i = first, first + 2, ... (one table row per two digits).
     * A method of its own, not two loops in {@link #publicValue}: the JIT then compiles this loop once, instead of
     * compiling publicValue on-stack at each loop and again whole, each time with all 32 additions' field
     * arithmetic inlined (README "Scale"). T is not computed after the last addition: neither the doubling after
     * the odd digits nor the u-coordinate after the even ones reads it (i is public).
     */
    private static void addRows(Scratch s, int first) {
        for (int i = first; i < 64; i += 2) {
            select(s, i >>> 1, s.e[i]);
            addTable(s, i < 62 + first);
        }
    }

    /** s.e := the signed radix-16 digits of the clamped k: 63 digits in [-8, 7], the top one in [0, 8] (k < 2^255). */
    private static void digits(Scratch s, byte[] k) {
        System.arraycopy(k, 0, s.k, 0, 32);
        s.k[0] &= (byte) 248; // decodeScalar25519: a multiple of the cofactor 8,
        s.k[31] &= 127; //       below 2^255,
        s.k[31] |= 64; //        with bit 254 set
        for (int i = 0; i < 32; i++) {
            s.e[2 * i] = (byte) (s.k[i] & 15);
            s.e[2 * i + 1] = (byte) ((s.k[i] >>> 4) & 15);
        }
        int carry = 0;
        for (int i = 0; i < 63; i++) {
            int v = s.e[i] + carry; //   0..16
            carry = (v + 8) >> 4; //      1 from 8 up
            s.e[i] = (byte) (v - (carry << 4));
        }
        s.e[63] = (byte) (s.e[63] + carry); // at most 7 + 1
    }

    /**
     * s.(yp, ym, xy) := digit · 256^row · B in table form, the identity (1/2, 1/2, 0) for digit 0: all eight points
     * of the row are read, each kept or not by a mask; a negative digit then swaps the halves and negates d·x·y
     * (-(x, y) = (-x, y)), by masks again. row is public.
     */
    private static void select(Scratch s, int row, int digit) {
        int neg = digit >> 31; //        -1 for a negative digit, else 0
        int abs = (digit ^ neg) - neg;
        int o = row * POINTS * ENTRY;
        pick(s.yp, o, abs, HALF);
        pick(s.ym, o + 5, abs, HALF);
        pick(s.xy, o + 10, abs, ZERO);
        cswap(neg & 1, s.yp, s.ym);
        long[] xy = s.xy;
        long m = neg;
        xy[0] ^= m & (xy[0] ^ (0xfffffffffffdaL - xy[0])); // 2p - xy, limbs below 2^52
        for (int l = 1; l < 5; l++) {
            xy[l] ^= m & (xy[l] ^ (0xffffffffffffeL - xy[l]));
        }
    }

    /**
     * out := the field element at TABLE[o + (abs - 1)·15], or identity for abs = 0, reading the element of all
     * eight points: each is ORed in under its mask, -1 only for j = abs ((abs ^ j) - 1 is negative only for 0).
     */
    private static void pick(long[] out, int o, int abs, long[] identity) {
        long[] tab = TABLE;
        long keep = ((abs - 1) >> 31); // -1 for abs = 0 (abs is 0..8)
        long f0 = keep & identity[0], f1 = keep & identity[1], f2 = keep & identity[2], f3 = keep & identity[3];
        long f4 = keep & identity[4];
        for (int j = 1; j <= POINTS; j++, o += ENTRY) {
            keep = ((abs ^ j) - 1) >> 31;
            f0 |= keep & tab[o];
            f1 |= keep & tab[o + 1];
            f2 |= keep & tab[o + 2];
            f3 |= keep & tab[o + 3];
            f4 |= keep & tab[o + 4];
        }
        out[0] = f0;
        out[1] = f1;
        out[2] = f2;
        out[3] = f3;
        out[4] = f4;
    }

    /**
     * (X : Y : Z : T) += the chosen table point (RFC 8032 §5.1.4's addition with Z_2 = 1, T_2 = x_2·y_2, halved):
     * A/2 = (Y - X)(y - x)/2, B/2 = (Y + X)(y + x)/2, C/2 = T·d·x·y, D/2 = Z, then E/2 = B/2 - A/2, F/2 = Z - C/2,
     * G/2 = Z + C/2, H/2 = B/2 + A/2 and (EF, GH, FG, EH)/4. Inputs loose, so every sum is below 2^53. T is
     * left stale unless withT (public: only where the next step reads it).
     */
    private static void addTable(Scratch s, boolean withT) {
        sub(s.a, s.y, s.x);
        add(s.b, s.y, s.x);
        mul(s.a, s.a, s.ym); //  A/2
        mul(s.b, s.b, s.yp); //  B/2
        mul(s.c, s.t, s.xy); //  C/2
        sub(s.d, s.b, s.a); //   E/2
        add(s.b, s.b, s.a); //   H/2
        sub(s.a, s.z, s.c); //   F/2
        add(s.c, s.z, s.c); //   G/2
        mul(s.x, s.d, s.a);
        mul(s.y, s.c, s.b);
        mul(s.z, s.a, s.c);
        if (withT) {
            mul(s.t, s.d, s.b);
        }
    }

    /**
     * (X : Y : Z : T) := 2·(X : Y : Z : T) (RFC 8032 §5.1.4's doubling, which does not read T): A = X^2, B = Y^2,
     * C = 2Z^2, H = A + B, E = H - (X + Y)^2, G = A - B, F = C + G, then (EF, GH, FG, EH); T is left stale unless
     * withT (public). H and G are carried once ({@link Fe25519#reduce}) so that E and F stay below 2^53.
     */
    private static void twice(Scratch s, boolean withT) {
        twice(s.x, s.y, s.z, s.t, s.a, s.b, s.c, s.d, withT);
    }

    private static void twice(long[] x, long[] y, long[] z, long[] t, long[] a, long[] b, long[] c, long[] d,
                              boolean withT) {
        sq(a, x); //         A
        sq(b, y); //         B
        add(c, x, y);
        sq(c, c); //         (X + Y)^2
        sq(d, z); //         Z^2
        add(t, a, b);
        reduce(t, t); //     H
        sub(c, t, c); //     E
        sub(a, a, b);
        reduce(a, a); //     G
        add(d, d, d);
        add(d, d, a); //     F = 2Z^2 + G, below 3 · (2^51 + 2^11)
        mul(x, c, d); //     EF
        mul(y, a, t); //     GH
        mul(z, d, a); //     FG
        if (withT) {
            mul(t, c, t); // EH
        }
    }

    /** Point j of row r of the table, the 15 limbs (y + x)/2, (y - x)/2, d·x·y: for the tests. */
    static long[] tableEntry(int row, int j) {
        int o = (row * POINTS + j - 1) * ENTRY;
        return Arrays.copyOfRange(TABLE, o, o + ENTRY);
    }

    /*
     * The table, computed once: B from RFC 8032 §5.1 (y = 4/5, x the even square root of (y^2 - 1)/(d·y^2 + 1)),
     * then each row's multiples 1..8 by doublings and additions in extended coordinates, the next row's base
     * 256^(r+1)·B = 32 · (8·256^r·B), and all 256 points made affine with one inversion (Montgomery's trick). Public
     * data only: none of this runs on secrets, and it may branch and allocate.
     */
    private static long[] table() {
        BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        BigInteger y2 = y.multiply(y).mod(P);
        BigInteger xx = y2.subtract(BigInteger.ONE).multiply(D.multiply(y2).add(BigInteger.ONE).modInverse(P)).mod(P);
        BigInteger x = xx.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P); // p ≡ 5 (mod 8): RFC 8032 §5.1.3
        if (!x.multiply(x).mod(P).equals(xx)) {
            x = x.multiply(BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P)).mod(P);
        }
        if (!x.multiply(x).mod(P).equals(xx)) {
            throw new AssertionError("edwards25519 base point: no square root");
        }
        if (x.testBit(0)) {
            x = P.subtract(x);
        }
        long[] d2 = limbs(D.shiftLeft(1).mod(P));
        int n = ROWS * POINTS;
        long[][] px = new long[n][], py = new long[n][], pz = new long[n][], pt = new long[n][];
        long[] bx = limbs(x), by = limbs(y), bz = limbs(BigInteger.ONE), bt = limbs(x.multiply(y).mod(P));
        for (int r = 0; r < ROWS; r++) {
            for (int j = 1; j <= POINTS; j++) {
                int i = r * POINTS + j - 1;
                if (j == 1) {
                    px[i] = bx.clone();
                    py[i] = by.clone();
                    pz[i] = bz.clone();
                    pt[i] = bt.clone();
                } else if (j % 2 == 0) { // 2 · (j/2)
                    int h = r * POINTS + j / 2 - 1;
                    px[i] = px[h].clone();
                    py[i] = py[h].clone();
                    pz[i] = pz[h].clone();
                    pt[i] = pt[h].clone();
                    twice(px[i], py[i], pz[i], pt[i], new long[5], new long[5], new long[5], new long[5], true);
                } else { // (j - 1) + 1
                    px[i] = new long[5];
                    py[i] = new long[5];
                    pz[i] = new long[5];
                    pt[i] = new long[5];
                    sum(px[i], py[i], pz[i], pt[i], px[i - 1], py[i - 1], pz[i - 1], pt[i - 1], bx, by, bz, bt, d2);
                }
            }
            int last = r * POINTS + POINTS - 1;
            bx = px[last].clone();
            by = py[last].clone();
            bz = pz[last].clone();
            bt = pt[last].clone();
            for (int i = 0; i < 5; i++) {
                twice(bx, by, bz, bt, new long[5], new long[5], new long[5], new long[5], true);
            }
        }
        // Montgomery's trick: prefix products of the Z's, one inversion, then each 1/Z from the two ends.
        long[][] prefix = new long[n][];
        long[] acc = limbs(BigInteger.ONE);
        for (int i = 0; i < n; i++) {
            mul(acc, acc, pz[i]);
            prefix[i] = acc.clone();
        }
        long[] inv = new long[5];
        Fe25519.invert(inv, acc, new long[5], new long[5], new long[5], new long[5], new long[5]);
        long[] half = HALF, d1 = limbs(D);
        long[] table = new long[n * ENTRY];
        long[] zi = new long[5], ax = new long[5], ay = new long[5], v = new long[5];
        for (int i = n - 1; i >= 0; i--) {
            if (i > 0) {
                mul(zi, inv, prefix[i - 1]);
            } else {
                System.arraycopy(inv, 0, zi, 0, 5);
            }
            mul(inv, inv, pz[i]);
            mul(ax, px[i], zi);
            mul(ay, py[i], zi);
            int o = i * ENTRY;
            add(v, ay, ax);
            mul(v, v, half);
            store(table, o, v);
            sub(v, ay, ax);
            mul(v, v, half);
            store(table, o + 5, v);
            mul(v, ax, ay);
            mul(v, v, d1);
            store(table, o + 10, v);
        }
        return table;
    }

    /** The sum of two extended points (RFC 8032 §5.1.4's addition, 2d given), D carried once so F stays below 2^53. */
    private static void sum(long[] x3, long[] y3, long[] z3, long[] t3, long[] x1, long[] y1, long[] z1, long[] t1,
                            long[] x2, long[] y2, long[] z2, long[] t2, long[] d2) {
        long[] a = new long[5], b = new long[5], c = new long[5], d = new long[5], e = new long[5];
        sub(a, y1, x1);
        sub(e, y2, x2);
        mul(a, a, e); //     A
        add(b, y1, x1);
        add(e, y2, x2);
        mul(b, b, e); //     B
        mul(c, t1, t2);
        mul(c, c, d2); //    C
        mul(d, z1, z2);
        add(d, d, d);
        reduce(d, d); //     D
        sub(e, b, a); //     E
        add(b, b, a); //     H
        sub(a, d, c); //     F
        add(c, d, c); //     G
        mul(x3, e, a);
        mul(y3, c, b);
        mul(t3, e, b);
        mul(z3, a, c);
    }

    private static void store(long[] table, int o, long[] f) {
        Fe25519.freeze(f);
        System.arraycopy(f, 0, table, o, 5);
    }

    /** The limbs of 0 ≤ v < 2^255 (public values only). */
    private static long[] limbs(BigInteger v) {
        long[] f = new long[5];
        for (int i = 0; i < 5; i++) {
            f[i] = v.shiftRight(51 * i).longValue() & Fe25519.M;
        }
        return f;
    }
}
