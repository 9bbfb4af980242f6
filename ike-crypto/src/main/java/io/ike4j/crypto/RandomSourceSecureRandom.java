package io.ike4j.crypto;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/** Adapts a {@link RandomSource} to {@link SecureRandom} for BouncyCastle and JCA APIs. */
final class RandomSourceSecureRandom extends SecureRandom {
    private RandomSourceSecureRandom(RandomSource source) {
        super(new Spi(source), null);
    }

    static SecureRandom of(RandomSource source) {
        return new RandomSourceSecureRandom(source);
    }

    private static final class Spi extends SecureRandomSpi {
        private final RandomSource source;

        Spi(RandomSource source) {
            this.source = source;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // the source decides its own seeding
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            source.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return source.nextBytes(numBytes);
        }
    }
}
