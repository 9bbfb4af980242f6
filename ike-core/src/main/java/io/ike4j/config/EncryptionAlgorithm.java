package io.ike4j.config;

import io.ike4j.crypto.iana.EncrTransformId;

/**
 * An encryption transform: IANA ENCR ID (RFC 7296 §3.3.2) and key length in bits for the Key Length
 * attribute (§3.3.5), {@code 0} for fixed-key ciphers (3DES, ChaCha20-Poly1305, NULL).
 */
public record EncryptionAlgorithm(int transformId, int keyBits) {
    /**
     * Checks that the key length fits the algorithm: 128, 192 or 256 bits for variable-length ciphers, 0 otherwise.
     *
     * @param transformId the IANA ENCR transform ID
     * @param keyBits the Key Length attribute in bits, 0 for fixed-length ciphers
     */
    public EncryptionAlgorithm {
        String name = EncrTransformId.nameOf(transformId);
        if (Algorithms.needsKeyLength(transformId)) {
            ConfigException.check(keyBits == 128 || keyBits == 192 || keyBits == 256,
                    name + ": key length must be 128, 192 or 256 bits, got " + keyBits);
        } else {
            ConfigException.check(keyBits == 0, name + ": takes no key length, got " + keyBits);
        }
    }

    /**
     * A variable-length cipher with its key length.
     *
     * @param id the ENCR transform
     * @param keyBits 128, 192 or 256
     * @return the algorithm
     */
    public static EncryptionAlgorithm of(EncrTransformId id, int keyBits) {
        return new EncryptionAlgorithm(id.number(), keyBits);
    }

    /**
     * A fixed-length cipher (3DES, NULL, ChaCha20-Poly1305).
     *
     * @param id the ENCR transform
     * @return the algorithm, key length 0
     */
    public static EncryptionAlgorithm of(EncrTransformId id) {
        return new EncryptionAlgorithm(id.number(), 0);
    }

    /** {@return true for a combined-mode (AEAD) cipher} */
    public boolean aead() {
        return Algorithms.isAead(transformId);
    }

    @Override
    public String toString() {
        return EncrTransformId.nameOf(transformId) + (keyBits == 0 ? "" : "_" + keyBits);
    }
}
