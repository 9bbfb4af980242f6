package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * Identification payload, IDi (35) or IDr (36) (RFC 7296 §3.5). Both share one layout, so one
 * record serves both; {@code initiator} selects the payload type.
 *
 * @param idType   {@link io.ike4j.codec.v2.iana.Ikev2IdType} number
 * @param reserved the 24 reserved bits
 */
public record Ikev2IdPayload(boolean initiator, int idType, int reserved, Bytes data, int flags)
        implements Ikev2Payload {
    /** Payload type 35, Identification - Initiator (RFC 7296 §3.5). */
    public static final int TYPE_IDI = 35;
    /** Payload type 36, Identification - Responder (RFC 7296 §3.5). */
    public static final int TYPE_IDR = 36;

    /**
     * The payload with {@code reserved} 0 and {@code flags} 0.
     *
     * @param initiator true for IDi, false for IDr
     * @param idType the ID type (RFC 7296 §3.5)
     * @param data the payload data
     */
    public Ikev2IdPayload(boolean initiator, int idType, Bytes data) {
        this(initiator, idType, 0, data, 0);
    }

    @Override
    public int type() {
        return initiator ? TYPE_IDI : TYPE_IDR;
    }
}
