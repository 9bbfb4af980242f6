package io.ike4j.negotiator.v1;

import java.util.ArrayList;
import java.util.List;

/** Phase 1 complete (IKE_P1_COMPLETE, IOS "QM_IDLE"), and INITIAL-CONTACT's cleanup (RFC 2407 §4.6.3.3). */
final class Phase1Done {
    private Phase1Done() {
    }

    static void established(Ikev1Core core, IsakmpSa sa) {
        sa.established = core.now;
        sa.retransmitAt = null;
        core.endHalfOpen(sa);
        sa.expiresAt = core.now.plusSeconds(sa.chosen.lifeSeconds());
        sa.freePhase1Work();
        core.sas.established(sa);
        Dpd.armed(core, sa);
        core.listener.isakmpSaEstablished(core.info(sa));
    }

    /** The peer says it has no other SA with us: ours with its identity are stale and go, phase 1 and 2. */
    static void initialContact(Ikev1Core core, IsakmpSa sa) {
        if (sa.remoteId == null) {
            return;
        }
        List<IsakmpSa> stale = new ArrayList<>(core.sas.establishedWith(sa.remoteId));
        for (IsakmpSa old : stale) {
            if (old != sa) {
                core.remove(old, "INITIAL-CONTACT from " + sa.remoteId);
            }
        }
    }
}
