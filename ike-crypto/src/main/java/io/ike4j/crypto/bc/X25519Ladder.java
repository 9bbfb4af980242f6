package io.ike4j.crypto.bc;

import java.util.Arrays;

import static io.ike4j.crypto.bc.Fe25519.add;
import static io.ike4j.crypto.bc.Fe25519.cswap;
import static io.ike4j.crypto.bc.Fe25519.decode;
import static io.ike4j.crypto.bc.Fe25519.encode;
import static io.ike4j.crypto.bc.Fe25519.mul;
import static io.ike4j.crypto.bc.Fe25519.mulSmall;
import static io.ike4j.crypto.bc.Fe25519.sq;
import static io.ike4j.crypto.bc.Fe25519.sub;

/**
 * X25519 (RFC 7748 §5) that allocates only its 32-octet result: the Montgomery ladder over GF(2^255 - 19) with
 * all working state in this thread's {@link Scratch}, wiped before every call returns (failures included).
 * BouncyCastle's X25519 allocates about 1.3 KB of field elements per operation and leaves them, secret-derived,
 * to the garbage collector.
 *
 * <p>Constant time: the ladder runs all 255 steps whatever the scalar, its swaps are masks built from the scalar's
 * bits, the inversion is a fixed chain of squarings and multiplications, and no branch or array index depends on
 * a secret. The field arithmetic (five 51-bit limbs, {@link Math#multiplyHigh} columns, and the limb bounds each
 * operation needs) is {@link Fe25519}'s.
 *
 * <p>BcXdh takes the shared secret from here, a little faster than BouncyCastle's ladder; its public value is
 * {@link X25519FixedBase}'s fixed-base Edwards multiplication, about half the time of {@link #publicValue} (the
 * ladder on u = 9, kept as a second, independent computation for the tests).
 */
final class X25519Ladder {
    /** (A - 2) / 4 for Curve25519's A = 486662 (RFC 7748 §5). */
    private static final long A24 = 121665;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private X25519Ladder() {
    }

    /** Per-thread working state; every field is a primitive array so the wipe tests can walk it, and zero between calls. */
    static final class Scratch implements BcWipe.Wipeable {
        /** The clamped scalar (decodeScalar25519, §5): a copy, the caller's array is left as it is. */
        final byte[] k = new byte[32];
        /** The ladder's state (§5): u of the input point, then (x_2 : z_2) and (x_3 : z_3). */
        final long[] x1 = new long[5];
        final long[] x2 = new long[5];
        final long[] z2 = new long[5];
        final long[] x3 = new long[5];
        final long[] z3 = new long[5];
        /** Temporaries of a ladder step and of the inversion. */
        final long[] a = new long[5];
        final long[] b = new long[5];
        final long[] c = new long[5];
        final long[] d = new long[5];
        final long[] e = new long[5];

        @Override
        public void wipe() {
            Arrays.fill(k, (byte) 0);
            Arrays.fill(x1, 0L);
            Arrays.fill(x2, 0L);
            Arrays.fill(z2, 0L);
            Arrays.fill(x3, 0L);
            Arrays.fill(z3, 0L);
            Arrays.fill(a, 0L);
            Arrays.fill(b, 0L);
            Arrays.fill(c, 0L);
            Arrays.fill(d, 0L);
            Arrays.fill(e, 0L);
        }
    }

    /** X25519(k, u) (§5): the shared secret from our scalar and the peer's u-coordinate, both 32 octets. */
    static byte[] x25519(byte[] k, byte[] u) {
        check(k);
        check(u);
        Scratch s = BcWipe.scratch(SCRATCH.get());
        try {
            decode(s.x1, u);
            return ladder(s, k, false);
        } finally {
            s.wipe();
        }
    }

    /**
     * X25519(k, 9) (§6.1): the public value. The same ladder on the base point (no precomputed table), where
     * z_3 = 9 · (DA - CB)^2 is a small multiplication instead of a full one.
     */
    static byte[] publicValue(byte[] k) {
        check(k);
        Scratch s = BcWipe.scratch(SCRATCH.get());
        try {
            s.x1[0] = 9;
            return ladder(s, k, true);
        } finally {
            s.wipe();
        }
    }

    /** True when all 32 octets are zero, read in full whatever they hold (RFC 7748 §6.1's check, constant time). */
    static boolean isZero(byte[] v) {
        int acc = 0;
        for (byte x : v) {
            acc |= x;
        }
        return acc == 0;
    }

    private static void check(byte[] v) {
        if (v.length != 32) {
            throw new IllegalArgumentException("X25519 inputs are 32 octets, got " + v.length);
        }
    }

    /** The ladder of §5 from u = s.x1 (9 when base) with scalar k, then x_2 / z_2 encoded. */
    private static byte[] ladder(Scratch s, byte[] k, boolean base) {
        System.arraycopy(k, 0, s.k, 0, 32);
        s.k[0] &= (byte) 248; // decodeScalar25519: a multiple of the cofactor 8,
        s.k[31] &= 127; //       below 2^255,
        s.k[31] |= 64; //        with bit 254 set
        s.x2[0] = 1; // (x_2 : z_2) = (1 : 0), the point at infinity; (x_3 : z_3) = (u : 1); the rest is zero
        //              (the scratch is zero between calls)
        System.arraycopy(s.x1, 0, s.x3, 0, 5);
        s.z3[0] = 1;
        int swap = 0;
        for (int t = 254; t >= 0; t--) {
            int kt = (s.k[t >>> 3] >>> (t & 7)) & 1; // t is public: only the bit's value is secret
            swap ^= kt;
            cswap(swap, s.x2, s.x3);
            cswap(swap, s.z2, s.z3);
            swap = kt;
            step(s, base);
        }
        cswap(swap, s.x2, s.x3);
        cswap(swap, s.z2, s.z3);
        // z^(p-2) is 0 for z = 0: a low-order u gives the all-zero output (§6.1)
        Fe25519.invert(s.z2, s.z2, s.a, s.b, s.c, s.d, s.e);
        mul(s.x2, s.x2, s.z2);
        return encode(s.x2);
    }

    /** One ladder step (§5): differential addition into (x_3 : z_3) and doubling of (x_2 : z_2). */
    private static void step(Scratch s, boolean base) {
        add(s.a, s.x2, s.z2); // A
        sub(s.b, s.x2, s.z2); // B
        add(s.c, s.x3, s.z3); // C
        sub(s.d, s.x3, s.z3); // D
        mul(s.d, s.d, s.a); //   DA
        mul(s.c, s.c, s.b); //   CB
        add(s.e, s.d, s.c);
        sq(s.x3, s.e); //        x_3 = (DA + CB)^2
        sub(s.e, s.d, s.c);
        sq(s.e, s.e);
        if (base) { //           z_3 = x_1 * (DA - CB)^2; base is public, the same for every step
            mulSmall(s.z3, s.e, 9);
        } else {
            mul(s.z3, s.x1, s.e);
        }
        sq(s.a, s.a); //         AA
        sq(s.b, s.b); //         BB
        mul(s.x2, s.a, s.b); //  x_2 = AA * BB
        sub(s.e, s.a, s.b); //   E = AA - BB
        mulSmall(s.c, s.e, A24);
        add(s.c, s.a, s.c);
        mul(s.z2, s.e, s.c); //  z_2 = E * (AA + a24 * E)
    }
}
