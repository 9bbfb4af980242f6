package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * Attribute payload message types (draft-dukes-ike-mode-cfg-02 §3.1) with strongSwan short names.
 */
public enum ModeConfigType implements IanaValue {
    /** Value 1, ISAKMP_CFG_REQUEST (draft-dukes-ike-mode-cfg-02 §3.1); strongSwan {@code CPRQ}. */
    CFG_REQUEST(1, "ISAKMP_CFG_REQUEST", "CPRQ"),
    /** Value 2, ISAKMP_CFG_REPLY (draft-dukes-ike-mode-cfg-02 §3.1); strongSwan {@code CPRP}. */
    CFG_REPLY(2, "ISAKMP_CFG_REPLY", "CPRP"),
    /** Value 3, ISAKMP_CFG_SET (draft-dukes-ike-mode-cfg-02 §3.1); strongSwan {@code CPS}. */
    CFG_SET(3, "ISAKMP_CFG_SET", "CPS"),
    /** Value 4, ISAKMP_CFG_ACK (draft-dukes-ike-mode-cfg-02 §3.1); strongSwan {@code CPA}. */
    CFG_ACK(4, "ISAKMP_CFG_ACK", "CPA");

    private static final Map<Integer, ModeConfigType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;
    private final String shortName;

    ModeConfigType(int number, String ianaName, String shortName) {
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

    /** {@return the strongSwan short name (e.g. {@code CPRQ})} */
    public String shortName() {
        return shortName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<ModeConfigType> of(int number) {
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
