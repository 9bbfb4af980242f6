package io.ike4j.crypto;

import java.security.SecureRandom;

/**
 * Where SPIs, nonces, IVs and private keys come from. Injected everywhere so that two engines with
 * the same deterministic source produce the same bytes (architecture.md: the deterministic core).
 */
public interface RandomSource {
    /**
     * Fills {@code out} with random octets.
     *
     * @param out the array to fill
     */
    void nextBytes(byte[] out);

    /**
     * Fresh random octets.
     *
     * @param length how many
     * @return a new array of {@code length} random octets
     */
    default byte[] nextBytes(int length) {
        byte[] b = new byte[length];
        nextBytes(b);
        return b;
    }

    /** {@return the platform's strong SecureRandom: for production} */
    static RandomSource secure() {
        SecureRandom random = new SecureRandom();
        return random::nextBytes;
    }

    /**
     * A reproducible stream (HMAC-SHA-256 in counter mode over {@code seed}): for tests and
     * simulations only, never for real keys.
     *
     * @param seed the seed; the same seed gives the same octets
     * @return the source
     */
    static RandomSource deterministic(long seed) {
        return new DeterministicRandomSource(seed);
    }

    /** {@return this source as a {@link SecureRandom}, for APIs that insist on one} */
    default SecureRandom asSecureRandom() {
        return RandomSourceSecureRandom.of(this);
    }
}
