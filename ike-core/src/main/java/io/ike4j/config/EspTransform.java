package io.ike4j.config;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;

import java.util.Optional;

/**
 * IOS {@code crypto ipsec transform-set} keywords, each an ESP encryption or integrity transform
 * (RFC 7296 §3.3.2 IDs). Ciphers with a key length option ({@code esp-aes 256}) carry their default.
 */
public enum EspTransform {
    ESP_AES("esp-aes", Kind.ENCRYPTION, EncrTransformId.ENCR_AES_CBC.number(), 128),
    ESP_GCM("esp-gcm", Kind.ENCRYPTION, EncrTransformId.ENCR_AES_GCM_16.number(), 128),
    ESP_GMAC("esp-gmac", Kind.ENCRYPTION, EncrTransformId.ENCR_NULL_AUTH_AES_GMAC.number(), 128),
    ESP_3DES("esp-3des", Kind.ENCRYPTION, EncrTransformId.ENCR_3DES.number(), 0),
    ESP_NULL("esp-null", Kind.ENCRYPTION, EncrTransformId.ENCR_NULL.number(), 0),
    ESP_MD5_HMAC("esp-md5-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_MD5_96.number(), 0),
    ESP_SHA_HMAC("esp-sha-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA1_96.number(), 0),
    ESP_SHA256_HMAC("esp-sha256-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA2_256_128.number(), 0),
    ESP_SHA384_HMAC("esp-sha384-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA2_384_192.number(), 0),
    ESP_SHA512_HMAC("esp-sha512-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA2_512_256.number(), 0);

    /** Whether the keyword selects the cipher or the integrity algorithm. */
    public enum Kind { ENCRYPTION, INTEGRITY }

    private final String iosName;
    private final Kind kind;
    private final int transformId;
    private final int defaultKeyBits;

    EspTransform(String iosName, Kind kind, int transformId, int defaultKeyBits) {
        this.iosName = iosName;
        this.kind = kind;
        this.transformId = transformId;
        this.defaultKeyBits = defaultKeyBits;
    }

    public String iosName() {
        return iosName;
    }

    public Kind kind() {
        return kind;
    }

    public int transformId() {
        return transformId;
    }

    public int defaultKeyBits() {
        return defaultKeyBits;
    }

    public static Optional<EspTransform> ofIos(String keyword) {
        for (EspTransform t : values()) {
            if (t.iosName.equalsIgnoreCase(keyword)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
