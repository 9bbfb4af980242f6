package io.ike4j.negotiator;

import io.ike4j.sm.v2.Ikev2State;

import java.time.Duration;
import java.time.Instant;

/**
 * Soft and hard lifetimes (RFC 7296 §2.8: each end enforces its own; rekey "proactively", jittered so that both ends
 * do not rekey at once, §2.8.1). A CHILD_SA is rekeyed at its soft lifetime (the engine's rekey interval, else 90%
 * of the IPsec profile's lifetime, less up to 5% jitter) or when the key engine reports 90% of its kilobytes, and
 * deleted at its hard lifetime (the profile's, in seconds or kilobytes) if it is still there. The IKE SA is rekeyed
 * likewise before its lifetime ends (deleted then, {@link Timers}). Jitter comes from the SPIs, not from random
 * octets. Looked at only when the SA's timer is due: nothing here walks the SAs.
 */
final class Lifetimes {
    /** After a rekey could not start (the peer's window is full), how soon it is tried again. */
    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    private Lifetimes() {
    }

    /** A new CHILD_SA's deadlines. */
    static void arm(Ikev2Sa sa, EngineCore core, Child c) {
        int seconds = c.keys.lifetimeSeconds();
        if (seconds > 0) {
            c.expireAt = core.now.plusSeconds(seconds);
        }
        long kb = c.keys.lifetimeKilobytes();
        if (kb > 0) {
            c.hardOctets = kb * 1024;
            c.softOctets = c.hardOctets / 10 * 9;
        }
        if (core.rekey) {
            long softMs = core.childRekey != null ? core.childRekey.toMillis() : seconds * 900L;
            if (softMs > 0) {
                long jitter = Math.floorMod(c.inboundSpi().hashCode() * 31L, Math.max(1, softMs / 20));
                c.rekeyAt = core.now.plusMillis(softMs - jitter);
            }
        }
        core.timers.wake(sa, Timers.next(sa, core));
    }

    /** An established IKE SA's rekey time (none when rekeying is off, or when its initiator reauthenticates instead). */
    static void armIke(Ikev2Sa sa, EngineCore core) {
        if (!core.rekey || (core.reauthenticate && sa.initiator())) {
            return;
        }
        long lifetimeMs = (sa.profile == null ? io.ike4j.config.IkeProfile.DEFAULT_LIFETIME : sa.profile.lifetimeSeconds()) * 1000L;
        long softMs = core.ikeRekey != null ? core.ikeRekey.toMillis() : lifetimeMs / 10 * 9;
        long jitter = Math.floorMod((long) sa.localSpi().hashCode() * 17, Math.max(1, softMs / 20));
        sa.ikeRekeyAt = core.now.plusMillis(softMs - jitter);
        core.timers.wake(sa, sa.ikeRekeyAt);
    }

    /** From the SA's timer: rekeys what is due, deletes CHILD_SAs past their hard lifetime. */
    static void check(Ikev2Sa sa, EngineCore core) {
        if (sa.dead || sa.state != Ikev2State.READY || sa.rekeyedTo != null) {
            return;
        }
        Instant now = core.now;
        if (sa.children != null) {
            for (int i = sa.children.size() - 1; i >= 0 && !sa.dead; i--) {
                Child c = i < sa.children.size() ? sa.children.get(i) : null;
                if (c == null) {
                    continue;
                }
                if (c.expireAt != null && !now.isBefore(c.expireAt)) {
                    hardExpired(sa, core, c);
                } else if (c.rekeyAt != null && !now.isBefore(c.rekeyAt) && c.live() && c.rekeying == null) {
                    c.rekeyAt = null;
                    EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):CHILD_SA {} soft lifetime reached: rekeying", sa.saId, c);
                    if (!ChildInitiator.startRekey(sa, core, c) && !sa.dead) {
                        c.rekeyAt = now.plus(BUSY_RETRY);
                    }
                }
            }
        }
        if (!sa.dead && sa.ikeRekeyAt != null && !now.isBefore(sa.ikeRekeyAt)) {
            sa.ikeRekeyAt = null;
            // not while a request of ours is in flight: §2.25.1 makes a peer refuse an IKE rekey during CHILD_SA work
            if (sa.outstandingCount() > 0 || !ChildInitiator.startIkeRekey(sa, core)) {
                if (!sa.dead && sa.rekeyedTo == null && sa.ikeRekey == null) {
                    sa.ikeRekeyAt = now.plus(BUSY_RETRY);
                }
            } else {
                EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):IKE SA soft lifetime reached: rekeying", sa.saId);
            }
        }
    }

    /** Past its hard lifetime a CHILD_SA MUST NOT be used (§2.8): deleted, whatever rekey is in flight. */
    private static void hardExpired(Ikev2Sa sa, EngineCore core, Child c) {
        c.expireAt = null;
        c.rekeyAt = null;
        if (c.deleting != null) {
            return;
        }
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):CHILD_SA {} hard lifetime reached: deleting it", sa.saId, c);
        if (!Informational.startChildDelete(sa, core, c)) {
            Informational.dropChild(sa, core, c); // the peer's window is full: gone here now, the peer's copy expires too
        }
    }

    /** The key engine's count of octets on a CHILD_SA (both directions): soft and hard limits in kilobytes. */
    static void octets(Ikev2Sa sa, EngineCore core, Child c, long octets) {
        if (c.hardOctets > 0 && octets >= c.hardOctets) {
            c.expireAt = core.now;
        } else if (c.softOctets > 0 && octets >= c.softOctets && c.rekeyAt != null && core.rekey) {
            c.rekeyAt = core.now;
        } else {
            return;
        }
        check(sa, core);
        if (!sa.dead) {
            core.timers.wake(sa, Timers.next(sa, core));
        }
    }

    /** The earliest lifetime deadline of the SA and its CHILD_SAs, or {@code at}. */
    static Instant next(Ikev2Sa sa, Instant at) {
        if (sa.state != Ikev2State.READY || sa.rekeyedTo != null) {
            return at;
        }
        if (sa.children != null) {
            for (Child c : sa.children) {
                at = earlier(at, c.expireAt);
                at = earlier(at, c.rekeyAt);
            }
        }
        return earlier(at, sa.ikeRekeyAt);
    }

    private static Instant earlier(Instant a, Instant b) {
        return b == null ? a : a == null || b.isBefore(a) ? b : a;
    }
}
