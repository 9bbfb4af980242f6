package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

import java.util.List;

/**
 * Proposal payload (RFC 2408 §3.5), nested in an {@link SaPayload}: Proposal # (equal numbers mean
 * "AND", e.g. ESP and IPCOMP), Protocol-Id, SPI and transforms. # of Transforms is derived from the list.
 */
public record Proposal(int number, int protocolId, Bytes spi, List<Transform> transforms) {
    /**
     * Checks the field ranges and copies the transform list.
     *
     * @param number the proposal number
     * @param protocolId the protocol ID (1 ISAKMP, 2 AH, 3 ESP, 4 IPCOMP)
     * @param spi the SPI, up to 255 octets
     * @param transforms the transforms in wire order
     */
    public Proposal {
        IsakmpHeader.octet("number", number);
        IsakmpHeader.octet("protocolId", protocolId);
        IsakmpCodec.require(spi != null && spi.length() <= 0xff, "SPI missing or longer than 255 octets");
        transforms = List.copyOf(transforms);
        IsakmpCodec.require(transforms.size() <= 0xff, "more than 255 transforms");
    }
}
