package io.ike4j.crypto;

/**
 * A combined-mode algorithm: AES-GCM and AES-CCM with 8/12/16-octet ICV (RFC 5282), ChaCha20-Poly1305
 * (RFC 7634). The keying material taken from the KDF is key ‖ salt (RFC 5282 §7.1: 4-octet salt for
 * GCM and ChaCha20-Poly1305, 3-octet for CCM); the nonce is salt ‖ the 8-octet IV of the SK payload.
 */
public interface AeadCipher {
    /** IANA ENCR transform ID. */
    int transformId();

    /** Octets of keying material for SK_e: key plus salt. */
    int keyMaterialLength();

    /** The salt at the end of the keying material. */
    int saltLength();

    /** The explicit IV carried in the SK payload (8 for all of RFC 5282 and RFC 7634). */
    int ivLength();

    /** ICV (tag) length in octets. */
    int icvLength();

    /** Ciphertext ‖ ICV of {@code plaintext}, authenticating {@code aad} as well. */
    byte[] seal(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] plaintext, int offset, int length);

    /**
     * The plaintext of {@code ciphertextAndIcv[offset, offset+length)}; throws {@link IcvMismatchException}
     * when the tag does not verify (nothing of the plaintext is returned then).
     */
    byte[] open(byte[] keyMaterial, byte[] iv, byte[] aad, byte[] ciphertextAndIcv, int offset, int length)
            throws IcvMismatchException;

    /**
     * This cipher bound to a copy of {@code keyMaterial} (key ‖ salt; see {@link Integrity#keyed}); the
     * default keeps a copy and calls the stateless methods.
     */
    default KeyedAeadCipher keyed(SecretBytes keyMaterial) {
        return new CopiedKeyAeadCipher(this, keyMaterial);
    }
}
