package io.ike4j.crypto.iana;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 transform type 5, sequence numbers transform IDs (RFC 7296 §3.3.2, RFC 9827).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-9</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum EsnTransformId implements IanaValue {
    /** Value 0 (IANA references: RFC 7296, RFC 9827). */
    NO_ESN(0, "32-bit Sequential Numbers"),
    /** Value 1 (IANA references: RFC 7296, RFC 9827). */
    ESN(1, "Partially Transmitted 64-bit Sequential Numbers"),
    /** Value 2 (IANA reference: RFC 9838). */
    UNSPECIFIED_32(2, "32-bit Unspecified Numbers");

    private static final Map<Integer, EsnTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    EsnTransformId(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    /** The number IANA assigned. */
    public int number() {
        return number;
    }

    /** IANA's description, verbatim. */
    public String ianaName() {
        return ianaName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<EsnTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant name, or {@code UNKNOWN(n)} for a value without an enum constant.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
