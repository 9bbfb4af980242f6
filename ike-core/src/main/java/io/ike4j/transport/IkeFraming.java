package io.ike4j.transport;

import io.ike4j.codec.Bytes;
import java.util.Objects;

/**
 * Non-ESP marker framing (RFC 3948 §2.2, RFC 7296 §2.23) as real peers apply it: when NEITHER UDP port is
 * 500, every IKE message is preceded by four zero octets, and a datagram without them is ESP (first four
 * octets are a non-zero SPI) or a NAT-keepalive (one 0xFF octet, RFC 3948 §2.3), never IKE. strongSwan and
 * libreswan decide by the port pair, not by "is it 4500" (peers README, pitfall 1), so a 5000/5001 pair
 * also carries the marker. On a pair with port 500 nothing is prefixed and everything is IKE.
 */
public final class IkeFraming {

    /** The IKE port; a port pair containing it carries no marker (RFC 7296 §2.23). */
    public static final int IKE_PORT = 500;
    /** Length of the non-ESP marker (RFC 3948 §2.2). */
    public static final int MARKER_LENGTH = 4;
    /** Fixed IKE header length (RFC 7296 §3.1, RFC 2408 §3.1): anything shorter is not IKE. */
    public static final int IKE_HEADER_LENGTH = 28;
    /** ESP header: SPI + sequence number (RFC 4303 §2). */
    public static final int ESP_MIN_LENGTH = 8;
    /** The NAT-keepalive octet (RFC 3948 §2.3). */
    public static final int KEEPALIVE_OCTET = 0xFF;

    private IkeFraming() {
    }

    /**
     * True when neither port is 500: IKE then carries the non-ESP marker.
     *
     * @param localPort the local UDP port
     * @param remotePort the peer's UDP port
     * @return whether IKE messages on this port pair carry the marker
     */
    public static boolean markerRequired(int localPort, int remotePort) {
        return localPort != IKE_PORT && remotePort != IKE_PORT;
    }

    /**
     * Wire octets for an IKE message sent from {@code localPort} to {@code remotePort}.
     *
     * @param ike the IKE message
     * @param localPort the sending port
     * @param remotePort the destination port
     * @return the UDP payload, with the marker when the port pair needs it
     */
    public static byte[] encode(Bytes ike, int localPort, int remotePort) {
        Objects.requireNonNull(ike, "ike");
        if (!markerRequired(localPort, remotePort) || isKeepalive(ike)) {
            // one 0xFF octet is a NAT-keepalive (RFC 3948 §2.3), never IKE (28 octets at least): no marker
            return ike.toByteArray();
        }
        byte[] out = new byte[MARKER_LENGTH + ike.length()];
        ike.copyTo(out, MARKER_LENGTH); // the marker is the four zero octets already there
        return out;
    }

    /**
     * True for the one-octet NAT-keepalive payload (RFC 3948 §2.3).
     *
     * @param payload a UDP payload to send
     * @return whether it is a keepalive
     */
    public static boolean isKeepalive(Bytes payload) {
        return payload.length() == 1 && payload.get(0) == KEEPALIVE_OCTET;
    }

    /**
     * As {@link #encode(Bytes, int, int)}.
     *
     * @param ike the IKE message
     * @param localPort the sending port
     * @param remotePort the destination port
     * @return the UDP payload, with the marker when the port pair needs it
     */
    public static byte[] encode(byte[] ike, int localPort, int remotePort) {
        return encode(Bytes.wrap(ike), localPort, remotePort);
    }

    /**
     * Classifies a received datagram (zero-copy: results are views into {@code wire}). The ports are as
     * seen by the receiver; the result is the same with them swapped.
     *
     * @param wire the UDP payload
     * @param localPort the receiving port
     * @param remotePort the sender's port
     * @return an IKE message, ESP, a NAT-keepalive or malformed
     */
    public static FramedDatagram decode(byte[] wire, int localPort, int remotePort) {
        return decode(Bytes.wrap(wire), localPort, remotePort);
    }

    /**
     * As {@link #decode(byte[], int, int)}.
     *
     * @param wire the UDP payload
     * @param localPort the receiving port
     * @param remotePort the sender's port
     * @return an IKE message, ESP, a NAT-keepalive or malformed
     */
    public static FramedDatagram decode(Bytes wire, int localPort, int remotePort) {
        Objects.requireNonNull(wire, "wire");
        int len = wire.length();
        if (!markerRequired(localPort, remotePort)) {
            // Port 500 pair: plain IKE only (no ESP, no keepalives are sent there).
            if (len < IKE_HEADER_LENGTH) {
                return new FramedDatagram.Malformed("shorter than an IKE header on a port-500 pair", len);
            }
            return new FramedDatagram.Ike(wire, false);
        }
        if (len == 1 && wire.get(0) == KEEPALIVE_OCTET) {
            return new FramedDatagram.Keepalive();
        }
        if (len < MARKER_LENGTH) {
            return new FramedDatagram.Malformed("shorter than a non-ESP marker", len);
        }
        boolean marker = wire.get(0) == 0 && wire.get(1) == 0 && wire.get(2) == 0 && wire.get(3) == 0;
        if (marker) {
            if (len - MARKER_LENGTH < IKE_HEADER_LENGTH) {
                return new FramedDatagram.Malformed("non-ESP marker followed by less than an IKE header", len);
            }
            return new FramedDatagram.Ike(wire.slice(MARKER_LENGTH, len - MARKER_LENGTH), true);
        }
        // Non-zero first four octets: an ESP SPI (RFC 3948 §2.2); IKE without the marker lands here too
        // and is not IKE, exactly as real peers treat it.
        if (len < ESP_MIN_LENGTH) {
            return new FramedDatagram.Malformed("shorter than an ESP header", len);
        }
        return new FramedDatagram.Esp(wire);
    }
}
