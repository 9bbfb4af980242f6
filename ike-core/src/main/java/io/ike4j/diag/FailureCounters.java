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
    /** Packet counters in the spirit of {@code display ipsec statistics}; SECURITY.md says what each counts. */
    public enum Packet {
        /** A message received and accepted for processing. */
        INBOUND_OK,
        /** A datagram sent (retransmissions and cached answers included). */
        OUTBOUND_OK,
        /** A request sent again after its timer fired. */
        RETRANSMITTED,
        /** A datagram that does not decode as an IKE message. */
        DROPPED_MALFORMED,
        /** A protected message whose ICV did not verify (RFC 7296 §3.14). */
        DROPPED_ICV,
        /** A message for an unknown SPI, or from an address the SA is not bound to. */
        DROPPED_NO_SA,
        /** A message ID outside the window, or a late response (RFC 7296 §2.3). */
        DROPPED_MESSAGE_ID,
        /** A retransmitted request answered again from the cached response (RFC 7296 §2.1). */
        DUPLICATE_ANSWERED,
        /** A stateless N(COOKIE) answer to IKE_SA_INIT (RFC 7296 §2.6). */
        COOKIE_SENT,
        /** A message after IKE_SA_INIT without SK/SKF payload (RFC 7296 §3.14). */
        DROPPED_UNPROTECTED,
        /** A request with the last answered message ID that is not a bitwise copy of the answered one (§2.1). */
        DROPPED_RETRANSMIT_MISMATCH,
        /** A verified message of an exchange the SA's state does not allow (INFORMATIONAL before IKE_AUTH, §1.4). */
        DROPPED_UNEXPECTED,
        /** An IKE fragment refused (RFC 7383 §2.6 checks, count/size/time/memory limits): fragment or partial message. */
        DROPPED_FRAGMENT,
        /** An answer to unauthenticated input withheld because it would be larger than the input. */
        DROPPED_AMPLIFICATION,
        /** IKE_SA_INIT refused: the source address holds its limit of half-open SAs. */
        REFUSED_PER_ADDRESS,
        /** IKE_SA_INIT refused: the engine holds its limit of half-open SAs. */
        REFUSED_HALF_OPEN_LIMIT,
        /** An IKE_SA_INIT carried a COOKIE that was not ours or had expired (processed as if it had none, §2.6). */
        COOKIE_REJECTED,
        /** An unusable unauthenticated IKE_SA_INIT response ignored while waiting for a valid one (§2.21.1). */
        IGNORED_UNAUTHENTICATED,
        /** A bug: an exception escaped a transition row or the receive path (logged with its stack trace). */
        INTERNAL_ERROR,
        /** A protected message of ours sent as IKE fragments (RFC 7383), counted once per message. */
        FRAGMENTED,
        /** A NAT-keepalive (one 0xFF octet, RFC 3948 §2.3) sent by an SA behind a NAT. */
        NAT_KEEPALIVE_SENT,
        /** A stateless N(COOKIE) + N(PUZZLE) answer to IKE_SA_INIT (RFC 8019 §7.1.1). */
        PUZZLE_SENT,
        /** An IKE_SA_INIT with our puzzle cookie and a solution of the asked difficulty, admitted (RFC 8019 §7.1.4). */
        PUZZLE_SOLVED,
        /** An IKE_SA_INIT with our puzzle cookie but no or a too weak solution: asked again unless let in as legacy. */
        PUZZLE_UNSOLVED
    }

    private final AtomicLongArray reasons = new AtomicLongArray(FailureReason.values().length);
    private final AtomicLongArray packets = new AtomicLongArray(Packet.values().length);

    /** Every counter at zero. */
    public FailureCounters() {
    }

    /**
     * Counts one failure.
     *
     * @param r its reason
     */
    public void count(FailureReason r) {
        reasons.incrementAndGet(r.ordinal());
    }

    /**
     * Counts one packet event.
     *
     * @param p what happened
     */
    public void count(Packet p) {
        packets.incrementAndGet(p.ordinal());
    }

    /**
     * The count of one reason.
     *
     * @param r the reason
     * @return failures counted with it
     */
    public long get(FailureReason r) {
        return reasons.get(r.ordinal());
    }

    /**
     * The count of one packet event.
     *
     * @param p the event
     * @return how often it happened
     */
    public long get(Packet p) {
        return packets.get(p.ordinal());
    }

    /** {@return every reason's count, zeros included, in enum order} */
    public Map<FailureReason, Long> reasons() {
        Map<FailureReason, Long> m = new EnumMap<>(FailureReason.class);
        for (FailureReason r : FailureReason.values()) {
            m.put(r, get(r));
        }
        return m;
    }

    /** {@return a {@code display ike error-info}-like table: one line per reason with a non-zero count} */
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
