package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * A normal-mode {@link Cipher} bound to one SK_e (RFC 7296 §2.14), one per IKE SA direction: whether it
 * keeps a key schedule or only the key is the provider's choice, and {@link #destroy()} zeroes either. Not
 * thread-safe (see {@link KeyedIntegrity}).
 */
public interface KeyedCipher extends Destroyable {
    /** Encrypts whole blocks of {@code plaintext[offset, offset+length)} under {@code iv}. */
    byte[] encrypt(byte[] iv, byte[] plaintext, int offset, int length);

    byte[] decrypt(byte[] iv, byte[] ciphertext, int offset, int length);

    @Override
    void destroy();
}
