package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI AH transform identifiers (RFC 2407 §4.4.3; IANA isakmp-registry-7).
 */
public enum AhTransformId implements IanaValue {
    /** Value 2 (IANA reference: RFC 2407). */
    AH_MD5(2, "AH_MD5"),
    /** Value 3 (IANA reference: RFC 2407). */
    AH_SHA(3, "AH_SHA"),
    /** Value 4 (IANA reference: RFC 2407). */
    AH_DES(4, "AH_DES"),
    /** Value 5 (IANA reference: RFC 4868). */
    AH_SHA2_256(5, "AH_SHA2-256"),
    /** Value 6 (IANA reference: RFC 4868). */
    AH_SHA2_384(6, "AH_SHA2-384"),
    /** Value 7 (IANA reference: RFC 4868). */
    AH_SHA2_512(7, "AH_SHA2-512"),
    /** Value 8 (IANA reference: RFC 2857). */
    AH_RIPEMD(8, "AH_RIPEMD"),
    /** Value 9 (IANA reference: RFC 3566). */
    AH_AES_XCBC_MAC(9, "AH_AES-XCBC-MAC"),
    /** Value 10 (IANA reference: RFC 4359). */
    AH_RSA(10, "AH_RSA"),
    /** Value 11 (IANA reference: RFC 4543). */
    AH_AES_128_GMAC(11, "AH_AES-128-GMAC"),
    /** Value 12 (IANA reference: RFC 4543). */
    AH_AES_192_GMAC(12, "AH_AES-192-GMAC"),
    /** Value 13 (IANA reference: RFC 4543). */
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

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<AhTransformId> of(int number) {
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
