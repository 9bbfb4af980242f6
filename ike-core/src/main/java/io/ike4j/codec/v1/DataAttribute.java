package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;

/**
 * An ISAKMP data attribute (RFC 2408 §3.3) as used in transforms (RFC 2409 App. A, RFC 2407 §4.5) and
 * in the mode-config attribute payload. The form is kept so the bytes round-trip: {@code basic} = the
 * AF bit (TV, 2-octet value in place of the length), otherwise TLV with a value of any length — e.g.
 * IOS sends a life duration of 86400 as the 4 octets {@code 00 01 51 80}.
 *
 * @param type  15-bit attribute type (AF bit excluded)
 * @param basic true for TV (AF = 1), false for TLV (AF = 0)
 * @param value the value octets: exactly 2 for TV, 0..65535 for TLV
 */
public record DataAttribute(int type, boolean basic, Bytes value) {
    /**
     * Checks the type's range and the value's length for its format.
     *
     * @param type 15-bit attribute type (AF bit excluded)
     * @param basic true for TV (AF = 1), false for TLV (AF = 0)
     * @param value the value octets: exactly 2 for TV, 0..65535 for TLV
     */
    public DataAttribute {
        IsakmpCodec.require(type >= 0 && type <= 0x7fff, "attribute type out of range");
        IsakmpCodec.require(value != null, "null value");
        IsakmpCodec.require(basic ? value.length() == 2 : value.length() <= 0xffff, "bad attribute value length");
    }

    /**
     * A TV attribute with a 16-bit value.
     *
     * @param type the attribute type
     * @param value 0..65535
     * @return the attribute
     */
    public static DataAttribute tv(int type, int value) {
        IsakmpCodec.require(value >= 0 && value <= 0xffff, "TV value out of range");
        return new DataAttribute(type, true, Bytes.wrap(new byte[] {(byte) (value >>> 8), (byte) value}));
    }

    /**
     * A TLV attribute with the given octets.
     *
     * @param type the attribute type
     * @param value the value octets
     * @return the attribute
     */
    public static DataAttribute tlv(int type, Bytes value) {
        return new DataAttribute(type, false, value);
    }

    /**
     * A TLV attribute holding {@code value} big-endian in exactly {@code octets} octets.
     *
     * @param type the attribute type
     * @param value the number
     * @param octets its encoded length
     * @return the attribute
     */
    public static DataAttribute tlv(int type, long value, int octets) {
        IsakmpCodec.require(octets >= 1 && octets <= 8, "octets out of range");
        byte[] b = new byte[octets];
        for (int i = octets - 1; i >= 0; i--) {
            b[i] = (byte) value;
            value >>>= 8;
        }
        return new DataAttribute(type, false, Bytes.wrap(b));
    }

    /** {@return whether the value fits an unsigned long (at most 8 octets, or 9+ with leading zeros)} */
    public boolean hasNumericValue() {
        for (int i = 0; i < value.length() - 8; i++) {
            if (value.get(i) != 0) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    /** {@return the value as an unsigned big-endian number; only meaningful when {@link #hasNumericValue()}} */
    public long numericValue() {
        long v = 0;
        for (int i = Math.max(0, value.length() - 8); i < value.length(); i++) {
            v = (v << 8) | value.get(i);
        }
        return v;
    }

    /** {@return the encoded size: 4 for TV, 4 + value length for TLV} */
    public int encodedLength() {
        return basic ? 4 : 4 + value.length();
    }
}
