package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI ISAKMP transform identifiers (RFC 2407 §4.4.2, IANA isakmp-registry-5).
 */
public enum IsakmpTransformId implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    KEY_IKE(1, "KEY_IKE");

    private static final Map<Integer, IsakmpTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IsakmpTransformId(int number, String ianaName) {
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
    public static Optional<IsakmpTransformId> of(int number) {
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
