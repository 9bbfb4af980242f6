package io.ike4j.crypto.jca;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.IcvMismatchException;

import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * AES-CCM (RFC 3610; RFC 4309 / RFC 5282 §7.1 for IKEv2: keying material = key ‖ 3-octet salt,
 * nonce = salt ‖ 8-octet IV, so L = 4) built on the provider's {@code AES/ECB/NoPadding} (the CBC-MAC
 * and S_0) and {@code AES/CTR/NoPadding} (the keystream from counter 1), since the JDK has no CCM. On
 * open the tag is recomputed over the decrypted text and compared in constant time; the plaintext is
 * zeroed and withheld on mismatch.
 */
final class AesCcm implements AeadCipher {
    private static final int BLOCK = 16;
    private final Jca jca;
    private final int transformId;
    private final int keyLength;
    private final int icvLength;

    AesCcm(Jca jca, int transformId, int keyLength, int icvLength) {
        this.jca = jca;
        this.transformId = transformId;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
    }

    @Override
    public int transformId() {
        return transformId;
    }

    @Override
    public int keyMaterialLength() {
        return keyLength + 3;
    }

    @Override
    public int saltLength() {
        return 3;
    }

    @Override
    public int ivLength() {
        return 8;
    }

    @Override
    public int icvLength() {
        return icvLength;
    }

