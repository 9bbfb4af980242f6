package io.ike4j.transport;

/** Sends one IKE message; the transport adds the non-ESP marker when the port pair requires it. */
@FunctionalInterface
public interface Outbound {
    /**
     * Sends {@code datagram} from its local to its remote endpoint.
     *
     * @param datagram the IKE message, without marker
     */
    void send(Datagram datagram);
}
