package io.ike4j.crypto;

/**
 * A pseudo-random function of the IKEv2 PRF registry (RFC 7296 §3.3.2), also used by IKEv1 (RFC 2409
 * §4: HMAC of the negotiated hash). Stateless: each call takes its key; {@link #keyed} binds one key for
 * a computation that uses it repeatedly.
 */
public interface Prf {
    /** {@return the IANA PRF transform ID (e.g. 5 = PRF_HMAC_SHA2_256)} */
    int transformId();

    /** {@return the output length in octets (HMAC-SHA-256: 32; AES128-XCBC/CMAC: 16)} */
    int outputLength();

    /**
     * {@return the key length used for SK_d, SK_pi and SK_pr (RFC 7296 §2.14: the PRF's preferred key size:
     * the output length for HMAC, 16 for the AES-based PRFs)}
     */
    int preferredKeyLength();

    /**
     * prf(key, data[0] | data[1] | …). Keys of any length are accepted and handled as the PRF's RFC
     * says (HMAC: RFC 2104; AES128-XCBC: RFC 4434 §2 zero-pad or XCBC-compress; AES128-CMAC: RFC 4615).
     *
     * @param key the PRF key
     * @param data the octet strings, concatenated
     * @return {@link #outputLength()} octets
     */
    byte[] compute(byte[] key, byte[]... data);

    /**
     * This PRF bound to a copy of {@code key} (any length, as {@link #compute}; the caller still owns and
     * destroys it). The default keeps a copy and calls {@link #compute}; providers override it to key once.
     *
     * @param key the PRF key
     * @return the keyed PRF, to be destroyed when done
     */
    default KeyedPrf keyed(SecretBytes key) {
        return new CopiedKeyPrf(this, key);
    }
}
