package io.ike4j.negotiator;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/**
 * Both roles after IKE_AUTH (ios-reference.md §1, fourth table rows 26-37, fifth table rows 16-27): the IKE
 * SA is recorded, the CHILD_SA keys go to the key engine (EV_GEN_LOAD_IPSEC, answered asynchronously as
 * EV_OK_RECD_LOAD_IPSEC), and the SA is READY.
 */
final class AuthDone {
    private AuthDone() {
    }

    static void rows(TransitionTable t) {
        t.pass(AUTH_DONE, EV_OK, AUTH_DONE, EV_PKI_SESH_CLOSE);
        t.pass(AUTH_DONE, EV_PKI_SESH_CLOSE, AUTH_DONE, EV_UPDATE_CAC_STATS);
        t.pass(AUTH_DONE, EV_UPDATE_CAC_STATS, AUTH_DONE, EV_INSERT_IKE);
        t.on(AUTH_DONE, EV_INSERT_IKE, "insertIke", new InsertIke());
        t.on(AUTH_DONE, EV_GEN_LOAD_IPSEC, "loadIpsec", AuthDone::loadIpsec);
        t.on(AUTH_DONE, EV_OK_RECD_LOAD_IPSEC, "ipsecLoaded", new IpsecLoaded());
        t.pass(AUTH_DONE, EV_START_ACCT, AUTH_DONE, EV_CHECK_DUPE);
        t.pass(AUTH_DONE, EV_CHECK_DUPE, AUTH_DONE, EV_CHK4_ROLE);
        t.on(AUTH_DONE, EV_CHK4_ROLE, "releaseHandshakeMemory", (sa, core) -> {
            sa.releaseHandshakeMemory();
            return sa.initiator() ? Next.to(READY, EV_CHK_IKE_ONLY) : Next.to(READY, EV_R_OK);
        }, READY);
        t.on(READY, EV_R_OK, "waitForRequests", (sa, core) -> Next.waitTraced(READY));
        t.pass(READY, EV_CHK_IKE_ONLY, READY, EV_I_OK);
        t.on(READY, EV_I_OK, "established", (sa, core) -> {
            retireReplaced(sa, core);
            return Next.stop(READY);
        });
    }

    /** Reauthentication: the new SA and its CHILD_SA are up, so the one it replaces is deleted (make before break). */
    static void retireReplaced(Ikev2Sa sa, EngineCore core) {
        Ikev2Sa old = sa.replaces;
        sa.replaces = null;
        if (old != null && !old.dead) {
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):reauthenticated as SA {}: deleting the old IKE SA", old.saId, sa.saId);
            Informational.startDelete(old, core);
        }
    }

    private static final class InsertIke implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            sa.established = core.now;
            sa.halfOpenDeadline = null;
            sa.lifetimeDeadline = lifetimeEnd(sa, core);
            core.timers.wake(sa, sa.lifetimeDeadline);
            Lifetimes.armIke(sa, core);
            Dpd.arm(sa, core);
            java.time.Instant keepalive = NatTraversal.nextKeepalive(sa, core);
            if (keepalive != null) {
                core.timers.wake(sa, keepalive); // behind a NAT: the mapping must not time out
            }
            core.halfOpen.end(sa);
            core.established(sa);
            var info = core.view(sa);
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):IKE SA established: {} {} <-> {} {}", sa.saId, sa.localId, sa.local,
                    sa.remoteId, sa.remote);
            core.listener.ikeSaEstablished(info);
            return Next.then(EV_GEN_LOAD_IPSEC);
        }
    }

    /**
     * The profile's lifetime less up to 10% (RFC 7296 §2.8: jitter, so that SAs made together do not all end
     * together), derived from the SPI rather than drawn, so that no random byte is spent on it.
     */
    static java.time.Instant lifetimeEnd(Ikev2Sa sa, EngineCore core) {
        long lifetimeMs = (sa.profile == null ? io.ike4j.config.IkeProfile.DEFAULT_LIFETIME : sa.profile.lifetimeSeconds())
                * 1000L;
        long jitter = Math.floorMod((long) sa.spiI.hashCode() * 31 + sa.spiR.hashCode(), Math.max(1, lifetimeMs / 10));
        return core.now.plusMillis(lifetimeMs - jitter);
    }

    /** Hands the CHILD_SA to the key engine; its answer resumes the SA (IOS "queued async request"). */
    private static Next loadIpsec(Ikev2Sa sa, EngineCore core) {
        if (sa.child == null) {
            return Next.then(EV_START_ACCT);
        }
        core.keyEngine.install(sa.child, new KeyEngine.Completion() {
            @Override
            public void installed() {
                if (!sa.dead) {
                    core.run(sa, EV_OK_RECD_LOAD_IPSEC);
                }
            }

            @Override
            public void failed(String reason) {
                if (!sa.dead) {
                    sa.childInstallError = reason;
                    core.run(sa, EV_OK_RECD_LOAD_IPSEC);
                }
            }
        });
        return Next.waitTraced(null);
    }

    private static final class IpsecLoaded implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            if (sa.childInstallError != null) {
                EngineCore.INTERNAL.warn("IKEv2:(SA ID = {}):key engine refused the CHILD_SA: {}", sa.saId, sa.childInstallError);
                sa.child.destroy();
                sa.child = null;
            } else {
                Child c = new Child(sa.child);
                sa.addChild(c);
                sa.child = null;
                sa.childSpi = null; // the CHILD_SA's now: freed with it
                Lifetimes.arm(sa, core, c);
                core.listener.childSaEstablished(core.view(sa), c.keys);
            }
            return Next.then(EV_START_ACCT);
        }
    }
}
