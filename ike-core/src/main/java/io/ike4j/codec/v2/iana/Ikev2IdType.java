package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 identification payload ID types (RFC 7296 §3.5).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-10</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2IdType implements IanaValue {
    /** Value 1 (IANA reference: RFC 7296). */
    ID_IPV4_ADDR(1, "ID_IPV4_ADDR"),
    /** Value 2 (IANA reference: RFC 7296). */
    ID_FQDN(2, "ID_FQDN"),
    /** Value 3 (IANA reference: RFC 7296). */
    ID_RFC822_ADDR(3, "ID_RFC822_ADDR"),
    /** Value 5 (IANA reference: RFC 7296). */
    ID_IPV6_ADDR(5, "ID_IPV6_ADDR"),
    /** Value 9 (IANA reference: RFC 7296). */
    ID_DER_ASN1_DN(9, "ID_DER_ASN1_DN"),
    /** Value 10 (IANA reference: RFC 7296). */
    ID_DER_ASN1_GN(10, "ID_DER_ASN1_GN"),
    /** Value 11 (IANA reference: RFC 7296). */
    ID_KEY_ID(11, "ID_KEY_ID"),
    /** Value 12 (IANA reference: RFC 4595). */
    ID_FC_NAME(12, "ID_FC_NAME"),
    /** Value 13 (IANA reference: RFC 7619). */
    ID_NULL(13, "ID_NULL");

    private static final Map<Integer, Ikev2IdType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2IdType(int number, String ianaName) {
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
    public static Optional<Ikev2IdType> of(int number) {
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
