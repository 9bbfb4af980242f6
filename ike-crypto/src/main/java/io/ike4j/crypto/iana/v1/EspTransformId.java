package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI ESP transform identifiers (RFC 2407 §4.4.4 and later RFCs; IANA isakmp-registry-9).
 */
public enum EspTransformId implements IanaValue {
    /** Value 1 (IANA reference: RFC 2407). */
    ESP_DES_IV64(1, "ESP_DES_IV64"),
    /** Value 2 (IANA reference: RFC 2407). */
    ESP_DES(2, "ESP_DES"),
    /** Value 3 (IANA reference: RFC 2407). */
    ESP_3DES(3, "ESP_3DES"),
    /** Value 4 (IANA reference: RFC 2407). */
    ESP_RC5(4, "ESP_RC5"),
    /** Value 5 (IANA reference: RFC 2407). */
    ESP_IDEA(5, "ESP_IDEA"),
    /** Value 6 (IANA reference: RFC 2407). */
    ESP_CAST(6, "ESP_CAST"),
    /** Value 7 (IANA reference: RFC 2407). */
    ESP_BLOWFISH(7, "ESP_BLOWFISH"),
    /** Value 8 (IANA reference: RFC 2407). */
    ESP_3IDEA(8, "ESP_3IDEA"),
    /** Value 9 (IANA reference: RFC 2407). */
    ESP_DES_IV32(9, "ESP_DES_IV32"),
    /** Value 10 (IANA reference: RFC 2407). */
    ESP_RC4(10, "ESP_RC4"),
    /** Value 11 (IANA reference: RFC 2407). */
    ESP_NULL(11, "ESP_NULL"),
    /** Value 12 (IANA reference: RFC 3602). */
    ESP_AES_CBC(12, "ESP_AES-CBC"),
    /** Value 13 (IANA reference: RFC 3686). */
    ESP_AES_CTR(13, "ESP_AES-CTR"),
    /** Value 14 (IANA reference: RFC 4309). */
    ESP_AES_CCM_8(14, "ESP_AES-CCM_8"),
    /** Value 15 (IANA reference: RFC 4309). */
    ESP_AES_CCM_12(15, "ESP_AES-CCM_12"),
    /** Value 16 (IANA reference: RFC 4309). */
    ESP_AES_CCM_16(16, "ESP_AES-CCM_16"),
    /** Value 18 (IANA reference: RFC 4106). */
    ESP_AES_GCM_8(18, "ESP_AES-GCM_8"),
    /** Value 19 (IANA reference: RFC 4106). */
    ESP_AES_GCM_12(19, "ESP_AES-GCM_12"),
    /** Value 20 (IANA reference: RFC 4106). */
    ESP_AES_GCM_16(20, "ESP_AES-GCM_16"),
    /** Value 21 (IANA reference: RFC 4196). */
    ESP_SEED_CBC(21, "ESP_SEED_CBC"),
    /** Value 22 (IANA reference: RFC 4312). */
    ESP_CAMELLIA(22, "ESP_CAMELLIA"),
    /** Value 23 (IANA reference: RFC 4543). */
    ESP_NULL_AUTH_AES_GMAC(23, "ESP_NULL_AUTH_AES-GMAC");

    private static final Map<Integer, EspTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    EspTransformId(int number, String ianaName) {
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
    public static Optional<EspTransformId> of(int number) {
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
