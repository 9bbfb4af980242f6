package io.ike4j.codec.v2.iana;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 configuration payload attribute types (RFC 7296 §3.15.1).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-21</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum Ikev2CpAttributeType implements IanaValue {
    /** Value 1 (IANA reference: RFC 7296). */
    INTERNAL_IP4_ADDRESS(1, "INTERNAL_IP4_ADDRESS"),
    /** Value 2 (IANA reference: RFC 7296). */
    INTERNAL_IP4_NETMASK(2, "INTERNAL_IP4_NETMASK"),
    /** Value 3 (IANA reference: RFC 7296). */
    INTERNAL_IP4_DNS(3, "INTERNAL_IP4_DNS"),
    /** Value 4 (IANA reference: RFC 7296). */
    INTERNAL_IP4_NBNS(4, "INTERNAL_IP4_NBNS"),
    /** Value 6 (IANA reference: RFC 7296). */
    INTERNAL_IP4_DHCP(6, "INTERNAL_IP4_DHCP"),
    /** Value 7 (IANA reference: RFC 7296). */
    APPLICATION_VERSION(7, "APPLICATION_VERSION"),
    /** Value 8 (IANA reference: RFC 7296). */
    INTERNAL_IP6_ADDRESS(8, "INTERNAL_IP6_ADDRESS"),
    /** Value 10 (IANA reference: RFC 7296). */
    INTERNAL_IP6_DNS(10, "INTERNAL_IP6_DNS"),
    /** Value 12 (IANA reference: RFC 7296). */
    INTERNAL_IP6_DHCP(12, "INTERNAL_IP6_DHCP"),
    /** Value 13 (IANA reference: RFC 7296). */
    INTERNAL_IP4_SUBNET(13, "INTERNAL_IP4_SUBNET"),
    /** Value 14 (IANA reference: RFC 7296). */
    SUPPORTED_ATTRIBUTES(14, "SUPPORTED_ATTRIBUTES"),
    /** Value 15 (IANA reference: RFC 7296). */
    INTERNAL_IP6_SUBNET(15, "INTERNAL_IP6_SUBNET"),
    /** Value 16 (IANA reference: RFC 5026). */
    MIP6_HOME_PREFIX(16, "MIP6_HOME_PREFIX"),
    /** Value 17 (IANA reference: RFC 5739). */
    INTERNAL_IP6_LINK(17, "INTERNAL_IP6_LINK"),
    /** Value 18 (IANA reference: RFC 5739). */
    INTERNAL_IP6_PREFIX(18, "INTERNAL_IP6_PREFIX"),
    /** Value 19. */
    HOME_AGENT_ADDRESS(19, "HOME_AGENT_ADDRESS"),
    /** Value 20 (IANA reference: RFC 7651). */
    P_CSCF_IP4_ADDRESS(20, "P_CSCF_IP4_ADDRESS"),
    /** Value 21 (IANA reference: RFC 7651). */
    P_CSCF_IP6_ADDRESS(21, "P_CSCF_IP6_ADDRESS"),
    /** Value 22. */
    FTT_KAT(22, "FTT_KAT"),
    /** Value 23. */
    EXTERNAL_SOURCE_IP4_NAT_INFO(23, "EXTERNAL_SOURCE_IP4_NAT_INFO"),
    /** Value 24. */
    TIMEOUT_PERIOD_FOR_LIVENESS_CHECK(24, "TIMEOUT_PERIOD_FOR_LIVENESS_CHECK"),
    /** Value 25 (IANA reference: RFC 8598). */
    INTERNAL_DNS_DOMAIN(25, "INTERNAL_DNS_DOMAIN"),
    /** Value 26 (IANA reference: RFC 8598). */
    INTERNAL_DNSSEC_TA(26, "INTERNAL_DNSSEC_TA"),
    /** Value 27 (IANA reference: RFC 9464). */
    ENCDNS_IP4(27, "ENCDNS_IP4"),
    /** Value 28 (IANA reference: RFC 9464). */
    ENCDNS_IP6(28, "ENCDNS_IP6"),
    /** Value 29 (IANA reference: RFC 9464). */
    ENCDNS_DIGEST_INFO(29, "ENCDNS_DIGEST_INFO");

    private static final Map<Integer, Ikev2CpAttributeType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev2CpAttributeType(int number, String ianaName) {
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
    public static Optional<Ikev2CpAttributeType> of(int number) {
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
