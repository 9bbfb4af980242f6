package io.ike4j.crypto.iana;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 transform type 2, pseudorandom function transform IDs (RFC 7296 §3.3.2).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-6</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum PrfTransformId implements IanaValue {
    /** Value 1 (IANA references: RFC 8247, RFC 2104). */
    PRF_HMAC_MD5(1, "PRF_HMAC_MD5"),
    /** Value 2 (IANA reference: RFC 2104). */
    PRF_HMAC_SHA1(2, "PRF_HMAC_SHA1"),
    /** Value 3 (IANA reference: RFC 9395). */
    PRF_HMAC_TIGER(3, "PRF_HMAC_TIGER"),
    /** Value 4 (IANA reference: RFC 4434). */
    PRF_AES128_XCBC(4, "PRF_AES128_XCBC"),
    /** Value 5 (IANA reference: RFC 4868). */
    PRF_HMAC_SHA2_256(5, "PRF_HMAC_SHA2_256"),
    /** Value 6 (IANA reference: RFC 4868). */
    PRF_HMAC_SHA2_384(6, "PRF_HMAC_SHA2_384"),
    /** Value 7 (IANA reference: RFC 4868). */
    PRF_HMAC_SHA2_512(7, "PRF_HMAC_SHA2_512"),
    /** Value 8 (IANA reference: RFC 4615). */
    PRF_AES128_CMAC(8, "PRF_AES128_CMAC"),
    /** Value 9 (IANA reference: RFC 9385). */
    PRF_HMAC_STREEBOG_512(9, "PRF_HMAC_STREEBOG_512");

    private static final Map<Integer, PrfTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    PrfTransformId(int number, String ianaName) {
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
    public static Optional<PrfTransformId> of(int number) {
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
