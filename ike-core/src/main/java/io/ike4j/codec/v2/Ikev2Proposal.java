package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

import java.util.List;

/**
 * A proposal substructure (RFC 7296 §3.3.1). "Last substruc", length and the transform count are
 * derived when encoding and validated when decoding.
 *
 * @param reserved       the reserved octet, kept for byte-exact re-encoding
 * @param proposalNumber proposal number (1 for the first, RFC 7296 §3.3.1)
 * @param protocolId     {@link io.ike4j.codec.v2.iana.Ikev2ProtocolId} number
 * @param spi            SPI, its length is the SPI size field
 */
public record Ikev2Proposal(int reserved, int proposalNumber, int protocolId, Bytes spi,
                            List<Ikev2Transform> transforms) {
    /**
     * Copies the transform list.
     *
     * @param reserved the reserved octet, kept for byte-exact re-encoding
     * @param proposalNumber proposal number (1 for the first, RFC 7296 §3.3.1)
     * @param protocolId the protocol ID (1 IKE, 2 AH, 3 ESP)
     * @param spi SPI, its length is the SPI size field
     * @param transforms the transforms in wire order
     */
    public Ikev2Proposal {
        transforms = List.copyOf(transforms);
    }

    /**
     * The proposal with {@code reserved} 0.
     *
     * @param proposalNumber the proposal number (1 for the first)
     * @param protocolId the protocol ID (1 IKE, 2 AH, 3 ESP)
     * @param spi the SPI, empty when there is none
     * @param transforms the transforms in wire order
     */
    public Ikev2Proposal(int proposalNumber, int protocolId, Bytes spi, List<Ikev2Transform> transforms) {
        this(0, proposalNumber, protocolId, spi, transforms);
    }

    /** {@return octets this proposal substructure takes on the wire} */
    public int encodedLength() {
        int n = 8 + spi.length();
        for (Ikev2Transform t : transforms) {
            n += t.encodedLength();
        }
        return n;
    }
}
