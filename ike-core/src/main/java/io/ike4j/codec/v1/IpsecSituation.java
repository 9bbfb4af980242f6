package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI situation bits (RFC 2407 §4.2, IANA isakmp-registry-1).
 */
public enum IpsecSituation implements IanaValue {
    /** Situation bit 1 (RFC 2407 §4.2). */
    SIT_IDENTITY_ONLY(1, "SIT_IDENTITY_ONLY"),
    /** Situation bit 2 (RFC 2407 §4.2). */
    SIT_SECRECY(2, "SIT_SECRECY"),
    /** Situation bit 4 (RFC 2407 §4.2). */
    SIT_INTEGRITY(4, "SIT_INTEGRITY");

    private static final Map<Integer, IpsecSituation> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IpsecSituation(int number, String ianaName) {
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
    public static Optional<IpsecSituation> of(int number) {
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
