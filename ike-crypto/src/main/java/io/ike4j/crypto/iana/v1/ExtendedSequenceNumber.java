package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 Extended (64-bit) Sequence Number attribute values (RFC 4304 §4; IANA isakmp-registry-24).
 */
public enum ExtendedSequenceNumber implements IanaValue {
    /** Value 1 (IANA reference: RFC 4304). */
    ESN_64_BIT(1, "64-bit Sequence Number");

    private static final Map<Integer, ExtendedSequenceNumber> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    ExtendedSequenceNumber(int number, String ianaName) {
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
    public static Optional<ExtendedSequenceNumber> of(int number) {
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
