package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI (phase-2) SA attribute types (RFC 2407 §4.5, IANA isakmp-registry-13).
 */
public enum IpsecAttributeType implements IanaValue {
    SA_LIFE_TYPE(1, "SA Life Type"),
    SA_LIFE_DURATION(2, "SA Life Duration"),
    GROUP_DESCRIPTION(3, "Group Description"),
    ENCAPSULATION_MODE(4, "Encapsulation Mode"),
    AUTHENTICATION_ALGORITHM(5, "Authentication Algorithm"),
    KEY_LENGTH(6, "Key Length"),
    KEY_ROUNDS(7, "Key Rounds"),
    COMPRESS_DICTIONARY_SIZE(8, "Compress Dictionary Size"),
    COMPRESS_PRIVATE_ALGORITHM(9, "Compress Private Algorithm"),
    ECN_TUNNEL(10, "ECN Tunnel"),
    EXTENDED_SEQUENCE_NUMBER(11, "Extended (64-bit) Sequence Number"),
    AUTHENTICATION_KEY_LENGTH(12, "Authentication Key Length"),
    SIGNATURE_ENCODING_ALGORITHM(13, "Signature Encoding Algorithm"),
    ADDRESS_PRESERVATION(14, "Address Preservation"),
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

    public static Optional<IpsecAttributeType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
