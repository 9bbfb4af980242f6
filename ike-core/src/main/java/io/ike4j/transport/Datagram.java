package io.ike4j.transport;

import io.ike4j.codec.Bytes;
import java.util.Objects;

/**
 * One IKE message as the engine sees it: the IKE octets (non-ESP marker already removed on receive,
 * added by the transport on send), the local endpoint it arrived on / leaves from, and the remote peer.
 */
public record Datagram(Bytes payload, DatagramEndpoint local, DatagramEndpoint remote) {

    /**
     * Checks that no part is null.
     *
     * @param payload the UDP payload, after any non-ESP marker is removed
     * @param local the local address and port
     * @param remote the peer's address and port
     */
    public Datagram {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
    }

    /**
     * A datagram holding a copy of {@code payload}.
     *
     * @param payload the UDP payload, without non-ESP marker
     * @param local the local address and port
     * @param remote the peer's address and port
     * @return the datagram
     */
    public static Datagram of(byte[] payload, DatagramEndpoint local, DatagramEndpoint remote) {
        return new Datagram(Bytes.copyOf(payload), local, remote);
    }
}
