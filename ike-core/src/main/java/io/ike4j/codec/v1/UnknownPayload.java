package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * A payload whose type this codec does not decode (GDOI payloads 15–19/22, private types, or a
 * Proposal/Transform outside an SA), kept raw. ISAKMP has no critical bit: RFC 2408 §5.2 makes an
 * unexpected type INVALID-PAYLOAD-TYPE, but that depends on the exchange, so the codec keeps it and
 * the negotiator rejects it.
 */
public record UnknownPayload(int type, Bytes body) implements IsakmpPayload {
    /**
     * Checks that the type has no record of its own.
     *
     * @param type the payload type
     * @param body the payload body
     */
    public UnknownPayload {
        IsakmpHeader.octet("type", type);
        IsakmpCodec.require(type != 0 && !IsakmpCodec.isDecodedType(type),
                "type " + type + " has its own record");
        IsakmpCodec.require(body != null, "null body");
    }
}
