package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.modes.gcm.GCMUtil;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * AES-GCM with a 96-bit nonce (NIST SP 800-38D §7.1, RFC 5282 §3: nonce = 4-octet salt ‖ 8-octet IV) that allocates
 * only its result. Each call expands the key (FIPS-197 §5.2) into this thread's {@link Scratch}, derives H and
 * E(K, J0) there, runs CTR and GHASH, and wipes the scratch before it returns, tag failures included. BouncyCastle's
 * GCMBlockCipher and AESEngine allocate about 1.1 KB of key schedule, GHASH state and buffers per init; an IKE SA
 * cannot keep one keyed per direction (that costs heap per SA, see {@link BcKeyedAead}), so it keyed one per message.
 *
 * <p>The block cipher is the classic one-table form (a 256-word T-table rotated for the four columns), the same
 * construction and the same cache-timing profile as BouncyCastle's AESEngine, which it replaces here; GHASH is
 * BouncyCastle's constant-time {@link GCMUtil#multiply(long[], long[])}. The tag is compared in constant time and no
 * plaintext is produced before it verified.
 */
final class AesGcm {
    private static final VarHandle BE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle BE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** The S-box (FIPS-197 §5.1.1), built from the GF(2^8) inverse and the affine map rather than typed in. */
    private static final int[] SBOX = new int[256];
    /** Te0[x] = (2·S[x], S[x], S[x], 3·S[x]) as a big-endian column; Te1..Te3 are its rotations. */
    private static final int[] TE = new int[256];

