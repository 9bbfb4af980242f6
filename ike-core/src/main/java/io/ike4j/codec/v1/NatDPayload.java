package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * NAT-D payload (RFC 3947 §3.2): HASH(CKY-I | CKY-R | IP | Port). {@code type} keeps which number
 * announced it: 20 (RFC 3947) or 130 (draft-ietf-ipsec-nat-t-ike-02/03, used by older peers).
 */
public record NatDPayload(int type, Bytes hash) implements IsakmpPayload {
    /**
     * Checks the payload type.
     *
     * @param type 20 (RFC 3947) or 130 (the drafts' number)
     * @param hash HASH = hash(CKY-I
     */
    public NatDPayload {
        IsakmpCodec.require(type == 20 || type == 130, "NAT-D type must be 20 or 130");
        IsakmpCodec.require(hash != null, "null hash");
    }

    /**
     * A NAT-D payload of the RFC 3947 type (20).
     *
     * @param hash the NAT-D hash
     * @return the payload
     */
    public static NatDPayload of(Bytes hash) {
        return new NatDPayload(IsakmpPayloadType.NAT_D.number(), hash);
    }
}
