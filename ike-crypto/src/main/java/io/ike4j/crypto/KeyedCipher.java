package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * A normal-mode {@link Cipher} bound to one SK_e (RFC 7296 §2.14), one per IKE SA direction: whether it
 * keeps a key schedule or only the key is the provider's choice, and {@link #destroy()} zeroes either. Not
 * thread-safe (see {@link KeyedIntegrity}).
 */
public interface KeyedCipher extends Destroyable {
    /**
     * Encrypts whole blocks of {@code plaintext[offset, offset+length)} under {@code iv}.
     *
     * @param iv the IV of the SK payload
     * @param plaintext holds the (padded) octets
     * @param offset where they start
     * @param length how many, a multiple of the block size
     * @return the ciphertext
     */
    byte[] encrypt(byte[] iv, byte[] plaintext, int offset, int length);

    /**
     * Decrypts whole blocks of {@code ciphertext[offset, offset+length)} under {@code iv}.
     *
     * @param iv the IV of the SK payload
     * @param ciphertext holds the octets
     * @param offset where they start
     * @param length how many, a multiple of the block size
     * @return the plaintext, padding included
     */
    byte[] decrypt(byte[] iv, byte[] ciphertext, int offset, int length);

    @Override
    void destroy();
}
