package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * Phase-2 Authentication Algorithm attribute values (RFC 2407 §4.5 attribute 5; IANA isakmp-registry-20).
 */
public enum IpsecAuthAlgorithm implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    HMAC_MD5(1, "HMAC-MD5"),
    /** Value 2 (IANA reference: RFC 2407). */
    HMAC_SHA(2, "HMAC-SHA"),
    /** Value 3 (IANA reference: RFC 2407). */
    DES_MAC(3, "DES-MAC"),
    /** Value 4 (IANA reference: RFC 2407). */
    KPDK(4, "KPDK"),
    /** Value 5. */
    HMAC_SHA2_256(5, "HMAC-SHA2-256"),
    /** Value 6. */
    HMAC_SHA2_384(6, "HMAC-SHA2-384"),
    /** Value 7. */
    HMAC_SHA2_512(7, "HMAC-SHA2-512"),
    /** Value 8 (IANA reference: RFC 2857). */
    HMAC_RIPEMD(8, "HMAC-RIPEMD"),
    /** Value 9 (IANA reference: RFC 3566). */
    AES_XCBC_MAC(9, "AES-XCBC-MAC"),
    /** Value 10 (IANA reference: RFC 4359). */
    SIG_RSA(10, "SIG-RSA"),
    /** Value 11 (IANA reference: RFC 4543). */
    AES_128_GMAC(11, "AES-128-GMAC"),
    /** Value 12 (IANA reference: RFC 4543). */
    AES_192_GMAC(12, "AES-192-GMAC"),
    /** Value 13 (IANA reference: RFC 4543). */
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

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<IpsecAuthAlgorithm> of(int number) {
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
