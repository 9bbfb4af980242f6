package io.ike4j.transport;

/**
 * What a host runs: an engine implements this. A handler is only ever called from one thread at a time
 * (its shard's event loop in {@link UdpTransport}, the caller's thread in {@link SimulatedNetwork}).
 */
public interface DatagramHandler {

    /**
     * An IKE message arrived (marker stripped, ESP and keepalives already filtered out).
     *
     * @param datagram the IKE message and the endpoints it travelled between
     */
    void onDatagram(Datagram datagram);

    /**
     * Timer tick with the host's current time; retransmissions and expiries run from here.
     *
     * @param now the host clock's time
     */
    default void onTick(java.time.Instant now) {
    }
}
