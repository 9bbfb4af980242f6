package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.transport.Datagram;

import java.util.List;

/**
 * Hooks that make the engine misbehave on purpose (architecture.md: conformance peer and fuzzer are
 * first-class users): rewrite the payloads of an outgoing message before it is encoded and protected, or
 * drop, duplicate or replace the datagram itself; on the way in, drop, duplicate or replay a datagram before it is
 * looked at, or hide payloads of a verified message from the rows. The defaults change nothing; {@link #andThen}
 * composes; {@code io.ike4j.negotiator.impair.Impair} is the catalogue of ready-made ones.
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

    /**
     * The datagrams processed in place of a received {@code datagram} (empty = dropped, two = duplicated, an older
     * one = replayed), before anything of it is decoded.
     *
     * @param datagram as it arrived (non-ESP marker stripped)
     * @return what the engine receives instead
     */
    default List<Datagram> incoming(Datagram datagram) {
        return List.of(datagram);
    }

    /**
     * The payloads the rows see of a received message: the inner payloads of a verified SK message, or the payloads
     * of an IKE_SA_INIT (whose octets, as received, are still what AUTH signs). Return them changed to make the engine
     * ignore a notification or a payload.
     *
     * @param saId the SA's ID (0 for an IKE_SA_INIT not yet matched to an SA)
     * @param exchangeType the exchange type number
     * @param response true for a response
     * @param messageId the message ID
     * @param payloads the payloads as decoded
     * @return the payloads the engine processes
     */
    default List<Ikev2Payload> received(int saId, int exchangeType, boolean response, long messageId,
                                        List<Ikev2Payload> payloads) {
        return payloads;
    }

    /**
     * Both impairments, this one first on the way out and on the way in.
     *
     * @param next applied to what this one produced
     * @return the composition
     */
    default Impairments andThen(Impairments next) {
        Impairments first = this;
        return new Impairments() {
            @Override
            public List<Ikev2Payload> payloads(int saId, int exchangeType, boolean response, long messageId,
                                               List<Ikev2Payload> payloads) {
                return next.payloads(saId, exchangeType, response, messageId,
                        first.payloads(saId, exchangeType, response, messageId, payloads));
            }

            @Override
            public io.ike4j.codec.v2.Ikev2Message beforeProtect(int saId, io.ike4j.codec.v2.Ikev2Message message) {
                return next.beforeProtect(saId, first.beforeProtect(saId, message));
            }

            @Override
            public List<Datagram> outgoing(int saId, Datagram datagram) {
                return first.outgoing(saId, datagram).stream().flatMap(d -> next.outgoing(saId, d).stream()).toList();
            }

            @Override
            public List<Datagram> incoming(Datagram datagram) {
                return first.incoming(datagram).stream().flatMap(d -> next.incoming(d).stream()).toList();
            }

            @Override
            public List<Ikev2Payload> received(int saId, int exchangeType, boolean response, long messageId,
                                               List<Ikev2Payload> payloads) {
                return next.received(saId, exchangeType, response, messageId,
                        first.received(saId, exchangeType, response, messageId, payloads));
            }
        };
    }

    /** No impairment: every message goes out as built. */
    Impairments NONE = new Impairments() {
    };
}
