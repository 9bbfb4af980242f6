package io.ike4j.crypto.bc;

import org.bouncycastle.crypto.engines.AESEngine;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * AES-CCM (RFC 3610) on one AES engine ({@link BcKeyedAead} keys one per message). BouncyCastle's
 * CCMBlockCipher builds a new CTR and CBC-MAC object for every packet and leaves a working key and keystream
 * blocks behind; here the CBC-MAC and the counter blocks run on our engine and every scratch block is zeroed.
 */
final class BcCcm {
    private static final int BLOCK = 16;
    private final AESEngine aes;
    private final int m;

    /** {@code m}: the tag length (8, 12 or 16 in IKE, RFC 5282 §7.1). */
    BcCcm(byte[] key, int keyLen, int m) {
        this.aes = BcWipe.keyed(new AESEngine(), true, key, 0, keyLen);
        this.m = m;
    }

    /** Ciphertext ‖ U (RFC 3610 §2.2-2.3). */
    byte[] seal(byte[] nonce, byte[] aad, byte[] in, int off, int len) {
        byte[] out = new byte[len + m];
        byte[] tag = cbcMac(nonce, aad, in, off, len);
        ctr(nonce, in, off, len, out);
        byte[] s0 = block(counter(nonce, 0));
        for (int i = 0; i < m; i++) {
            out[len + i] = (byte) (tag[i] ^ s0[i]);
        }
        Arrays.fill(s0, (byte) 0);
        return out;
    }

    /** The plaintext, or null when U does not verify (the plaintext is zeroed then). */
    byte[] open(byte[] nonce, byte[] aad, byte[] in, int off, int len) {
        int ctLen = len - m;
        byte[] plain = new byte[ctLen];
        ctr(nonce, in, off, ctLen, plain);
        byte[] tag = cbcMac(nonce, aad, plain, 0, ctLen);
        byte[] s0 = block(counter(nonce, 0));
        for (int i = 0; i < m; i++) {
            tag[i] ^= s0[i];
        }
        Arrays.fill(s0, (byte) 0);
        if (!MessageDigest.isEqual(tag, Arrays.copyOfRange(in, off + ctLen, off + len))) {
            Arrays.fill(plain, (byte) 0);
            return null;
        }
        return plain;
    }

    /** RFC 3610 §2.3: C = P xor S_1 ‖ S_2 ‖ …, S_i = E(A_i). */
    private void ctr(byte[] nonce, byte[] in, int off, int len, byte[] out) {
        byte[] s = new byte[BLOCK];
        for (int i = 0, n = 1; i < len; i += BLOCK, n++) {
            byte[] a = counter(nonce, n);
            aes.processBlock(a, 0, s, 0);
            Arrays.fill(a, (byte) 0); // holds the salt
            for (int j = 0; j < BLOCK && i + j < len; j++) {
                out[i + j] = (byte) (in[off + i + j] ^ s[j]);
            }
        }
        Arrays.fill(s, (byte) 0);
    }

    /** RFC 3610 §2.2: T = first M octets of the CBC-MAC over B_0, the encoded l(a) ‖ a, and the message. */
    private byte[] cbcMac(byte[] nonce, byte[] aad, byte[] msg, int off, int len) {
        int l = 15 - nonce.length;
        byte[] x = new byte[BLOCK];
        x[0] = (byte) ((aad.length > 0 ? 0x40 : 0) | (((m - 2) / 2) << 3) | (l - 1));
        System.arraycopy(nonce, 0, x, 1, nonce.length);
        for (int i = 0; i < l && i < 4; i++) {
            x[15 - i] = (byte) (len >>> (8 * i));
        }
        aes.processBlock(x, 0, x, 0);
        if (aad.length > 0) {
            // l(a): 2 octets below 2^16 - 2^8, else 0xFFFE ‖ 4 octets
            int a = aad.length;
            byte[] la = a < 0xFF00 ? new byte[] {(byte) (a >>> 8), (byte) a}
                    : new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
            byte[] encoded = BcPrf.concat(la, aad);
            absorb(x, encoded, 0, encoded.length);
        }
        absorb(x, msg, off, len);
        byte[] t = Arrays.copyOf(x, m);
        Arrays.fill(x, (byte) 0);
        return t;
    }

    /** x = E(x xor block) over {@code data} zero-padded to whole blocks. */
    private void absorb(byte[] x, byte[] data, int off, int len) {
        for (int p = 0; p < len; p += BLOCK) {
            for (int j = 0; j < BLOCK && p + j < len; j++) {
                x[j] ^= data[off + p + j];
            }
            aes.processBlock(x, 0, x, 0);
        }
    }

    /** A_i = flags (L-1) ‖ N ‖ i in L octets. */
    private static byte[] counter(byte[] nonce, int i) {
        byte[] a = new byte[BLOCK];
        int l = 15 - nonce.length;
        a[0] = (byte) (l - 1);
        System.arraycopy(nonce, 0, a, 1, nonce.length);
        for (int k = 0; k < l && k < 4; k++) {
            a[15 - k] = (byte) (i >>> (8 * k));
        }
        return a;
    }

    private byte[] block(byte[] in) {
        aes.processBlock(in, 0, in, 0);
        return in;
    }

    void destroy() {
        BcWipe.wipe(aes);
    }
}
