package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 Address Preservation attribute values (RFC 6407 §4.2.1; IANA isakmp-registry-27).
 */
public enum AddressPreservation implements IanaValue {
    /** Value 1 (IANA reference: RFC 6407). */
    NONE(1, "None"),
    /** Value 2 (IANA reference: RFC 6407). */
    SOURCE_ONLY(2, "Source-Only"),
    /** Value 3 (IANA reference: RFC 6407). */
    DESTINATION_ONLY(3, "Destination-Only"),
    /** Value 4 (IANA reference: RFC 6407). */
    SOURCE_AND_DESTINATION(4, "Source-and-Destination");

    private static final Map<Integer, AddressPreservation> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    AddressPreservation(int number, String ianaName) {
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
    public static Optional<AddressPreservation> of(int number) {
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
