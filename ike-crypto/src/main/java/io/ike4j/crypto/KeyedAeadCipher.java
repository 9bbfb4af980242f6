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

    /**
     * Seals in place, as an SK payload lies in its message (RFC 5282 §5, RFC 7296 §3.14): the AAD is
     * {@code message[0, aadLength)} (the IKE header through the SK payload header), the plaintext
     * {@code message[offset, offset+length)} is replaced by its ciphertext, and the ICV is written right after it.
     * The default copies through {@link #seal}; an implementation may do it without a copy.
     *
     * @param iv the explicit IV of the SK payload
     * @param message the whole message, with room for the ICV after the plaintext
     * @param aadLength how many of its first octets are the associated data (at most {@code offset})
     * @param offset where the plaintext starts
     * @param length its length
     */
    default void sealInMessage(byte[] iv, byte[] message, int aadLength, int offset, int length) {
        if (aadLength < 0 || aadLength > offset) {
            throw new IllegalArgumentException("AAD of " + aadLength + " octets overlaps the plaintext at " + offset);
        }
        byte[] sealed = seal(iv, java.util.Arrays.copyOf(message, aadLength), message, offset, length);
        if (sealed.length > message.length - offset) {
            throw new IllegalArgumentException("no room for the ICV in the message");
        }
        System.arraycopy(sealed, 0, message, offset, sealed.length);
    }

    /**
     * The plaintext of an SK payload inside its message: the AAD is {@code message[0, aadLength)}, ciphertext ‖ ICV
     * {@code message[offset, offset+length)}. The default copies the AAD and calls {@link #open}.
     *
     * @param iv the explicit IV of the SK payload
     * @param message the whole message
     * @param aadLength how many of its first octets are the associated data (at most {@code offset})
     * @param offset where the ciphertext starts
     * @param length its length, ICV included
     * @return the plaintext
     * @throws IcvMismatchException when the ICV does not verify
     */
    default byte[] openInMessage(byte[] iv, byte[] message, int aadLength, int offset, int length)
            throws IcvMismatchException {
        if (aadLength < 0 || aadLength > offset) {
            throw new IllegalArgumentException("AAD of " + aadLength + " octets overlaps the ciphertext at " + offset);
        }
        return open(iv, java.util.Arrays.copyOf(message, aadLength), message, offset, length);
    }

    @Override
    void destroy();
}
