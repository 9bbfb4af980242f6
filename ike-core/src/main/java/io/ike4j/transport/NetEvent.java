package io.ike4j.transport;

import io.ike4j.codec.Bytes;
import java.time.Instant;

/**
 * One line of the {@link SimulatedNetwork} log.
 *
 * @param seq      1-based number of the datagram as sent (duplicates keep their original's number)
 * @param time     virtual time of the event
 * @param kind     what happened
 * @param source   source as on the wire at that point (after NAT rewriting for deliveries)
 * @param destination destination as on the wire at that point (after NAT rewriting for deliveries)
 * @param wire     the UDP payload (with the non-ESP marker when the port pair needs it)
 * @param reason   why it was dropped/discarded, or "" otherwise
 */
public record NetEvent(long seq, Instant time, Kind kind, DatagramEndpoint source, DatagramEndpoint destination,
                       Bytes wire, String reason) {

    /** What happened to a datagram. */
    public enum Kind {
        /** Handed to the network by a sender. */
        SENT,
        /** An extra copy scheduled by the duplication rule. */
        DUPLICATED,
        /** Lost: loss rule, no endpoint, no NAT mapping. */
        DROPPED,
        /** Reached the endpoint but the framing says it is not IKE (ESP, keepalive, malformed). */
        DISCARDED,
        /** Given to the receiving handler's onDatagram. */
        DELIVERED
    }

    @Override
    public String toString() {
        return seq + " " + time + " " + kind + " " + source + " -> " + destination + " " + wire.length() + "B"
                + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
