package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * An {@link Integrity} algorithm bound to one key (SK_ai or SK_ar of one IKE SA, RFC 7296 §2.14): keyed once,
 * used for every message in that direction, and {@link #destroy() destroyed} with the SA, which zeroes
 * every copy of the key and every key-derived state the implementation made (as far as the provider can:
 * see {@code JcaProvider}). Not thread-safe: one SA is handled by one thread at a time.
 */
public interface KeyedIntegrity extends Destroyable {
    /** ICV length in octets (the truncated MAC). */
    int icvLength();

    /** The truncated MAC of {@code data[offset, offset+length)}; throws IllegalStateException after destroy. */
    byte[] compute(byte[] data, int offset, int length);

    /** Checks {@code icv[icvOffset, icvOffset+icvLength())} in constant time (RFC 7296 §3.14). */
    default boolean verify(byte[] data, int offset, int length, byte[] icv, int icvOffset) {
        return Icvs.matches(compute(data, offset, length), icv, icvOffset);
    }

    @Override
    void destroy();
}
