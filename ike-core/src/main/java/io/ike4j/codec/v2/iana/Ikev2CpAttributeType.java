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
    INTERNAL_IP4_ADDRESS(1, "INTERNAL_IP4_ADDRESS"),
    INTERNAL_IP4_NETMASK(2, "INTERNAL_IP4_NETMASK"),
    INTERNAL_IP4_DNS(3, "INTERNAL_IP4_DNS"),
    INTERNAL_IP4_NBNS(4, "INTERNAL_IP4_NBNS"),
    INTERNAL_IP4_DHCP(6, "INTERNAL_IP4_DHCP"),
    APPLICATION_VERSION(7, "APPLICATION_VERSION"),
    INTERNAL_IP6_ADDRESS(8, "INTERNAL_IP6_ADDRESS"),
    INTERNAL_IP6_DNS(10, "INTERNAL_IP6_DNS"),
    INTERNAL_IP6_DHCP(12, "INTERNAL_IP6_DHCP"),
    INTERNAL_IP4_SUBNET(13, "INTERNAL_IP4_SUBNET"),
    SUPPORTED_ATTRIBUTES(14, "SUPPORTED_ATTRIBUTES"),
    INTERNAL_IP6_SUBNET(15, "INTERNAL_IP6_SUBNET"),
    MIP6_HOME_PREFIX(16, "MIP6_HOME_PREFIX"),
    INTERNAL_IP6_LINK(17, "INTERNAL_IP6_LINK"),
    INTERNAL_IP6_PREFIX(18, "INTERNAL_IP6_PREFIX"),
    HOME_AGENT_ADDRESS(19, "HOME_AGENT_ADDRESS"),
    P_CSCF_IP4_ADDRESS(20, "P_CSCF_IP4_ADDRESS"),
    P_CSCF_IP6_ADDRESS(21, "P_CSCF_IP6_ADDRESS"),
    FTT_KAT(22, "FTT_KAT"),
    EXTERNAL_SOURCE_IP4_NAT_INFO(23, "EXTERNAL_SOURCE_IP4_NAT_INFO"),
    TIMEOUT_PERIOD_FOR_LIVENESS_CHECK(24, "TIMEOUT_PERIOD_FOR_LIVENESS_CHECK"),
    INTERNAL_DNS_DOMAIN(25, "INTERNAL_DNS_DOMAIN"),
    INTERNAL_DNSSEC_TA(26, "INTERNAL_DNSSEC_TA"),
    ENCDNS_IP4(27, "ENCDNS_IP4"),
    ENCDNS_IP6(28, "ENCDNS_IP6"),
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

    public static Optional<Ikev2CpAttributeType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant name, or {@code UNKNOWN(n)} for a value without an enum constant. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
