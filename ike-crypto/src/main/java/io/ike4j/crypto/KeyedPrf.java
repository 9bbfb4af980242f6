package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/**
 * A {@link Prf} bound to one key, for computations that use one key many times: prf+ (RFC 7296 §2.13: every
 * block under the same K), IKEv1's SKEYID_d/a/e and KEYMAT expansion (RFC 2409 §5, §5.5). Keyed once, and
 * {@link #destroy() destroyed} by its user, which zeroes every key copy and key-derived state it made.
 * Not thread-safe.
 */
public interface KeyedPrf extends Destroyable {
    /** {@return the output length in octets (see {@link Prf#outputLength()})} */
    int outputLength();

    /**
     * prf(key, data[0] | data[1] | …); throws IllegalStateException after destroy.
     *
     * @param data the octet strings, concatenated
     * @return the PRF output
     */
    byte[] compute(byte[]... data);

    @Override
    void destroy();
}
