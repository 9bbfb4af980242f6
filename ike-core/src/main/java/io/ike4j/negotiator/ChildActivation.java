package io.ike4j.negotiator;

import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.sm.v2.Ikev2State;

import java.time.Duration;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/**
 * What both roles do once a CREATE_CHILD_SA has its keys (ios-reference.md §1: CHILD_x_DONE EV_ACTIVATE_NEW_SA,
 * EV_UPDATE_CAC_STATS, EV_CHECK_DUPE, EV_OK; EXIT EV_CHK_PENDING): the new CHILD_SA goes to the key engine and joins
 * the IKE SA (or the new IKE SA takes over, {@link IkeRekey}), a simultaneous rekey of the same SA is resolved by the
 * nonces (RFC 7296 §2.8.1, §2.8.2), and the initiator of the surviving rekey deletes the replaced SA (§2.8).
 * A refusal either way keeps the IKE SA (§1.3).
 */
final class ChildActivation {
    private static final int CHILD_SA_NOT_FOUND = Ikev2NotifyType.CHILD_SA_NOT_FOUND.number();

    private ChildActivation() {
    }

    /** The rows of {@code done} (CHILD_I_DONE or CHILD_R_DONE). */
    static void rows(TransitionTable t, Ikev2State done) {
        boolean initiator = done == CHILD_I_DONE;
        if (initiator) { // the responder installs before it answers (§2.8), in CHILD_R_BLD_MSG
            t.on(done, EV_GEN_LOAD_IPSEC, "loadIpsec", (sa, core) -> install(sa, core));
            t.on(done, EV_OK_RECD_LOAD_IPSEC, "ipsecLoaded", (sa, core) -> {
                ChildWork w = sa.current.work;
                return w.installError != null ? refused(sa, core, w, 0, "key engine refused the CHILD_SA: " + w.installError)
                        : Next.then(EV_ACTIVATE_NEW_SA);
            }, done, EXIT);
        }
        t.on(done, EV_ACTIVATE_NEW_SA, "activateNewSa", ChildActivation::activate);
        t.pass(done, EV_UPDATE_CAC_STATS, done, EV_CHECK_DUPE);
        t.on(done, EV_CHECK_DUPE, "resolveCollision", ChildActivation::resolve);
        if (initiator) {
            t.on(done, EV_OK, "deleteReplaced", ChildActivation::deleteReplaced, EXIT);
        } else {
            t.on(done, EV_OK, "keepReplaced", (sa, core) -> sa.current.work.kind == ChildWork.Kind.REKEY_IKE
                    ? Next.then(EV_START_DEL_TMR) : Next.to(EXIT, EV_CHK_PENDING), done, EXIT);
        }
    }

    /** KEYMAT of the new CHILD_SA (§2.17), with this exchange's nonces and its PFS secret, which is then zeroed. */
    static void deriveChild(Ikev2Sa sa, EngineCore core, ChildWork w, boolean exchangeInitiator) {
        w.child = KeySchedule.deriveChild(sa, core.crypto, w.esp, exchangeInitiator, w.ni, w.nr, w.shared, w.localSpi,
                w.peerSpi, exchangeInitiator ? w.tsi : w.tsr, exchangeInitiator ? w.tsr : w.tsi, w.transport, w.group);
        w.destroy();
    }

    /** Hands the new CHILD_SA to the key engine; its answer resumes this exchange with EV_OK_RECD_LOAD_IPSEC. */
    static Next install(Ikev2Sa sa, EngineCore core) {
        Exchange x = sa.current;
        ChildWork w = x.work;
        core.keyEngine.install(w.child, new KeyEngine.Completion() {
            @Override
            public void installed() {
                if (!sa.dead) {
                    core.run(sa, x, EV_OK_RECD_LOAD_IPSEC);
                }
            }

            @Override
            public void failed(String reason) {
                if (!sa.dead) {
                    w.installError = reason;
                    core.run(sa, x, EV_OK_RECD_LOAD_IPSEC);
                }
            }
        });
        return Next.waitTraced(null);
    }

