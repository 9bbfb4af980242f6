package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.engines.AESEngine;

import java.util.Arrays;

/**
 * The two AES CBC-MACs of IKE, keyed once: AES-XCBC-MAC (RFC 3566 §4; BouncyCastle has none) and AES-CMAC
 * (RFC 4493 §2.3-2.4). Both chain AES over the message and mask the last block with one subkey if it is
 * complete, another if it was padded with 10*. Full 16-octet output; callers truncate (-96) or use it as
 * the PRF of RFC 4434 / RFC 4615. {@link #destroy()} zeroes the AES working key and both subkeys.
 */
final class AesCbcMac implements BcKeyedMac {
    private static final int BLOCK = 16;
    private final AESEngine chain;
    private final byte[] completeMask;
    private final byte[] paddedMask;
    private boolean destroyed;

    private AesCbcMac(AESEngine chain, byte[] completeMask, byte[] paddedMask) {
        this.chain = chain;
        this.completeMask = completeMask;
        this.paddedMask = paddedMask;
    }

    /** RFC 3566 §4 (1): K1, K2, K3 = E_K of 0x01…, 0x02…, 0x03…; the chain runs under K1. {@code key}: 16 octets. */
    static AesCbcMac xcbc(byte[] key) {
        AESEngine k = BcWipe.keyed(new AESEngine(), true, key, 0, key.length);
        byte[] k1 = encrypt(k, filled((byte) 1));
        byte[] k2 = encrypt(k, filled((byte) 2));
        byte[] k3 = encrypt(k, filled((byte) 3));
        BcWipe.wipe(k);
        AESEngine chain = BcWipe.keyed(new AESEngine(), true, k1, 0, BLOCK);
        Arrays.fill(k1, (byte) 0);
        return new AesCbcMac(chain, k2, k3);
    }

    /** RFC 4493 §2.3: L = E_K(0), K1 = dbl(L), K2 = dbl(K1); the chain runs under K. {@code key}: 16, 24 or 32 octets. */
    static AesCbcMac cmac(byte[] key) {
        AESEngine chain = BcWipe.keyed(new AESEngine(), true, key, 0, key.length);
        byte[] l = encrypt(chain, new byte[BLOCK]);
        byte[] k1 = dbl(l);
        byte[] k2 = dbl(k1);
        Arrays.fill(l, (byte) 0);
        return new AesCbcMac(chain, k1, k2);
    }

    @Override
    public byte[] mac(byte[]... parts) {
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
        byte[] e = new byte[BLOCK];
        byte[] block = new byte[BLOCK];
        int n = len == 0 ? 1 : (len + BLOCK - 1) / BLOCK;
        for (int i = 0; i < n; i++) {
            int start = off + BLOCK * i;
            int take = Math.max(Math.min(BLOCK, off + len - start), 0);
            Arrays.fill(block, (byte) 0);
            System.arraycopy(data, start, block, 0, take);
            if (i == n - 1) {
                if (take == BLOCK) {
                    xor(block, completeMask);
                } else {
                    block[take] = (byte) 0x80; // 10* padding
                    xor(block, paddedMask);
                }
            }
            xor(block, e);
            chain.processBlock(block, 0, e, 0);
        }
        Arrays.fill(block, (byte) 0);
        return e;
    }

    @Override
    public void destroy() {
        destroyed = true;
        BcWipe.wipe(chain);
        Arrays.fill(completeMask, (byte) 0);
        Arrays.fill(paddedMask, (byte) 0);
    }

    private static byte[] encrypt(AESEngine aes, byte[] in) {
        byte[] out = new byte[BLOCK];
        aes.processBlock(in, 0, out, 0);
        return out;
    }

    private static byte[] filled(byte b) {
        byte[] out = new byte[BLOCK];
        Arrays.fill(out, b);
        return out;
    }

    /** RFC 4493 §2.3: shift left one bit; XOR Rb = 0x87 in when the top bit was set, without a branch. */
    private static byte[] dbl(byte[] in) {
        byte[] out = new byte[BLOCK];
        for (int i = 0; i < BLOCK - 1; i++) {
            out[i] = (byte) ((in[i] << 1) | ((in[i + 1] & 0xff) >>> 7));
        }
        out[BLOCK - 1] = (byte) ((in[BLOCK - 1] << 1) ^ (0x87 & -((in[0] & 0xff) >>> 7)));
        return out;
    }

    private static void xor(byte[] a, byte[] b) {
        for (int i = 0; i < BLOCK; i++) {
            a[i] ^= b[i];
        }
    }
}
