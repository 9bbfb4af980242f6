package io.ike4j.crypto.kdf;

import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.Prf;
import java.util.Arrays;

/**
 * The untruncated HMAC integrity transforms of RFC 4595 (AUTH_HMAC_MD5_128 = 6, AUTH_HMAC_SHA1_160 = 7),
 * built on a provider's HMAC PRF (PRF_HMAC_MD5 = 1, PRF_HMAC_SHA1 = 2): the same HMAC with the full
 * output as ICV. Used where a provider lists no INTEG 6/7 (Wireshark's 3DES/HMAC_SHA1_160 capture).
 */
public record PrfIntegrity(int transformId, Prf prf, int icvLength) implements Integrity {
    /**
     * INTEG {@code integId} (6 or 7) on {@code prf} (1 or 2 respectively).
     *
     * @param integId 6 (AUTH_HMAC_MD5_128) or 7 (AUTH_HMAC_SHA1_160), RFC 4595
     * @param prf PRF_HMAC_MD5 or PRF_HMAC_SHA1
     * @return the untruncated-PRF integrity algorithm
     */
    public static PrfIntegrity rfc4595(int integId, Prf prf) {
        return new PrfIntegrity(integId, prf, prf.outputLength());
    }

    @Override
    public int keyLength() {
        return prf.outputLength();
    }

    @Override
    public byte[] compute(byte[] key, byte[] data, int offset, int length) {
        byte[] mac = prf.compute(key, Arrays.copyOfRange(data, offset, offset + length));
        return mac.length == icvLength ? mac : Arrays.copyOf(mac, icvLength);
    }
}