    static {
        int p = 1;
        int q = 1;
        do { // p walks GF(2^8)* by the generator 3, q by its inverse, so q = p^-1
            p = (p ^ (p << 1) ^ ((p & 0x80) != 0 ? 0x1b : 0)) & 0xff;
            q ^= q << 1;
            q ^= q << 2;
            q ^= q << 4;
            q &= 0xff;
            if ((q & 0x80) != 0) {
                q ^= 0x09;
            }
            int x = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4);
            SBOX[p] = (x ^ 0x63) & 0xff;
        } while (p != 1);
        SBOX[0] = 0x63;
        for (int i = 0; i < 256; i++) {
            int s = SBOX[i];
            int s2 = xtime(s);
            TE[i] = (s2 << 24) | (s << 16) | (s << 8) | (s2 ^ s);
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private AesGcm() {
    }

    /** Per-thread working state; every field is an array so the wipe tests can walk it, and zero between calls. */
    static final class Scratch implements BcWipe.Wipeable {
        /** Round keys, 44/52/60 words for AES-128/192/256. */
        final int[] rk = new int[60];
        /** [rounds]. */
        final int[] rounds = new int[1];
        /** The block being enciphered. */
        final int[] st = new int[4];
        /** The nonce's three words (salt ‖ IV). */
        final int[] nonce = new int[3];
        final long[] h = new long[2];
        /** The GHASH accumulator. */
        final long[] x = new long[2];
        /** E(K, J0), masks the tag (SP 800-38D §7.1 step 6). */
        final long[] ej0 = new long[2];
        final byte[] tag = new byte[16];

        @Override
        public void wipe() {
            Arrays.fill(rk, 0);
            rounds[0] = 0;
            Arrays.fill(st, 0);
            Arrays.fill(nonce, 0);
            Arrays.fill(h, 0L);
            Arrays.fill(x, 0L);
            Arrays.fill(ej0, 0L);
            Arrays.fill(tag, (byte) 0);
        }
    }

    /**
     * Encrypts {@code in[off, off+len)} and appends a {@code tagLen}-octet tag.
     *
     * @param key    16, 24 or 32 octets
     * @param salt   4 octets
     * @param iv     8 octets
     * @param tagLen 8, 12 or 16
     */
    static byte[] seal(byte[] key, byte[] salt, byte[] iv, byte[] aad, byte[] in, int off, int len, int tagLen) {
        byte[] out = new byte[len + tagLen];
        seal(key, salt, iv, aad, 0, aad.length, in, off, len, out, 0, tagLen);
        return out;
    }

    /**
     * Encrypts {@code in[off, off+len)} into {@code out[outOff, outOff+len)} followed by the tag, authenticating
     * {@code aad[aadOff, aadOff+aadLen)}. In place ({@code out == in}, {@code outOff == off}) is allowed: each block
     * is read before it is written, and the AAD must not overlap the text.
     */
    static void seal(byte[] key, byte[] salt, byte[] iv, byte[] aad, int aadOff, int aadLen, byte[] in, int off, int len,
                     byte[] out, int outOff, int tagLen) {
        Scratch s = BcWipe.scratch(SCRATCH.get());
        try {
            start(s, key, salt, iv, aad, aadOff, aadLen);
            ctr(s, in, off, len, out, outOff);
            ghash(s, out, outOff, len);
            finish(s, aadLen, len);
            System.arraycopy(s.tag, 0, out, outOff + len, tagLen);
        } finally {
            s.wipe();
        }
    }

    /**
     * Verifies and decrypts {@code in[off, off+len)} (ciphertext ‖ tag).
     *
     * @return the plaintext, or null when the tag does not verify (nothing was decrypted)
     */
    static byte[] open(byte[] key, byte[] salt, byte[] iv, byte[] aad, byte[] in, int off, int len, int tagLen) {
        return open(key, salt, iv, aad, 0, aad.length, in, off, len, tagLen);
    }

    /** As {@link #open(byte[], byte[], byte[], byte[], byte[], int, int, int)}, the AAD {@code aad[aadOff, aadOff+aadLen)}. */
    static byte[] open(byte[] key, byte[] salt, byte[] iv, byte[] aad, int aadOff, int aadLen, byte[] in, int off, int len,
                       int tagLen) {
        Scratch s = BcWipe.scratch(SCRATCH.get());
        try {
            int clen = len - tagLen;
            start(s, key, salt, iv, aad, aadOff, aadLen);
            ghash(s, in, off, clen);
            finish(s, aadLen, clen);
            int diff = 0;
            for (int i = 0; i < tagLen; i++) {
                diff |= s.tag[i] ^ in[off + clen + i];
            }
            if (diff != 0) {
                return null;
            }
            byte[] out = new byte[clen];
            ctr(s, in, off, clen, out, 0);
            return out;
        } finally {
            s.wipe();
        }
    }

    /** Key schedule, H = E(K, 0^128), E(K, J0) with J0 = nonce ‖ 0^31 ‖ 1 (§7.1 steps 1-2), GHASH of the AAD. */
    private static void start(Scratch s, byte[] key, byte[] salt, byte[] iv, byte[] aad, int aadOff, int aadLen) {
        expand(s, key);
        encrypt(s);
        s.h[0] = ((long) s.st[0] << 32) | (s.st[1] & 0xffffffffL);
        s.h[1] = ((long) s.st[2] << 32) | (s.st[3] & 0xffffffffL);
        s.nonce[0] = (int) BE_INT.get(salt, 0);
        s.nonce[1] = (int) BE_INT.get(iv, 0);
        s.nonce[2] = (int) BE_INT.get(iv, 4);
        counter(s, 1);
        encrypt(s);
        s.ej0[0] = ((long) s.st[0] << 32) | (s.st[1] & 0xffffffffL);
        s.ej0[1] = ((long) s.st[2] << 32) | (s.st[3] & 0xffffffffL);
        ghash(s, aad, aadOff, aadLen);
    }

    /** GHASH of the length block (§7.1 step 5), masked with E(K, J0) into {@link Scratch#tag}. */
    private static void finish(Scratch s, int aadLen, int textLen) {
        s.x[0] ^= (long) aadLen << 3;
        s.x[1] ^= (long) textLen << 3;
        GCMUtil.multiply(s.x, s.h);
        BE_LONG.set(s.tag, 0, s.x[0] ^ s.ej0[0]);
        BE_LONG.set(s.tag, 8, s.x[1] ^ s.ej0[1]);
    }

    /** GHASH over {@code b[off, off+len)}, the last block zero-padded (§6.4). */
    private static void ghash(Scratch s, byte[] b, int off, int len) {
        int p = 0;
        for (; p + 16 <= len; p += 16) {
            s.x[0] ^= (long) BE_LONG.get(b, off + p);
            s.x[1] ^= (long) BE_LONG.get(b, off + p + 8);
            GCMUtil.multiply(s.x, s.h);
        }
        if (p < len) {
            long hi = 0;
            long lo = 0;
            for (int j = 0; p + j < len; j++) {
                long v = b[off + p + j] & 0xffL;
                if (j < 8) {
                    hi |= v << (56 - 8 * j);
                } else {
                    lo |= v << (56 - 8 * (j - 8));
                }
            }
            s.x[0] ^= hi;
            s.x[1] ^= lo;
            GCMUtil.multiply(s.x, s.h);
        }
    }

    /** GCTR from inc32(J0) (§6.5): counter blocks 2, 3, …; {@code out} gets {@code len} octets from {@code o}. */
    private static void ctr(Scratch s, byte[] in, int off, int len, byte[] out, int o) {
        int c = 2;
        int p = 0;
        for (; p + 16 <= len; p += 16) {
            counter(s, c++);
            encrypt(s);
            for (int j = 0; j < 4; j++) {
                BE_INT.set(out, o + p + 4 * j, (int) BE_INT.get(in, off + p + 4 * j) ^ s.st[j]);
            }
        }
        if (p < len) {
            counter(s, c);
            encrypt(s);
            for (int j = 0; p + j < len; j++) {
                out[o + p + j] = (byte) (in[off + p + j] ^ (s.st[j >> 2] >>> (24 - 8 * (j & 3))));
            }
        }
    }

    private static void counter(Scratch s, int c) {
        s.st[0] = s.nonce[0];
        s.st[1] = s.nonce[1];
        s.st[2] = s.nonce[2];
        s.st[3] = c;
    }

    /** FIPS-197 §5.2 KeyExpansion into {@code s.rk}; Nr = Nk + 6. */
    static void expand(Scratch s, byte[] key) {
        int nk = key.length / 4;
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("AES key must be 16, 24 or 32 octets, got " + key.length);
        }
        int rounds = nk + 6;
        int total = 4 * (rounds + 1);
        int[] w = s.rk;
        for (int i = 0; i < nk; i++) {
            w[i] = (int) BE_INT.get(key, 4 * i);
        }
        int rcon = 1;
        for (int i = nk; i < total; i++) {
            int t = w[i - 1];
            if (i % nk == 0) {
                t = subWord(Integer.rotateLeft(t, 8)) ^ (rcon << 24);
                rcon = xtime(rcon);
            } else if (nk > 6 && i % nk == 4) {
                t = subWord(t);
            }
            w[i] = w[i - nk] ^ t;
        }
        s.rounds[0] = rounds;
    }

