package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.transport.Datagram;

import java.util.List;

/**
 * Hooks that make the engine misbehave on purpose (architecture.md: conformance peer and fuzzer are
 * first-class users): rewrite the payloads of an outgoing message before it is encoded and protected, or
 * drop, duplicate or replace the datagram itself. The defaults change nothing.
 */
public interface Impairments {

    /**
     * The payloads about to be sent (the inner payloads for SK messages); return them changed to impair.
     *
     * @param saId the SA's ID
     * @param exchangeType the exchange type number
     * @param response true for a response
     * @param messageId the message ID
     * @param payloads the payloads as the engine built them
     * @return the payloads to encode
     */
    default List<Ikev2Payload> payloads(int saId, int exchangeType, boolean response, long messageId,
                                        List<Ikev2Payload> payloads) {
        return payloads;
    }

    /**
     * The message about to be encoded and protected, header and (plaintext) payloads, after {@link #payloads}:
     * return it changed to impair, e.g. other SPIs, flags, message ID or exchange type, reordered payloads. It is
     * then protected with the SA's keys, so the peer sees a well-protected wrong message.
     *
     * @param saId    the SA
     * @param message header and payloads (the inner ones for an SK message)
     * @return what is encoded and protected instead
     */
    default io.ike4j.codec.v2.Ikev2Message beforeProtect(int saId, io.ike4j.codec.v2.Ikev2Message message) {
        return message;
    }

    /**
     * The datagrams actually sent in place of {@code datagram} (empty = dropped).
     *
     * @param saId the SA's ID
     * @param datagram the protected datagram the engine would send
     * @return what to send instead
     */
    default List<Datagram> outgoing(int saId, Datagram datagram) {
        return List.of(datagram);
    }

    /** No impairment: every message goes out as built. */
    Impairments NONE = new Impairments() {
    };
}
