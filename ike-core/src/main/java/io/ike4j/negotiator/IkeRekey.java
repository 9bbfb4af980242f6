package io.ike4j.negotiator;

import io.ike4j.sa.ChildSa;
import io.ike4j.sm.Role;
import io.ike4j.sm.v2.Ikev2State;

/**
 * An IKE SA rekeyed with CREATE_CHILD_SA (RFC 7296 §1.3.2, §2.18): a new IKE SA with the exchange's SPIs (its
 * initiator is the rekey's initiator), keys from SKEYSEED = prf(SK_d (old), g^ir (new) | Ni | Nr), message IDs
 * from 0, the identities and credentials of the old one. It inherits every CHILD_SA; the old SA answers only until
 * its DELETE, which the rekey's initiator sends as its last request there (§2.8). Both sides rekeying at once
 * (§2.8.2): the new SA holding the lowest nonce is deleted by its initiator and the other inherits.
 */
final class IkeRekey {
    /** How long a rekeyed SA waits for the peer's DELETE before deleting itself (IOS EV_START_DEL_TMR). */
    static final java.time.Duration DELETE_TIMER = java.time.Duration.ofSeconds(30);

    private IkeRekey() {
    }

    /** EV_GEN_SKEYID: the new IKE SA, keyed and indexed, READY, with no CHILD_SA yet. */
    static void newSa(Ikev2Sa old, EngineCore core, ChildWork w, boolean exchangeInitiator) {
        Ikev2Sa n = new Ikev2Sa(core.allocateSaId(), exchangeInitiator ? Role.INITIATOR : Role.RESPONDER, core.now);
        n.state = Ikev2State.READY; // created established: its first state, not a transition (§2.18 needs no exchange)
        n.spiI = exchangeInitiator ? w.localSpi : w.peerSpi;
        n.spiR = exchangeInitiator ? w.peerSpi : w.localSpi;
        n.local = old.local;
        n.remote = old.remote;
        n.profile = old.profile;
        n.ipsecProfile = old.ipsecProfile;
        n.ike = w.ike;
        n.group = w.ike.group();
        n.ni = w.ni;
        n.nr = w.nr;
        n.localId = old.localId;
        n.remoteId = old.remoteId;
        n.localAuthName = old.localAuthName;
        n.remoteAuthName = old.remoteAuthName;
        n.peerCredential = old.peerCredential;
        n.localBehindNat = old.localBehindNat;
        n.remoteBehindNat = old.remoteBehindNat;
        n.peerFragmentation = old.peerFragmentation;
        n.peerHashAlgorithms = old.peerHashAlgorithms;
        KeySchedule.deriveRekeyedIke(old, n, w, core);
        core.register(n);
        n.peerWindow = Math.max(1, w.peerWindow); // §2.3: a new SA's window is 1 unless announced again
        core.sas.indexLocalSpi(n);
        n.established = core.now;
        n.lastOutbound = core.now;
        n.lifetimeDeadline = AuthDone.lifetimeEnd(n, core);
        core.timers.wake(n, n.lifetimeDeadline);
        Lifetimes.armIke(n, core);
        Dpd.arm(n, core);
        core.established(n);
        core.timers.wake(n, Timers.next(n, core));
        core.exportKeys(n);
        w.newIke = n;
    }

    /**
     * EV_ACTIVATE_NEW_SA: the new SA takes the CHILD_SAs, unless a rekey of ours is still in flight on the old one
     * (the collision is then decided when ours completes, {@link #resolve}).
     */
    static void activate(Ikev2Sa old, EngineCore core, ChildWork w) {
        if (!w.ours && old.ikeRekey != null) {
            old.peerRekeyed = w.newIke;
            old.peerRekeyedLowest = w.lowestNonce();
            return;
        }
        if (w.ours && old.peerRekeyed != null) {
            return; // resolve decides who inherits
        }
        inherit(old, w.newIke, core);
    }

    /** EV_CHECK_DUPE of our rekey: §2.8.2 when the peer's rekey of the same SA finished first. */
    static void resolve(Ikev2Sa old, EngineCore core, ChildWork w) {
        if (!w.ours) {
            return;
        }
        old.ikeRekey = null;
        Ikev2Sa theirs = old.peerRekeyed;
        if (theirs == null) {
            w.deleteOld = true;
            return;
        }
        boolean oursRedundant = w.lowestNonce().compareTo(old.peerRekeyedLowest) < 0;
        Ikev2Sa survivor = oursRedundant ? theirs : w.newIke;
        Ikev2Sa redundant = oursRedundant ? w.newIke : theirs;
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):simultaneous IKE SA rekey: SA {} survives, SA {} is redundant",
                old.saId, survivor.saId, redundant.saId);
        inherit(old, survivor, core);
        if (oursRedundant) {
            w.deleteOld = false; // the peer initiated the surviving rekey: it deletes the old SA
            Informational.startDelete(redundant, core); // ours, on its own SA: no run of it is in progress
        } else {
            w.deleteOld = true; // the peer deletes its redundant one
        }
    }

    /** {@code fresh} takes over: the CHILD_SAs move (their records name the new SA), the old one stops its timers. */
    static void inherit(Ikev2Sa old, Ikev2Sa fresh, EngineCore core) {
        if (old.rekeyedTo != null || fresh.dead) {
            return;
        }
        old.rekeyedTo = fresh;
        if (old.children != null) {
            for (Child c : old.children) {
                c.keys = movedTo(c.keys, fresh.saId);
                core.espSpis.put(c.inboundSpi(), fresh);
                fresh.addChild(c);
            }
            old.children = null;
        }
        old.dpdAt = null;
        old.ikeRekeyAt = null;
        old.lifetimeDeadline = core.now.plus(DELETE_TIMER); // deleted then if the peer has not (EV_START_DEL_TMR)
        core.timers.wake(old, old.lifetimeDeadline);
        core.timers.wake(fresh, Timers.next(fresh, core));
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):IKE SA rekeyed as SA {} ({} CHILD_SA(s) moved)", old.saId, fresh.saId,
                fresh.childCount());
        core.listener.ikeSaRekeyed(core.view(old), core.view(fresh));
    }

    /** The same CHILD_SA, owned by IKE SA {@code saId} (the keys are shared, not copied: only one record is live). */
    static ChildSa movedTo(ChildSa c, int saId) {
        return new ChildSa(saId, c.role(), c.inboundSpi(), c.outboundSpi(), c.transportMode(), c.encrId(), c.encrKeyBits(),
                c.integId(), c.esn(), c.pfsGroup(), c.localSelectors(), c.remoteSelectors(), c.encrKeyIn(), c.integKeyIn(),
                c.encrKeyOut(), c.integKeyOut(), c.lifetimeSeconds(), c.lifetimeKilobytes());
    }
}
