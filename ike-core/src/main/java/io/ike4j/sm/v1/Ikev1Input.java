package io.ike4j.sm.v1;

/**
 * The inputs of the ISAKMP machine as IOS prints them: {@code Input = <source>, <event>} (ios-reference.md §3). The
 * source says where the input came from (the peer, IPsec asking for an SA, the machine itself); IOS spells it
 * {@code IKE_MESG_*} on phase-1 lines and {@code IKE_MSG_*} on quick-mode lines, kept here as printed.
 */
public enum Ikev1Input {
    /** IPsec asks for an SA: start Main Mode. */
    IKE_SA_REQ_MM("IKE_MESG_FROM_IPSEC"),
    /** IPsec asks for an SA: start Aggressive Mode. */
    IKE_SA_REQ_AM("IKE_MESG_FROM_IPSEC"),
    /** A Main Mode message from the peer. */
    IKE_MM_EXCH("IKE_MESG_FROM_PEER"),
    /** An Aggressive Mode message from the peer. */
    IKE_AM_EXCH("IKE_MESG_FROM_PEER"),
    /** The machine processes the phase-1 message it received. */
    IKE_PROCESS_MAIN_MODE("IKE_MESG_INTERNAL"),
    /** The phase-1 step is complete (its answer sent, or the SA established). */
    IKE_PROCESS_COMPLETE("IKE_MESG_INTERNAL"),
    /** Phase 1 told its quick mode that it is complete. */
    IKE_PHASE1_COMPLETE("IKE_MESG_INTERNAL"),
    /** A quick mode starts on an established ISAKMP SA. */
    IKE_INIT_QM("IKE_MESG_INTERNAL"),
    /** A Quick Mode message from the peer. */
    IKE_QM_EXCH("IKE_MSG_FROM_PEER"),
    /** The responder's inbound SPI arrived from IPsec. */
    IKE_GOT_SPI("IKE_MSG_INTERNAL"),
    /** An Informational exchange from the peer carrying a notification (RFC 2408 §4.8). */
    IKE_INFO_NOTIFY("IKE_MESG_FROM_PEER"),
    /** An Informational exchange from the peer carrying a DELETE (RFC 2408 §4.8, §3.15). */
    IKE_INFO_DELETE("IKE_MESG_FROM_PEER"),
    /** A retransmission timer or the SA's lifetime ran out. */
    IKE_TIMER_EXPIRED("IKE_MESG_FROM_TIMER"),
    /** The machine waits for the next message or timer; ends a run and is never traced. */
    IKE_NO_INPUT("IKE_MESG_INTERNAL");

    private final String source;

    Ikev1Input(String source) {
        this.source = source;
    }

    /** {@return the source IOS prints before the input, e.g. IKE_MESG_FROM_PEER} */
    public String source() {
        return source;
    }
}
