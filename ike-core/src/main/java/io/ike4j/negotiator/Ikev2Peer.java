package io.ike4j.negotiator;

import io.ike4j.transport.DatagramEndpoint;

import java.util.Objects;

/** Where an initiated IKE SA runs: our endpoint and the peer's (ports may be any pair, RFC 3948 framing). */
public record Ikev2Peer(DatagramEndpoint local, DatagramEndpoint remote) {
    /**
     * Checks that neither end is null.
     *
     * @param local the local address and port to send from
     * @param remote the peer's address and port
     */
    public Ikev2Peer {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
    }
}
