package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * A configuration attribute (RFC 7296 §3.15.1): reserved bit, 15-bit type, 16-bit length, value.
 *
 * @param reservedBit the top bit of the type field, kept for byte-exact re-encoding
 * @param attributeType {@link io.ike4j.codec.v2.iana.Ikev2CpAttributeType} number
 */
public record Ikev2CpAttribute(boolean reservedBit, int attributeType, Bytes value) {
    /**
     * The attribute with {@code reservedBit} false.
     *
     * @param attributeType the attribute type
     * @param value the attribute value
     */
    public Ikev2CpAttribute(int attributeType, Bytes value) {
        this(false, attributeType, value);
    }
}
