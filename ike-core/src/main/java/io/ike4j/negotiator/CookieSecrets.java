package io.ike4j.negotiator;

import io.ike4j.crypto.RandomSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The responder's cookie secrets (RFC 7296 §2.6): "periodically changed", with a version ID that changes with
 * each new secret. The current secret is replaced after {@code lifetime}; cookies made with the previous one
 * are accepted for {@code grace} after the change ("keep the old value of secret around for a short time"),
 * never longer ("should not accept cookies indefinitely after secret is changed"). Rotation happens lazily,
 * on the engine's clock, whenever a cookie is made or checked.
 */
final class CookieSecrets {
    record Secret(int version, byte[] secret, Instant created) {
    }

    private final RandomSource random;
    private final Duration lifetime;
    private final Duration grace;
    private Secret current;
    private Secret previous;
    private Instant previousRetired;
    long rotations;

    CookieSecrets(RandomSource random, Duration lifetime, Duration grace, Instant now) {
        this.random = random;
        this.lifetime = lifetime;
        this.grace = grace;
        this.current = new Secret(random.nextBytes(1)[0] & 0xff, random.nextBytes(32), now);
    }

    Secret current(Instant now) {
        rotateIfDue(now);
        return current;
    }

    /** The secret a cookie of {@code version} was made with, or null when it is unknown or past its grace. */
    Secret forVersion(int version, Instant now) {
        rotateIfDue(now);
        if (current.version() == version) {
            return current;
        }
        if (previous != null && previous.version() == version && now.isBefore(previousRetired.plus(grace))) {
            return previous;
        }
        return null;
    }

    private void rotateIfDue(Instant now) {
        if (now.isBefore(current.created().plus(lifetime))) {
            return;
        }
        if (previous != null) {
            Arrays.fill(previous.secret(), (byte) 0);
        }
        // Retired when its lifetime ended, not when we noticed: an idle engine must not extend its grace.
        previous = current;
        previousRetired = current.created().plus(lifetime);
        current = new Secret((current.version() + 1) & 0xff, random.nextBytes(32), now);
        rotations++;
    }
}