    /** FIPS-197 §5.1 Cipher on {@code s.st} in place, with {@code s.rk}. */
    static void encrypt(Scratch s) {
        int[] rk = s.rk;
        int[] st = s.st;
        int s0 = st[0] ^ rk[0];
        int s1 = st[1] ^ rk[1];
        int s2 = st[2] ^ rk[2];
        int s3 = st[3] ^ rk[3];
        int k = 4;
        for (int r = 1; r < s.rounds[0]; r++, k += 4) {
            int t0 = TE[s0 >>> 24] ^ ror(TE[(s1 >>> 16) & 255], 8) ^ ror(TE[(s2 >>> 8) & 255], 16) ^ ror(TE[s3 & 255], 24) ^ rk[k];
            int t1 = TE[s1 >>> 24] ^ ror(TE[(s2 >>> 16) & 255], 8) ^ ror(TE[(s3 >>> 8) & 255], 16) ^ ror(TE[s0 & 255], 24) ^ rk[k + 1];
            int t2 = TE[s2 >>> 24] ^ ror(TE[(s3 >>> 16) & 255], 8) ^ ror(TE[(s0 >>> 8) & 255], 16) ^ ror(TE[s1 & 255], 24) ^ rk[k + 2];
            int t3 = TE[s3 >>> 24] ^ ror(TE[(s0 >>> 16) & 255], 8) ^ ror(TE[(s1 >>> 8) & 255], 16) ^ ror(TE[s2 & 255], 24) ^ rk[k + 3];
            s0 = t0;
            s1 = t1;
            s2 = t2;
            s3 = t3;
        }
        // last round: SubBytes, ShiftRows, AddRoundKey (no MixColumns)
        st[0] = last(s0, s1, s2, s3) ^ rk[k];
        st[1] = last(s1, s2, s3, s0) ^ rk[k + 1];
        st[2] = last(s2, s3, s0, s1) ^ rk[k + 2];
        st[3] = last(s3, s0, s1, s2) ^ rk[k + 3];
    }

    private static int last(int a, int b, int c, int d) {
        return SBOX[a >>> 24] << 24 | SBOX[(b >>> 16) & 255] << 16 | SBOX[(c >>> 8) & 255] << 8 | SBOX[d & 255];
    }

    private static int subWord(int w) {
        return last(w, w, w, w);
    }

    private static int ror(int x, int n) {
        return Integer.rotateRight(x, n);
    }

    private static int xtime(int b) {
        return ((b << 1) ^ ((b & 0x80) != 0 ? 0x1b : 0)) & 0xff;
    }

    private static int rotl8(int b, int n) {
        return ((b << n) | (b >>> (8 - n))) & 0xff;
    }
}
