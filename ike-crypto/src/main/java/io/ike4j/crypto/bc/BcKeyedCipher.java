package io.ike4j.crypto.bc;

import io.ike4j.crypto.KeyedCipher;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;

import java.util.Arrays;

/**
 * 3DES-CBC (RFC 2451), AES-CBC (RFC 3602) and AES-CTR (RFC 5930 / RFC 3686) bound to one SK_e. The modes are
 * done here on the raw block engines.
 *
 * <p>Only a copy of the key material is kept; each message expands the key schedule into a fresh engine and
 * wipes it ({@link BcWipe}) before returning. Measured (ike-bench KeyedHeapBenchmark, KeyedPrimitiveBenchmark,
 * 304-octet message): a kept engine cost 740 octets per SA direction for AES-128 (AES-256 880, 3DES 480) and
 * saved 0.26 µs per message (3DES 2.9 µs). An IKE SA encrypts a handful of messages in its life and a
 * handshake costs hundreds of microseconds, so memory wins. {@link #destroy()} zeroes the key copy.
 */
final class BcKeyedCipher implements KeyedCipher {
    private final BcCipher cipher;
    private final BcCipher.Mode mode;
    private final int keyLen;
    private final byte[] keyMaterial;
    private boolean destroyed;

    BcKeyedCipher(BcCipher cipher, BcCipher.Mode mode, int keyLen, byte[] keyMaterial) {
        this.cipher = cipher;
        this.mode = mode;
        this.keyLen = keyLen;
        this.keyMaterial = keyMaterial.clone();
    }

    @Override
    public byte[] encrypt(byte[] iv, byte[] plaintext, int offset, int length) {
        return run(true, iv, plaintext, offset, length);
    }

    @Override
    public byte[] decrypt(byte[] iv, byte[] ciphertext, int offset, int length) {
        return run(false, iv, ciphertext, offset, length);
    }

    private byte[] run(boolean encrypting, byte[] iv, byte[] in, int off, int len) {
        if (destroyed) {
            throw new IllegalStateException("cipher key destroyed");
        }
        check(cipher, iv, in, off, len);
        boolean ctr = mode == BcCipher.Mode.AES_CTR;
        BlockCipher raw = mode == BcCipher.Mode.DES3_CBC ? new DESedeEngine() : new AESEngine();
        // CTR always runs the forward cipher; CBC decryption needs the inverse schedule.
        BlockCipher e = BcWipe.keyed(raw, ctr || encrypting, keyMaterial, 0, keyLen);
        try {
            return ctr ? ctr(e, iv, in, off, len) : cbc(e, encrypting, iv, in, off, len);
        } finally {
            BcWipe.wipe(e);
        }
    }

    /** The argument checks every {@link BcCipher} call makes. */
    static void check(BcCipher c, byte[] iv, byte[] in, int off, int len) {
        if (iv.length != c.ivLength()) {
            throw new IllegalArgumentException("IV must be " + c.ivLength() + " octets, got " + iv.length);
        }
        if (off < 0 || len < 0 || off > in.length - len) {
            throw new IllegalArgumentException("range outside input");
        }
        if (len % c.blockSize() != 0) {
            throw new IllegalArgumentException("length " + len + " is not a multiple of " + c.blockSize());
        }
    }

    /** RFC 3602 §2.1 / RFC 2451: C_i = E(P_i ^ C_{i-1}), C_0 = IV. */
    private static byte[] cbc(BlockCipher e, boolean encrypting, byte[] iv, byte[] in, int off, int len) {
        int block = e.getBlockSize();
        byte[] out = new byte[len];
        byte[] chain = iv.clone();
        for (int i = 0; i < len; i += block) {
            if (encrypting) {
                for (int j = 0; j < block; j++) {
                    out[i + j] = (byte) (in[off + i + j] ^ chain[j]);
                }
                e.processBlock(out, i, out, i);
                System.arraycopy(out, i, chain, 0, block);
            } else {
                e.processBlock(in, off + i, out, i);
                for (int j = 0; j < block; j++) {
                    out[i + j] ^= chain[j];
                }
                System.arraycopy(in, off + i, chain, 0, block);
            }
        }
        return out;
    }

    /** RFC 3686 §4: counter block = nonce (the 4 octets after the key) ‖ IV ‖ 32-bit block counter from 1. */
    private byte[] ctr(BlockCipher e, byte[] iv, byte[] in, int off, int len) {
        byte[] counter = new byte[16];
        System.arraycopy(keyMaterial, keyLen, counter, 0, 4);
        System.arraycopy(iv, 0, counter, 4, 8);
        counter[15] = 1;
        byte[] stream = new byte[16];
        byte[] out = new byte[len];
        for (int i = 0; i < len; i += 16) {
            e.processBlock(counter, 0, stream, 0);
            for (int j = 0; j < 16 && i + j < len; j++) {
                out[i + j] = (byte) (in[off + i + j] ^ stream[j]);
            }
            for (int k = 15; k >= 12 && ++counter[k] == 0; k--) {
                // carry into the next octet of the block counter
            }
        }
        Arrays.fill(stream, (byte) 0); // keystream
        Arrays.fill(counter, (byte) 0);
        return out;
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(keyMaterial, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
