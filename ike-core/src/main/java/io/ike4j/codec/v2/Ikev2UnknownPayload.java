package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * A payload this codec does not decode (unknown types, and the group/puzzle payloads GSPM, IDg, GSA,
 * KD, PS), kept raw so it re-encodes. A critical unknown payload is rejected by the decoder with
 * UNSUPPORTED_CRITICAL_PAYLOAD (RFC 7296 §2.5), so decoded instances are never critical for unknown types.
 */
public record Ikev2UnknownPayload(int type, Bytes body, int flags) implements Ikev2Payload {
    /**
     * Rejects types this codec decodes into their own records (they would not round-trip as raw payloads)
     * and values that are not payload types.
     *
     * @param type the payload type
     * @param body the payload body
     * @param flags the generic payload header's flags octet
     */
    public Ikev2UnknownPayload {
        if (type < 1 || type > 255 || isDecodedType(type)) {
            throw new IllegalArgumentException("payload type " + type + " is not kept raw");
        }
    }

    /**
     * The payload with {@code flags} 0.
     *
     * @param type the payload type
     * @param body the payload body
     */
    public Ikev2UnknownPayload(int type, Bytes body) {
        this(type, body, 0);
    }

    /**
     * True for the payload types decoded into their own records (33-48 and 53).
     *
     * @param type a payload type
     * @return whether it has a record of its own
     */
    public static boolean isDecodedType(int type) {
        return type >= 33 && type <= 48 || type == 53;
    }
}
