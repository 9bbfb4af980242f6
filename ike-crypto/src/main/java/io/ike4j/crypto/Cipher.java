package io.ike4j.crypto;

/**
 * A normal-mode (not combined-mode) encryption algorithm of the IKEv2 ENCR registry: 3DES-CBC,
 * AES-CBC (RFC 3602), AES-CTR (RFC 5930), NULL (ESP only). Stateless: each call takes key and IV
 * ({@link #keyed} binds one key).
 * Inputs to {@link #encrypt}/{@link #decrypt} must already be a multiple of {@link #blockSize()}.
 */
public interface Cipher {
    /** IANA ENCR transform ID. */
    int transformId();

    /**
     * Octets of keying material taken from the KDF for SK_e: the cipher key, plus for AES-CTR the
     * 4-octet nonce that follows it (RFC 5930 §2 / RFC 3686).
     */
    int keyMaterialLength();

    /** The IV carried in each SK payload (CBC: the block size; CTR: 8). */
    int ivLength();

    /** Plaintext length must be a multiple of this (CBC: the block size; CTR: 1). */
    int blockSize();

    byte[] encrypt(byte[] keyMaterial, byte[] iv, byte[] plaintext, int offset, int length);

    byte[] decrypt(byte[] keyMaterial, byte[] iv, byte[] ciphertext, int offset, int length);

    /**
     * This cipher bound to a copy of {@code keyMaterial} (see {@link Integrity#keyed}); the default keeps a
     * copy and calls the stateless methods.
     */
    default KeyedCipher keyed(SecretBytes keyMaterial) {
        return new CopiedKeyCipher(this, keyMaterial);
    }
}
