package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * An {@link Integrity} algorithm bound to one key (SK_ai or SK_ar of one IKE SA, RFC 7296 §2.14): keyed once,
 * used for every message in that direction, and {@link #destroy() destroyed} with the SA, which zeroes
 * every copy of the key and every key-derived state the implementation made (as far as the provider can:
 * see {@code JcaProvider}). Not thread-safe: one SA is handled by one thread at a time.
 */
public interface KeyedIntegrity extends Destroyable {
    /** {@return the ICV length in octets (the truncated MAC)} */
    int icvLength();

    /**
     * The truncated MAC of {@code data[offset, offset+length)}; throws IllegalStateException after destroy.
     *
     * @param data holds the octets to authenticate
     * @param offset where they start
     * @param length how many
     * @return the ICV
     */
    byte[] compute(byte[] data, int offset, int length);

    /**
     * Checks {@code icv[icvOffset, icvOffset+icvLength())} in constant time (RFC 7296 §3.14).
     *
     * @param data holds the authenticated octets
     * @param offset where they start
     * @param length how many
     * @param icv holds the received ICV
     * @param icvOffset where it starts
     * @return true when it matches
     */
    default boolean verify(byte[] data, int offset, int length, byte[] icv, int icvOffset) {
        return Icvs.matches(compute(data, offset, length), icv, icvOffset);
    }

    @Override
    void destroy();
}
