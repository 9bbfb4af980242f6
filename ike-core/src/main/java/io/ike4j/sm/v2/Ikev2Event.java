package io.ike4j.sm.v2;

/**
 * The events of the IKEv2 state machine, named as Cisco IOS prints them (ios-reference.md §1, seed 002;
 * EV_PKI_SESH_OPEN, EV_NO_EAP, EV_GET_PRESHR_KEY, EV_VERIFY_AUTH and EV_NOTIFY_AUTH_DONE are repaired
 * spellings of machine-translated tokens). {@link #EV_NO_EVENT} ends a run of steps: the SA waits for a
 * message, a timer or an asynchronous answer (DH key, DH secret, key engine).
 * Events marked "added by ike4j" name steps the seeds never trace.
 */
public enum Ikev2Event {
    /** A new initiator SA starts (IDLE to I_BLD_INIT). */
    EV_INIT_SA,
    /** The IKEv2 policy (proposals) for the local address is looked up. */
    EV_GET_IKE_POLICY,
    /** The chosen policy is bound to the SA. */
    EV_SET_POLICY,
    /** Checks whether the profile authenticates with certificates (PKI). */
    EV_CHK_AUTH4PKI,
    /** Asks for a key exchange key pair: an asynchronous request, answered by {@link #EV_OK_RECD_DH_PUBKEY_RESP}. */
    EV_GEN_DH_KEY,
    /** The SA waits for a message, a timer or an asynchronous answer: ends a run of steps. */
    EV_NO_EVENT,
    /** The key exchange public value is ready. */
    EV_OK_RECD_DH_PUBKEY_RESP,
    /** Looks up the configuration-mode (CP payload) settings to send. */
    EV_GET_CONFIG_MODE,
    /** Builds and sends the IKE_SA_INIT message. */
    EV_BLD_MSG,
    /** An IKE_SA_INIT message arrived. */
    EV_RECV_INIT,
    /** Checks the received message's header and payloads. */
    EV_VERIFY_MSG,
    /** The responder enters the new half-open SA in its SA table. */
    EV_INSERT_SA,
    /** Processes the received message (proposal selection, KE, nonce, notifies). */
    EV_PROC_MSG,
    /** Compares the NAT_DETECTION_*_IP hashes (RFC 7296 §2.23). */
    EV_DETECT_NAT,
    /** Checks the configuration-mode request or reply received. */
    EV_CHK_CONFIG_MODE,
    /** Opens the certificate (PKI) session for signature authentication. */
    EV_PKI_SESH_OPEN,
    /** Asks for the shared secret g^ir: an asynchronous request, answered by {@link #EV_OK_RECD_DH_SECRET_RESP}. */
    EV_GEN_DH_SECRET,
    /** The shared secret is ready. */
    EV_OK_RECD_DH_SECRET_RESP,
    /** Derives SKEYSEED and SK_* (RFC 7296 §2.14). */
    EV_GEN_SKEYID,
    /** The IKE_SA_INIT exchange is complete. */
    EV_DONE,
    /** Branches on the local role (initiator or responder). */
    EV_CHK4_ROLE,
    /** Starts the timer that waits for the peer's next message. */
    EV_START_TMR,
    /** Checks the received message for error notifies. */
    EV_CHK_NOTIFY,
    /** Checks whether NAT traversal applies (moving to port 4500). */
    EV_CHK_NAT_T,
    /** Checks whether EAP authentication is configured. */
    EV_CHK_EAP,
    /** Computes the local AUTH payload (RFC 7296 §2.15). */
    EV_GEN_AUTH,
    /** Checks the authentication method of the profile or the received AUTH payload. */
    EV_CHK_AUTH_TYPE,
    /** The local AUTH payload is ready. */
    EV_OK_AUTH_GEN,
    /** Sends the IKE_AUTH message. */
    EV_SEND_AUTH,
    /** An IKE_AUTH message arrived. */
    EV_RECV_AUTH,
    /** Processes the peer's ID payload. */
    EV_PROC_ID,
    /** Checks whether the peer's certificate must be fetched before a profile can be selected. */
    EV_CHK_IF_PEER_CERT_NEEDS_TO_BE_FETCHED_FOR_PROF_SEL,
    /** Selects the profile matching the peer's identity. */
    EV_GET_POLICY_BY_PEERID,
    /** Checks that the selected profile accepts the peer's identity. */
    EV_VERIFY_POLICY_BY_PEERID,
    /** No EAP: authentication goes on with the configured method. */
    EV_NO_EAP,
    /** Looks up the pre-shared key for the peer in the keyring. */
    EV_GET_PRESHR_KEY,
    /** Verifies the peer's AUTH payload. */
    EV_VERIFY_AUTH,
    /** Checks for INITIAL_CONTACT. */
    EV_CHK4_IC,
    /** Checks for a REDIRECT (RFC 5685). */
    EV_CHK_REDIRECT,
    /** Authentication of the peer has succeeded. */
    EV_NOTIFY_AUTH_DONE,
    /** Applies the configuration-mode attributes received. */
    EV_SET_RECD_CONFIG_MODE,
    /** Selects the CHILD_SA proposal and narrows the traffic selectors (RFC 7296 §2.9). */
    EV_PROC_SA_TS,
    /** Looks up the local authentication method. */
    EV_MY_AUTH_METHOD,
    /** Checks whether the local AUTH is a signature. */
    EV_CHK4_SIGN,
    /** The IKE_AUTH exchange is complete. */
    EV_OK,
    /** Closes the certificate (PKI) session. */
    EV_PKI_SESH_CLOSE,
    /** Updates the call admission control counters. */
    EV_UPDATE_CAC_STATS,
    /** Enters the established IKE SA in the SA table. */
    EV_INSERT_IKE,
    /** Hands the CHILD_SA keys to the key engine: an asynchronous request, answered by {@link #EV_OK_RECD_LOAD_IPSEC}. */
    EV_GEN_LOAD_IPSEC,
    /** The key engine installed the CHILD_SA. */
    EV_OK_RECD_LOAD_IPSEC,
    /** Starts accounting for the SA. */
    EV_START_ACCT,
    /** Checks for a duplicate IKE SA with the same peer. */
    EV_CHECK_DUPE,
    /** The responder's SA is READY. */
    EV_R_OK,
    /** Checks whether the exchange set up the IKE SA only, without a CHILD_SA. */
    EV_CHK_IKE_ONLY,
    /** The initiator's SA is READY. */
    EV_I_OK,
    /** We start a CREATE_CHILD_SA exchange (API, soft lifetime, retry). Added by ike4j. */
    EV_INIT_CREATE_CHILD,
    /** A CREATE_CHILD_SA request arrived. */
    EV_RECV_CREATE_CHILD,
    /** Branches on what the CREATE_CHILD_SA does: new CHILD_SA, CHILD_SA rekey or IKE SA rekey. */
    EV_CHK_CC_TYPE,
    /** Rekeys the IKE SA (RFC 7296 §2.18). */
    EV_REKEY_IKESA,
    /** Looks up the policy for the CREATE_CHILD_SA. */
    EV_GET_POLICY,
    /** Checks whether the CREATE_CHILD_SA rekeys the IKE SA. */
    EV_CHK_IKE_REKEY,
    /** Makes the new (rekeyed) SA the active one. */
    EV_ACTIVATE_NEW_SA,
    /** Starts the timer after which the old SA is deleted. */
    EV_START_DEL_TMR,
    /** Checks for requests still pending on the SA. */
    EV_CHK_PENDING,
    /** Checks the CREATE_CHILD_SA for notifies (e.g. REKEY_SA). */
    EV_CHK4_NOTIFY,
    /** Checks whether the CREATE_CHILD_SA carries a KE payload (PFS). */
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
    EV_SEND_INFO,
    /** Our INFORMATIONAL DELETE of the CHILD_SA is built and sent (added by ike4j). */
    EV_SEND_DELETE_CHILD;
}
