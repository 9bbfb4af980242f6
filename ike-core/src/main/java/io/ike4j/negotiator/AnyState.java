package io.ike4j.negotiator;

import io.ike4j.config.Retransmission;
import io.ike4j.diag.FailureCounters;
import io.ike4j.diag.FailureReason;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/**
 * The rows that apply to an exchange in any state (RFC 7296 §2.1): a request is retransmitted until answered or
 * given up, a bitwise identical retransmission of the peer's request gets our kept response again (IOS
 * EV_CHECK_DUPE), and a failed step deletes the IKE SA. Plus the responder's half-open expiry. They run on
 * {@code sa.current}, the exchange the timer or the duplicate belongs to.
 */
final class AnyState {
    private AnyState() {
    }

    static void rows(TransitionTable t) {
        t.any(EV_RETRANSMIT, "resendRequest", AnyState::resendRequest);
        t.any(EV_RETRY_LIMIT, "giveUp", (sa, core) -> core.gaveUp(sa, sa.current,
                core.retransmission(sa, sa.current).tries()), DELETE);
        t.any(EV_CHECK_DUPE, "resendResponse", AnyState::resendResponse);
        t.any(EV_FAIL, "deleteIkeSa", (sa, core) -> core.failed(sa), DELETE);
        t.on(R_WAIT_AUTH, EV_TIMEOUT, "halfOpenExpired", AnyState::halfOpenExpired, DELETE);
    }

    /** Exponential backoff (strongSwan's 4 s x 1.8^n by default): the same octets again (§2.1). */
    private static Next resendRequest(Ikev2Sa sa, EngineCore core) {
        Exchange x = sa.current;
        Retransmission r = core.retransmission(sa, x);
        x.nextAt = core.now.plus(r.waitAfter(x.sends));
        x.sends++;
        core.counters.count(FailureCounters.Packet.RETRANSMITTED);
        EngineCore.INTERNAL.debug("IKEv2:(SA ID = {}):Retransmitting packet (message id {}, try {})",
                sa.saId, x.messageId, x.sends - 1);
        core.send(sa, x.request, x.requestFragments, x.requestMessage, x.requestInner); // RFC 7383 §2.6.1: all fragments
        return Next.stop(null);
    }

    private static Next resendResponse(Ikev2Sa sa, EngineCore core) {
        Exchange x = sa.current;
        core.counters.count(FailureCounters.Packet.DUPLICATE_ANSWERED);
        core.send(sa, x.response, x.responseFragments, x.responseMessage, x.responseInner);
        return Next.stop(null);
    }

    private static Next halfOpenExpired(Ikev2Sa sa, EngineCore core) {
        core.report(sa, FailureReason.NEGOTIATION_TIMEOUT, 0, 0, "half-open SA expired: no IKE_AUTH within "
                + core.halfOpenTimeout.toSeconds() + " s");
        core.remove(sa, "half-open timeout");
        return Next.stop(DELETE);
    }
}
