package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * NAT-OA payload (RFC 3947 §5.2): ID Type (1 = IPv4, 5 = IPv6), three RESERVED octets that must be 0,
 * and the original address. {@code type} is 21 (RFC 3947) or 131 (the draft number).
 */
public record NatOaPayload(int type, int idType, Bytes address) implements IsakmpPayload {
    /**
     * Checks the payload type and the ID type octet.
     *
     * @param type 21 (RFC 3947) or 131 (the drafts' number)
     * @param idType ID_IPV4_ADDR or ID_IPV6_ADDR
     * @param address the original address
     */
    public NatOaPayload {
        IsakmpCodec.require(type == 21 || type == 131, "NAT-OA type must be 21 or 131");
        IsakmpHeader.octet("idType", idType);
        IsakmpCodec.require(address != null, "null address");
    }
}
