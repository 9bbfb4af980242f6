package io.ike4j.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A {@link Clock} that only moves when told to; deterministic tests inject it into engines. */
public final class VirtualClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    /**
     * A clock standing at {@code start}, in UTC.
     *
     * @param start the initial time
     */
    public VirtualClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private VirtualClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new VirtualClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /**
     * Moves forward; time never goes backwards.
     *
     * @param d how far, not negative
     * @return the new time
     */
    public Instant advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative duration " + d);
        }
        now = now.plus(d);
        return now;
    }

    /**
     * Sets the time to {@code t}, which must not be before the current time.
     *
     * @param t the new time
     */
    public void set(Instant t) {
        if (t.isBefore(now)) {
            throw new IllegalArgumentException("virtual time cannot go back from " + now + " to " + t);
        }
        now = t;
    }
}
