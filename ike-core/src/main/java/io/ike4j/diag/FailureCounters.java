package io.ike4j.diag;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Failure counters per reason, like Huawei's {@code display ike error-info} summary, plus the packet
 * counters of {@code display ipsec statistics} ("IKE ctrl packet inbound ok / outbound ok", drops).
 * Updated by one engine thread, readable from any thread.
 */
public final class FailureCounters {
    /** Packet counters in the spirit of {@code display ipsec statistics}. */
    public enum Packet { INBOUND_OK, OUTBOUND_OK, RETRANSMITTED, DROPPED_MALFORMED, DROPPED_ICV, DROPPED_NO_SA,
        DROPPED_MESSAGE_ID, DUPLICATE_ANSWERED, COOKIE_SENT }

    private final AtomicLongArray reasons = new AtomicLongArray(FailureReason.values().length);
    private final AtomicLongArray packets = new AtomicLongArray(Packet.values().length);

    public void count(FailureReason r) {
        reasons.incrementAndGet(r.ordinal());
    }

    public void count(Packet p) {
        packets.incrementAndGet(p.ordinal());
    }

    public long get(FailureReason r) {
        return reasons.get(r.ordinal());
    }

    public long get(Packet p) {
        return packets.get(p.ordinal());
    }

    public Map<FailureReason, Long> reasons() {
        Map<FailureReason, Long> m = new EnumMap<>(FailureReason.class);
        for (FailureReason r : FailureReason.values()) {
            m.put(r, get(r));
        }
        return m;
    }

    /** {@code display ike error-info}-like table: one line per reason with a non-zero count. */
    public String render() {
        StringBuilder b = new StringBuilder(String.format("%-36s%s%n", "reason", "count"));
        for (FailureReason r : FailureReason.values()) {
            if (get(r) > 0) {
                b.append(String.format("%-36s%d%n", r.text(), get(r)));
            }
        }
        for (Packet p : Packet.values()) {
            b.append(String.format("%-36s%d%n", p.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), get(p)));
        }
        return b.toString();
    }
}
