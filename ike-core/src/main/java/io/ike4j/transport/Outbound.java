package io.ike4j.transport;

/** Sends one IKE message; the transport adds the non-ESP marker when the port pair requires it. */
@FunctionalInterface
public interface Outbound {
    void send(Datagram datagram);
}
