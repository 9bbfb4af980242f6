package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.engines.AESEngine;

import java.util.Arrays;

/**
 * The two AES CBC-MACs of IKE, keyed once: AES-XCBC-MAC (RFC 3566 §4; BouncyCastle has none) and AES-CMAC
 * (RFC 4493 §2.3-2.4). Both chain AES over the message and mask the last block with one subkey if it is
 * complete, another if it was padded with 10*. Full 16-octet output; callers truncate (-96) or use it as
 * the PRF of RFC 4434 / RFC 4615.
 *
 * <p>Only the chain key and the two subkeys are kept (48-64 octets); the AES key schedule is expanded per
 * MAC and wiped after it. Measured (ike-bench KeyedHeapBenchmark, KeyedPrimitiveBenchmark): the kept engine
 * cost 740 octets per SA direction and saved 0.3 µs per 304-octet MAC, and an IKE SA MACs a handful of
 * messages in its life. {@link #destroy()} zeroes the keys.
 */
final class AesCbcMac implements BcKeyedMac {
    private static final int BLOCK = 16;
    /** chain key ‖ mask for a complete last block ‖ mask for a padded one */
    private final byte[] keys;
    private final int chainKeyLength;
    private boolean destroyed;

    private AesCbcMac(byte[] keys) {
        this.keys = keys;
        this.chainKeyLength = keys.length - 2 * BLOCK;
    }

    /** RFC 3566 §4 (1): K1, K2, K3 = E_K of 0x01…, 0x02…, 0x03…; the chain runs under K1. {@code key}: 16 octets. */
    static AesCbcMac xcbc(byte[] key) {
        AESEngine k = BcWipe.keyed(new AESEngine(), true, key, 0, key.length);
        byte[] keys = new byte[3 * BLOCK];
        for (int i = 0; i < 3; i++) {
            Arrays.fill(keys, BLOCK * i, BLOCK * (i + 1), (byte) (i + 1));
            k.processBlock(keys, BLOCK * i, keys, BLOCK * i);
        }
        BcWipe.wipe(k);
        return new AesCbcMac(keys);
    }

    /** RFC 4493 §2.3: L = E_K(0), K1 = dbl(L), K2 = dbl(K1); the chain runs under K. {@code key}: 16, 24 or 32 octets. */
    static AesCbcMac cmac(byte[] key) {
        byte[] keys = Arrays.copyOf(key, key.length + 2 * BLOCK);
        AESEngine k = BcWipe.keyed(new AESEngine(), true, key, 0, key.length);
        byte[] l = new byte[BLOCK];
        k.processBlock(l, 0, l, 0);
        BcWipe.wipe(k);
        dbl(l, 0, keys, key.length);
        dbl(keys, key.length, keys, key.length + BLOCK);
        Arrays.fill(l, (byte) 0);
        return new AesCbcMac(keys);
    }

    @Override
    public int outputLength() {
        return BLOCK;
    }

    @Override
    public byte[] compute(byte[]... parts) {
        byte[] msg = BcPrf.concat(parts);
        try {
            return mac(msg, 0, msg.length);
        } finally {
            Arrays.fill(msg, (byte) 0); // PRF inputs can be secrets (g^ir, prf+ blocks)
        }
    }

    @Override
    public byte[] mac(byte[] data, int off, int len) {
        if (destroyed) {
            throw new IllegalStateException("MAC key destroyed");
        }
        AESEngine chain = BcWipe.keyed(new AESEngine(), true, keys, 0, chainKeyLength);
        byte[] e = new byte[BLOCK];
        byte[] block = new byte[BLOCK];
        try {
            int n = len == 0 ? 1 : (len + BLOCK - 1) / BLOCK;
            for (int i = 0; i < n; i++) {
                int start = off + BLOCK * i;
                int take = Math.max(Math.min(BLOCK, off + len - start), 0);
                Arrays.fill(block, (byte) 0);
                System.arraycopy(data, start, block, 0, take);
                if (i == n - 1) {
                    if (take == BLOCK) {
                        xor(block, keys, chainKeyLength);
                    } else {
                        block[take] = (byte) 0x80; // 10* padding
                        xor(block, keys, chainKeyLength + BLOCK);
                    }
                }
                xor(block, e, 0);
                chain.processBlock(block, 0, e, 0);
            }
            return e;
        } finally {
            BcWipe.wipe(chain);
            Arrays.fill(block, (byte) 0);
        }
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(keys, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** RFC 4493 §2.3: shift left one bit; XOR Rb = 0x87 in when the top bit was set, without a branch. */
    private static void dbl(byte[] in, int inOff, byte[] out, int outOff) {
        int carry = (in[inOff] & 0xff) >>> 7;
        for (int i = 0; i < BLOCK - 1; i++) {
            out[outOff + i] = (byte) ((in[inOff + i] << 1) | ((in[inOff + i + 1] & 0xff) >>> 7));
        }
        out[outOff + BLOCK - 1] = (byte) ((in[inOff + BLOCK - 1] << 1) ^ (0x87 & -carry));
    }

    private static void xor(byte[] a, byte[] b, int bOff) {
        for (int i = 0; i < BLOCK; i++) {
            a[i] ^= b[bOff + i];
        }
    }
}
