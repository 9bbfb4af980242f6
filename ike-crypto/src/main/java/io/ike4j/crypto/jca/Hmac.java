package io.ike4j.crypto.jca;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/** HMAC (RFC 2104) through a JCA {@link Mac}; a fresh Mac per call keeps it stateless and thread-safe. */
final class Hmac {
    private final Jca jca;
    private final String algorithm;
    private final int outputLength;

    Hmac(Jca jca, String algorithm, int outputLength) {
        this.jca = jca;
        this.algorithm = algorithm;
        this.outputLength = outputLength;
    }

    int outputLength() {
        return outputLength;
    }

    /** A new Mac keyed with {@code key}. */
    Mac keyedMac(byte[] key) {
        try {
            Mac mac = jca.mac(algorithm);
            init(mac, key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw Jca.broken(algorithm, e);
        }
    }

    /**
     * SecretKeySpec refuses an empty key; HMAC zero-pads keys to the block size (RFC 2104 §2), so the empty key
     * and the one-zero-octet key are the same HMAC key.
     */
    void init(Mac mac, byte[] key) throws GeneralSecurityException {
        mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
    }

    byte[] compute(byte[] key, byte[][] data, int offset, int length) {
        Mac mac = keyedMac(key);
        if (data.length == 1 && offset >= 0) {
            mac.update(data[0], offset, length);
        } else {
            for (byte[] d : data) {
                mac.update(d);
            }
        }
        return mac.doFinal();
    }

    /** True when the provider computes this HMAC (RFC 4231 test case 2 key shape, any output). */
    static boolean available(Jca jca, String algorithm) {
        try {
            Mac mac = jca.mac(algorithm);
            mac.init(new SecretKeySpec(new byte[32], algorithm));
            mac.update(new byte[1]);
            return mac.doFinal().length > 0;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
