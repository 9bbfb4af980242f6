package io.ike4j.config;

import java.time.Duration;

/**
 * Request retransmission with exponential backoff (RFC 7296 §2.1 leaves the policy to the
 * implementation). Defaults are strongSwan's charon defaults: timeout 4 s, base 1.8, 5 retransmits;
 * retransmit n (0-based, 0 = first send) waits {@code timeout * base^n}, and after the last
 * retransmit the SA gives up once its wait has elapsed (4, 7.2, 12.96, 23.3, 42, 75.6 s: 165.06 s in all).
 */
public record Retransmission(Duration timeout, double base, int tries) {
    /** strongSwan's schedule: 4 s, then × 1.8 per retransmit, 5 retransmits (gives up after 165 s). */
    public static final Retransmission STRONGSWAN_DEFAULT = new Retransmission(Duration.ofSeconds(4), 1.8, 5);

    /**
     * Checks the ranges: a positive timeout, base 1..10, 0..30 tries.
     *
     * @param timeout time from the first send until the exchange is declared failed
     * @param base the factor between successive waits
     * @param tries how many retransmissions
     */
    public Retransmission {
        ConfigException.check(timeout != null && !timeout.isNegative() && !timeout.isZero(),
                "retransmission: timeout must be positive, got " + timeout);
        ConfigException.check(base >= 1.0 && base <= 10.0, "retransmission: base must be 1..10, got " + base);
        ConfigException.check(tries >= 0 && tries <= 30, "retransmission: tries must be 0..30, got " + tries);
    }

    /**
     * Wait after send number {@code n} (0 = the original, 1..tries = retransmits).
     *
     * @param n the send number
     * @return {@code timeout × base^n}
     */
    public Duration waitAfter(int n) {
        if (n < 0 || n > tries) { // not ConfigException.check: its message would be built on every send
            throw new ConfigException("retransmission: send " + n + " outside 0.." + tries);
        }
        return Duration.ofNanos(Math.round(timeout.toNanos() * Math.pow(base, n)));
    }

    /** {@return the time from the first send until the exchange is declared failed} */
    public Duration giveUpAfter() {
        Duration d = Duration.ZERO;
        for (int i = 0; i <= tries; i++) {
            d = d.plus(waitAfter(i));
        }
        return d;
    }
}
