package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.config.DpdSettings;
import io.ike4j.sm.v1.Ikev1State;

import java.time.Instant;
import java.util.List;

/**
 * Dead peer detection (RFC 3706): R-U-THERE / R-U-THERE-ACK notifies (§5.3: protocol ISAKMP, SPI = the cookies, a
 * 32-bit sequence number as data) in protected Informational exchanges. Only with a peer that sent the DPD vendor ID
 * (§5.1). Ours: periodic (every interval) or on idle (an interval without a message from the peer, §5.4), resent
 * every retry interval, the peer declared dead after {@link #TRIES} unanswered (IOS: 5). An ACK must carry the
 * sequence number outstanding (§6: replay protection).
 */
final class Dpd {
    static final int R_U_THERE = 36136;
    static final int R_U_THERE_ACK = 36137;
    static final int TRIES = 5;

    private Dpd() {
    }

    static NotifyPayload message(IsakmpSa sa, int type, long seq) {
        byte[] d = {(byte) (seq >>> 24), (byte) (seq >>> 16), (byte) (seq >>> 8), (byte) seq};
        return new NotifyPayload(1, 1, type, Informational.cookies(sa), Bytes.wrap(d));
    }

    static long seqOf(NotifyPayload n) {
        Bytes d = n.data();
        if (d.length() != 4) {
            return -1;
        }
        return ((long) (d.get(0) & 0xff) << 24) | ((d.get(1) & 0xff) << 16) | ((d.get(2) & 0xff) << 8) | (d.get(3) & 0xff);
    }

    /** Sends R-U-THERE now (the engine's {@code checkLiveness}, or a DPD timer). */
    static boolean check(Ikev1Core core, IsakmpSa sa) {
        if (sa.state != Ikev1State.IKE_P1_COMPLETE || !sa.peerDpd) {
            return false;
        }
        if (sa.dpdOutstanding < 0) {
            sa.dpdSeq = (sa.dpdSeq + 1) & 0xffffffffL;
            sa.dpdOutstanding = sa.dpdSeq;
            sa.dpdTries = 0;
        }
        Informational.sendProtected(core, sa, List.of(message(sa, R_U_THERE, sa.dpdOutstanding)));
        sa.dpdAt = core.now.plusSeconds(settings(sa).retrySeconds());
        return true;
    }

    static DpdSettings settings(IsakmpSa sa) {
        return sa.profile.dpd().orElse(new DpdSettings(10, 2, false));
    }

    static void received(Ikev1Core core, IsakmpSa sa, NotifyPayload n) {
        long seq = seqOf(n);
        if (seq < 0) {
            return;
        }
        if (n.notifyType() == R_U_THERE) {
            Informational.sendProtected(core, sa, List.of(message(sa, R_U_THERE_ACK, seq)));
        } else if (seq == sa.dpdOutstanding) {
            sa.dpdOutstanding = -1;
            sa.dpdAt = null;
            core.listener.livenessChecked(core.info(sa), true);
        }
    }

    /** The peer was heard from: an idle-triggered check waits a whole interval again. */
    static void heard(Ikev1Core core, IsakmpSa sa) {
        sa.lastHeard = core.now;
        if (sa.profile != null && sa.profile.dpd().isPresent() && !sa.profile.dpd().get().periodic()
                && sa.state == Ikev1State.IKE_P1_COMPLETE) {
            sa.dpdNext = core.now.plusSeconds(sa.profile.dpd().get().intervalSeconds());
        }
    }

    /** The DPD timers: a check due, an R-U-THERE unanswered. Returns true if something was sent. */
    static boolean tick(Ikev1Core core, IsakmpSa sa, Instant now) {
        if (Timers.due(sa.dpdAt, now)) {
            if (++sa.dpdTries >= TRIES) {
                core.listener.livenessChecked(core.info(sa), false);
                core.fail(sa, null, io.ike4j.diag.FailureReason.PEER_UNREACHABLE, 0,
                        "DPD: no R-U-THERE-ACK after " + TRIES + " R-U-THERE");
                return true;
            }
            return check(core, sa);
        }
        if (Timers.due(sa.dpdNext, now) && sa.profile.dpd().isPresent()) {
            sa.dpdNext = now.plusSeconds(sa.profile.dpd().get().intervalSeconds());
            return check(core, sa);
        }
        return false;
    }

    /** Phase 1 is up: the first periodic/idle check is an interval away. */
    static void armed(Ikev1Core core, IsakmpSa sa) {
        byte[] r = core.random.nextBytes(4); // §6: a random first sequence number
        sa.dpdSeq = ((r[0] & 0x7fL) << 24) | ((r[1] & 0xff) << 16) | ((r[2] & 0xff) << 8) | (r[3] & 0xff);
        sa.profile.dpd().ifPresent(d -> sa.dpdNext = core.now.plusSeconds(d.intervalSeconds()));
    }
}
