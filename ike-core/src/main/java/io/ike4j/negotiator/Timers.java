package io.ike4j.negotiator;

import io.ike4j.config.Retransmission;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.FailureCounters;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;

import java.time.Instant;

/**
 * The SA's timers, looked at when {@link TimerQueue} says the SA is due (never by walking all SAs): expiry of a partial fragmented message (RFC 7383 §2.6),
 * request retransmission with exponential backoff (RFC 7296 §2.1; strongSwan's 4 s x 1.8^n, 5 retransmits by
 * default) and half-open expiry of a responder SA that never saw IKE_AUTH.
 */
final class Timers {
    private Timers() {
    }

    static void check(Ikev2Sa sa, EngineCore core) {
        core.timerLooks++;
        Fragments.expire(sa, core);
        retransmit(sa, core);
        if (!sa.dead && sa.halfOpenDeadline != null && sa.state == Ikev2State.R_WAIT_AUTH
                && !core.now.isBefore(sa.halfOpenDeadline)) {
            core.trace(sa, sa.state, Ikev2Event.EV_TIMEOUT);
            core.report(sa, FailureReason.NEGOTIATION_TIMEOUT, 0, 0, "half-open SA expired: no IKE_AUTH within "
                    + core.halfOpenTimeout.toSeconds() + " s");
            sa.state = Ikev2State.DELETE;
            core.remove(sa, "half-open timeout");
        }
        if (!sa.dead && sa.cachedResponse != null && !core.now.isBefore(sa.cachedResponse.until())) {
            // §2.1: "responders are allowed to forget the response after a timeout of several minutes"; a request
            // repeating it afterwards is ignored (Receiver: outside the window), never answered anew
            sa.cachedResponse = null;
        }
        if (!sa.dead) {
            core.timers.wake(sa, next(sa, core));
        }
    }

    private static void retransmit(Ikev2Sa sa, EngineCore core) {
        Ikev2Sa.Outstanding o = sa.outstanding;
        if (o == null || core.now.isBefore(o.nextAt)) {
            return;
        }
        Retransmission r = core.profileRetransmission(sa);
        if (o.sends <= r.tries()) {
            core.trace(sa, sa.state, Ikev2Event.EV_RETRANSMIT);
            o.nextAt = core.now.plus(r.waitAfter(o.sends));
            o.sends++;
            core.counters.count(FailureCounters.Packet.RETRANSMITTED);
            EngineCore.INTERNAL.debug("IKEv2:(SA ID = {}):Retransmitting packet (message id {}, try {})",
                    sa.saId, o.messageId, o.sends - 1);
            core.send(sa, o.octets, o.message, o.inner);
            return;
        }
        core.trace(sa, sa.state, Ikev2Event.EV_RETRY_LIMIT);
        sa.outstanding = null;
        if (sa.state == Ikev2State.DELETE) {
            core.remove(sa, "delete unanswered after " + r.tries() + " retransmits");
        } else {
            core.timedOut(sa, r.tries(), o.messageId);
        }
    }

    /** The earliest deadline the SA still has: the next retransmission, the half-open expiry, the fragment timeout. */
    static Instant next(Ikev2Sa sa, EngineCore core) {
        Instant at = null;
        if (sa.outstanding != null) {
            at = sa.outstanding.nextAt;
        }
        if (sa.halfOpenDeadline != null && sa.state == Ikev2State.R_WAIT_AUTH) {
            at = earlier(at, sa.halfOpenDeadline);
        }
        if (sa.fragments != null) {
            at = earlier(at, sa.fragments.deadline);
        }
        if (sa.cachedResponse != null) {
            at = earlier(at, sa.cachedResponse.until());
        }
        // never in the past: a deadline already handled must not be looked at again in the same tick
        return at == null ? null : at.isAfter(core.now) ? at : core.now.plusMillis(1);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
