package io.ike4j.cli;

import io.ike4j.config.ConfigException;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import io.ike4j.negotiator.Ikev2Engine;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code ike peer}'s SA lifecycle options (the names are a contract): rekey intervals and the hard lifetime
 * (RFC 7296 §2.8), the message-ID window (§2.3) and how long an initiator holds its SAs before deleting them.
 *
 * @param childRekey CHILD_SA rekey interval, null for the engine's default (90% of the lifetime)
 * @param ikeRekey   IKE SA rekey interval, null for the default
 * @param lifetime   hard lifetime in seconds of the IKE SA and its CHILD_SAs, empty for the defaults
 * @param window     message-ID window, 0 for the engine's default (1)
 * @param hold       how long an initiator keeps its SAs once all are up (zero: deletes them at once)
 */
record LifecycleOptions(Duration childRekey, Duration ikeRekey, OptionalInt lifetime, int window, Duration hold) {
    /** The range IOS and the profiles accept for {@code lifetime}, in seconds. */
    static final int MIN_LIFETIME = 120;
    static final int MAX_LIFETIME = 86400;
    static final Set<String> VALUED = Set.of("child-rekey", "ike-rekey", "lifetime", "window", "hold");
    static final String SYNOPSIS = "[--child-rekey SECONDS] [--ike-rekey SECONDS] [--lifetime SECONDS] [--window N] [--hold SECONDS]";
    static final String SUMMARY = "--child-rekey S / --ike-rekey S: rekey each CHILD_SA / IKE SA every S s (below its lifetime), less up\n"
            + "      to 5% jitter (default: at 90% of the lifetime; either role); --lifetime S: hard lifetime of the IKE SA and its CHILD_SAs\n"
            + "      (" + MIN_LIFETIME + ".." + MAX_LIFETIME + ", default " + IkeProfile.DEFAULT_LIFETIME + " / "
            + IpsecProfile.DEFAULT_LIFETIME_SECONDS + "); --window N: message-ID window, announced with SET_WINDOW_SIZE\n"
            + "      (1..64, default 1); --hold S: the initiator keeps its SAs S s once all are up (rekeys and DPD go on; SIGINT\n"
            + "      ends it early), then deletes them; a responder accepts it and serves on. One line per SA event:\n"
            + "      'SA <id> REKEYED IKE <old-id> -> <new-id>', 'SA <id> REKEYED CHILD <old-in-SPI> -> <new-in-SPI>' (lower-case hex),\n"
            + "      'SA <id> DPD ok|dead', 'SA <id> DOWN <reason>' (not for the old SA of an IKE rekey)";

    static LifecycleOptions parse(Options o) throws UsageException {
        OptionalInt lifetime = OptionalInt.empty();
        if (o.has("lifetime")) {
            String v = o.get("lifetime").get();
            int s = o.positive("lifetime", 0);
            if (s < MIN_LIFETIME || s > MAX_LIFETIME) {
                throw new UsageException("--lifetime must be " + MIN_LIFETIME + ".." + MAX_LIFETIME + " seconds, got '" + v + "'");
            }
            lifetime = OptionalInt.of(s);
        }
        Duration child = rekey(o, "child-rekey", "CHILD_SA", lifetime.orElse(IpsecProfile.DEFAULT_LIFETIME_SECONDS));
        Duration ike = rekey(o, "ike-rekey", "IKE SA", lifetime.orElse(IkeProfile.DEFAULT_LIFETIME));
        int window = o.has("window") ? o.positive("window", 1) : 0;
        Duration hold = Duration.ofSeconds(o.nonNegative("hold", 0));
        return new LifecycleOptions(child, ike, lifetime, window, hold);
    }

    /** A rekey interval: whole seconds, below the hard lifetime (or the SA would expire first, §2.8). */
    private static Duration rekey(Options o, String name, String what, int lifetime) throws UsageException {
        if (!o.has(name)) {
            return null;
        }
        int s = o.positive(name, 0);
        if (s >= lifetime) {
            throw new UsageException("--" + name + " " + s + " must be below the " + what + " lifetime (" + lifetime
                    + " s, see --lifetime)");
        }
        return Duration.ofSeconds(s);
    }

    /** Hands the rekey intervals and the window to the engine. */
    void apply(Ikev2Engine.Builder b) throws UsageException {
        if (childRekey != null || ikeRekey != null) {
            b.rekeyIntervals(childRekey, ikeRekey); // checked above: at least 1 s
        }
        if (window > 0) {
            try {
                b.windowSize(window);
            } catch (ConfigException e) {
                throw new UsageException("--window " + window + ": " + e.getMessage());
            }
        }
    }
}
