package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 exchange types (RFC 7296 §3.1).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-1</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2ExchangeType implements IanaValue {
    /** Value 34 (IANA reference: RFC 7296). */
    IKE_SA_INIT(34, "IKE_SA_INIT"),
    /** Value 35 (IANA reference: RFC 7296). */
    IKE_AUTH(35, "IKE_AUTH"),
    /** Value 36 (IANA reference: RFC 7296). */
    CREATE_CHILD_SA(36, "CREATE_CHILD_SA"),
    /** Value 37 (IANA reference: RFC 7296). */
    INFORMATIONAL(37, "INFORMATIONAL"),
    /** Value 38 (IANA reference: RFC 5723). */
    IKE_SESSION_RESUME(38, "IKE_SESSION_RESUME"),
    /** Value 39 (IANA reference: RFC 9838). */
    GSA_AUTH(39, "GSA_AUTH"),
    /** Value 40 (IANA reference: RFC 9838). */
    GSA_REGISTRATION(40, "GSA_REGISTRATION"),
    /** Value 41 (IANA reference: RFC 9838). */
    GSA_REKEY(41, "GSA_REKEY"),
    /** Value 42 (IANA reference: RFC 9838). */
    GSA_INBAND_REKEY(42, "GSA_INBAND_REKEY"),
    /** Value 43 (IANA reference: RFC 9242). */
    IKE_INTERMEDIATE(43, "IKE_INTERMEDIATE"),
    /** Value 44 (IANA reference: RFC 9370). */
    IKE_FOLLOWUP_KE(44, "IKE_FOLLOWUP_KE");

    private static final Map<Integer, Ikev2ExchangeType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2ExchangeType(int number, String ianaName) {
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
    public static Optional<Ikev2ExchangeType> of(int number) {
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
