package io.ike4j.crypto;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;

/**
 * The kinds of transform a {@link CryptoProvider} serves, each selected by an IANA transform ID of
 * the IKEv2 registry (RFC 7296 §3.3.2). Signatures are selected by {@link SignatureScheme}.
 */
public enum TransformKind {
    /** Transform type 1; normal-mode ciphers through {@link Cipher}, combined-mode through {@link AeadCipher}. */
    ENCR,
    /** Transform type 2. */
    PRF,
    /** Transform type 3. */
    INTEG,
    /** Transform type 4: DH groups and KEMs. */
    KE;

    /**
     * The IANA name of {@code id} for this kind.
     *
     * @param id the transform ID
     * @return the registry constant's name, or {@code UNKNOWN(id)}
     */
    public String nameOf(int id) {
        return switch (this) {
            case ENCR -> EncrTransformId.nameOf(id);
            case PRF -> PrfTransformId.nameOf(id);
            case INTEG -> IntegTransformId.nameOf(id);
            case KE -> KeTransformId.nameOf(id);
        };
    }
}
