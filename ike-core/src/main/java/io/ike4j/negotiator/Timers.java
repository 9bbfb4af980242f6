package io.ike4j.negotiator;

import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;

import java.time.Instant;

/**
 * The SA's timers, looked at when {@link io.ike4j.sm.TimerQueue} says the SA is due (never by walking all SAs): expiry of a
 * partial fragmented message (RFC 7383 §2.6), retransmission of each of our requests in flight (RFC 7296 §2.1),
 * expiry of kept responses, half-open expiry of a responder SA that never saw IKE_AUTH, and the end of an
 * established SA's lifetime (deleted then), the soft and hard lifetimes of it and its CHILD_SAs ({@link Lifetimes}), and its dead peer detection ({@link Dpd}). What happens is the
 * table's: the "any state" rows EV_RETRANSMIT / EV_RETRY_LIMIT and the row R_WAIT_AUTH EV_TIMEOUT.
 */
final class Timers {
    private Timers() {
    }

    static void check(Ikev2Sa sa, EngineCore core) {
        core.timerLooks++;
        Fragments.expire(sa, core);
        for (Exchange x = sa.exchanges, next; x != null && !sa.dead; x = next) {
            next = x.next;
            if (x.awaitingResponse() && !core.now.isBefore(x.nextAt)) {
                core.runAnyState(sa, x, x.sends <= core.retransmission(sa, x).tries()
                        ? Ikev2Event.EV_RETRANSMIT : Ikev2Event.EV_RETRY_LIMIT);
            } else if (x.answered() && !core.now.isBefore(x.until)) {
                // §2.1: "responders are allowed to forget the response after a timeout of several minutes"; a
                // request repeating it afterwards is ignored (Receiver: outside the window), never answered anew
                sa.remove(x);
            }
        }
        if (!sa.dead && sa.halfOpenDeadline != null && sa.state == Ikev2State.R_WAIT_AUTH
                && !core.now.isBefore(sa.halfOpenDeadline)) {
            core.run(sa, Ikev2Event.EV_TIMEOUT);
        }
        if (!sa.dead && sa.lifetimeDeadline != null && sa.state == Ikev2State.READY
                && !core.now.isBefore(sa.lifetimeDeadline)) {
            sa.lifetimeDeadline = null;
            if (sa.rekeyedTo != null) {
                EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):rekeyed IKE SA not deleted by the peer: deleting it", sa.saId);
                Informational.startDelete(sa, core);
            } else if (core.reauthenticate && sa.initiator() && sa.ipsecProfile != null) {
                // §2.8.3: reauthentication is a new IKE SA made from scratch; the old one goes once it is up
                int id = core.initiate(sa.ipsecProfile, sa.local, sa.remote);
                Ikev2Sa next = core.sas.byId(id);
                EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):IKE SA lifetime expired: reauthenticating as SA {}", sa.saId, id);
                if (next != null) {
                    next.replaces = sa;
                }
            } else {
                EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):IKE SA lifetime expired: deleting it", sa.saId);
                Informational.startDelete(sa, core); // RFC 7296 §2.8: an expired SA is rekeyed or deleted
            }
        }
        if (!sa.dead) {
            Lifetimes.check(sa, core);
        }
        if (!sa.dead) {
            Dpd.check(sa, core);
            NatTraversal.keepalive(sa, core);
        }
        if (!sa.dead) {
            core.timers.wake(sa, next(sa, core));
        }
    }

    /** The earliest deadline the SA still has: a retransmission, a kept response, the half-open expiry, fragments. */
    static Instant next(Ikev2Sa sa, EngineCore core) {
        Instant at = null;
        for (Exchange x = sa.exchanges; x != null; x = x.next) {
            if (x.awaitingResponse()) {
                at = earlier(at, x.nextAt);
            } else if (x.answered()) {
                at = earlier(at, x.until);
            }
        }
        if (sa.halfOpenDeadline != null && sa.state == Ikev2State.R_WAIT_AUTH) {
            at = earlier(at, sa.halfOpenDeadline);
        }
        if (sa.fragments != null) {
            at = earlier(at, sa.fragments.deadline);
        }
        if (sa.lifetimeDeadline != null && sa.state == Ikev2State.READY) {
            at = earlier(at, sa.lifetimeDeadline);
        }
        if (sa.dpdAt != null && sa.state == Ikev2State.READY) {
            at = earlier(at, sa.dpdAt);
        }
        Instant keepalive = NatTraversal.nextKeepalive(sa, core);
        if (keepalive != null) {
            at = earlier(at, keepalive);
        }
        at = Lifetimes.next(sa, at);
        // never in the past: a deadline already handled must not be looked at again in the same tick
        return at == null ? null : at.isAfter(core.now) ? at : core.now.plusMillis(1);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
