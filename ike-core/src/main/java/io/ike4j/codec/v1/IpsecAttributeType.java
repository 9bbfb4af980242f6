package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI (phase-2) SA attribute types (RFC 2407 §4.5, IANA isakmp-registry-13).
 */
public enum IpsecAttributeType implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    SA_LIFE_TYPE(1, "SA Life Type"),
    /** Value 2 (IANA reference: RFC 2407). */
    SA_LIFE_DURATION(2, "SA Life Duration"),
    /** Value 3 (IANA reference: RFC 2407). */
    GROUP_DESCRIPTION(3, "Group Description"),
    /** Value 4 (IANA reference: RFC 2407). */
    ENCAPSULATION_MODE(4, "Encapsulation Mode"),
    /** Value 5 (IANA reference: RFC 2407). */
    AUTHENTICATION_ALGORITHM(5, "Authentication Algorithm"),
    /** Value 6 (IANA reference: RFC 2407). */
    KEY_LENGTH(6, "Key Length"),
    /** Value 7 (IANA reference: RFC 2407). */
    KEY_ROUNDS(7, "Key Rounds"),
    /** Value 8 (IANA reference: RFC 2407). */
    COMPRESS_DICTIONARY_SIZE(8, "Compress Dictionary Size"),
    /** Value 9 (IANA reference: RFC 2407). */
    COMPRESS_PRIVATE_ALGORITHM(9, "Compress Private Algorithm"),
    /** Value 10 (IANA reference: RFC 3168). */
    ECN_TUNNEL(10, "ECN Tunnel"),
    /** Value 11 (IANA reference: RFC 4304). */
    EXTENDED_SEQUENCE_NUMBER(11, "Extended (64-bit) Sequence Number"),
    /** Value 12 (IANA reference: RFC 4359). */
    AUTHENTICATION_KEY_LENGTH(12, "Authentication Key Length"),
    /** Value 13 (IANA reference: RFC 4359). */
    SIGNATURE_ENCODING_ALGORITHM(13, "Signature Encoding Algorithm"),
    /** Value 14 (IANA reference: RFC 6407). */
    ADDRESS_PRESERVATION(14, "Address Preservation"),
    /** Value 15 (IANA reference: RFC 6407). */
    SA_DIRECTION(15, "SA Direction");

    private static final Map<Integer, IpsecAttributeType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IpsecAttributeType(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<IpsecAttributeType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
