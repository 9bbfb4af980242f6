package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IPsec DOI ESP transform identifiers (RFC 2407 §4.4.4 and later RFCs; IANA isakmp-registry-9).
 */
public enum EspTransformId implements IanaValue {
    ESP_DES_IV64(1, "ESP_DES_IV64"),
    ESP_DES(2, "ESP_DES"),
    ESP_3DES(3, "ESP_3DES"),
    ESP_RC5(4, "ESP_RC5"),
    ESP_IDEA(5, "ESP_IDEA"),
    ESP_CAST(6, "ESP_CAST"),
    ESP_BLOWFISH(7, "ESP_BLOWFISH"),
    ESP_3IDEA(8, "ESP_3IDEA"),
    ESP_DES_IV32(9, "ESP_DES_IV32"),
    ESP_RC4(10, "ESP_RC4"),
    ESP_NULL(11, "ESP_NULL"),
    ESP_AES_CBC(12, "ESP_AES-CBC"),
    ESP_AES_CTR(13, "ESP_AES-CTR"),
    ESP_AES_CCM_8(14, "ESP_AES-CCM_8"),
    ESP_AES_CCM_12(15, "ESP_AES-CCM_12"),
    ESP_AES_CCM_16(16, "ESP_AES-CCM_16"),
    ESP_AES_GCM_8(18, "ESP_AES-GCM_8"),
    ESP_AES_GCM_12(19, "ESP_AES-GCM_12"),
    ESP_AES_GCM_16(20, "ESP_AES-GCM_16"),
    ESP_SEED_CBC(21, "ESP_SEED_CBC"),
    ESP_CAMELLIA(22, "ESP_CAMELLIA"),
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

    public static Optional<EspTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
