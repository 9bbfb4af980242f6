package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 transform types (RFC 7296 §3.3.2, RFC 9370); names are IANA's abbreviations in parentheses.
 *
 * <p>Generated from IANA's <code>ikev2-parameters-3</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2TransformType implements IanaValue {
    /** Value 1 (IANA references: RFC 7296, RFC 9838). */
    ENCR(1, "Encryption Algorithm (ENCR)"),
    /** Value 2 (IANA reference: RFC 7296). */
    PRF(2, "Pseudo-random Function (PRF)"),
    /** Value 3 (IANA references: RFC 7296, RFC 9838). */
    INTEG(3, "Integrity Algorithm (INTEG)"),
    /** Value 4 (IANA references: RFC 7296, RFC 9370). */
    KE(4, "Key Exchange Method (KE)"),
    /** Value 5 (IANA references: RFC 7296, RFC 9827). */
    SN(5, "Sequence Numbers (SN)"),
    /** Value 6 (IANA reference: RFC 9370). */
    ADDKE1(6, "Additional Key Exchange 1 (ADDKE1)"),
    /** Value 7 (IANA reference: RFC 9370). */
    ADDKE2(7, "Additional Key Exchange 2 (ADDKE2)"),
    /** Value 8 (IANA reference: RFC 9370). */
    ADDKE3(8, "Additional Key Exchange 3 (ADDKE3)"),
    /** Value 9 (IANA reference: RFC 9370). */
    ADDKE4(9, "Additional Key Exchange 4 (ADDKE4)"),
    /** Value 10 (IANA reference: RFC 9370). */
    ADDKE5(10, "Additional Key Exchange 5 (ADDKE5)"),
    /** Value 11 (IANA reference: RFC 9370). */
    ADDKE6(11, "Additional Key Exchange 6 (ADDKE6)"),
    /** Value 12 (IANA reference: RFC 9370). */
    ADDKE7(12, "Additional Key Exchange 7 (ADDKE7)"),
    /** Value 13 (IANA reference: RFC 9838). */
    KWA(13, "Key Wrap Algorithm (KWA)"),
    /** Value 14 (IANA reference: RFC 9838). */
    GCAUTH(14, "Group Controller Authentication Method (GCAUTH)");

    private static final Map<Integer, Ikev2TransformType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2TransformType(int number, String ianaName) {
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
    public static Optional<Ikev2TransformType> of(int number) {
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