    @Override
    public byte[] seal(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] plaintext, int offset, int length) {
        byte[] key = key(keyMaterial, iv);
        try {
            return seal(jca, key, nonce(keyMaterial, iv), icvLength, aad, plaintext, offset, length);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public byte[] open(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] in, int offset, int length)
            throws IcvMismatchException {
        byte[] key = key(keyMaterial, iv);
        try {
            byte[] plain = open(jca, key, nonce(keyMaterial, iv), icvLength, aad, in, offset, length);
            if (plain == null) {
                throw new IcvMismatchException("ENCR " + transformId + " ICV mismatch");
            }
            return plain;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private byte[] key(byte[] keyMaterial, byte[] iv) {
        if (keyMaterial.length != keyMaterialLength()) {
            throw new IllegalArgumentException("ENCR " + transformId + " needs " + keyMaterialLength()
                    + " octets of keying material, got " + keyMaterial.length);
        }
        if (iv.length != 8) {
            throw new IllegalArgumentException("ENCR " + transformId + " needs an 8-octet IV");
        }
        return Arrays.copyOf(keyMaterial, keyLength);
    }

    private byte[] nonce(byte[] keyMaterial, byte[] iv) {
        byte[] nonce = new byte[11];
        System.arraycopy(keyMaterial, keyLength, nonce, 0, 3);
        System.arraycopy(iv, 0, nonce, 3, 8);
        return nonce;
    }

    /** Generic RFC 3610 CCM encryption: ciphertext ‖ M-octet tag; nonce of 7..13 octets. */
    static byte[] seal(Jca jca, byte[] key, byte[] nonce, int m, byte[] aad, byte[] in, int offset, int length) {
        byte[] tag = cbcMac(jca, key, nonce, m, aad, in, offset, length);
        byte[] out = new byte[length + m];
        byte[] ct = ctr(jca, key, nonce, in, offset, length);
        System.arraycopy(ct, 0, out, 0, length);
        byte[] s0 = s0(jca, key, nonce);
        for (int i = 0; i < m; i++) {
            out[length + i] = (byte) (tag[i] ^ s0[i]);
        }
        return out;
    }

    /** Generic RFC 3610 CCM decryption: the plaintext, or null when the tag does not verify. */
    static byte[] open(Jca jca, byte[] key, byte[] nonce, int m, byte[] aad, byte[] in, int offset, int length) {
        if (length < m) {
            return null;
        }
        int ctLength = length - m;
        byte[] plain = ctr(jca, key, nonce, in, offset, ctLength);
        byte[] tag = cbcMac(jca, key, nonce, m, aad, plain, 0, ctLength);
        byte[] s0 = s0(jca, key, nonce);
        byte[] expected = new byte[m];
        for (int i = 0; i < m; i++) {
            expected[i] = (byte) (tag[i] ^ s0[i]);
        }
        byte[] received = Arrays.copyOfRange(in, offset + ctLength, offset + length);
        if (!MessageDigest.isEqual(expected, received)) {
            Arrays.fill(plain, (byte) 0);
            return null;
        }
        return plain;
    }

    /** A_i = flags(L-1) ‖ N ‖ i in L octets (RFC 3610 §2.3). */
    private static byte[] counterBlock(byte[] nonce, int i) {
        int l = 15 - nonce.length;
        byte[] a = new byte[BLOCK];
        a[0] = (byte) (l - 1);
        System.arraycopy(nonce, 0, a, 1, nonce.length);
        a[15] = (byte) i;
        return a;
    }

    private static byte[] s0(Jca jca, byte[] key, byte[] nonce) {
        try {
            javax.crypto.Cipher ecb = jca.cipher("AES/ECB/NoPadding");
            ecb.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            return ecb.doFinal(counterBlock(nonce, 0));
        } catch (GeneralSecurityException e) {
            throw Jca.broken("AES/ECB/NoPadding", e);
        }
    }

    private static byte[] ctr(Jca jca, byte[] key, byte[] nonce, byte[] in, int offset, int length) {
        try {
            javax.crypto.Cipher c = jca.cipher("AES/CTR/NoPadding");
            c.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(counterBlock(nonce, 1)));
            return c.doFinal(in, offset, length);
        } catch (GeneralSecurityException e) {
            throw Jca.broken("AES/CTR/NoPadding", e);
        }
    }

    /** The CBC-MAC T of RFC 3610 §2.2 (first M octets of X_{n+1}). */
    private static byte[] cbcMac(Jca jca, byte[] key, byte[] nonce, int m, byte[] aad, byte[] msg, int offset,
                                 int length) {
        int l = 15 - nonce.length;
        int aadLength = aad == null ? 0 : aad.length;
        try {
            javax.crypto.Cipher ecb = jca.cipher("AES/ECB/NoPadding");
            ecb.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            byte[] b0 = new byte[BLOCK];
            b0[0] = (byte) ((aadLength > 0 ? 0x40 : 0) | (((m - 2) / 2) << 3) | (l - 1));
            System.arraycopy(nonce, 0, b0, 1, nonce.length);
            for (int i = 0; i < l && i < 4; i++) {
                b0[15 - i] = (byte) (length >>> (8 * i));
            }
            byte[] x = ecb.doFinal(b0);
            if (aadLength > 0) {
                // l(a) encoding: 2 octets below 2^16 - 2^8, else 0xFFFE ‖ 4 octets (RFC 3610 §2.2)
                byte[] header = aadLength < 0xFF00 ? new byte[] {(byte) (aadLength >>> 8), (byte) aadLength}
                        : new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) (aadLength >>> 24), (byte) (aadLength >>> 16),
                            (byte) (aadLength >>> 8), (byte) aadLength};
                byte[] a = new byte[header.length + aadLength];
                System.arraycopy(header, 0, a, 0, header.length);
                System.arraycopy(aad, 0, a, header.length, aadLength);
                x = chain(ecb, x, a, 0, a.length);
            }
            x = chain(ecb, x, msg, offset, length);
            return Arrays.copyOf(x, m);
        } catch (GeneralSecurityException e) {
            throw Jca.broken("AES/ECB/NoPadding", e);
        }
    }

    /** CBC over {@code data} zero-padded to whole blocks. */
    private static byte[] chain(javax.crypto.Cipher ecb, byte[] x, byte[] data, int offset, int length)
            throws GeneralSecurityException {
        for (int p = 0; p < length; p += BLOCK) {
            int n = Math.min(BLOCK, length - p);
            for (int j = 0; j < n; j++) {
                x[j] ^= data[offset + p + j];
            }
            x = ecb.doFinal(x);
        }
        return x;
    }

    static boolean available(Jca jca) {
        return AesBlockMac.available(jca)
                && BlockCipher.available(jca, "AES", "AES/CTR/NoPadding", 16, 16);
    }

    @Override
    public String toString() {
        return "JcaAesCcm[" + transformId + ", " + keyLength * 8 + " bits]";
    }
}
