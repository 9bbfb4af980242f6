package io.ike4j.sm.v2;

/**
 * The events of the IKEv2 state machine, named as Cisco IOS prints them (ios-reference.md §1, seed 002;
 * EV_PKI_SESH_OPEN, EV_NO_EAP, EV_GET_PRESHR_KEY, EV_VERIFY_AUTH and EV_NOTIFY_AUTH_DONE are repaired
 * spellings of machine-translated tokens). {@link #EV_NO_EVENT} ends a run of steps: the SA waits for a
 * message, a timer or an asynchronous answer (DH key, DH secret, key engine).
 * Events marked "added by ike4j" name steps the seeds never trace.
 */
public enum Ikev2Event {
    EV_INIT_SA,
    EV_GET_IKE_POLICY,
    EV_SET_POLICY,
    EV_CHK_AUTH4PKI,
    EV_GEN_DH_KEY,
    EV_NO_EVENT,
    EV_OK_RECD_DH_PUBKEY_RESP,
    EV_GET_CONFIG_MODE,
    EV_BLD_MSG,
    EV_RECV_INIT,
    EV_VERIFY_MSG,
    EV_INSERT_SA,
    EV_PROC_MSG,
    EV_DETECT_NAT,
    EV_CHK_CONFIG_MODE,
    EV_PKI_SESH_OPEN,
    EV_GEN_DH_SECRET,
    EV_OK_RECD_DH_SECRET_RESP,
    EV_GEN_SKEYID,
    EV_DONE,
    EV_CHK4_ROLE,
    EV_START_TMR,
    EV_CHK_NOTIFY,
    EV_CHK_NAT_T,
    EV_CHK_EAP,
    EV_GEN_AUTH,
    EV_CHK_AUTH_TYPE,
    EV_OK_AUTH_GEN,
    EV_SEND_AUTH,
    EV_RECV_AUTH,
    EV_PROC_ID,
    EV_CHK_IF_PEER_CERT_NEEDS_TO_BE_FETCHED_FOR_PROF_SEL,
    EV_GET_POLICY_BY_PEERID,
    EV_VERIFY_POLICY_BY_PEERID,
    EV_NO_EAP,
    EV_GET_PRESHR_KEY,
    EV_VERIFY_AUTH,
    EV_CHK4_IC,
    EV_CHK_REDIRECT,
    EV_NOTIFY_AUTH_DONE,
    EV_SET_RECD_CONFIG_MODE,
    EV_PROC_SA_TS,
    EV_MY_AUTH_METHOD,
    EV_CHK4_SIGN,
    EV_OK,
    EV_PKI_SESH_CLOSE,
    EV_UPDATE_CAC_STATS,
    EV_INSERT_IKE,
    EV_GEN_LOAD_IPSEC,
    EV_OK_RECD_LOAD_IPSEC,
    EV_START_ACCT,
    EV_CHECK_DUPE,
    EV_R_OK,
    EV_CHK_IKE_ONLY,
    EV_I_OK,
    EV_RECV_CREATE_CHILD,
    EV_CHK_CC_TYPE,
    EV_REKEY_IKESA,
    EV_GET_POLICY,
    EV_CHK_IKE_REKEY,
    EV_ACTIVATE_NEW_SA,
    EV_START_DEL_TMR,
    EV_CHK_PENDING,
    EV_CHK4_NOTIFY,
    EV_CHK4_PFS,
    /** A request timer fired: the request is sent again (added by ike4j). */
    EV_RETRANSMIT,
    /** The last retransmission went unanswered: the peer is unreachable (added by ike4j). */
    EV_RETRY_LIMIT,
    /** An INFORMATIONAL message arrived (added by ike4j). */
    EV_RECV_INFO,
    /** A DELETE for this IKE SA arrived (added by ike4j). */
    EV_RECV_DELETE,
    /** Negotiation failed; the failure reason is reported through the Listener (added by ike4j). */
    EV_FAIL,
    /** A message was discarded: duplicate without cached response, bad ICV, out of window (added by ike4j). */
    EV_DROP_MSG,
    /** An error notify is sent to the peer (added by ike4j). */
    EV_SEND_NOTIFY,
    /** A half-open SA or a wait timer expired (added by ike4j). */
    EV_TIMEOUT,
    /** An INFORMATIONAL request of ours (a liveness check) is built and sent (added by ike4j). */
    EV_SEND_INFO;
}
