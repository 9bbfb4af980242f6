package io.ike4j.config;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;

import java.util.Optional;

/**
 * IOS {@code crypto ipsec transform-set} keywords, each an ESP encryption or integrity transform
 * (RFC 7296 §3.3.2 IDs). Ciphers with a key length option ({@code esp-aes 256}) carry their default.
 */
public enum EspTransform {
    /** {@code esp-aes [128|192|256]}: AES-CBC (ENCR 12), 128 bits by default. */
    ESP_AES("esp-aes", Kind.ENCRYPTION, EncrTransformId.ENCR_AES_CBC.number(), 128),
    /** {@code esp-gcm [128|192|256]}: AES-GCM with 16-octet ICV (ENCR 20), 128 bits by default. */
    ESP_GCM("esp-gcm", Kind.ENCRYPTION, EncrTransformId.ENCR_AES_GCM_16.number(), 128),
    /** {@code esp-gmac [128|192|256]}: AES-GMAC, authentication only (ENCR 21), 128 bits by default. */
    ESP_GMAC("esp-gmac", Kind.ENCRYPTION, EncrTransformId.ENCR_NULL_AUTH_AES_GMAC.number(), 128),
    /** {@code esp-3des}: 3DES-CBC (ENCR 3). */
    ESP_3DES("esp-3des", Kind.ENCRYPTION, EncrTransformId.ENCR_3DES.number(), 0),
    /** {@code esp-null}: no encryption (ENCR 11). */
    ESP_NULL("esp-null", Kind.ENCRYPTION, EncrTransformId.ENCR_NULL.number(), 0),
    /** {@code esp-md5-hmac}: HMAC-MD5-96 (INTEG 1). */
    ESP_MD5_HMAC("esp-md5-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_MD5_96.number(), 0),
    /** {@code esp-sha-hmac}: HMAC-SHA1-96 (INTEG 2). */
    ESP_SHA_HMAC("esp-sha-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA1_96.number(), 0),
    /** {@code esp-sha256-hmac}: HMAC-SHA2-256-128 (INTEG 12). */
    ESP_SHA256_HMAC("esp-sha256-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA2_256_128.number(), 0),
    /** {@code esp-sha384-hmac}: HMAC-SHA2-384-192 (INTEG 13). */
    ESP_SHA384_HMAC("esp-sha384-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA2_384_192.number(), 0),
    /** {@code esp-sha512-hmac}: HMAC-SHA2-512-256 (INTEG 14). */
    ESP_SHA512_HMAC("esp-sha512-hmac", Kind.INTEGRITY, IntegTransformId.AUTH_HMAC_SHA2_512_256.number(), 0);

    /** Whether the keyword selects the cipher or the integrity algorithm. */
    public enum Kind {
        /** An encryption transform ({@code esp-aes}, {@code esp-gcm}…). */
        ENCRYPTION,
        /** An integrity transform ({@code esp-sha256-hmac}…). */
        INTEGRITY
    }

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

    /** {@return the IOS keyword} */
    public String iosName() {
        return iosName;
    }

    /** {@return whether it is an encryption or an integrity transform} */
    public Kind kind() {
        return kind;
    }

    /** {@return the IANA transform ID} */
    public int transformId() {
        return transformId;
    }

    /** {@return the key length used when none follows the keyword, 0 for fixed-length ciphers and integrity} */
    public int defaultKeyBits() {
        return defaultKeyBits;
    }

    /**
     * The transform an IOS keyword names.
     *
     * @param keyword e.g. {@code esp-aes}, any case
     * @return the transform, or empty
     */
    public static Optional<EspTransform> ofIos(String keyword) {
        for (EspTransform t : values()) {
            if (t.iosName.equalsIgnoreCase(keyword)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
