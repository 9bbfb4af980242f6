package io.ike4j.crypto.bc;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
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

/** ike4j's own X25519: RFC 7748 known answers, agreement with BouncyCastle, low-order points, wiping. */
class X25519LadderTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

    private static String x25519(String k, String u) {
        return HEX.formatHex(X25519Ladder.x25519(HEX.parseHex(k), HEX.parseHex(u)));
    }

    /** RFC 7748 §5.2, the two single-shot vectors (the second input u has its top bit set, which is masked). */
    @Test
    void rfc7748Section52Vectors() {
        assertEquals("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552",
                x25519("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
                        "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"));
        assertEquals("95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957",
                x25519("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
                        "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493"));
    }

    /** RFC 7748 §5.2, the iterated vector: k = u = 9, then (k, u) := (X25519(k, u), k), after 1 and 1,000. */
    @Test
    void rfc7748Section52Iterated() {
        byte[] k = new byte[32];
        k[0] = 9;
        byte[] u = k.clone();
        for (int i = 1; i <= 1000; i++) {
            byte[] next = X25519Ladder.x25519(k, u);
            u = k;
            k = next;
            if (i == 1) {
                assertEquals("422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079", HEX.formatHex(k));
            }
        }
        assertEquals("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51", HEX.formatHex(k));
    }

    /** RFC 7748 §6.1: Alice's and Bob's public values and their shared secret, also through the KeyExchange API. */
    @Test
    void rfc7748Section61DiffieHellman() throws Exception {
        byte[] alice = HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] bob = HEX.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        String alicePub = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
        String bobPub = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
        String shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
        assertEquals(alicePub, HEX.formatHex(X25519Ladder.publicValue(alice)));
        assertEquals(bobPub, HEX.formatHex(X25519Ladder.publicValue(bob)));
        assertEquals(shared, HEX.formatHex(X25519Ladder.x25519(alice, HEX.parseHex(bobPub))));
        assertEquals(shared, HEX.formatHex(X25519Ladder.x25519(bob, HEX.parseHex(alicePub))));

        KeyExchange kex = new BcXdh(31, false);
        KeyExchangeParty a = kex.withPrivateKey(alice);
        KeyExchangeParty b = kex.withPrivateKey(bob);
        assertEquals(alicePub, HEX.formatHex(a.publicValue()));
        assertEquals(bobPub, HEX.formatHex(b.publicValue()));
        assertEquals(shared, HEX.formatHex(a.sharedSecret(b.publicValue()).copy()));
        assertEquals(shared, HEX.formatHex(b.sharedSecret(a.publicValue()).copy()));
    }

    /**
     * Random scalars (unclamped: the clamp is ours to do) against random u: plain, with the top bit set, and
     * non-canonical (p ≤ u < 2^255, with and without the top bit); plus the public value. BouncyCastle's answer.
     */
    @Test
    void agreesWithBouncyCastle() {
        Random r = new Random(7748);
        int cases = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] k = bytes(r, 32);
            byte[] kCopy = k.clone();
            byte[] u = bytes(r, 32);
            switch (i % 4) {
                case 0 -> u[31] &= 0x7f;
                case 1 -> u[31] |= (byte) 0x80;
                default -> {
                    // p + j for j in [0, 19): the only encodings of 255 bits at or above p
                    u = le(P.add(BigInteger.valueOf(r.nextInt(19))));
                    if (i % 4 == 3) {
                        u[31] |= (byte) 0x80;
                    }
                }
            }
            byte[] expected = new byte[32];
            X25519.scalarMult(k, 0, u, 0, expected, 0);
            assertArrayEquals(expected, X25519Ladder.x25519(k, u), "k " + HEX.formatHex(k) + " u " + HEX.formatHex(u));
            X25519.scalarMultBase(k, 0, expected, 0);
            assertArrayEquals(expected, X25519Ladder.publicValue(k), "k " + HEX.formatHex(k));
            assertArrayEquals(kCopy, k, "the caller's scalar is not clamped in place");
            cases++;
        }
        // u values just below and above the wrap points of the 51-bit limbs, and the largest 255-bit one
        for (BigInteger v : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO.pow(51).subtract(BigInteger.ONE),
                BigInteger.TWO.pow(51), BigInteger.TWO.pow(204).subtract(BigInteger.ONE), P.subtract(BigInteger.ONE),
                P, BigInteger.TWO.pow(255).subtract(BigInteger.ONE)}) {
            byte[] k = bytes(r, 32);
            byte[] expected = new byte[32];
            X25519.scalarMult(k, 0, le(v), 0, expected, 0);
            assertArrayEquals(expected, X25519Ladder.x25519(k, le(v)), "u " + v);
            cases++;
        }
        assertEquals(3008, cases);
    }

    /**
     * Points of order 1, 2, 4 or 8 on the curve or its twist (and their non-canonical encodings, and with the top
     * bit set) give the all-zero output (RFC 7748 §6.1), which BcXdh rejects (RFC 8031 §2.3).
     */
    @Test
    void lowOrderPointsAreRejected() throws Exception {
        List<byte[]> low = new ArrayList<>();
        for (String h : new String[] {
                "0000000000000000000000000000000000000000000000000000000000000000",
                "0100000000000000000000000000000000000000000000000000000000000000",
                "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
                "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
                "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"}) {
            byte[] u = HEX.parseHex(h);
            low.add(u);
            byte[] top = u.clone();
            top[31] |= (byte) 0x80;
            low.add(top);
        }
        KeyExchange kex = new BcXdh(31, false);
        RandomSource random = RandomSource.deterministic(8031);
        for (byte[] u : low) {
            assertFalse(X25519.calculateAgreement(random.nextBytes(32), 0, u, 0, new byte[32], 0),
                    "BouncyCastle agrees " + HEX.formatHex(u) + " is of low order");
            KeyExchangeParty p = kex.initiator(random);
            assertTrue(X25519Ladder.isZero(X25519Ladder.x25519(random.nextBytes(32), u)));
            assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(u), HEX.formatHex(u));
            KeyExchangeParty responder = kex.responder(u, random);
            assertThrows(InvalidKeyExchangeValueException.class, () -> responder.sharedSecret(u));
        }
        byte[] one = new byte[32];
        one[31] = 1;
        assertFalse(X25519Ladder.isZero(one), "the zero check reads the last octet too");
    }

    @Test
    void wrongLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> X25519Ladder.x25519(new byte[31], new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> X25519Ladder.x25519(new byte[32], new byte[33]));
        assertThrows(IllegalArgumentException.class, () -> X25519Ladder.publicValue(new byte[0]));
    }

    /**
     * The per-thread scratches hold only zeros after public values, shared secrets and a rejected low-order point:
     * BcXdh's public values go through {@link X25519FixedBase}'s scratch, its secrets through the ladder's, and
     * {@link X25519Ladder#publicValue} is checked directly at the end.
     */
    @Test
    void scratchIsWipedAfterEveryCall() throws Exception {
        List<Object> seen = new ArrayList<>();
        KeyExchange kex = new BcXdh(31, false);
        RandomSource random = RandomSource.deterministic(25519);
        BcWipe.scratchWatcher = seen::add;
        try {
            KeyExchangeParty a = kex.initiator(random);
            KeyExchangeParty b = kex.responder(a.publicValue(), random);
            assertArrayEquals(a.sharedSecret(b.publicValue()).copy(), b.sharedSecret(a.publicValue()).copy());
            assertThrows(InvalidKeyExchangeValueException.class, () -> a.sharedSecret(new byte[32]));
            X25519Ladder.publicValue(random.nextBytes(32));
        } finally {
            BcWipe.scratchWatcher = null;
        }
        assertEquals(6, seen.size(), "two public values (fixed base), three secrets and one public value (ladder)");
        int ladder = 0;
        int fixedBase = 0;
        for (Object o : seen) {
            ZeroWalk w = ZeroWalk.of(o);
            if (o instanceof X25519Ladder.Scratch) {
                ladder++;
                assertEquals(11, w.arrays.size(), "the walk must reach the ladder scratch's arrays");
            } else {
                assertTrue(o instanceof X25519FixedBase.Scratch, o.getClass().getName());
                fixedBase++;
                assertEquals(13, w.arrays.size(), "the walk must reach the fixed-base scratch's arrays");
            }
            assertEquals("", w.nonZero());
        }
        assertEquals(4, ladder);
        assertEquals(2, fixedBase);
    }

    /**
     * The ladder allocates only its 32-octet result (48 bytes with the array header) once compiled. The thread's
     * allocation counter is read by reflection: this module does not read jdk.management.
     */
    @Test
    void allocatesOnlyTheResult() throws Exception {
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        long tid = Thread.currentThread().getId();
        byte[] k = bytes(new Random(1), 32);
        byte[] u = X25519Ladder.publicValue(k);
        for (int i = 0; i < 1000; i++) { // warm up: the first calls load and link classes (and allocate for that)
            u = X25519Ladder.x25519(k, u);
        }
        long before = (long) allocated.invoke(threads, tid);
        for (int i = 0; i < 1000; i++) {
            u = X25519Ladder.x25519(k, u);
        }
        long perCall = ((long) allocated.invoke(threads, tid) - before) / 1000;
        assertTrue(perCall <= 64, perCall + " bytes per call");
        assertFalse(Arrays.equals(new byte[32], u));
    }

    private static byte[] le(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < Math.min(32, be.length); i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    private static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }
}
