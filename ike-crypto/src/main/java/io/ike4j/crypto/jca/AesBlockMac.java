package io.ike4j.crypto.jca;

import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * AES-XCBC-MAC (RFC 3566) and AES-CMAC (RFC 4493) built on the provider's raw AES block function
 * ({@code AES/ECB/NoPadding}), since the JDK has neither. Both are CBC-MACs that differ only in the
 * subkeys and in how the final block is masked. Keys are exactly 16 octets here; the PRF variants
 * (RFC 4434, RFC 4615) derive such a key first.
 */
final class AesBlockMac {
    enum Kind { XCBC, CMAC }

    private static final int BLOCK = 16;
    private final Jca jca;
    private final Kind kind;

    AesBlockMac(Jca jca, Kind kind) {
        this.jca = jca;
        this.kind = kind;
    }

    /** The full 16-octet MAC of {@code data} (the pieces concatenated). */
    byte[] mac(byte[] key, byte[]... data) {
        if (key.length != BLOCK) {
            throw new IllegalArgumentException(kind + " key must be 16 octets, got " + key.length);
        }
        int total = 0;
        for (byte[] d : data) {
            total += d.length;
        }
        byte[] msg = new byte[total];
        int p = 0;
        for (byte[] d : data) {
            System.arraycopy(d, 0, msg, p, d.length);
            p += d.length;
        }
        try {
            return mac(key, msg, 0, msg.length);
        } finally {
            Arrays.fill(msg, (byte) 0); // PRF inputs can be secrets (g^ir, prf+ blocks)
        }
    }

    byte[] mac(byte[] key, byte[] msg, int offset, int length) {
        if (key.length != BLOCK) {
            throw new IllegalArgumentException(kind + " key must be 16 octets, got " + key.length);
        }
        try {
            javax.crypto.Cipher aes = jca.cipher("AES/ECB/NoPadding");
            aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            byte[] macKey = null;
            byte[] completeMask;
            byte[] partialMask;
            if (kind == Kind.XCBC) {
                // RFC 3566 §4: K1 = E(K, 0x01^16) keys the CBC chain, K2/K3 mask the last block
                macKey = aes.doFinal(filled((byte) 1));
                completeMask = aes.doFinal(filled((byte) 2));
                partialMask = aes.doFinal(filled((byte) 3));
                aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(macKey, "AES"));
            } else {
                // RFC 4493 §2.3: L = E(K, 0^128), K1 = dbl(L), K2 = dbl(K1); the chain uses K itself
                byte[] l = aes.doFinal(new byte[BLOCK]);
                completeMask = dbl(l);
                partialMask = dbl(completeMask);
                Arrays.fill(l, (byte) 0);
            }
            // number of blocks; the empty message counts as one incomplete block (RFC 4493 §2.4 step 3)
            int n = Math.max(1, (length + BLOCK - 1) / BLOCK);
            boolean lastComplete = length > 0 && length % BLOCK == 0;
            byte[] x = new byte[BLOCK];
            for (int i = 0; i < n - 1; i++) {
                for (int j = 0; j < BLOCK; j++) {
                    x[j] ^= msg[offset + i * BLOCK + j];
                }
                x = aes.doFinal(x);
            }
            int lastStart = (n - 1) * BLOCK;
            int lastLen = length - lastStart;
            byte[] last = new byte[BLOCK];
            System.arraycopy(msg, offset + lastStart, last, 0, lastLen);
            byte[] mask = lastComplete ? completeMask : partialMask;
            if (!lastComplete) {
                last[lastLen] = (byte) 0x80; // 10* padding
            }
            for (int j = 0; j < BLOCK; j++) {
                x[j] ^= (byte) (last[j] ^ mask[j]);
            }
            byte[] out = aes.doFinal(x);
            Arrays.fill(completeMask, (byte) 0);
            Arrays.fill(partialMask, (byte) 0);
            if (macKey != null) {
                Arrays.fill(macKey, (byte) 0);
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw Jca.broken("AES/ECB/NoPadding", e);
        }
    }

    private static byte[] filled(byte b) {
        byte[] out = new byte[BLOCK];
        Arrays.fill(out, b);
        return out;
    }

    /** Doubling in GF(2^128) with R = 0x87 (RFC 4493 §2.3 Generate_Subkey). */
    private static byte[] dbl(byte[] in) {
        byte[] out = new byte[BLOCK];
        int carry = 0;
        for (int i = BLOCK - 1; i >= 0; i--) {
            int v = in[i] & 0xff;
            out[i] = (byte) ((v << 1) | carry);
            carry = v >>> 7;
        }
        // constant-time conditional XOR of Rb
        out[BLOCK - 1] ^= (byte) (0x87 & -carry);
        return out;
    }

    static boolean available(Jca jca) {
        try {
            javax.crypto.Cipher aes = jca.cipher("AES/ECB/NoPadding");
            aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "AES"));
            return aes.doFinal(new byte[16]).length == 16;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
