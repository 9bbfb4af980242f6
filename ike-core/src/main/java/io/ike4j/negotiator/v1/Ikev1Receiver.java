package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.DeletePayload;
import io.ike4j.codec.v1.HashPayload;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.Role;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;
import io.ike4j.transport.Datagram;

import java.security.MessageDigest;
import java.util.List;

/**
 * Where an ISAKMP datagram goes (RFC 2408 §5): decoded (bad input is dropped and counted, never thrown), its SA found by
 * cookie, a retransmission of the peer's last message answered with our last one, then the row of its exchange type:
 * Main / Aggressive Mode on the SA, Quick Mode on its node (a new one for a new message ID), Informational after its
 * HASH(1) verified. Nothing here walks the SAs.
 */
final class Ikev1Receiver {
    private static final int MM = IsakmpExchangeType.IDENTITY_PROTECTION.number();
    private static final int AM = IsakmpExchangeType.AGGRESSIVE.number();
    private static final int QM = IsakmpExchangeType.QUICK_MODE.number();
    private static final int INFO = IsakmpExchangeType.INFORMATIONAL.number();

    private Ikev1Receiver() {
    }

    static void receive(Ikev1Core core, Datagram d) {
        IsakmpMessage m;
        try {
            m = IsakmpCodec.decode(d.payload());
        } catch (RuntimeException e) {
            core.counters.count(Packet.DROPPED_MALFORMED);
            Ikev1Core.LOG.debug("ISAKMP: dropped malformed message from {}: {}", d.remote(), e.getMessage());
            return;
        }
        core.counters.count(Packet.INBOUND_OK);
        IsakmpHeader h = m.header();
        Bytes ckyI = d.payload().slice(0, 8);
        Bytes ckyR = d.payload().slice(8, 8);
        IsakmpSa sa = find(core, ckyI, ckyR, d);
        if (sa == null) {
            if (IsakmpSa.isZero(ckyR) && h.messageId() == 0 && !m.isEncrypted()
                    && (h.exchangeType() == MM || h.exchangeType() == AM)) {
                newResponder(core, d, m, ckyI);
            } else {
                core.counters.count(Packet.DROPPED_NO_SA);
            }
            return;
        }
        core.listener.packet(false, sa.saId, d);
        boolean moved = !sa.remote.equals(d.remote()) || !sa.local.equals(d.local());
        if (moved && !NatT.negotiated(core, sa)) {
            core.counters.count(Packet.DROPPED_UNEXPECTED); // another endpoint, and no NAT-T to explain it
            return;
        }
        byte[] digest = Ikev1Core.digest(d.payload());
        if (h.messageId() == 0 && h.exchangeType() != INFO) {
            if (duplicate(core, sa, digest, sa.lastReceived, sa.lastSent)) {
                return;
            }
            sa.in = new Inbound(d, m);
            core.run(sa, null, h.exchangeType() == AM ? Ikev1Input.IKE_AM_EXCH : Ikev1Input.IKE_MM_EXCH);
            heard(core, sa); // a verified MM5/MM6 moved the SA to the peer's endpoint before the answer (NatT.follow)
        } else if (h.exchangeType() == QM) {
            quickMode(core, sa, d, m, digest);
        } else if (h.exchangeType() == INFO) {
            if (informational(core, sa, d, m) && moved) {
                NatT.follow(core, sa, d);
            }
        } else {
            core.counters.count(Packet.DROPPED_UNEXPECTED);
        }
    }

    private static void heard(Ikev1Core core, IsakmpSa sa) {
        if (!sa.dead && sa.state == Ikev1State.IKE_P1_COMPLETE) {
            Dpd.heard(core, sa);
            core.wake(sa);
        }
    }

    /** Our SA: by our cookie, the initiator's if we initiated, else the responder's (with the initiator's matching). */
    static IsakmpSa find(Ikev1Core core, Bytes ckyI, Bytes ckyR, Datagram d) {
        IsakmpSa sa = core.sas.byLocalSpi(ckyI);
        if (sa != null && sa.role == Role.INITIATOR && (IsakmpSa.isZero(sa.cookieR) || sa.cookieR.equals(ckyR))) {
            return sa;
        }
        if (!IsakmpSa.isZero(ckyR)) {
            sa = core.sas.byLocalSpi(ckyR);
            if (sa != null && sa.role == Role.RESPONDER && sa.cookieI.equals(ckyI)) {
                return sa;
            }
            return null;
        }
        return core.byInitiatorCookie.get(new Ikev1Core.HalfOpenKey(ckyI, d.remote().address()));
    }

    /** RFC 2408 §5: a bitwise repeat of the peer's last accepted message gets our last one again. */
    private static boolean duplicate(Ikev1Core core, IsakmpSa sa, byte[] digest, byte[] last, byte[] ours) {
        if (last == null || !MessageDigest.isEqual(digest, last)) {
            return false;
        }
        if (ours != null) {
            core.counters.count(Packet.DUPLICATE_ANSWERED);
            core.transmit(sa, ours);
        }
        return true;
    }

