package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI IPCOMP transform identifiers (RFC 2407 §4.4.5; IANA isakmp-registry-11).
 */
public enum IpcompTransformId implements IanaValue {
    IPCOMP_OUI(1, "IPCOMP_OUI"),
    IPCOMP_DEFLATE(2, "IPCOMP_DEFLATE"),
    IPCOMP_LZS(3, "IPCOMP_LZS"),
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

    public static Optional<IpcompTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
