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
    IKE(1, "IKE"),
    AH(2, "AH"),
    ESP(3, "ESP"),
    FC_ESP_HEADER(4, "FC_ESP_HEADER"),
    FC_CT_AUTHENTICATION(5, "FC_CT_AUTHENTICATION"),
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

    public static Optional<Ikev2ProtocolId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant name, or {@code UNKNOWN(n)} for a value without an enum constant. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
