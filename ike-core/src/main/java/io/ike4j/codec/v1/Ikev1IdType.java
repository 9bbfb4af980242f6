package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI identification types (RFC 2407 §4.6.2.1, IANA isakmp-registry-31).
 */
public enum Ikev1IdType implements IanaValue {
    ID_IPV4_ADDR(1, "ID_IPV4_ADDR"),
    ID_FQDN(2, "ID_FQDN"),
    ID_USER_FQDN(3, "ID_USER_FQDN"),
    ID_IPV4_ADDR_SUBNET(4, "ID_IPV4_ADDR_SUBNET"),
    ID_IPV6_ADDR(5, "ID_IPV6_ADDR"),
    ID_IPV6_ADDR_SUBNET(6, "ID_IPV6_ADDR_SUBNET"),
    ID_IPV4_ADDR_RANGE(7, "ID_IPV4_ADDR_RANGE"),
    ID_IPV6_ADDR_RANGE(8, "ID_IPV6_ADDR_RANGE"),
    ID_DER_ASN1_DN(9, "ID_DER_ASN1_DN"),
    ID_DER_ASN1_GN(10, "ID_DER_ASN1_GN"),
    ID_KEY_ID(11, "ID_KEY_ID"),
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

    public static Optional<Ikev1IdType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
