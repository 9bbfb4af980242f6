package io.ike4j.crypto.iana;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 transform type 3, integrity algorithm transform IDs (RFC 7296 §3.3.2).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-7</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum IntegTransformId implements IanaValue {
    /** Value 0 (IANA reference: RFC 7296). */
    NONE(0, "NONE"),
    /** Value 1 (IANA references: RFC 8247, RFC 2403, RFC 7296). */
    AUTH_HMAC_MD5_96(1, "AUTH_HMAC_MD5_96"),
    /** Value 2 (IANA references: RFC 2404, RFC 7296). */
    AUTH_HMAC_SHA1_96(2, "AUTH_HMAC_SHA1_96"),
    /** Value 3 (IANA reference: RFC 8247). */
    AUTH_DES_MAC(3, "AUTH_DES_MAC"),
    /** Value 4 (IANA reference: RFC 8247). */
    AUTH_KPDK_MD5(4, "AUTH_KPDK_MD5"),
    /** Value 5 (IANA references: RFC 3566, RFC 7296). */
    AUTH_AES_XCBC_96(5, "AUTH_AES_XCBC_96"),
    /** Value 6 (IANA references: RFC 9395, RFC 4595). */
    AUTH_HMAC_MD5_128(6, "AUTH_HMAC_MD5_128"),
    /** Value 7 (IANA references: RFC 9395, RFC 4595). */
    AUTH_HMAC_SHA1_160(7, "AUTH_HMAC_SHA1_160"),
    /** Value 8 (IANA reference: RFC 4494). */
    AUTH_AES_CMAC_96(8, "AUTH_AES_CMAC_96"),
    /** Value 9 (IANA reference: RFC 4543). */
    AUTH_AES_128_GMAC(9, "AUTH_AES_128_GMAC"),
    /** Value 10 (IANA reference: RFC 4543). */
    AUTH_AES_192_GMAC(10, "AUTH_AES_192_GMAC"),
    /** Value 11 (IANA reference: RFC 4543). */
    AUTH_AES_256_GMAC(11, "AUTH_AES_256_GMAC"),
    /** Value 12 (IANA reference: RFC 4868). */
    AUTH_HMAC_SHA2_256_128(12, "AUTH_HMAC_SHA2_256_128"),
    /** Value 13 (IANA reference: RFC 4868). */
    AUTH_HMAC_SHA2_384_192(13, "AUTH_HMAC_SHA2_384_192"),
    /** Value 14 (IANA reference: RFC 4868). */
    AUTH_HMAC_SHA2_512_256(14, "AUTH_HMAC_SHA2_512_256");

    private static final Map<Integer, IntegTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    IntegTransformId(int number, String ianaName) {
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

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<IntegTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant name, or {@code UNKNOWN(n)} for a value without an enum constant.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