    private static Next activate(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            IkeRekey.activate(sa, core, w);
            return Next.then(EV_UPDATE_CAC_STATS);
        }
        Child c = new Child(w.child);
        w.made = c;
        sa.addChild(c);
        core.espSpis.put(c.inboundSpi(), sa);
        Lifetimes.arm(sa, core, c);
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):CHILD_SA {} established{}", sa.saId, c,
                w.old == null ? "" : " (rekeying " + w.old + ")");
        if (w.old != null) {
            core.listener.childSaRekeyed(core.view(sa), w.old.keys, w.child);
        } else {
            core.listener.childSaEstablished(core.view(sa), w.child);
        }
        return Next.then(EV_UPDATE_CAC_STATS);
    }

    /**
     * §2.8.1: a rekey of ours and one of the peer's replaced the same CHILD_SA. Whoever finishes second decides: the
     * new CHILD_SA of the exchange holding the lowest of the four nonces is redundant and is deleted by the side that
     * initiated that exchange; the other side, initiator of the surviving rekey, deletes the old CHILD_SA.
     */
    private static Next resolve(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            IkeRekey.resolve(sa, core, w);
            return Next.then(EV_OK);
        }
        Child old = w.old;
        if (old == null) {
            return Next.then(EV_OK);
        }
        boolean ours = w.ours;
        Exchange other = ours ? null : old.rekeying; // the peer's rekey finished while ours is in flight
        if (!ours && other != null) {
            old.peerReplacement = w.made;
            old.peerLowest = w.lowestNonce();
            return Next.then(EV_OK); // ours decides when it completes
        }
        if (ours) {
            old.rekeying = null;
            if (old.peerReplacement != null) {
                boolean oursRedundant = w.lowestNonce().compareTo(old.peerLowest) < 0;
                EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):simultaneous rekey of CHILD_SA {}: {} is redundant", sa.saId,
                        old, oursRedundant ? w.made : old.peerReplacement);
                if (oursRedundant) {
                    Child redundant = w.made;
                    old.replacedBy = old.peerReplacement;
                    w.deleteOld = false; // the peer initiated the surviving rekey: it deletes the old one
                    sa.afterRun(() -> Informational.startChildDelete(sa, core, redundant));
                    return Next.then(EV_OK);
                }
                // the peer's new CHILD_SA is redundant: the peer deletes it; ours survives and we delete the old one
            }
            old.replacedBy = w.made;
            w.deleteOld = true;
            return Next.then(EV_OK);
        }
        old.replacedBy = w.made; // the peer's rekey, no collision: the peer deletes the old CHILD_SA (§2.8)
        return Next.then(EV_OK);
    }

    /** The initiator of the surviving rekey deletes the replaced SA once the new one is up (§2.8). */
    private static Next deleteReplaced(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            if (w.deleteOld) {
                sa.afterRun(() -> Informational.startDelete(sa, core)); // the last request on the old SA (§2.8)
            }
        } else if (w.old != null && w.deleteOld) {
            Child old = w.old;
            sa.afterRun(() -> Informational.startChildDelete(sa, core, old));
        }
        return Next.to(EXIT, EV_CHK_PENDING);
    }

    /**
     * The exchange ends without a new SA (an error notify, an unusable response, a refused install): reported, the
     * IKE SA kept (§1.3, ios-reference.md §5 "failed to establish CHILD_SA, keeping IKE_SA"). A refused rekey is tried
     * again later, never at once (§2.25: TEMPORARY_FAILURE "MUST NOT immediately retry"); CHILD_SA_NOT_FOUND drops
     * the CHILD_SA and creates a new one (§2.25), unless a simultaneous rekey replaced it already (§2.8.1).
     */
    static Next refused(Ikev2Sa sa, EngineCore core, ChildWork w, int notify, String detail) {
        boolean temporary = notify == Ikev2NotifyType.TEMPORARY_FAILURE.number();
        String what = w.kind == ChildWork.Kind.REKEY_IKE ? "rekey the IKE SA" : "establish CHILD_SA";
        if (!temporary && !(notify == CHILD_SA_NOT_FOUND && w.old != null && w.old.peerReplacement != null)) {
            core.report(sa, ChildInitiatorResponse.reasonOf(notify), 0, notify, "failed to " + what + ", keeping IKE_SA: " + detail);
        }
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):failed to {}, keeping IKE_SA: {}", sa.saId, what, detail);
        Duration later = retryDelay(sa, core, w);
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            sa.ikeRekey = null;
            if (sa.peerRekeyed != null) {
                IkeRekey.inherit(sa, sa.peerRekeyed, core); // the peer's simultaneous rekey stands
            } else {
                sa.ikeRekeyAt = core.now.plus(later);
                core.timers.wake(sa, sa.ikeRekeyAt);
            }
        } else if (w.old != null) {
            Child old = w.old;
            old.rekeying = null;
            if (old.peerReplacement != null) {
                old.replacedBy = old.peerReplacement; // the peer's rekey stands; it deletes the old CHILD_SA
            } else if (notify == CHILD_SA_NOT_FOUND) {
                Informational.dropChild(sa, core, old); // §2.25: gone at the peer; start afresh
                sa.afterRun(() -> ChildInitiator.startNew(sa, core));
            } else {
                old.rekeyAt = core.now.plus(later);
                core.timers.wake(sa, old.rekeyAt);
            }
        }
        return Next.stop(EXIT);
    }

    /** Not at once: a quarter of what is left of the SA's life, 1 to 60 s, plus up to as much again at random. */
    private static Duration retryDelay(Ikev2Sa sa, EngineCore core, ChildWork w) {
        java.time.Instant hard = w.kind == ChildWork.Kind.REKEY_IKE ? sa.lifetimeDeadline : w.old == null ? null : w.old.expireAt;
        long left = hard == null ? 60_000 : Math.max(0, Duration.between(core.now, hard).toMillis());
        long ms = Math.max(1000, Math.min(60_000, left / 4));
        byte[] r = core.random.nextBytes(2); // jitter up to the delay again: two sides refused alike do not retry together
        return Duration.ofMillis(ms + ms * (((r[0] & 0xFF) << 8) | (r[1] & 0xFF)) / 65536);
    }

    /** INVALID_KE_PAYLOAD (§1.3): the same request again, with the group the responder asked for, as a new exchange. */
    static void again(Ikev2Sa sa, EngineCore core, ChildWork w, int group) {
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            sa.ikeRekey = null;
            sa.afterRun(() -> ChildInitiator.startIkeRekey(sa, core, group));
        } else if (w.old != null) {
            Child old = w.old;
            old.rekeying = null;
            sa.afterRun(() -> ChildInitiator.startRekey(sa, core, old, group));
        } else {
            sa.afterRun(() -> ChildInitiator.startNew(sa, core, group));
        }
    }
}
