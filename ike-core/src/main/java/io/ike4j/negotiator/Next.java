package io.ike4j.negotiator;

import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;

/**
 * What a transition row's action decides: the state the SA moves to (null = stays) and the next event.
 * {@link Ikev2Event#EV_NO_EVENT} ends the run; {@code traceWait} says whether that wait is traced as its
 * own line (IOS prints "R_WAIT_AUTH EV_NO_EVENT" but not "I_WAIT_INIT EV_NO_EVENT", ios-reference.md §1).
 * A failure carries the Huawei reason, the notify to send (0 = none) and the one received (0 = none). {@code send}:
 * the message the row wants sent (the core builds, protects and sends it after the row, before the next one).
 */
record Next(Ikev2State state, Ikev2Event event, boolean traceWait, FailureReason failure, int notifySend,
            int notifyReceived, String detail, boolean ignored, Outgoing send, io.ike4j.codec.Bytes notifyData)
        implements io.ike4j.sm.RunLoop.Decision<Ikev2State, Ikev2Event> {

    Next(Ikev2State state, Ikev2Event event, boolean traceWait, FailureReason failure, int notifySend,
         int notifyReceived, String detail) {
        this(state, event, traceWait, failure, notifySend, notifyReceived, detail, false, null, null);
    }

    /** The same decision, with {@code message} to be protected and sent by the core once the row is done. */
    Next sending(Outgoing message) {
        return new Next(state, event, traceWait, failure, notifySend, notifyReceived, detail, ignored, message, notifyData);
    }

    /**
     * The plain decisions, made once: most rows (every {@code pass}) only name the next state and event, and a
     * handshake runs about a hundred of them. Decisions are immutable, so sharing them is safe; a slot filled by two
     * threads at once holds equal values.
     */
    private static final Next[] THEN = new Next[Ikev2Event.values().length];
    private static final Next[][] TO = new Next[Ikev2State.values().length][Ikev2Event.values().length];

    static {
        for (Ikev2Event e : Ikev2Event.values()) {
            THEN[e.ordinal()] = new Next(null, e, false, null, 0, 0, "");
        }
    }

    static Next to(Ikev2State state, Ikev2Event event) {
        if (state == null) {
            return then(event);
        }
        Next n = TO[state.ordinal()][event.ordinal()];
        if (n == null) {
            n = new Next(state, event, false, null, 0, 0, "");
            TO[state.ordinal()][event.ordinal()] = n;
        }
        return n;
    }

    static Next then(Ikev2Event event) {
        return THEN[event.ordinal()];
    }

    /** Wait for an asynchronous answer or a message, tracing the EV_NO_EVENT line. */
    static Next waitTraced(Ikev2State state) {
        if (state == null) {
            return WAIT_HERE;
        }
        Next n = WAIT[state.ordinal()];
        if (n == null) {
            n = new Next(state, Ikev2Event.EV_NO_EVENT, true, null, 0, 0, "");
            WAIT[state.ordinal()] = n;
        }
        return n;
    }

    /** {@link #waitTraced} per state, made once like {@link #to}. */
    private static final Next[] WAIT = new Next[Ikev2State.values().length];
    /** {@link #waitTraced} without a state change. */
    private static final Next WAIT_HERE = new Next(null, Ikev2Event.EV_NO_EVENT, true, null, 0, 0, "");

    /** Stop without a trace line (the IOS tables end on the last real event). */
    static Next stop(Ikev2State state) {
        return to(state, Ikev2Event.EV_NO_EVENT); // the same decision: state, EV_NO_EVENT, untraced
    }

    static Next fail(FailureReason reason, int notifySend, String detail) {
        return new Next(null, Ikev2Event.EV_FAIL, false, reason, notifySend, 0, detail);
    }

    /** A failure whose error notify carries data (UNSUPPORTED_CRITICAL_PAYLOAD: the one-octet type, §3.10.1). */
    static Next fail(FailureReason reason, int notifySend, io.ike4j.codec.Bytes data, String detail) {
        return new Next(null, Ikev2Event.EV_FAIL, false, reason, notifySend, 0, detail, false, null, data);
    }

    static Next failReceived(FailureReason reason, int notifyReceived, String detail) {
        return new Next(null, Ikev2Event.EV_FAIL, false, reason, 0, notifyReceived, detail);
    }

    /**
     * An unauthenticated message that cannot be used (an IKE_SA_INIT response with an error notify, or malformed):
     * nothing acts on it (RFC 7296 §2.21.1); the SA goes back to {@code waitState} with its request still
     * outstanding, and {@code reason} is reported only if no usable response arrives before the exchange times out.
     */
    static Next ignore(Ikev2State waitState, FailureReason reason, int notifyReceived, String detail) {
        return new Next(waitState, Ikev2Event.EV_NO_EVENT, false, reason, 0, notifyReceived, detail, true, null, null);
    }

    boolean failed() {
        return failure != null && !ignored;
    }
}
