package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI identification types (RFC 2407 §4.6.2.1, IANA isakmp-registry-31).
 */
public enum Ikev1IdType implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    ID_IPV4_ADDR(1, "ID_IPV4_ADDR"),
    /** Value 2 (IANA reference: RFC 2407). */
    ID_FQDN(2, "ID_FQDN"),
    /** Value 3 (IANA reference: RFC 2407). */
    ID_USER_FQDN(3, "ID_USER_FQDN"),
    /** Value 4 (IANA reference: RFC 2407). */
    ID_IPV4_ADDR_SUBNET(4, "ID_IPV4_ADDR_SUBNET"),
    /** Value 5 (IANA reference: RFC 2407). */
    ID_IPV6_ADDR(5, "ID_IPV6_ADDR"),
    /** Value 6 (IANA reference: RFC 2407). */
    ID_IPV6_ADDR_SUBNET(6, "ID_IPV6_ADDR_SUBNET"),
    /** Value 7 (IANA reference: RFC 2407). */
    ID_IPV4_ADDR_RANGE(7, "ID_IPV4_ADDR_RANGE"),
    /** Value 8 (IANA reference: RFC 2407). */
    ID_IPV6_ADDR_RANGE(8, "ID_IPV6_ADDR_RANGE"),
    /** Value 9 (IANA reference: RFC 2407). */
    ID_DER_ASN1_DN(9, "ID_DER_ASN1_DN"),
    /** Value 10 (IANA reference: RFC 2407). */
    ID_DER_ASN1_GN(10, "ID_DER_ASN1_GN"),
    /** Value 11 (IANA reference: RFC 2407). */
    ID_KEY_ID(11, "ID_KEY_ID"),
    /** Value 12 (IANA reference: RFC 3554). */
    ID_LIST(12, "ID_LIST");

    private static final Map<Integer, Ikev1IdType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1IdType(int number, String ianaName) {
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
    public static Optional<Ikev1IdType> of(int number) {
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
