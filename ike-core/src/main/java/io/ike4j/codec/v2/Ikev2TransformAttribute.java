package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * A transform attribute (RFC 7296 §3.3.5, ISAKMP data attribute format). TV form (AF bit set) carries
 * exactly two value octets; TLV form a 16-bit length and the value. The form is kept so captured
 * messages re-encode byte-identically.
 *
 * @param attributeType 15-bit attribute type ({@link io.ike4j.codec.v2.iana.Ikev2TransformAttributeType})
 */
public record Ikev2TransformAttribute(int attributeType, boolean tvFormat, Bytes value) {
    /** Attribute type 14, Key Length in bits (RFC 7296 §3.3.5). */
    public static final int KEY_LENGTH = 14;

    /**
     * Checks that a TV value is 2 octets.
     *
     * @param attributeType 15-bit attribute type ({@link io.ike4j.codec.v2.iana.Ikev2TransformAttributeType})
     * @param tvFormat true for TV (AF = 1), false for TLV
     * @param value the value octets
     */
    public Ikev2TransformAttribute {
        if (tvFormat && value.length() != 2) {
            throw new IllegalArgumentException("TV attribute value is 2 octets");
        }
    }

    /**
     * The Key Length attribute (TV format).
     *
     * @param bits the key length in bits
     * @return the attribute
     */
    public static Ikev2TransformAttribute keyLength(int bits) {
        switch (bits) { // the usual ones made once: an attribute is immutable
            case 128: return KEY_128;
            case 192: return KEY_192;
            case 256: return KEY_256;
            default: return make(bits);
        }
    }

    private static Ikev2TransformAttribute make(int bits) {
        return new Ikev2TransformAttribute(KEY_LENGTH, true, Bytes.wrap(new byte[] {(byte) (bits >> 8), (byte) bits}));
    }

    private static final Ikev2TransformAttribute KEY_128 = make(128);
    private static final Ikev2TransformAttribute KEY_192 = make(192);
    private static final Ikev2TransformAttribute KEY_256 = make(256);

    /** {@return the 16-bit value of a TV attribute} */
    public int tvValue() {
        return value.get(0) << 8 | value.get(1);
    }
}
