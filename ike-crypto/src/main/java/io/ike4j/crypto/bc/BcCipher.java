package io.ike4j.crypto.bc;

import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.KeyedCipher;
import io.ike4j.crypto.SecretBytes;

import java.util.Arrays;

/**
 * Normal-mode ciphers: 3DES-CBC (RFC 2451), AES-CBC (RFC 3602), AES-CTR (RFC 5930 / RFC 3686) and
 * NULL (RFC 2410; only for ESP, IKE SAs must never negotiate it).
 */
final class BcCipher implements Cipher {
    enum Mode { DES3_CBC, AES_CBC, AES_CTR, NULL }

    private final int id;
    private final Mode mode;
    private final int keyLen;

    BcCipher(int id, Mode mode, int keyLen) {
        this.id = id;
        this.mode = mode;
        this.keyLen = keyLen;
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int keyMaterialLength() {
        return mode == Mode.AES_CTR ? keyLen + 4 : keyLen;
    }

    @Override
    public int ivLength() {
        return switch (mode) {
            case DES3_CBC -> 8;
            case AES_CBC -> 16;
            case AES_CTR -> 8;
            case NULL -> 0;
        };
    }

    @Override
    public int blockSize() {
        return switch (mode) {
            case DES3_CBC -> 8;
            case AES_CBC -> 16;
            case AES_CTR, NULL -> 1;
        };
    }

    @Override
    public byte[] encrypt(byte[] keyMaterial, byte[] iv, byte[] plaintext, int offset, int length) {
        return run(true, keyMaterial, iv, plaintext, offset, length);
    }

    @Override
    public byte[] decrypt(byte[] keyMaterial, byte[] iv, byte[] ciphertext, int offset, int length) {
        return run(false, keyMaterial, iv, ciphertext, offset, length);
    }

    private byte[] run(boolean enc, byte[] km, byte[] iv, byte[] in, int off, int len) {
        checkKey(km.length);
        if (mode == Mode.NULL) {
            BcKeyedCipher.check(this, iv, in, off, len);
            return Arrays.copyOfRange(in, off, off + len);
        }
        BcKeyedCipher k = new BcKeyedCipher(this, mode, keyLen, km);
        try {
            return enc ? k.encrypt(iv, in, off, len) : k.decrypt(iv, in, off, len);
        } finally {
            k.destroy();
        }
    }

    /** Keyed once per SA direction (NULL has no key: the default copy-holding form serves it). */
    @Override
    public KeyedCipher keyed(SecretBytes keyMaterial) {
        if (mode == Mode.NULL) {
            return Cipher.super.keyed(keyMaterial);
        }
        checkKey(keyMaterial.length());
        return new BcKeyedCipher(this, mode, keyLen, keyMaterial.unsafeBytes());
    }

    private void checkKey(int length) {
        if (length != keyMaterialLength()) {
            throw new IllegalArgumentException("key material must be " + keyMaterialLength() + " octets, got " + length);
        }
    }

    @Override
    public String toString() {
        return "BcCipher[" + id + ", " + keyLen * 8 + " bits]";
    }
}
