package io.ike4j.crypto.bc;

import java.util.Arrays;

/**
 * A Merkle–Damgård hash whose chaining value goes in and out as ints, so a keyed HMAC keeps only the two states
 * after its pad blocks (RFC 2104 §4, "precomputation") and resumes either one without allocating a digest. One
 * instance per thread and hash ({@link BcHash#core()}); {@link #finish} and {@link #wipe} zero the block buffer,
 * the message schedule and the working chaining value, so no message state stays behind a call. The round
 * functions are FIPS 180-4's (SHA-1, SHA-2) and RFC 1321's (MD5), checked against RFC 2202/4231 and NIST CAVP
 * HMAC vectors; the constant tables are static, shared and never wiped.
 */
abstract class HashCore {
    final int blockLength;
    final int digestLength;
    private final int lengthBytes;
    private final byte[] block;
    private int blockOff;
    private long byteCount;
    /** Scratch for HMAC's inner hash (RFC 2104 §2), kept here so a MAC allocates only its result. */
    final byte[] innerHash;

    HashCore(int blockLength, int digestLength, int lengthBytes) {
        this.blockLength = blockLength;
        this.digestLength = digestLength;
        this.lengthBytes = lengthBytes;
        this.block = new byte[blockLength];
        this.innerHash = new byte[digestLength];
    }

    /** The initial chaining value (a shared constant: never written). */
    abstract int[] iv();

    /** Sets the working chaining value. */
    abstract void load(int[] chain);

    /** A copy of the working chaining value. */
    abstract int[] store();

    /** Absorbs one block into the working chaining value. */
    abstract void compress(byte[] in, int off);

    /** Writes the digest ({@link #digestLength} octets) of the working chaining value. */
    abstract void output(byte[] out, int off);

    /** Zeroes the working chaining value and message schedule. */
    abstract void clearWork();

    /** MD5 writes the bit length little-endian (RFC 1321 §3.2), the SHAs big-endian (FIPS 180-4 §5.1). */
    boolean littleEndianLength() {
        return false;
    }

    /** Resumes from {@code chain} after {@code absorbed} octets (a multiple of the block length). */
    final void begin(int[] chain, long absorbed) {
        load(chain);
        byteCount = absorbed;
        blockOff = 0;
    }

    final void update(byte[] in, int off, int len) {
        if (off < 0 || len < 0 || off > in.length - len) {
            throw new IndexOutOfBoundsException("hash input " + off + "+" + len + " of " + in.length);
        }
        byteCount += len;
        if (blockOff > 0) {
            int n = Math.min(len, blockLength - blockOff);
            System.arraycopy(in, off, block, blockOff, n);
            blockOff += n;
            off += n;
            len -= n;
            if (blockOff < blockLength) {
                return;
            }
            compress(block, 0);
            blockOff = 0;
        }
        for (; len >= blockLength; off += blockLength, len -= blockLength) {
            compress(in, off);
        }
        System.arraycopy(in, off, block, 0, len);
        blockOff = len;
    }

    /**
     * Pads (FIPS 180-4 §5.1, RFC 1321 §3.1–3.2), writes the digest at {@code out[off]} and zeroes the message
     * state ({@link #innerHash} is the caller's to clear: it may be {@code out}).
     */
    final void finish(byte[] out, int off) {
        long bits = byteCount << 3;
        block[blockOff++] = (byte) 0x80;
        if (blockOff > blockLength - lengthBytes) {
            Arrays.fill(block, blockOff, blockLength, (byte) 0);
            compress(block, 0);
            blockOff = 0;
        }
        Arrays.fill(block, blockOff, blockLength, (byte) 0);
        for (int i = 0; i < 8; i++) {
            int at = littleEndianLength() ? blockLength - lengthBytes + i : blockLength - 1 - i;
            block[at] = (byte) (bits >>> (8 * i));
        }
        compress(block, 0);
        output(out, off);
        clearMessage();
    }

    /** Zeroes every per-message array and count, the HMAC scratch included. */
    final void wipe() {
        Arrays.fill(innerHash, (byte) 0);
        clearMessage();
    }

    private void clearMessage() {
        Arrays.fill(block, (byte) 0);
        blockOff = 0;
        byteCount = 0;
        clearWork();
    }

    static int bigEndianInt(byte[] b, int off) {
        return (b[off] << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    static void putBigEndian(int v, byte[] b, int off) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
