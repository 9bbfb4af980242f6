package io.ike4j.crypto.iana;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 transform type 1, encryption algorithm transform IDs (RFC 7296 §3.3.2).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-5</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum EncrTransformId implements IanaValue {
    /** Value 1 (IANA reference: RFC 9395). */
    ENCR_DES_IV64(1, "ENCR_DES_IV64"),
    /** Value 2 (IANA references: RFC 8247, RFC 2405, RFC 7296). */
    ENCR_DES(2, "ENCR_DES"),
    /** Value 3 (IANA references: RFC 2451, RFC 7296). */
    ENCR_3DES(3, "ENCR_3DES"),
    /** Value 4 (IANA references: RFC 9395, RFC 2451, RFC 7296). */
    ENCR_RC5(4, "ENCR_RC5"),
    /** Value 5 (IANA references: RFC 9395, RFC 2451, RFC 7296). */
    ENCR_IDEA(5, "ENCR_IDEA"),
    /** Value 6 (IANA references: RFC 9395, RFC 2451, RFC 7296). */
    ENCR_CAST(6, "ENCR_CAST"),
    /** Value 7 (IANA references: RFC 9395, RFC 2451, RFC 7296). */
    ENCR_BLOWFISH(7, "ENCR_BLOWFISH"),
    /** Value 8 (IANA references: RFC 9395, RFC 7296). */
    ENCR_3IDEA(8, "ENCR_3IDEA"),
    /** Value 9 (IANA reference: RFC 9395). */
    ENCR_DES_IV32(9, "ENCR_DES_IV32"),
    /** Value 11 (IANA reference: RFC 2410). */
    ENCR_NULL(11, "ENCR_NULL"),
    /** Value 12 (IANA references: RFC 3602, RFC 7296). */
    ENCR_AES_CBC(12, "ENCR_AES_CBC"),
    /** Value 13 (IANA references: RFC 3686, RFC 5930). */
    ENCR_AES_CTR(13, "ENCR_AES_CTR"),
    /** Value 14 (IANA references: RFC 4309, RFC 5282). */
    ENCR_AES_CCM_8(14, "ENCR_AES_CCM_8"),
    /** Value 15 (IANA references: RFC 4309, RFC 5282). */
    ENCR_AES_CCM_12(15, "ENCR_AES_CCM_12"),
    /** Value 16 (IANA references: RFC 4309, RFC 5282). */
    ENCR_AES_CCM_16(16, "ENCR_AES_CCM_16"),
    /** Value 18 (IANA references: RFC 4106, RFC 8247, RFC 5282). */
    ENCR_AES_GCM_8(18, "ENCR_AES_GCM_8"),
    /** Value 19 (IANA references: RFC 4106, RFC 8247, RFC 5282). */
    ENCR_AES_GCM_12(19, "ENCR_AES_GCM_12"),
    /** Value 20 (IANA references: RFC 4106, RFC 8247, RFC 5282). */
    ENCR_AES_GCM_16(20, "ENCR_AES_GCM_16"),
    /** Value 21 (IANA reference: RFC 4543). */
    ENCR_NULL_AUTH_AES_GMAC(21, "ENCR_NULL_AUTH_AES_GMAC"),
    /** Value 23 (IANA references: RFC 5529, RFC 7296). */
    ENCR_CAMELLIA_CBC(23, "ENCR_CAMELLIA_CBC"),
    /** Value 24 (IANA reference: RFC 5529). */
    ENCR_CAMELLIA_CTR(24, "ENCR_CAMELLIA_CTR"),
    /** Value 25 (IANA references: RFC 5529, RFC 8247). */
    ENCR_CAMELLIA_CCM_8(25, "ENCR_CAMELLIA_CCM_8"),
    /** Value 26 (IANA references: RFC 5529, RFC 8247). */
    ENCR_CAMELLIA_CCM_12(26, "ENCR_CAMELLIA_CCM_12"),
    /** Value 27 (IANA references: RFC 5529, RFC 8247). */
    ENCR_CAMELLIA_CCM_16(27, "ENCR_CAMELLIA_CCM_16"),
    /** Value 28 (IANA reference: RFC 7634). */
    ENCR_CHACHA20_POLY1305(28, "ENCR_CHACHA20_POLY1305"),
    /** Value 29 (IANA reference: RFC 8750). */
    ENCR_AES_CCM_8_IIV(29, "ENCR_AES_CCM_8_IIV"),
    /** Value 30 (IANA reference: RFC 8750). */
    ENCR_AES_GCM_16_IIV(30, "ENCR_AES_GCM_16_IIV"),
    /** Value 31 (IANA reference: RFC 8750). */
    ENCR_CHACHA20_POLY1305_IIV(31, "ENCR_CHACHA20_POLY1305_IIV"),
    /** Value 32 (IANA reference: RFC 9227). */
    ENCR_KUZNYECHIK_MGM_KTREE(32, "ENCR_KUZNYECHIK_MGM_KTREE"),
    /** Value 33 (IANA reference: RFC 9227). */
    ENCR_MAGMA_MGM_KTREE(33, "ENCR_MAGMA_MGM_KTREE"),
    /** Value 34 (IANA reference: RFC 9227). */
    ENCR_KUZNYECHIK_MGM_MAC_KTREE(34, "ENCR_KUZNYECHIK_MGM_MAC_KTREE"),
    /** Value 35 (IANA reference: RFC 9227). */
    ENCR_MAGMA_MGM_MAC_KTREE(35, "ENCR_MAGMA_MGM_MAC_KTREE");

    private static final Map<Integer, EncrTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    EncrTransformId(int number, String ianaName) {
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
    public static Optional<EncrTransformId> of(int number) {
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
