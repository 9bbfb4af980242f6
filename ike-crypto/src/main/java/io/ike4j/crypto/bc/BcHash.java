package io.ike4j.crypto.bc;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * The hashes under IKE's HMACs (MD5, SHA-1, SHA-2; SHA-224 for NIST CAVP's IKE KDF tests). The hashing itself is
 * the JDK's {@link MessageDigest}: HotSpot compiles its compression to the CPU's SHA instructions (x86 SHA-NI, AVX2,
 * ARMv8 SHA2) where present, 39 ns per SHA-256 block against 265 ns for BouncyCastle's Java code on the build
 * machine; it is a plain hash, not a negotiated transform, so nothing here depends on which JCA providers are
 * installed beyond the JDK's own. One {@link Scratch} per thread and hash holds the digest and the pad and
 * inner-hash buffers, so a MAC allocates only its result.
 */
enum BcHash {
    MD5("MD5"),
    SHA1("SHA-1"),
    SHA224("SHA-224"),
    SHA256("SHA-256"),
    SHA384("SHA-384"),
    SHA512("SHA-512");

    final int size;
    final int block;
    private final ThreadLocal<Scratch> scratch;

    BcHash(String jdkName) {
        MessageDigest prototype = io.ike4j.crypto.kdf.JdkDigests.prototype(jdkName); // all six: every JDK 17 has them
        this.size = prototype.getDigestLength();
        this.block = size > 32 ? 128 : 64; // FIPS 180-4 §1: 1024-bit blocks for SHA-384/512, 512-bit otherwise
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(io.ike4j.crypto.kdf.JdkDigests.copy(prototype), block, size));
    }

    /** This thread's scratch: a reset digest and zeroed buffers (every use ends in {@link Scratch#clear}). */
    Scratch scratch() {
        return scratch.get();
    }

    /**
     * Per-thread HMAC working state. The JDK digest zeroes its own block buffer and schedule and resets its chaining
     * value when a digest completes or on {@link MessageDigest#reset()}; {@link #clear} does that and zeroes the pad
     * block and the inner hash kept here.
     */
    static final class Scratch {
        final MessageDigest md;
        /** K0 ^ ipad, then K0 ^ opad (RFC 2104 §2, steps 2 and 5). */
        final byte[] pad;
        /** H((K0 ^ ipad) || text), step 4. */
        final byte[] inner;

        private Scratch(MessageDigest md, int block, int size) {
            this.md = md;
            this.pad = new byte[block];
            this.inner = new byte[size];
        }

        /** Absorbs {@code k0} (at most one block, zero-padded) xored with {@code x}, then zeroes the pad. */
        void absorbPad(byte[] k0, byte x) {
            for (int i = 0; i < k0.length; i++) {
                pad[i] = (byte) (k0[i] ^ x);
            }
            java.util.Arrays.fill(pad, k0.length, pad.length, x);
            md.update(pad, 0, pad.length);
            java.util.Arrays.fill(pad, (byte) 0);
        }

        /** Completes the digest into {@link #inner}. */
        void finishInner() {
            try {
                md.digest(inner, 0, inner.length);
            } catch (DigestException e) {
                throw new IllegalStateException(e); // inner is exactly the digest length
            }
        }

        void clear() {
            md.reset();
            java.util.Arrays.fill(pad, (byte) 0);
            java.util.Arrays.fill(inner, (byte) 0);
        }
    }
}
