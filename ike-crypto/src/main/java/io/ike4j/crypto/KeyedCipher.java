package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * A normal-mode {@link Cipher} bound to one SK_e (RFC 7296 §2.14): the key schedule is computed once per
 * IKE SA direction and zeroed by {@link #destroy()}. Not thread-safe (see {@link KeyedIntegrity}).
 */
public interface KeyedCipher extends Destroyable {
    /** Encrypts whole blocks of {@code plaintext[offset, offset+length)} under {@code iv}. */
    byte[] encrypt(byte[] iv, byte[] plaintext, int offset, int length);

    byte[] decrypt(byte[] iv, byte[] ciphertext, int offset, int length);

    @Override
    void destroy();
}
