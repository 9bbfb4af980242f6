package io.ike4j.capture;

import io.ike4j.codec.Bytes;

import java.net.InetSocketAddress;

/**
 * One IKE message found in a capture (pcap, pcapng or hex dump).
 *
 * @param frame       1-based number of the packet in the capture (tshark's frame number); for a
 *                    hex dump, the 1-based number of the message in the file
 * @param source      UDP source, or null when the input had no IP/UDP headers (hex dump)
 * @param destination UDP destination, or null likewise
 * @param nonEspMarker true when the UDP payload began with the 4-byte non-ESP marker (RFC 3948 §2.2),
 *                    which {@code ike} does not include
 * @param ike         the IKE message: the UDP payload after any non-ESP marker
 */
public record CapturedDatagram(int frame, InetSocketAddress source, InetSocketAddress destination,
                               boolean nonEspMarker, Bytes ike) {
}
