package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

import java.util.List;

/**
 * Delete payload (RFC 2408 §3.15): DOI, Protocol ID, SPI Size, # of SPIs and the SPIs (16 octets =
 * the two cookies for an ISAKMP SA, 4 for ESP/AH). {@code spiSize} is kept because it is on the wire
 * even when there is no SPI.
 */
public record DeletePayload(int doi, int protocolId, int spiSize, List<Bytes> spis) implements IsakmpPayload {
    /**
     * Checks the field ranges and that every SPI has the SPI size.
     *
     * @param doi the Domain of Interpretation (1 for IPsec)
     * @param protocolId the protocol whose SAs are deleted (1 ISAKMP, 2 AH, 3 ESP)
     * @param spiSize the SPI size (16 for ISAKMP cookies, 4 for ESP/AH)
     * @param spis the SPIs of the deleted SAs
     */
    public DeletePayload {
        IsakmpHeader.octet("protocolId", protocolId);
        IsakmpHeader.octet("spiSize", spiSize);
        spis = List.copyOf(spis);
        IsakmpCodec.require(spis.size() <= 0xffff, "more than 65535 SPIs");
        IsakmpCodec.require(spiSize > 0 || spis.isEmpty(), "SPIs of size 0");
        for (Bytes s : spis) {
            IsakmpCodec.require(s.length() == spiSize, "SPI length differs from spiSize");
        }
    }

    @Override
    public int type() {
        return 12;
    }
}
