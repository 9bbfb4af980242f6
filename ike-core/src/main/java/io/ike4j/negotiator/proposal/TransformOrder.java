package io.ike4j.negotiator.proposal;

/**
 * Order of transform types inside an IKE proposal. RFC 7296 §3.3 gives the order no meaning; it only
 * matters for byte-identical output: IOS writes ENCR, PRF, INTEG, KE (seed 002, ios-reference.md §2),
 * strongSwan's charon ENCR, INTEG, PRF, KE (peers-captures).
 */
public enum TransformOrder {
    /** ENCR, PRF, INTEG, KE (Cisco IOS). The default. */
    IOS,
    /** ENCR, INTEG, PRF, KE (strongSwan). */
    STRONGSWAN
}
