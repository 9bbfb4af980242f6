package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI AH transform identifiers (RFC 2407 §4.4.3; IANA isakmp-registry-7).
 */
public enum AhTransformId implements IanaValue {
    AH_MD5(2, "AH_MD5"),
    AH_SHA(3, "AH_SHA"),
    AH_DES(4, "AH_DES"),
    AH_SHA2_256(5, "AH_SHA2-256"),
    AH_SHA2_384(6, "AH_SHA2-384"),
    AH_SHA2_512(7, "AH_SHA2-512"),
    AH_RIPEMD(8, "AH_RIPEMD"),
    AH_AES_XCBC_MAC(9, "AH_AES-XCBC-MAC"),
    AH_RSA(10, "AH_RSA"),
    AH_AES_128_GMAC(11, "AH_AES-128-GMAC"),
    AH_AES_192_GMAC(12, "AH_AES-192-GMAC"),
    AH_AES_256_GMAC(13, "AH_AES-256-GMAC");

    private static final Map<Integer, AhTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    AhTransformId(int number, String ianaName) {
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

    public static Optional<AhTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
