package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * Identification payload (RFC 2408 §3.8) with the IPsec DOI's three DOI-specific octets (RFC 2407
 * §4.6.2): Protocol ID and Port, both 0 when unused.
 *
 * @param idType     see {@link Ikev1IdType}
 * @param protocolId IP protocol number (e.g. 17 = UDP)
 * @param port       16-bit port
 * @param data       identification data: address(es), FQDN, DER DN… kept opaque
 */
public record IdPayload(int idType, int protocolId, int port, Bytes data) implements IsakmpPayload {
    /**
     * Checks the field ranges.
     *
     * @param idType see {@link Ikev1IdType}
     * @param protocolId IP protocol number (e.g. 17 = UDP)
     * @param port 16-bit port
     * @param data identification data: address(es), FQDN, DER DN… kept opaque
     */
    public IdPayload {
        IsakmpHeader.octet("idType", idType);
        IsakmpHeader.octet("protocolId", protocolId);
        IsakmpCodec.require(port >= 0 && port <= 0xffff, "port out of range");
        IsakmpCodec.require(data != null, "null data");
    }

    @Override
    public int type() {
        return 5;
    }
}
