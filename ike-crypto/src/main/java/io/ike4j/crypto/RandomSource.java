package io.ike4j.crypto;

import java.security.SecureRandom;

/**
 * Where SPIs, nonces, IVs and private keys come from. Injected everywhere so that two engines with
 * the same deterministic source produce the same bytes (architecture.md: the deterministic core).
 */
public interface RandomSource {
    void nextBytes(byte[] out);

    default byte[] nextBytes(int length) {
        byte[] b = new byte[length];
        nextBytes(b);
        return b;
    }

    /** The platform's strong SecureRandom: for production. */
    static RandomSource secure() {
        SecureRandom random = new SecureRandom();
        return random::nextBytes;
    }

    /**
     * A reproducible stream (HMAC-SHA-256 in counter mode over {@code seed}): for tests and
     * simulations only, never for real keys.
     */
    static RandomSource deterministic(long seed) {
        return new DeterministicRandomSource(seed);
    }

    /** This source as a {@link SecureRandom}, for APIs that insist on one. */
    default SecureRandom asSecureRandom() {
        return RandomSourceSecureRandom.of(this);
    }
}
