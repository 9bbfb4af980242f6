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

    byte[] compute(byte[] key, byte[][] data, int offset, int length) {
        try {
            Mac mac = jca.mac(algorithm);
            // SecretKeySpec refuses an empty key; HMAC zero-pads keys to the block size (RFC 2104 §2),
            // so the empty key and the one-zero-octet key are the same HMAC key.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            if (data.length == 1 && offset >= 0) {
                mac.update(data[0], offset, length);
            } else {
                for (byte[] d : data) {
                    mac.update(d);
                }
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw Jca.broken(algorithm, e);
        }
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
