package io.ike4j.codec.v1;

import java.util.List;

/**
 * Attribute payload (type 14, draft-dukes-ike-mode-cfg-02 §3.1) used by mode-config and XAUTH in
 * Transaction exchanges: Type (see {@link ModeConfigType}), one RESERVED octet (must be 0), Identifier
 * and data attributes (see {@link ModeConfigAttributeType}); a request attribute may be an empty TLV.
 */
public record AttributePayload(int cfgType, int identifier, List<DataAttribute> attributes) implements IsakmpPayload {
    /**
     * Checks the field ranges and copies the attribute list.
     *
     * @param cfgType the Attribute Message Type (ISAKMP_CFG_REQUEST 1, REPLY 2, SET 3, ACK 4)
     * @param identifier the 16-bit identifier matching reply to request
     * @param attributes the configuration attributes in wire order
     */
    public AttributePayload {
        IsakmpHeader.octet("cfgType", cfgType);
        IsakmpCodec.require(identifier >= 0 && identifier <= 0xffff, "identifier out of range");
        attributes = List.copyOf(attributes);
    }

    @Override
    public int type() {
        return 14;
    }
}
