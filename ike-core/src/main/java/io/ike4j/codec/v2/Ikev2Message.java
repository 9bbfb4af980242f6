package io.ike4j.codec.v2;

import java.util.List;

/**
 * An IKEv2 message: header plus payload chain in wire order. If the message is protected, the last
 * payload is an {@link Ikev2SkPayload} or {@link Ikev2SkfPayload} (nothing may follow it, RFC 7296 §3.14).
 */
public record Ikev2Message(Ikev2Header header, List<Ikev2Payload> payloads) {
    /**
     * Copies the payload list.
     *
     * @param header the IKE header
     * @param payloads the payloads in wire order (for an SK message, its single SK or SKF payload)
     */
    public Ikev2Message {
        payloads = List.copyOf(payloads);
    }

    /** {@return the payload type of the first payload, i.e. the header's next-payload field (0 if none)} */
    public int firstPayloadType() {
        return payloads.isEmpty() ? 0 : payloads.get(0).type();
    }
}
