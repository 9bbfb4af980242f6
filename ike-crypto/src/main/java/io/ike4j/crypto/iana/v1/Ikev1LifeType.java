package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Life Type values: phase-1 class 11 (RFC 2409 App. A) and the phase-2 SA Life Type attribute
 * (RFC 2407 §4.5) share the numbers 1 = seconds, 2 = kilobytes.
 */
public enum Ikev1LifeType implements IanaValue {
    /** Value 1 (IANA references: RFC 2409, RFC 2407). */
    SECONDS(1, "seconds"),
    /** Value 2 (IANA references: RFC 2409, RFC 2407). */
    KILOBYTES(2, "kilobytes");

    private static final Map<Integer, Ikev1LifeType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1LifeType(int number, String ianaName) {
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
    public static Optional<Ikev1LifeType> of(int number) {
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
