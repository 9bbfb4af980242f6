package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI IPCOMP transform identifiers (RFC 2407 §4.4.5; IANA isakmp-registry-11).
 */
public enum IpcompTransformId implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    IPCOMP_OUI(1, "IPCOMP_OUI"),
    /** Value 2 (IANA reference: RFC 2407). */
    IPCOMP_DEFLATE(2, "IPCOMP_DEFLATE"),
    /** Value 3 (IANA reference: RFC 2407). */
    IPCOMP_LZS(3, "IPCOMP_LZS"),
    /** Value 4 (IANA reference: RFC 3051). */
    IPCOMP_LZJH(4, "IPCOMP_LZJH");

    private static final Map<Integer, IpcompTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IpcompTransformId(int number, String ianaName) {
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
    public static Optional<IpcompTransformId> of(int number) {
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
