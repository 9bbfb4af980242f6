package io.ike4j.negotiator;

import io.ike4j.transport.DatagramEndpoint;

import java.util.Objects;

/** Where an initiated IKE SA runs: our endpoint and the peer's (ports may be any pair, RFC 3948 framing). */
public record Ikev2Peer(DatagramEndpoint local, DatagramEndpoint remote) {
    public Ikev2Peer {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
    }
}
