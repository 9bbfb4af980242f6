package io.ike4j.crypto;

/**
 * A combined-mode algorithm: AES-GCM and AES-CCM with 8/12/16-octet ICV (RFC 5282), ChaCha20-Poly1305
 * (RFC 7634). The keying material taken from the KDF is key ‖ salt (RFC 5282 §7.1: 4-octet salt for
 * GCM and ChaCha20-Poly1305, 3-octet for CCM); the nonce is salt ‖ the 8-octet IV of the SK payload.
 */
public interface AeadCipher {
    /** {@return the IANA ENCR transform ID} */
    int transformId();

    /** {@return the octets of keying material for SK_e: key plus salt} */
    int keyMaterialLength();

    /** {@return the length of the salt at the end of the keying material} */
    int saltLength();

    /** {@return the length of the explicit IV carried in the SK payload (8 for all of RFC 5282 and RFC 7634)} */
    int ivLength();

    /** {@return the ICV (tag) length in octets} */
    int icvLength();

    /**
     * Ciphertext ‖ ICV of {@code plaintext}, authenticating {@code aad} as well.
     *
     * @param keyMaterial SK_e: key ‖ salt
     * @param iv the explicit IV of the SK payload
     * @param aad the associated data (RFC 5282 §5.1: IKE header through the SK payload header)
     * @param plaintext holds the octets to encrypt
     * @param offset where they start
     * @param length how many
     * @return ciphertext ‖ ICV
     */
    byte[] seal(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] plaintext, int offset, int length);

    /**
     * The plaintext of {@code ciphertextAndIcv[offset, offset+length)}; throws {@link IcvMismatchException}
     * when the tag does not verify (nothing of the plaintext is returned then).
     *
     * @param keyMaterial SK_e: key ‖ salt
     * @param iv the explicit IV of the SK payload
     * @param aad the associated data, as for {@link #seal}
     * @param ciphertextAndIcv holds ciphertext ‖ ICV
     * @param offset where they start
     * @param length their length, ICV included
     * @return the plaintext
     * @throws IcvMismatchException when the ICV does not verify
     */
    byte[] open(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] ciphertextAndIcv, int offset, int length)
            throws IcvMismatchException;

    /**
     * This cipher bound to a copy of {@code keyMaterial} (key ‖ salt; see {@link Integrity#keyed}); the
     * default keeps a copy and calls the stateless methods.
     *
     * @param keyMaterial SK_e (key ‖ salt), still owned by the caller
     * @return the keyed cipher, to be destroyed with the SA
     */
    default KeyedAeadCipher keyed(SecretBytes keyMaterial) {
        return new CopiedKeyAeadCipher(this, keyMaterial);
    }
}
