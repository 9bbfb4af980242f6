package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * Domain of Interpretation values (RFC 2408 §3.4, IANA ipsec-registry-19).
 */
public enum IsakmpDoi implements IanaValue {
    /** Value 0 (IANA reference: RFC 2408). */
    ISAKMP(0, "ISAKMP"),
    /** Value 1 (IANA reference: RFC 2407). */
    IPSEC(1, "IPSEC"),
    /** Value 2 (IANA reference: RFC 3547). */
    GDOI(2, "GDOI");

    private static final Map<Integer, IsakmpDoi> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IsakmpDoi(int number, String ianaName) {
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
    public static Optional<IsakmpDoi> of(int number) {
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
