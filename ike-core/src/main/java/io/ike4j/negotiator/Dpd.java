package io.ike4j.negotiator;

import io.ike4j.config.DpdSettings;
import io.ike4j.config.Retransmission;
import io.ike4j.sm.v2.Ikev2State;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Dead peer detection for an established IKE SA (IOS {@code dpd <interval> <retry> on-demand|periodic}): a liveness
 * check (RFC 7296 §1.4, an empty INFORMATIONAL request) when the peer has been silent for the interval
 * ({@code on-demand}: ike4j sees IKE traffic, not ESP, so "silent" means no authenticated IKE message), or every
 * interval whatever it sent ({@code periodic}). The check is retransmitted from {@code retry} seconds with the
 * profile's backoff base and number of tries; unanswered, the SA ends as "peer unreachable" ("giving up after n
 * retransmits", ios-reference.md §5) and its CHILD_SAs leave the key engine. Costs nothing per packet: receiving
 * only records the time; the SA's one timer slot is moved only when the check falls due.
 */
final class Dpd {
    private Dpd() {
    }

    /** At establishment: the first check is due one interval from now. */
    static void arm(Ikev2Sa sa, EngineCore core) {
        sa.lastInbound = core.now;
        Optional<DpdSettings> dpd = sa.profile == null ? Optional.empty() : sa.profile.dpd();
        if (dpd.isPresent()) {
            sa.dpdAt = core.now.plusSeconds(dpd.get().intervalSeconds());
            core.timers.wake(sa, sa.dpdAt);
        }
    }

    /** An authenticated message from the peer (its ICV verified). */
    static void heard(Ikev2Sa sa, EngineCore core) {
        sa.lastInbound = core.now;
    }

    /** From the SA's timer: starts a liveness check if one is due. */
    static void check(Ikev2Sa sa, EngineCore core) {
        if (sa.dpdAt == null || sa.state != Ikev2State.READY || core.now.isBefore(sa.dpdAt)) {
            return;
        }
        DpdSettings d = sa.profile.dpd().orElseThrow();
        Instant quietUntil = sa.lastInbound.plusSeconds(d.intervalSeconds());
        if (!d.periodic() && core.now.isBefore(quietUntil)) {
            sa.dpdAt = quietUntil; // heard from since: not idle yet
            return;
        }
        sa.dpdAt = core.now.plusSeconds(d.intervalSeconds());
        if (sa.outstandingCount() > 0) {
            return; // a request of ours is in flight: its answer (or its giving up) says whether the peer lives
        }
        EngineCore.INTERNAL.debug("IKEv2:(SA ID = {}):DPD: sending liveness check", sa.saId);
        Informational.startLivenessCheck(sa, core, schedule(sa, d));
    }

    /** The liveness check's retransmissions: from {@code retry} seconds, the profile's base and tries. */
    static Retransmission schedule(Ikev2Sa sa, DpdSettings d) {
        Retransmission p = sa.profile.retransmission();
        return new Retransmission(Duration.ofSeconds(d.retrySeconds()), p.base(), p.tries());
    }
}
