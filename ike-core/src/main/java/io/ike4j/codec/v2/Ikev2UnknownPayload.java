package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * A payload this codec does not decode (unknown types, and the group/puzzle payloads GSPM, IDg, GSA,
 * KD, PS), kept raw so it re-encodes. A critical unknown payload is rejected by the decoder with
 * UNSUPPORTED_CRITICAL_PAYLOAD (RFC 7296 §2.5), so decoded instances are never critical for unknown types.
 */
public record Ikev2UnknownPayload(int type, Bytes body, int flags) implements Ikev2Payload {
    public Ikev2UnknownPayload(int type, Bytes body) {
        this(type, body, 0);
    }
}
