package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 Authentication Algorithm attribute values (RFC 2407 §4.5 attribute 5; IANA isakmp-registry-20).
 */
public enum IpsecAuthAlgorithm implements IanaValue {
    HMAC_MD5(1, "HMAC-MD5"),
    HMAC_SHA(2, "HMAC-SHA"),
    DES_MAC(3, "DES-MAC"),
    KPDK(4, "KPDK"),
    HMAC_SHA2_256(5, "HMAC-SHA2-256"),
    HMAC_SHA2_384(6, "HMAC-SHA2-384"),
    HMAC_SHA2_512(7, "HMAC-SHA2-512"),
    HMAC_RIPEMD(8, "HMAC-RIPEMD"),
    AES_XCBC_MAC(9, "AES-XCBC-MAC"),
    SIG_RSA(10, "SIG-RSA"),
    AES_128_GMAC(11, "AES-128-GMAC"),
    AES_192_GMAC(12, "AES-192-GMAC"),
    AES_256_GMAC(13, "AES-256-GMAC");

    private static final Map<Integer, IpsecAuthAlgorithm> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IpsecAuthAlgorithm(int number, String ianaName) {
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

    public static Optional<IpsecAuthAlgorithm> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
