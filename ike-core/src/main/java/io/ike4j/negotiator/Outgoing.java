package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Payload;

import java.util.List;

/**
 * A message a row wants sent (issue 11 point 6: building is separate from sending): exchange, direction, message ID
 * and the payloads (the plaintext ones for an SK message). The run loop hands it to the core, which makes the header,
 * lets {@link Impairments} change header or payloads, protects (RFC 7296 §3.14) or encodes it, frames and sends it,
 * keeping a request for retransmission (§2.1) or a response for the peer's retransmissions.
 */
record Outgoing(int exchangeType, boolean response, long messageId, List<Ikev2Payload> payloads, boolean protect) {

    /** A request in SK, retransmitted until answered. */
    static Outgoing request(int exchangeType, long messageId, List<Ikev2Payload> payloads) {
        return new Outgoing(exchangeType, false, messageId, payloads, true);
    }

    /** A response in SK, kept for the peer's retransmissions of its request. */
    static Outgoing response(int exchangeType, long messageId, List<Ikev2Payload> payloads) {
        return new Outgoing(exchangeType, true, messageId, payloads, true);
    }

    /** An unprotected message (IKE_SA_INIT). */
    static Outgoing plain(int exchangeType, boolean response, long messageId, List<Ikev2Payload> payloads) {
        return new Outgoing(exchangeType, response, messageId, payloads, false);
    }
}
