package io.ike4j.negotiator.proposal;

import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;

import java.util.Map;

/**
 * Algorithm names as strongSwan prints them in logs and {@code swanctl --list-sas} (observed in the
 * captures' swanctl output and charon logs): mostly the IANA name without its {@code ENCR_}/{@code AUTH_}
 * prefix, with a few differences listed here. Unknown values print as {@code UNKNOWN(n)}.
 */
final class StrongSwanNames {
    private StrongSwanNames() {
    }

    private static final Map<Integer, String> ENCR = Map.of(
            EncrTransformId.ENCR_NULL_AUTH_AES_GMAC.number(), "NULL_AES_GMAC");
    private static final Map<Integer, String> GROUPS = Map.of(
            KeTransformId.NONE.number(), "MODP_NONE",
            KeTransformId.BRAINPOOL_P224R1.number(), "ECP_224_BP",
            KeTransformId.BRAINPOOL_P256R1.number(), "ECP_256_BP",
            KeTransformId.BRAINPOOL_P384R1.number(), "ECP_384_BP",
            KeTransformId.BRAINPOOL_P512R1.number(), "ECP_512_BP",
            KeTransformId.CURVE25519.number(), "CURVE_25519",
            KeTransformId.CURVE448.number(), "CURVE_448");

    /** e.g. {@code AES_CBC_128} with separator "_" (charon log) or {@code AES_CBC-128} with "-" (swanctl). */
    static String encryption(EncryptionAlgorithm e, String keySeparator) {
        String n = ENCR.get(e.transformId());
        if (n == null) {
            n = strip(EncrTransformId.nameOf(e.transformId()), "ENCR_");
        }
        return e.keyBits() == 0 ? n : n + keySeparator + e.keyBits();
    }

    static String integrity(int id) {
        return strip(IntegTransformId.nameOf(id), "AUTH_");
    }

    static String prf(int id) {
        return PrfTransformId.nameOf(id);
    }

    static String group(int id) {
        String n = GROUPS.get(id);
        return n != null ? n : KeTransformId.nameOf(id);
    }

    private static String strip(String name, String prefix) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
