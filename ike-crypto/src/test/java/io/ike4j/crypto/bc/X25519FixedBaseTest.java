package io.ike4j.crypto.bc;

import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The X25519 public value by the fixed-base Edwards multiplication: RFC 7748 known answers, agreement with
 * BouncyCastle's fixed-base comb and with ike4j's own ladder on u = 9, the table against an independent affine
 * computation from RFC 8032's base point, wiping and allocation.
 */
class X25519FixedBaseTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    /** RFC 8032 §5.1: d and the base point B = (x, y), as printed there. */
    private static final BigInteger D =
            new BigInteger("37095705934669439343138083508754565189542113879843219016388785533085940283555");
    private static final BigInteger BX =
            new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202");
    private static final BigInteger BY =
            new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960");

    /** RFC 7748 §6.1: Alice's and Bob's public values, directly and through the KeyExchange API. */
    @Test
    void rfc7748Section61PublicValues() {
        byte[] alice = HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] bob = HEX.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        String alicePub = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
        String bobPub = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
        assertEquals(alicePub, HEX.formatHex(X25519FixedBase.publicValue(alice)));
        assertEquals(bobPub, HEX.formatHex(X25519FixedBase.publicValue(bob)));
        KeyExchange kex = new BcXdh(31, false);
        assertEquals(alicePub, HEX.formatHex(kex.withPrivateKey(alice).publicValue()));
        assertEquals(bobPub, HEX.formatHex(kex.withPrivateKey(bob).publicValue()));
    }

    /**
     * Random unclamped scalars and edge ones (all zero, all 0xff, each single bit, each single bit cleared):
     * BouncyCastle's scalarMultBase and the ladder on u = 9 give the same 32 octets, and the caller's array is
     * left as it was.
     */
    @Test
    void agreesWithBouncyCastleAndTheLadder() {
        List<byte[]> scalars = new ArrayList<>();
        Random r = new Random(8032);
        for (int i = 0; i < 3000; i++) {
            byte[] k = new byte[32];
            r.nextBytes(k);
            scalars.add(k);
        }
        scalars.add(new byte[32]);
        byte[] ones = new byte[32];
        Arrays.fill(ones, (byte) 0xff);
        scalars.add(ones);
        for (int bit = 0; bit < 256; bit++) {
            byte[] k = new byte[32];
            k[bit >>> 3] = (byte) (1 << (bit & 7));
            scalars.add(k);
            byte[] c = ones.clone();
            c[bit >>> 3] ^= (byte) (1 << (bit & 7));
            scalars.add(c);
        }
        // digit patterns around the radix-16 recoding: nibbles of 8 (carry chains) and 7, alternating
        for (int v : new int[] {0x88, 0x77, 0x87, 0x78, 0x08, 0x80}) {
            byte[] k = new byte[32];
            Arrays.fill(k, (byte) v);
            scalars.add(k);
        }
        for (byte[] k : scalars) {
            byte[] copy = k.clone();
            byte[] expected = new byte[32];
            X25519.scalarMultBase(k, 0, expected, 0);
            byte[] ours = X25519FixedBase.publicValue(k);
            assertArrayEquals(expected, ours, "k " + HEX.formatHex(k));
            assertArrayEquals(expected, X25519Ladder.publicValue(k), "k " + HEX.formatHex(k));
            assertArrayEquals(copy, k, "the caller's scalar is not clamped in place");
        }
        assertEquals(3000 + 2 + 512 + 6, scalars.size());
    }

    /** RFC 8032's B is the image of u = 9 under u = (1 + y)/(1 - y) (RFC 7748 §4.1), on the curve. */
    @Test
    void basePointIsTheImageOfNine() {
        assertEquals(BigInteger.valueOf(9), BigInteger.ONE.add(BY).multiply(BigInteger.ONE.subtract(BY).modInverse(P)).mod(P));
        BigInteger x2 = BX.pow(2).mod(P);
        BigInteger y2 = BY.pow(2).mod(P);
        assertEquals(BigInteger.ONE.add(D.multiply(x2).multiply(y2)).mod(P), y2.subtract(x2).mod(P), "-x^2 + y^2 = 1 + d x^2 y^2");
    }

    /**
     * Every table point j·256^r·B, built at class initialisation in extended coordinates, against the affine
     * computation here (RFC 8032's B and d, BigInteger inversions): ((y + x)/2, (y - x)/2, d·x·y), fully reduced.
     */
    @Test
    void tableHoldsTheMultiplesOfTheBasePoint() {
        BigInteger half = P.add(BigInteger.ONE).shiftRight(1);
        BigInteger[] base = {BX, BY};
        for (int row = 0; row < 32; row++) {
            BigInteger[] q = base;
            for (int j = 1; j <= 8; j++) {
                if (j > 1) {
                    q = add(q, base);
                }
                long[] e = X25519FixedBase.tableEntry(row, j);
                BigInteger x = q[0];
                BigInteger y = q[1];
                String where = "row " + row + " point " + j;
                assertEquals(y.add(x).multiply(half).mod(P), value(e, 0), where + " (y + x)/2");
                assertEquals(y.subtract(x).multiply(half).mod(P), value(e, 5), where + " (y - x)/2");
                assertEquals(D.multiply(x).multiply(y).mod(P), value(e, 10), where + " d x y");
            }
            for (int i = 0; i < 8; i++) {
                base = add(base, base);
            }
        }
    }

    @Test
    void wrongLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> X25519FixedBase.publicValue(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> X25519FixedBase.publicValue(new byte[33]));
    }

    /** The per-thread scratch holds only zeros after every public value, direct or through BcXdh. */
    @Test
    void scratchIsWipedAfterEveryCall() {
        List<Object> seen = new ArrayList<>();
        KeyExchange kex = new BcXdh(31, false);
        RandomSource random = RandomSource.deterministic(7748);
        BcWipe.scratchWatcher = seen::add;
        try {
            X25519FixedBase.publicValue(random.nextBytes(32));
            KeyExchangeParty a = kex.initiator(random);
            kex.withPrivateKey(random.nextBytes(32)).publicValue();
            assertEquals(32, a.publicValue().length);
        } finally {
            BcWipe.scratchWatcher = null;
        }
        assertEquals(3, seen.size());
        for (Object o : seen) {
            assertTrue(o instanceof X25519FixedBase.Scratch, o.getClass().getName());
            ZeroWalk w = ZeroWalk.of(o);
            assertEquals(13, w.arrays.size(), "the walk must reach the scratch's arrays");
            assertEquals("", w.nonZero());
        }
    }

    /** Only the 32-octet result (48 bytes with the array header) once compiled; as in X25519LadderTest. */
    @Test
    void allocatesOnlyTheResult() throws Exception {
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        long tid = Thread.currentThread().getId();
        byte[] k = new byte[32];
        new Random(2).nextBytes(k);
        for (int i = 0; i < 2000; i++) { // warm up: the first calls load and link classes (and allocate for that)
            k = X25519FixedBase.publicValue(k);
        }
        long before = (long) allocated.invoke(threads, tid);
        for (int i = 0; i < 2000; i++) {
            k = X25519FixedBase.publicValue(k);
        }
        long perCall = ((long) allocated.invoke(threads, tid) - before) / 2000;
        assertTrue(perCall <= 64, perCall + " bytes per call");
        assertFalse(Arrays.equals(new byte[32], k));
    }

    /** The sum of two affine edwards25519 points, a = -1 (RFC 8032 §5.1.4 with Z = 1, or the affine law). */
    private static BigInteger[] add(BigInteger[] p, BigInteger[] q) {
        BigInteger xy = p[0].multiply(q[0]).multiply(p[1]).multiply(q[1]).multiply(D).mod(P);
        BigInteger x = p[0].multiply(q[1]).add(q[0].multiply(p[1])).multiply(BigInteger.ONE.add(xy).modInverse(P)).mod(P);
        BigInteger y = p[1].multiply(q[1]).add(p[0].multiply(q[0])).multiply(BigInteger.ONE.subtract(xy).modInverse(P)).mod(P);
        return new BigInteger[] {x, y};
    }

    /** The value of five limbs at e[o..o+5), each checked below 2^51 and the whole below p (fully reduced). */
    private static BigInteger value(long[] e, int o) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 4; i >= 0; i--) {
            assertTrue(e[o + i] >= 0 && e[o + i] < 1L << 51, "limb " + i);
            v = v.shiftLeft(51).add(BigInteger.valueOf(e[o + i]));
        }
        assertTrue(v.compareTo(P) < 0, "fully reduced");
        return v;
    }
}
