package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * A combined-mode {@link AeadCipher} bound to one SK_e (key ‖ salt, RFC 5282 §7.1), one per IKE SA direction,
 * zeroed by {@link #destroy()} (see {@link KeyedCipher}). Not thread-safe (see {@link KeyedIntegrity}).
 */
public interface KeyedAeadCipher extends Destroyable {
    /**
     * Ciphertext ‖ ICV of {@code plaintext[offset, offset+length)}, authenticating {@code aad}.
     *
     * @param iv the explicit IV of the SK payload
     * @param aad the associated data
     * @param plaintext holds the octets to encrypt
     * @param offset where they start
     * @param length how many
     * @return ciphertext ‖ ICV
     */
    byte[] seal(byte[] iv, byte[] aad, byte[] plaintext, int offset, int length);

    /**
     * The plaintext, or {@link IcvMismatchException} when the tag does not verify.
     *
     * @param iv the explicit IV of the SK payload
     * @param aad the associated data
     * @param ciphertextAndIcv holds ciphertext ‖ ICV
     * @param offset where they start
     * @param length their length, ICV included
     * @return the plaintext
     * @throws IcvMismatchException when the ICV does not verify
     */
    byte[] open(byte[] iv, byte[] aad, byte[] ciphertextAndIcv, int offset, int length) throws IcvMismatchException;

    @Override
    void destroy();
}
