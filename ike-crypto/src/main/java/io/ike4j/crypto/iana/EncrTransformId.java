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
    ENCR_DES_IV64(1, "ENCR_DES_IV64"),
    ENCR_DES(2, "ENCR_DES"),
    ENCR_3DES(3, "ENCR_3DES"),
    ENCR_RC5(4, "ENCR_RC5"),
    ENCR_IDEA(5, "ENCR_IDEA"),
    ENCR_CAST(6, "ENCR_CAST"),
    ENCR_BLOWFISH(7, "ENCR_BLOWFISH"),
    ENCR_3IDEA(8, "ENCR_3IDEA"),
    ENCR_DES_IV32(9, "ENCR_DES_IV32"),
    ENCR_NULL(11, "ENCR_NULL"),
    ENCR_AES_CBC(12, "ENCR_AES_CBC"),
    ENCR_AES_CTR(13, "ENCR_AES_CTR"),
    ENCR_AES_CCM_8(14, "ENCR_AES_CCM_8"),
    ENCR_AES_CCM_12(15, "ENCR_AES_CCM_12"),
    ENCR_AES_CCM_16(16, "ENCR_AES_CCM_16"),
    ENCR_AES_GCM_8(18, "ENCR_AES_GCM_8"),
    ENCR_AES_GCM_12(19, "ENCR_AES_GCM_12"),
    ENCR_AES_GCM_16(20, "ENCR_AES_GCM_16"),
    ENCR_NULL_AUTH_AES_GMAC(21, "ENCR_NULL_AUTH_AES_GMAC"),
    ENCR_CAMELLIA_CBC(23, "ENCR_CAMELLIA_CBC"),
    ENCR_CAMELLIA_CTR(24, "ENCR_CAMELLIA_CTR"),
    ENCR_CAMELLIA_CCM_8(25, "ENCR_CAMELLIA_CCM_8"),
    ENCR_CAMELLIA_CCM_12(26, "ENCR_CAMELLIA_CCM_12"),
    ENCR_CAMELLIA_CCM_16(27, "ENCR_CAMELLIA_CCM_16"),
    ENCR_CHACHA20_POLY1305(28, "ENCR_CHACHA20_POLY1305"),
    ENCR_AES_CCM_8_IIV(29, "ENCR_AES_CCM_8_IIV"),
    ENCR_AES_GCM_16_IIV(30, "ENCR_AES_GCM_16_IIV"),
    ENCR_CHACHA20_POLY1305_IIV(31, "ENCR_CHACHA20_POLY1305_IIV"),
    ENCR_KUZNYECHIK_MGM_KTREE(32, "ENCR_KUZNYECHIK_MGM_KTREE"),
    ENCR_MAGMA_MGM_KTREE(33, "ENCR_MAGMA_MGM_KTREE"),
    ENCR_KUZNYECHIK_MGM_MAC_KTREE(34, "ENCR_KUZNYECHIK_MGM_MAC_KTREE"),
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

    public static Optional<EncrTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant name, or {@code UNKNOWN(n)} for a value without an enum constant. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
