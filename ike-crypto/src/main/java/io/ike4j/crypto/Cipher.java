package io.ike4j.crypto;

/**
 * A normal-mode (not combined-mode) encryption algorithm of the IKEv2 ENCR registry: 3DES-CBC,
 * AES-CBC (RFC 3602), AES-CTR (RFC 5930), NULL (ESP only). Stateless: each call takes key and IV
 * ({@link #keyed} binds one key).
 * Inputs to {@link #encrypt}/{@link #decrypt} must already be a multiple of {@link #blockSize()}.
 */
public interface Cipher {
    /** {@return the IANA ENCR transform ID} */
    int transformId();

    /**
     * {@return the octets of keying material taken from the KDF for SK_e: the cipher key, plus for AES-CTR
     * the 4-octet nonce that follows it (RFC 5930 §2 / RFC 3686)}
     */
    int keyMaterialLength();

    /** {@return the length of the IV carried in each SK payload (CBC: the block size; CTR: 8)} */
    int ivLength();

    /** {@return the unit plaintext lengths must be a multiple of (CBC: the block size; CTR: 1)} */
    int blockSize();

    /**
     * Encrypts whole blocks of {@code plaintext[offset, offset+length)}.
     *
     * @param keyMaterial SK_e
     * @param iv the IV of the SK payload
     * @param plaintext holds the (padded) octets to encrypt
     * @param offset where they start
     * @param length how many, a multiple of {@link #blockSize()}
     * @return the ciphertext, {@code length} octets
     */
    byte[] encrypt(byte[] keyMaterial, byte[] iv, byte[] plaintext, int offset, int length);

    /**
     * Decrypts {@code ciphertext[offset, offset+length)}.
     *
     * @param keyMaterial SK_e
     * @param iv the IV of the SK payload
     * @param ciphertext holds the octets to decrypt
     * @param offset where they start
     * @param length how many, a multiple of {@link #blockSize()}
     * @return the plaintext, padding included
     */
    byte[] decrypt(byte[] keyMaterial, byte[] iv, byte[] ciphertext, int offset, int length);

    /**
     * This cipher bound to a copy of {@code keyMaterial} (see {@link Integrity#keyed}); the default keeps a
     * copy and calls the stateless methods.
     *
     * @param keyMaterial SK_e, still owned by the caller
     * @return the keyed cipher, to be destroyed with the SA
     */
    default KeyedCipher keyed(SecretBytes keyMaterial) {
        return new CopiedKeyCipher(this, keyMaterial);
    }
}
