package io.ike4j.sm.v1;

/**
 * ISAKMP states as IOS names them (ios-reference.md §3, seed 004). Phase 1 (Main and Aggressive Mode) runs on the
 * ISAKMP SA; each quick mode runs on its own "node" (message ID) with the IKE_QM_* states.
 */
public enum Ikev1State {
    /** No exchange yet. */
    IKE_READY,
    /** Main Mode initiator: MM1 sent (show label MM_NO_STATE). */
    IKE_I_MM1,
    /** Main Mode initiator: MM2 received and processed. */
    IKE_I_MM2,
    /** Main Mode initiator: MM3 sent (MM_SA_SETUP). */
    IKE_I_MM3,
    /** Main Mode initiator: MM4 received and processed. */
    IKE_I_MM4,
    /** Main Mode initiator: MM5 sent (MM_KEY_EXCH). */
    IKE_I_MM5,
    /** Main Mode initiator: MM6 received and processed. */
    IKE_I_MM6,
    /** Main Mode responder: MM1 received. */
    IKE_R_MM1,
    /** Main Mode responder: MM2 sent (MM_SA_SETUP). */
    IKE_R_MM2,
    /** Main Mode responder: MM3 received. */
    IKE_R_MM3,
    /** Main Mode responder: MM4 sent (MM_KEY_EXCH). */
    IKE_R_MM4,
    /** Main Mode responder: MM5 received. */
    IKE_R_MM5,
    /** Aggressive Mode initiator: AM1 sent (show label AG_NO_STATE). */
    IKE_I_AM1,
    /** Aggressive Mode responder: AM1 received (AG_INIT_EXCH). */
    IKE_R_AM1,
    /** Aggressive Mode responder: AM2 sent, waiting for AM3 (AG_AUTH). */
    IKE_R_AM2,
    /** Phase 1 done: the ISAKMP SA is established (show label QM_IDLE). */
    IKE_P1_COMPLETE,
    /** A quick-mode node before its first message. */
    IKE_QM_READY,
    /** Quick Mode initiator: QM1 sent ("QM Initiator gets spi"). */
    IKE_QM_I_QM1,
    /** Quick Mode responder: QM1 received, waiting for its inbound SPI ("QM Responder gets spi"). */
    IKE_QM_SPI_STARVE,
    /** Quick Mode responder: QM2 sent. */
    IKE_QM_R_QM2,
    /** Quick Mode finished: the IPsec SAs are installed. */
    IKE_QM_PHASE2_COMPLETE
}
