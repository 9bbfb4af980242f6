package io.ike4j.crypto;

/**
 * An integrity algorithm of the IKEv2 INTEG registry (RFC 7296 §3.3.2): a MAC truncated to the ICV
 * length (HMAC-SHA2-256-128: 16 of 32 octets, RFC 4868 §2.3). Stateless: each call takes its key; an IKE
 * SA uses {@link #keyed} instead, so that keying work (HMAC's pad blocks) is done once and wiped with the SA.
 */
public interface Integrity {
    /** {@return the IANA INTEG transform ID, or {@link IntegrityIds#LEGACY_HMAC_SHA2_256_96} for the opt-in legacy one} */
    int transformId();

    /** {@return the key length in octets (SK_ai / SK_ar size)} */
    int keyLength();

    /** {@return the ICV length in octets (the truncated MAC)} */
    int icvLength();

    /**
     * The truncated MAC of {@code data[offset, offset+length)}.
     *
     * @param key SK_a
     * @param data holds the octets to authenticate
     * @param offset where they start
     * @param length how many
     * @return the ICV, {@link #icvLength()} octets
     */
    byte[] compute(byte[] key, byte[] data, int offset, int length);

    /**
     * Checks {@code icv[icvOffset, icvOffset+icvLength())} against the MAC of the data in constant time
     * (RFC 7296 §2.15 / §3.14: the ICV is checked before anything else is done with the message).
     *
     * @param key SK_a
     * @param data holds the authenticated octets
     * @param offset where they start
     * @param length how many
     * @param icv holds the received ICV
     * @param icvOffset where it starts
     * @return true when the ICV matches
     */
    default boolean verify(byte[] key, byte[] data, int offset, int length, byte[] icv, int icvOffset) {
        return Icvs.matches(compute(key, data, offset, length), icv, icvOffset);
    }

    /**
     * This algorithm bound to a copy of {@code key} (which the caller still owns and destroys). The default
     * keeps a copy and calls {@link #compute}; providers override it to key their MAC once.
     *
     * @param key SK_a
     * @return the keyed MAC, to be destroyed with the SA
     */
    default KeyedIntegrity keyed(SecretBytes key) {
        return new CopiedKeyIntegrity(this, key);
    }
}
