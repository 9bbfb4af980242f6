package io.ike4j.crypto.jca;

import io.ike4j.crypto.Cipher;

import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Normal-mode ENCR transforms: AES-CBC (RFC 3602), 3DES-CBC (RFC 2451), AES-CTR (RFC 5930 / RFC 3686:
 * keying material = key ‖ 4-octet nonce, counter block = nonce ‖ 8-octet IV ‖ 32-bit counter from 1),
 * and ENCR_NULL (identity, for ESP).
 */
final class BlockCipher implements Cipher {
    enum Mode { CBC, CTR, NULL }

    private final Jca jca;
    private final int transformId;
    private final Mode mode;
    private final String keyAlgorithm;
    private final int keyLength;

    BlockCipher(Jca jca, int transformId, Mode mode, String keyAlgorithm, int keyLength) {
        this.jca = jca;
        this.transformId = transformId;
        this.mode = mode;
        this.keyAlgorithm = keyAlgorithm;
        this.keyLength = keyLength;
    }

    @Override
    public int transformId() {
        return transformId;
    }

    @Override
    public int keyMaterialLength() {
        return mode == Mode.CTR ? keyLength + 4 : keyLength;
    }

    @Override
    public int ivLength() {
        return switch (mode) {
            case CBC -> blockLength();
            case CTR -> 8;
            case NULL -> 0;
        };
    }

    private int blockLength() {
        return keyAlgorithm.equals("DESede") ? 8 : 16;
    }

    @Override
    public int blockSize() {
        return mode == Mode.CBC ? blockLength() : 1;
    }

    @Override
    public byte[] encrypt(byte[] keyMaterial, byte[] iv, byte[] plaintext, int offset, int length) {
        return run(javax.crypto.Cipher.ENCRYPT_MODE, keyMaterial, iv, plaintext, offset, length);
    }

    @Override
    public byte[] decrypt(byte[] keyMaterial, byte[] iv, byte[] ciphertext, int offset, int length) {
        return run(javax.crypto.Cipher.DECRYPT_MODE, keyMaterial, iv, ciphertext, offset, length);
    }

    private byte[] run(int opmode, byte[] keyMaterial, byte[] iv, byte[] in, int offset, int length) {
        if (keyMaterial.length != keyMaterialLength()) {
            throw new IllegalArgumentException("ENCR " + transformId + " needs " + keyMaterialLength()
                    + " octets of keying material, got " + keyMaterial.length);
        }
        if (iv.length != ivLength()) {
            throw new IllegalArgumentException("ENCR " + transformId + " needs a " + ivLength() + "-octet IV");
        }
        if (length % blockSize() != 0) {
            throw new IllegalArgumentException("input length " + length + " is not a multiple of " + blockSize());
        }
        if (mode == Mode.NULL) {
            return Arrays.copyOfRange(in, offset, offset + length);
        }
        byte[] key = Arrays.copyOf(keyMaterial, keyLength);
        byte[] ivBlock = iv;
        if (mode == Mode.CTR) {
            ivBlock = new byte[16];
            System.arraycopy(keyMaterial, keyLength, ivBlock, 0, 4);
            System.arraycopy(iv, 0, ivBlock, 4, 8);
            ivBlock[15] = 1;
        }
        try {
            javax.crypto.Cipher c = jca.cipher(transformation());
            c.init(opmode, new SecretKeySpec(key, keyAlgorithm), new IvParameterSpec(ivBlock));
            return c.doFinal(in, offset, length);
        } catch (GeneralSecurityException e) {
            throw Jca.broken(transformation(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private String transformation() {
        return keyAlgorithm + (mode == Mode.CBC ? "/CBC/NoPadding" : "/CTR/NoPadding");
    }

    /** Probes one encryption with a zero key of {@code keyLength} octets. */
    static boolean available(Jca jca, String keyAlgorithm, String transformation, int keyLength, int ivLength) {
        try {
            javax.crypto.Cipher c = jca.cipher(transformation);
            byte[] key = new byte[keyLength];
            if (keyAlgorithm.equals("DESede")) {
                // three different single-DES keys: some providers refuse K1 = K2 or K2 = K3
                for (int i = 0; i < key.length; i++) {
                    key[i] = (byte) (i + 1);
                }
            }
            c.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(key, keyAlgorithm),
                    new IvParameterSpec(new byte[ivLength]));
            return c.doFinal(new byte[ivLength]).length == ivLength;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "JcaCipher[" + transformId + ", " + keyLength * 8 + " bits]";
    }
}
