package io.ike4j.negotiator.v1;

import io.ike4j.diag.FailureReason;
import io.ike4j.sm.RunLoop;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;

/**
 * What an ISAKMP row decided: go on with {@code event} in {@code state}, wait, drop the message it was given
 * (nothing changes, it is counted), or fail the SA or quick-mode node with a reason (and, where RFC 2408 §5 has
 * one, a notify to send, protected when phase 1 is complete).
 *
 * @param state  the state to move to, null to stay
 * @param event  the next input, {@link Ikev1Input#IKE_NO_INPUT} to wait
 * @param kind   what the run does with it
 * @param reason the failure reason (FAIL)
 * @param notifyType the ISAKMP notify to send the peer (FAIL), 0 for none
 * @param detail the failure's or drop's detail
 */
record Step(Ikev1State state, Ikev1Input event, Kind kind, FailureReason reason, int notifyType, String detail)
        implements RunLoop.Decision<Ikev1State, Ikev1Input> {

    enum Kind { GO, DROP, FAIL, IDLE }

    static Step then(Ikev1State state, Ikev1Input next) {
        return new Step(state, next, Kind.GO, null, 0, "");
    }

    static Step stay(Ikev1Input next) {
        return new Step(null, next, Kind.GO, null, 0, "");
    }

    static Step waitIn(Ikev1State state) {
        return new Step(state, Ikev1Input.IKE_NO_INPUT, Kind.GO, null, 0, "");
    }

    static Step drop(String why) {
        return new Step(null, Ikev1Input.IKE_NO_INPUT, Kind.DROP, null, 0, why);
    }

    /** Nothing happened (a timer look that found nothing due): no trace, no count. */
    static Step idle() {
        return new Step(null, Ikev1Input.IKE_NO_INPUT, Kind.IDLE, null, 0, "");
    }

    static Step fail(FailureReason reason, int notifyType, String detail) {
        return new Step(null, Ikev1Input.IKE_NO_INPUT, Kind.FAIL, reason, notifyType, detail);
    }

    @Override
    public boolean traceWait() {
        return false;
    }
}
