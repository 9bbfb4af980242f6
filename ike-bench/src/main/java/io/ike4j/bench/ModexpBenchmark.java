package io.ike4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The question behind issue 11's modp2048 allocation target: could a MODP exponentiation that allocates nothing,
 * written in Java, replace {@link BigInteger#modPow} (about 14 KB allocated per call, the JDK's intrinsic Montgomery
 * multiplication inside) without losing the modp2048 CPU target? Both compute y^x mod p for the 2048-bit MODP
 * prime of RFC 3526 §3 and a 256-bit x (what {@code BcModp} draws for group 14). The Java one is a measurement aid,
 * not a product: CIOS Montgomery multiplication (Koç, Acar and Kaliski 1996) on 32-bit limbs, a fixed 4-bit window
 * read by masks, every array preallocated; its result is checked against modPow in {@link #setup()}.
 *
 * <pre>java -jar ike-bench/target/benchmarks.jar ModexpBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ModexpBenchmark {
    /** RFC 3526 §3, the 2048-bit MODP group's prime. */
    static final BigInteger P = new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
                    + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
                    + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
                    + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
                    + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
                    + "15728E5A8AACAA68FFFFFFFFFFFFFFFF", 16);
    private static final int N = 64; // 32-bit limbs
    private static final long M32 = 0xffffffffL;

    private final int[] n = limbs(P);
    private final int nInv = (int) -inverse(P.intValue() & M32); // -p^-1 mod 2^32
    private final int[] rr = limbs(BigInteger.ONE.shiftLeft(64 * N).mod(P)); // R^2 mod p, R = 2^2048
    private final int[] one = new int[N];
    private final long[] t = new long[N + 2];
    private final int[][] table = new int[16][N];
    private final int[] acc = new int[N];
    private final int[] sel = new int[N];
    private final int[] diff = new int[N];
    private BigInteger y;
    private int[] yLimbs;
    private byte[] x;
    private BigInteger xBig;

    @Setup
    public void setup() {
        Random r = new Random(3526);
        y = new BigInteger(2040, r);
        yLimbs = limbs(y);
        x = new byte[32];
        r.nextBytes(x);
        xBig = new BigInteger(1, x);
        one[0] = 1;
        if (!big(javaMontgomery()).equals(modPow())) {
            throw new IllegalStateException("the Java exponentiation disagrees with BigInteger.modPow");
        }
    }

    @Benchmark
    public BigInteger modPow() {
        return y.modPow(xBig, P);
    }

    @Benchmark
    public int[] javaMontgomery() {
        mont(table[0], one, rr); //          R mod p: 1 in Montgomery form
        mont(table[1], yLimbs, rr); //       y·R
        for (int i = 2; i < 16; i++) {
            mont(table[i], table[i - 1], table[1]);
        }
        System.arraycopy(table[0], 0, acc, 0, N);
        for (byte b : x) {
            for (int shift = 4; shift >= 0; shift -= 4) {
                int w = (b >>> shift) & 15;
                for (int k = 0; k < 4; k++) {
                    mont(acc, acc, acc);
                }
                java.util.Arrays.fill(sel, 0);
                for (int e = 0; e < 16; e++) {
                    int mask = -(((e ^ w) - 1) >>> 31);
                    for (int j = 0; j < N; j++) {
                        sel[j] |= table[e][j] & mask;
                    }
                }
                mont(acc, acc, sel);
            }
        }
        mont(acc, acc, one); // out of Montgomery form
        return acc;
    }

    /** out = a·b·R^-1 mod p (CIOS); out may be a or b. */
    private void mont(int[] out, int[] a, int[] b) {
        java.util.Arrays.fill(t, 0);
        for (int i = 0; i < N; i++) {
            long bi = b[i] & M32;
            long c = 0;
            for (int j = 0; j < N; j++) {
                long s = t[j] + (a[j] & M32) * bi + c; // at most 2^64 - 1
                t[j] = s & M32;
                c = s >>> 32;
            }
            long s = t[N] + c;
            t[N] = s & M32;
            t[N + 1] = s >>> 32;
            long m = (t[0] * nInv) & M32;
            c = (t[0] + m * (n[0] & M32)) >>> 32;
            for (int j = 1; j < N; j++) {
                s = t[j] + m * (n[j] & M32) + c;
                t[j - 1] = s & M32;
                c = s >>> 32;
            }
            s = t[N] + c;
            t[N - 1] = s & M32;
            t[N] = t[N + 1] + (s >>> 32);
        }
        long borrow = 0;
        for (int j = 0; j < N; j++) {
            long s = t[j] - (n[j] & M32) - borrow;
            diff[j] = (int) s;
            borrow = s >>> 63;
        }
        long keepT = -((borrow & ~t[N]) & 1); // t < p: keep t, else t - p
        for (int j = 0; j < N; j++) {
            out[j] = (int) ((t[j] & keepT) | ((diff[j] & M32) & ~keepT));
        }
    }

    private static long inverse(long odd) {
        long inv = 1;
        for (int i = 0; i < 5; i++) {
            inv = inv * (2 - odd * inv); // Newton: doubles the correct low bits each time
        }
        return inv;
    }

    private static int[] limbs(BigInteger v) {
        int[] r = new int[N];
        for (int i = 0; i < N; i++) {
            r[i] = v.shiftRight(32 * i).intValue();
        }
        return r;
    }

    private static BigInteger big(int[] a) {
        BigInteger r = BigInteger.ZERO;
        for (int i = N - 1; i >= 0; i--) {
            r = r.shiftLeft(32).or(BigInteger.valueOf(a[i] & M32));
        }
        return r;
    }
}
