package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * Mode-config (draft-dukes-ike-mode-cfg-02 §3.2) and XAUTH (draft-beaulieu-ike-xauth-02 §6) attribute types
 * carried in the ISAKMP attribute payload (14); strongSwan short names in {@code shortName}.
 */
public enum ModeConfigAttributeType implements IanaValue {
    /** Value 1 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code ADDR}. */
    INTERNAL_IP4_ADDRESS(1, "INTERNAL_IP4_ADDRESS", "ADDR"),
    /** Value 2 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code MASK}. */
    INTERNAL_IP4_NETMASK(2, "INTERNAL_IP4_NETMASK", "MASK"),
    /** Value 3 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code DNS}. */
    INTERNAL_IP4_DNS(3, "INTERNAL_IP4_DNS", "DNS"),
    /** Value 4 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code NBNS}. */
    INTERNAL_IP4_NBNS(4, "INTERNAL_IP4_NBNS", "NBNS"),
    /** Value 5 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code EXP}. */
    INTERNAL_ADDRESS_EXPIRY(5, "INTERNAL_ADDRESS_EXPIRY", "EXP"),
    /** Value 6 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code DHCP}. */
    INTERNAL_IP4_DHCP(6, "INTERNAL_IP4_DHCP", "DHCP"),
    /** Value 7 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code VER}. */
    APPLICATION_VERSION(7, "APPLICATION_VERSION", "VER"),
    /** Value 8 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code ADDR6}. */
    INTERNAL_IP6_ADDRESS(8, "INTERNAL_IP6_ADDRESS", "ADDR6"),
    /** Value 9 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code MASK6}. */
    INTERNAL_IP6_NETMASK(9, "INTERNAL_IP6_NETMASK", "MASK6"),
    /** Value 10 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code DNS6}. */
    INTERNAL_IP6_DNS(10, "INTERNAL_IP6_DNS", "DNS6"),
    /** Value 11 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code NBNS6}. */
    INTERNAL_IP6_NBNS(11, "INTERNAL_IP6_NBNS", "NBNS6"),
    /** Value 12 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code DHCP6}. */
    INTERNAL_IP6_DHCP(12, "INTERNAL_IP6_DHCP", "DHCP6"),
    /** Value 13 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code SUBNET}. */
    INTERNAL_IP4_SUBNET(13, "INTERNAL_IP4_SUBNET", "SUBNET"),
    /** Value 14 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code SUP}. */
    SUPPORTED_ATTRIBUTES(14, "SUPPORTED_ATTRIBUTES", "SUP"),
    /** Value 15 (draft-dukes-ike-mode-cfg-02 §3.2); strongSwan {@code SUBNET6}. */
    INTERNAL_IP6_SUBNET(15, "INTERNAL_IP6_SUBNET", "SUBNET6"),
    /** Value 16520 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_TYPE}. */
    XAUTH_TYPE(16520, "XAUTH-TYPE", "X_TYPE"),
    /** Value 16521 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_USER}. */
    XAUTH_USER_NAME(16521, "XAUTH-USER-NAME", "X_USER"),
    /** Value 16522 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_PWD}. */
    XAUTH_USER_PASSWORD(16522, "XAUTH-USER-PASSWORD", "X_PWD"),
    /** Value 16523 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_CODE}. */
    XAUTH_PASSCODE(16523, "XAUTH-PASSCODE", "X_CODE"),
    /** Value 16524 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_MSG}. */
    XAUTH_MESSAGE(16524, "XAUTH-MESSAGE", "X_MSG"),
    /** Value 16525 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_CHALL}. */
    XAUTH_CHALLENGE(16525, "XAUTH-CHALLENGE", "X_CHALL"),
    /** Value 16526 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_DOMAIN}. */
    XAUTH_DOMAIN(16526, "XAUTH-DOMAIN", "X_DOMAIN"),
    /** Value 16527 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_STATUS}. */
    XAUTH_STATUS(16527, "XAUTH-STATUS", "X_STATUS"),
    /** Value 16528 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_PIN}. */
    XAUTH_NEXT_PIN(16528, "XAUTH-NEXT-PIN", "X_PIN"),
    /** Value 16529 (draft-beaulieu-ike-xauth-02 §6); strongSwan {@code X_ANSWER}. */
    XAUTH_ANSWER(16529, "XAUTH-ANSWER", "X_ANSWER");

    private static final Map<Integer, ModeConfigAttributeType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;
    private final String shortName;

    ModeConfigAttributeType(int number, String ianaName, String shortName) {
        this.number = number;
        this.ianaName = ianaName;
        this.shortName = shortName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    /** {@return the strongSwan short name (e.g. {@code ADDR}, {@code X_USER})} */
    public String shortName() {
        return shortName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<ModeConfigAttributeType> of(int number) {
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
