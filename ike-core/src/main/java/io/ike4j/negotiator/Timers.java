package io.ike4j.negotiator;

import io.ike4j.config.Retransmission;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.FailureCounters;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;

/**
 * The SA's timers, checked whenever time advances: expiry of a partial fragmented message (RFC 7383 §2.6),
 * request retransmission with exponential backoff (RFC 7296 §2.1; strongSwan's 4 s x 1.8^n, 5 retransmits by
 * default) and half-open expiry of a responder SA that never saw IKE_AUTH.
 */
final class Timers {
    private Timers() {
    }

    static void check(Ikev2Sa sa, EngineCore core) {
        Fragments.expire(sa, core);
        Ikev2Sa.Outstanding o = sa.outstanding;
        if (o != null && !core.now.isBefore(o.nextAt)) {
            Retransmission r = core.profileRetransmission(sa);
            if (o.sends <= r.tries()) {
                core.trace(sa, sa.state, Ikev2Event.EV_RETRANSMIT);
                o.nextAt = core.now.plus(r.waitAfter(o.sends));
                o.sends++;
                core.counters.count(FailureCounters.Packet.RETRANSMITTED);
                EngineCore.INTERNAL.debug("IKEv2:(SA ID = {}):Retransmitting packet (message id {}, try {})",
                        sa.saId, o.messageId, o.sends - 1);
                core.send(sa, o.octets, o.message, o.inner);
            } else {
                core.trace(sa, sa.state, Ikev2Event.EV_RETRY_LIMIT);
                sa.outstanding = null;
                if (sa.state == Ikev2State.DELETE) {
                    core.remove(sa, "delete unanswered after " + r.tries() + " retransmits");
                } else {
                    core.timedOut(sa, r.tries(), o.messageId);
                }
            }
            return;
        }
        if (sa.halfOpenDeadline != null && sa.state == Ikev2State.R_WAIT_AUTH && !core.now.isBefore(sa.halfOpenDeadline)) {
            core.trace(sa, sa.state, Ikev2Event.EV_TIMEOUT);
            core.report(sa, FailureReason.NEGOTIATION_TIMEOUT, 0, 0, "half-open SA expired: no IKE_AUTH within "
                    + core.halfOpenTimeout.toSeconds() + " s");
            sa.state = Ikev2State.DELETE;
            core.remove(sa, "half-open timeout");
        }
    }
}
