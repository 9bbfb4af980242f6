package io.ike4j.negotiator.proposal;

/**
 * Where a CHILD_SA proposal is negotiated. In IKE_AUTH there is no KE payload, so the SA payloads carry no
 * KE transform other than NONE (RFC 7296 §1.2, "SHOULD omit the whole transform substructure") and the
 * first CHILD_SA never has PFS: configured PFS groups are ignored there and apply to CREATE_CHILD_SA.
 */
public enum ChildContext {
    /** First CHILD_SA, piggybacked on IKE_AUTH: KE transforms ignored (offered ones only if NONE-compatible). */
    IKE_AUTH,
    /** CREATE_CHILD_SA (new or rekeyed CHILD_SA): KE transforms negotiated as configured (PFS). */
    CREATE_CHILD_SA
}
