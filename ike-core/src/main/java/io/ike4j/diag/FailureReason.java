package io.ike4j.diag;

/**
 * Why a negotiation failed, in the vocabulary of Huawei's {@code display ike error-info}
 * (ios-reference.md §5), which network engineers already search logs for. {@link #text()} is the
 * Huawei phrase; the notify that usually carries the reason on the wire is documented per constant.
 */
public enum FailureReason {
    /** IKE proposals share no transform set: NO_PROPOSAL_CHOSEN in IKE_SA_INIT (RFC 7296 §2.7). */
    PHASE1_PROPOSAL_MISMATCH("phase1 proposal mismatch"),
    /** Pre-shared keys differ, bad signature, untrusted or expired certificate: AUTHENTICATION_FAILED. */
    AUTHENTICATION_FAIL("authentication fail"),
    /** The peer's identity matches no configured profile: AUTHENTICATION_FAILED on the wire. */
    CONFIG_ID_MISMATCH("config ID mismatch"),
    /** No profile or keyring peer serves the peer's source address: NO_PROPOSAL_CHOSEN in IKE_SA_INIT. */
    PEER_ADDRESS_MISMATCH("peer address mismatch"),
    /** Traffic selectors not mirrored / not a subset: TS_UNACCEPTABLE (RFC 7296 §2.9). */
    FLOW_MISMATCH("flow mismatch"),
    /** ESP proposals or PFS group differ: NO_PROPOSAL_CHOSEN for the CHILD_SA. */
    PHASE2_PROPOSAL_OR_PFS_MISMATCH("phase2 proposal or pfs mismatch"),
    /** Bad lengths, bad payload chain, missing mandatory payloads: INVALID_SYNTAX (RFC 7296 §2.21). */
    MALFORMED_PAYLOAD("malformed payload"),
    /** No answer after the last retransmission (RFC 7296 §2.4). */
    PEER_UNREACHABLE("peer unreachable"),
    /** A half-open SA (IKE_SA_INIT answered, no IKE_AUTH) expired. Added by ike4j. */
    NEGOTIATION_TIMEOUT("negotiation timeout"),
    /** The peer sent an error notify this list has no better name for. Added by ike4j. */
    PEER_ERROR_NOTIFY("peer error notify"),
    /** A bug in ike4j, not the peer's doing (the exception is logged with its stack trace). Added by ike4j. */
    INTERNAL_ERROR("internal error");

    private final String text;

    FailureReason(String text) {
        this.text = text;
    }

    /** {@return the Huawei phrase, e.g. {@code phase1 proposal mismatch}} */
    public String text() {
        return text;
    }
}
