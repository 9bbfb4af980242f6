package io.ike4j.transport;

import io.ike4j.codec.Bytes;

/** What a received UDP datagram is, after applying the RFC 3948 §2.2 demultiplexing rules. */
public sealed interface FramedDatagram {

    /** An IKE message; {@code nonEspMarker} says whether the 4 zero octets were present (and stripped). */
    record Ike(Bytes ike, boolean nonEspMarker) implements FramedDatagram {
    }

    /** A UDP-encapsulated ESP packet (RFC 3948 §2.1): non-zero SPI in the first four octets. */
    record Esp(Bytes packet) implements FramedDatagram {
    }

    /** The one-octet 0xFF NAT-keepalive (RFC 3948 §2.3). */
    record Keepalive() implements FramedDatagram {
    }

    /** Neither IKE nor ESP nor a keepalive; the reason is for counters and logs. */
    record Malformed(String reason, int length) implements FramedDatagram {
    }
}
