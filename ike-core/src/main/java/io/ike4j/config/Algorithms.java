package io.ike4j.config;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.PrfTransformId;

import java.util.Optional;
import java.util.Set;

/** Facts about IANA transform IDs that validation needs (RFC 7296 §3.3.2/§3.3.5, RFC 5282, RFC 7634). */
final class Algorithms {
    private Algorithms() {
    }

    private static final Set<Integer> AEAD = Set.of(
            EncrTransformId.ENCR_AES_CCM_8.number(), EncrTransformId.ENCR_AES_CCM_12.number(),
            EncrTransformId.ENCR_AES_CCM_16.number(), EncrTransformId.ENCR_AES_GCM_8.number(),
            EncrTransformId.ENCR_AES_GCM_12.number(), EncrTransformId.ENCR_AES_GCM_16.number(),
            EncrTransformId.ENCR_NULL_AUTH_AES_GMAC.number(), EncrTransformId.ENCR_CAMELLIA_CCM_8.number(),
            EncrTransformId.ENCR_CAMELLIA_CCM_12.number(), EncrTransformId.ENCR_CAMELLIA_CCM_16.number(),
            EncrTransformId.ENCR_CHACHA20_POLY1305.number(), EncrTransformId.ENCR_AES_CCM_8_IIV.number(),
            EncrTransformId.ENCR_AES_GCM_16_IIV.number(), EncrTransformId.ENCR_CHACHA20_POLY1305_IIV.number());

    /** Ciphers with a variable key: the Key Length attribute (§3.3.5) is mandatory, 128/192/256. */
    private static final Set<Integer> VARIABLE_KEY = Set.of(
            EncrTransformId.ENCR_AES_CBC.number(), EncrTransformId.ENCR_AES_CTR.number(),
            EncrTransformId.ENCR_AES_CCM_8.number(), EncrTransformId.ENCR_AES_CCM_12.number(),
            EncrTransformId.ENCR_AES_CCM_16.number(), EncrTransformId.ENCR_AES_GCM_8.number(),
            EncrTransformId.ENCR_AES_GCM_12.number(), EncrTransformId.ENCR_AES_GCM_16.number(),
            EncrTransformId.ENCR_NULL_AUTH_AES_GMAC.number(), EncrTransformId.ENCR_CAMELLIA_CBC.number(),
            EncrTransformId.ENCR_CAMELLIA_CTR.number(), EncrTransformId.ENCR_CAMELLIA_CCM_8.number(),
            EncrTransformId.ENCR_CAMELLIA_CCM_12.number(), EncrTransformId.ENCR_CAMELLIA_CCM_16.number(),
            EncrTransformId.ENCR_AES_CCM_8_IIV.number(), EncrTransformId.ENCR_AES_GCM_16_IIV.number());

    /** Ciphers that are only meaningful for ESP, never for protecting IKE (RFC 8221, RFC 8247). */
    private static final Set<Integer> ESP_ONLY = Set.of(
            EncrTransformId.ENCR_NULL.number(), EncrTransformId.ENCR_NULL_AUTH_AES_GMAC.number());

    static boolean isAead(int encrId) {
        return AEAD.contains(encrId);
    }

    static boolean needsKeyLength(int encrId) {
        return VARIABLE_KEY.contains(encrId);
    }

    static boolean espOnly(int encrId) {
        return ESP_ONLY.contains(encrId);
    }

    /** strongSwan's rule: an IKE proposal without PRF takes the PRF matching its integrity algorithm. */
    static Optional<Integer> prfFor(int integId) {
        PrfTransformId prf = null;
        if (integId == IntegTransformId.AUTH_HMAC_MD5_96.number()) {
            prf = PrfTransformId.PRF_HMAC_MD5;
        } else if (integId == IntegTransformId.AUTH_HMAC_SHA1_96.number()) {
            prf = PrfTransformId.PRF_HMAC_SHA1;
        } else if (integId == IntegTransformId.AUTH_HMAC_SHA2_256_128.number()) {
            prf = PrfTransformId.PRF_HMAC_SHA2_256;
        } else if (integId == IntegTransformId.AUTH_HMAC_SHA2_384_192.number()) {
            prf = PrfTransformId.PRF_HMAC_SHA2_384;
        } else if (integId == IntegTransformId.AUTH_HMAC_SHA2_512_256.number()) {
            prf = PrfTransformId.PRF_HMAC_SHA2_512;
        } else if (integId == IntegTransformId.AUTH_AES_XCBC_96.number()) {
            prf = PrfTransformId.PRF_AES128_XCBC;
        } else if (integId == IntegTransformId.AUTH_AES_CMAC_96.number()) {
            prf = PrfTransformId.PRF_AES128_CMAC;
        }
        return Optional.ofNullable(prf).map(PrfTransformId::number);
    }
}