    /** MM1/AM1: a new responder SA, within the half-open limits (each has a default and a builder option). */
    private static void newResponder(Ikev1Core core, Datagram d, IsakmpMessage m, Bytes ckyI) {
        if (core.halfOpen >= core.halfOpenLimit) {
            core.counters.count(Packet.REFUSED_HALF_OPEN_LIMIT);
            return;
        }
        if (core.halfOpenByAddress.getOrDefault(d.remote().address(), 0) >= core.halfOpenPerAddress) {
            core.counters.count(Packet.REFUSED_PER_ADDRESS);
            return;
        }
        IsakmpSa sa = new IsakmpSa(core.allocateSaId(), Role.RESPONDER, d.local(), d.remote(), core.now);
        sa.cookieI = Bytes.wrap(ckyI.toByteArray());
        sa.cookieR = core.newCookie();
        sa.in = new Inbound(d, m);
        boolean aggressive = m.header().exchangeType() == AM;
        core.run(sa, null, aggressive ? Ikev1Input.IKE_AM_EXCH : Ikev1Input.IKE_MM_EXCH);
        if (sa.state == Ikev1State.IKE_READY || sa.dead) {
            return; // dropped or refused: nothing kept
        }
        core.listener.packet(false, sa.saId, d);
        // registered once accepted: the cookie we chose, the half-open count, the retransmission index
        core.sas.register(sa);
        core.sas.indexLocalSpi(sa);
        core.byInitiatorCookie.put(new Ikev1Core.HalfOpenKey(sa.cookieI, d.remote().address()), sa);
        core.startHalfOpen(sa);
        core.wake(sa);
    }

    private static QuickMode quickMode(Ikev1Core core, IsakmpSa sa, Datagram d, IsakmpMessage m, byte[] digest) {
        if (sa.state != Ikev1State.IKE_P1_COMPLETE || !m.isEncrypted()) {
            core.counters.count(Packet.DROPPED_UNEXPECTED);
            return null;
        }
        int mid = m.header().messageId();
        QuickMode q = sa.nodes.get(mid);
        boolean fresh = q == null;
        if (fresh) {
            if (inProgress(sa) >= core.maxQuickModes) {
                core.counters.count(Packet.REFUSED_HALF_OPEN_LIMIT);
                return null;
            }
            q = new QuickMode(mid, Role.RESPONDER);
        } else if (duplicate(core, sa, digest, q.lastReceived, q.lastSent)) {
            return null;
        }
        q.in = new Inbound(d, m);
        if (fresh) {
            sa.nodes.put(mid, q);
        }
        core.run(sa, q, Ikev1Input.IKE_QM_EXCH);
        if (fresh && q.state == Ikev1State.IKE_QM_READY && q.forgetAt == null) {
            sa.nodes.remove(mid); // dropped unverified: nothing kept, the IV of that message ID forgotten
            sa.ivs.forget(mid);
        }
        heard(core, sa);
        return q;
    }

    static int inProgress(IsakmpSa sa) {
        int n = 0;
        for (QuickMode q : sa.nodes.values()) {
            if (q.state != Ikev1State.IKE_QM_PHASE2_COMPLETE) {
                n++;
            }
        }
        return n;
    }

    /**
     * Protected: decrypted with a fresh IV for its message ID and HASH(1) verified (RFC 2409 §5.7), else dropped.
     * Unprotected, before our phase-1 keys exist: only an error notify answering our first message ends the SA (as
     * IKEv2 takes an unprotected IKE_SA_INIT error); later ones are only remembered to name a later give-up.
     */
    private static boolean informational(Ikev1Core core, IsakmpSa sa, Datagram d, IsakmpMessage m) {
        Inbound in = new Inbound(d, m);
        if (!m.isEncrypted()) {
            List<NotifyPayload> ns = in.all(NotifyPayload.class);
            if (ns.isEmpty() || ns.get(0).notifyType() > Informational.LAST_ERROR) {
                core.counters.count(Packet.DROPPED_UNPROTECTED);
                return false;
            }
            int type = ns.get(0).notifyType();
            if (sa.initiator() && (sa.state == Ikev1State.IKE_I_MM1 || sa.state == Ikev1State.IKE_I_AM1)) {
                core.failOnNotify(sa, null, type, Informational.reasonOf(type, false));
            } else {
                core.counters.count(Packet.IGNORED_UNAUTHENTICATED);
                if (sa.state != Ikev1State.IKE_P1_COMPLETE) {
                    sa.dropReason = Informational.reasonOf(type, false);
                    sa.dropDetail = "received unprotected " + io.ike4j.codec.v1.IsakmpNotifyType.nameOf(type);
                }
            }
            return false;
        }
        if (sa.keys == null || sa.ivs == null) {
            core.counters.count(Packet.DROPPED_UNEXPECTED);
            return false;
        }
        int mid = m.header().messageId();
        String bad = Protection.decrypt(sa, in);
        List<RawChain.Raw> raw = bad == null ? Protection.raw(in) : List.of();
        if (bad == null && (raw.isEmpty() || !(in.payloads.get(0) instanceof HashPayload h)
                || !Phase1.hashEquals(sa.kdf.quickModeHash1(sa.keys.skeyidA(), mid, RawChain.afterFirst(raw)), h.hash()))) {
            bad = "HASH(1) of the Informational exchange does not verify";
        }
        if (!sa.nodes.containsKey(mid)) {
            sa.ivs.forget(mid); // one message each: its IV is not kept
        }
        if (bad != null) {
            core.counters.count(Packet.DROPPED_ICV);
            Ikev1Core.LOG.debug("ISAKMP: ({}): dropped Informational: {}", sa.connId(), bad);
            return false;
        }
        sa.in = in;
        boolean delete = !in.all(DeletePayload.class).isEmpty();
        core.run(sa, null, delete ? Ikev1Input.IKE_INFO_DELETE : Ikev1Input.IKE_INFO_NOTIFY);
        heard(core, sa);
        return !sa.dead;
    }

}
