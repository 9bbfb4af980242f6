package io.ike4j.sm.v2;

/**
 * The states of an IKEv2 SA, named as Cisco IOS prints them in {@code debug crypto ikev2 internal}
 * (ios-reference.md §1, seed 002). A trace line names the state <em>in which</em> an event is handled.
 * States marked "added by ike4j" cover exchanges the seeds do not trace (CHILD_SA-only CREATE_CHILD_SA,
 * INFORMATIONAL, deletion), named in the same style. Every state is a row's or an IOS reference table's
 * (TransitionTableTest checks it); the CREATE_CHILD_SA ones are the IKE-rekey tables' of ios-reference.md §1.
 */
public enum Ikev2State {
    /** No exchange yet: an SA that is about to be initiated or has just received a first IKE_SA_INIT. */
    IDLE,
    /** Initiator builds the IKE_SA_INIT request. */
    I_BLD_INIT,
    /** Initiator waits for the IKE_SA_INIT response (retransmitting). */
    I_WAIT_INIT,
    /** Initiator processes the IKE_SA_INIT response. */
    I_PROC_INIT,
    /** IKE_SA_INIT finished on this side: keys derived. */
    INIT_DONE,
    /** Initiator builds the IKE_AUTH request. */
    I_BLD_AUTH,
    /** Initiator waits for the IKE_AUTH response (retransmitting). */
    I_WAIT_AUTH,
    /** Initiator processes the IKE_AUTH response. */
    I_PROC_AUTH,
    /** Peer authenticated: the IKE SA and the first CHILD_SA are being installed. */
    AUTH_DONE,
    /** The IKE SA is established. */
    READY,
    /** Responder checks a received IKE_SA_INIT request. */
    R_INIT,
    /** Responder builds the IKE_SA_INIT response. */
    R_BLD_INIT,
    /** Responder waits for the IKE_AUTH request (timer running). */
    R_WAIT_AUTH,
    /** Responder verifies the initiator's AUTH. */
    R_VERIFY_AUTH,
    /** Responder builds the IKE_AUTH response. */
    R_BLD_AUTH,
    /** Initiator starts a CREATE_CHILD_SA exchange (new CHILD_SA, CHILD_SA rekey or IKE SA rekey). Added by ike4j. */
    CHILD_I_INIT,
    /** Initiator builds a CREATE_CHILD_SA that rekeys the IKE SA (new SPI, nonce, KE). Added by ike4j. */
    CHILD_I_IKE,
    /** Initiator builds a CREATE_CHILD_SA for a CHILD_SA (SPI, nonce, selectors, PFS KE). Added by ike4j. */
    CHILD_I_IPSEC,
    /** Responder checks a CREATE_CHILD_SA request. */
    CHILD_R_INIT,
    /** Responder handles a CREATE_CHILD_SA that rekeys the IKE SA. */
    CHILD_R_IKE,
    /** Responder handles a CREATE_CHILD_SA for a CHILD_SA (new or rekeyed). Added by ike4j. */
    CHILD_R_IPSEC,
    /** Responder builds the CREATE_CHILD_SA response. */
    CHILD_R_BLD_MSG,
    /** Responder finished a CREATE_CHILD_SA exchange. */
    CHILD_R_DONE,
    /** Initiator waits for the CREATE_CHILD_SA response. */
    CHILD_I_WAIT,
    /** Initiator processes the CREATE_CHILD_SA response. */
    CHILD_I_PROC,
    /** Initiator finished a CREATE_CHILD_SA exchange. */
    CHILD_I_DONE,
    /** Builds an INFORMATIONAL request (DPD, DELETE). Added by ike4j. */
    INFO_I_BLD,
    /** Waits for the INFORMATIONAL response. Added by ike4j. */
    INFO_I_WAIT,
    /** Handles an INFORMATIONAL request. Added by ike4j. */
    INFO_R,
    /** The IKE SA is being deleted (DELETE sent or received, or negotiation failed). Added by ike4j. */
    DELETE,
    /** An exchange on an established SA ended (IOS: after CREATE_CHILD_SA). */
    EXIT;
}
