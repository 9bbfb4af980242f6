package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 security protocol identifiers (RFC 7296 §3.3.1).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-18</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2ProtocolId implements IanaValue {
    /** Value 1 (IANA reference: RFC 7296). */
    IKE(1, "IKE"),
    /** Value 2 (IANA reference: RFC 7296). */
    AH(2, "AH"),
    /** Value 3 (IANA reference: RFC 7296). */
    ESP(3, "ESP"),
    /** Value 4 (IANA reference: RFC 4595). */
    FC_ESP_HEADER(4, "FC_ESP_HEADER"),
    /** Value 5 (IANA reference: RFC 4595). */
    FC_CT_AUTHENTICATION(5, "FC_CT_AUTHENTICATION"),
    /** Value 6 (IANA reference: RFC 9838). */
    GIKE_UPDATE(6, "GIKE_UPDATE");

    private static final Map<Integer, Ikev2ProtocolId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2ProtocolId(int number, String ianaName) {
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
    public static Optional<Ikev2ProtocolId> of(int number) {
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
