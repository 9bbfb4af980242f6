package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

import java.util.Arrays;

/**
 * AES-XCBC-MAC (RFC 3566 §4): BouncyCastle's lightweight API has no XCBC, so it is built here on the
 * AES block function. Full 16-octet output; callers truncate (AES-XCBC-96) or use it as the
 * AES-XCBC-PRF-128 of RFC 4434.
 */
final class Xcbc {
    private Xcbc() {
    }

    /** XCBC-MAC of {@code data[off, off+len)} under the 16-octet AES key {@code k}. */
    static byte[] mac(byte[] k, byte[] data, int off, int len) {
        BlockCipher aes = AESEngine.newInstance();
        aes.init(true, new KeyParameter(k));
        // RFC 3566 §4 (1): K1, K2, K3 derived by encrypting constant blocks.
        byte[] k1 = derive(aes, (byte) 1);
        byte[] k2 = derive(aes, (byte) 2);
        byte[] k3 = derive(aes, (byte) 3);
        BlockCipher e1 = AESEngine.newInstance();
        e1.init(true, new KeyParameter(k1));
        byte[] e = new byte[16];
        int n = len == 0 ? 1 : (len + 15) / 16;
        byte[] block = new byte[16];
        for (int i = 0; i < n; i++) {
            int start = off + 16 * i;
            int take = Math.min(16, off + len - start);
            Arrays.fill(block, (byte) 0);
            System.arraycopy(data, start, block, 0, Math.max(take, 0));
            if (i == n - 1) {
                if (take == 16) {
                    xor(block, k2); // complete final block (§4 (3) a)
                } else {
                    block[Math.max(take, 0)] = (byte) 0x80; // 10* padding (§4 (3) b)
                    xor(block, k3);
                }
            }
            xor(block, e);
            e1.processBlock(block, 0, e, 0);
        }
        Arrays.fill(k1, (byte) 0);
        Arrays.fill(k2, (byte) 0);
        Arrays.fill(k3, (byte) 0);
        Arrays.fill(block, (byte) 0);
        return e;
    }

    private static byte[] derive(BlockCipher aes, byte c) {
        byte[] in = new byte[16];
        Arrays.fill(in, c);
        byte[] out = new byte[16];
        aes.processBlock(in, 0, out, 0);
        return out;
    }

    private static void xor(byte[] a, byte[] b) {
        for (int i = 0; i < 16; i++) {
            a[i] ^= b[i];
        }
    }
}
