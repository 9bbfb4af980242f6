package io.ike4j.negotiator.v1;

import io.ike4j.diag.IkeFailure;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v1.Ikev1TraceEvent;
import io.ike4j.transport.Datagram;

/**
 * What the IKEv1 engine tells its host, on the engine's thread; every method has a default that does nothing.
 * The counterpart of {@code Ikev2Listener} with ISAKMP's words (phase 1 = ISAKMP SA, phase 2 = IPsec SAs).
 */
public interface Ikev1Listener {
    /**
     * One step of the ISAKMP machine, as IOS traces it ({@code Input = … / Old State = …  New State = …}).
     *
     * @param event the step
     */
    default void trace(Ikev1TraceEvent event) {
    }

    /**
     * A datagram sent or received (after the front door; before decryption for received ones).
     *
     * @param outbound true for sent
     * @param saId     the SA, 0 if none yet
     * @param datagram the datagram
     */
    default void packet(boolean outbound, int saId, Datagram datagram) {
    }

    /**
     * Phase 1 is complete (IKE_P1_COMPLETE).
     *
     * @param sa the ISAKMP SA
     */
    default void isakmpSaEstablished(IkeSaInfo sa) {
    }

    /**
     * A quick mode installed its IPsec SAs (IKE_QM_PHASE2_COMPLETE).
     *
     * @param sa    the ISAKMP SA
     * @param child the IPsec SA pair
     */
    default void ipsecSaEstablished(IkeSaInfo sa, ChildSa child) {
    }

    /**
     * An IPsec SA pair was deleted.
     *
     * @param sa    the ISAKMP SA
     * @param child the IPsec SA pair (keys already wiped after the call)
     * @param why   the reason
     */
    default void ipsecSaDeleted(IkeSaInfo sa, ChildSa child, String why) {
    }

    /**
     * The ISAKMP SA is gone.
     *
     * @param sa  its last view
     * @param why the reason
     */
    default void isakmpSaDeleted(IkeSaInfo sa, String why) {
    }

    /**
     * A negotiation failed, in the failure vocabulary of ios-reference.md §5.
     *
     * @param failure the failure
     */
    default void failure(IkeFailure failure) {
    }

    /**
     * Dead peer detection (RFC 3706) found the peer alive or declared it dead.
     *
     * @param sa    the ISAKMP SA
     * @param alive the verdict
     */
    default void livenessChecked(IkeSaInfo sa, boolean alive) {
    }

    /**
     * The phase-1 keys, when the engine was built with {@code exportKeys(true)}.
     *
     * @param sa   the ISAKMP SA
     * @param keys its keys (views, valid during the call)
     */
    default void isakmpSaKeys(IkeSaInfo sa, Ikev1SaKeys keys) {
    }

    /** A listener that ignores everything. */
    Ikev1Listener NONE = new Ikev1Listener() {
    };
}
