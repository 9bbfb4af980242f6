package io.ike4j.negotiator.v1;

import io.ike4j.config.Retransmission;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.FailureCounters;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;

import java.time.Instant;
import java.util.ArrayList;

/**
 * The timer row ({@code IKE_TIMER_EXPIRED}, any state): the SA is looked at only when {@code TimerQueue} says it is
 * due. Retransmission of our last message of phase 1 or of a quick mode (RFC 2408 §5: IKEv1 retransmits; the peer
 * answers a duplicate with its last message), giving up after the profile's tries, the half-open limit, the ISAKMP SA's
 * lifetime, and per quick mode: the retransmission cache's end, the IPsec SAs' rekey (a new Quick Mode at 90%) and
 * hard expiry.
 */
final class Timers {
    private Timers() {
    }

    static boolean due(Instant at, Instant now) {
        return at != null && !now.isBefore(at);
    }

    static Step expired(Ikev1Core core, IsakmpSa sa, QuickMode ignored) {
        Instant now = core.now;
        boolean acted = false;
        if (due(sa.expiresAt, now)) {
            Informational.deleteIsakmp(core, sa, "ISAKMP SA lifetime expired");
            return Step.idle();
        }
        if (due(sa.halfOpenUntil, now)) {
            giveUp(core, sa, "not established within the half-open limit");
            return Step.idle();
        }
        Retransmission r = core.retransmission(sa);
        if (due(sa.retransmitAt, now)) {
            if (sa.retransmits >= r.tries()) {
                giveUp(core, sa, "no answer after " + sa.retransmits + " retransmissions");
                return Step.idle();
            }
            sa.retransmits++;
            sa.retransmitAt = now.plus(r.waitAfter(sa.retransmits));
            core.counters.count(FailureCounters.Packet.RETRANSMITTED);
            Ikev1Core.LOG.debug("ISAKMP: ({}): retransmitting phase 1 {}...", sa.connId(), sa.state);
            core.transmit(sa, sa.lastSent);
            acted = true;
        }
        acted |= Dpd.tick(core, sa, now);
        NatT.keepalive(core, sa, now);
        for (QuickMode q : new ArrayList<>(sa.nodes.values())) {
            if (sa.dead) {
                return Step.idle();
            }
            acted |= node(core, sa, q, r, now);
        }
        return acted ? Step.stay(Ikev1Input.IKE_NO_INPUT) : Step.idle();
    }

    private static boolean node(Ikev1Core core, IsakmpSa sa, QuickMode q, Retransmission r, Instant now) {
        if (due(q.forgetAt, now)) {
            sa.nodes.remove(q.messageId);
            sa.ivs.forget(q.messageId);
            return false;
        }
        if (due(q.retransmitAt, now)) {
            if (q.retransmits >= r.tries()) {
                core.fail(sa, q, FailureReason.NEGOTIATION_TIMEOUT, 0, "quick mode " + q.messageId + ": no answer after "
                        + q.retransmits + " retransmissions");
                return true;
            }
            q.retransmits++;
            q.retransmitAt = now.plus(r.waitAfter(q.retransmits));
            core.counters.count(FailureCounters.Packet.RETRANSMITTED);
            core.transmit(sa, q.lastSent);
            return true;
        }
        if (due(q.lingerUntil, now)) {
            q.lingerUntil = null;
            q.lastSent = null;
            q.lastReceived = null;
            sa.ivs.forget(q.messageId);
        }
        if (due(q.softAt, now)) {
            q.softAt = null;
            if (!q.rekeyed && q.child != null) {
                q.rekeyed = true;
                QuickModes.start(core, sa, q.ipsecProfile);
            }
        }
        if (due(q.hardAt, now)) {
            q.hardAt = null;
            Informational.deleteChild(core, sa, q, "IPsec SA lifetime expired");
        }
        return false;
    }

    /** Phase 1 gives up: named by why the peer's last message was dropped, if one was (a wrong PSK), else the wait. */
    static void giveUp(Ikev1Core core, IsakmpSa sa, String why) {
        FailureReason reason;
        String detail;
        if (sa.dropReason != null) {
            reason = sa.dropReason;
            detail = sa.dropDetail + "; " + why;
        } else if (sa.state == Ikev1State.IKE_I_MM5) {
            reason = FailureReason.AUTHENTICATION_FAIL; // MM4 came, so the peer lives: it could not read MM5
            detail = "no answer to MM5, " + why + ": the peer could not decrypt it (pre-shared keys differ?)";
        } else if (sa.state == Ikev1State.IKE_I_MM1 || sa.state == Ikev1State.IKE_I_AM1) {
            reason = FailureReason.PEER_UNREACHABLE;
            detail = why;
        } else {
            reason = FailureReason.NEGOTIATION_TIMEOUT;
            detail = sa.state + ": " + why;
        }
        core.fail(sa, null, reason, 0, detail);
    }
}
