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
    ENCR(1, "Encryption Algorithm (ENCR)"),
    PRF(2, "Pseudo-random Function (PRF)"),
    INTEG(3, "Integrity Algorithm (INTEG)"),
    KE(4, "Key Exchange Method (KE)"),
    SN(5, "Sequence Numbers (SN)"),
    ADDKE1(6, "Additional Key Exchange 1 (ADDKE1)"),
    ADDKE2(7, "Additional Key Exchange 2 (ADDKE2)"),
    ADDKE3(8, "Additional Key Exchange 3 (ADDKE3)"),
    ADDKE4(9, "Additional Key Exchange 4 (ADDKE4)"),
    ADDKE5(10, "Additional Key Exchange 5 (ADDKE5)"),
    ADDKE6(11, "Additional Key Exchange 6 (ADDKE6)"),
    ADDKE7(12, "Additional Key Exchange 7 (ADDKE7)"),
    KWA(13, "Key Wrap Algorithm (KWA)"),
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

    public static Optional<Ikev2TransformType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant name, or {@code UNKNOWN(n)} for a value without an enum constant. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
