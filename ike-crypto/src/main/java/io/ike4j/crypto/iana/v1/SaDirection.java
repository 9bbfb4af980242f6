package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 SA Direction attribute values (RFC 6407 §4.2.1; IANA isakmp-registry-28).
 */
public enum SaDirection implements IanaValue {
    /** Value 1 (IANA reference: RFC 6407). */
    SENDER_ONLY(1, "Sender-Only"),
    /** Value 2 (IANA reference: RFC 6407). */
    RECEIVER_ONLY(2, "Receiver-Only"),
    /** Value 3 (IANA reference: RFC 6407). */
    SYMMETRIC(3, "Symmetric");

    private static final Map<Integer, SaDirection> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    SaDirection(int number, String ianaName) {
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
    public static Optional<SaDirection> of(int number) {
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
