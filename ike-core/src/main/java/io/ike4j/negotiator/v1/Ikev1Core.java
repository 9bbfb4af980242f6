package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.OakleyAlgorithms;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.Retransmission;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.FailureCounters;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.IkeVersion;
import io.ike4j.sm.Role;
import io.ike4j.sm.RunLoop;
import io.ike4j.sm.SaDirectory;
import io.ike4j.sm.StateTable;
import io.ike4j.sm.TimerQueue;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;
import io.ike4j.sm.v1.Ikev1TraceEvent;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.Outbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The IKEv1 engine's state and the steps every row shares: the SA directory and timer queue of the version-neutral
 * core ({@code io.ike4j.sm}), the run loop over {@link Ikev1Table}, sending with retransmission state, failure and
 * removal. Deterministic: no threads, sockets or clocks of its own (architecture.md).
 */
final class Ikev1Core {
    static final Logger LOG = LoggerFactory.getLogger("ike4j.isakmp");
    static final Logger PACKET = LoggerFactory.getLogger("ike4j.isakmp.packet");

    final IkeConfiguration config;
    final CryptoProvider crypto;
    final RandomSource random;
    final Outbound outbound;
    final KeyEngine keyEngine;
    final Ikev1Listener listener;
    final FailureCounters counters = new FailureCounters();
    final RunLoop<Ikev1State, Ikev1Input, Ikev1Action> loop = new RunLoop<>(Ikev1Table.TABLE, Ikev1Input.IKE_NO_INPUT);
    final SaDirectory<IsakmpSa> sas = new SaDirectory<>();
    final TimerQueue<IsakmpSa> timers = new TimerQueue<>();
    /** Responder SAs by (initiator cookie, peer address): a retransmitted MM1/AM1 finds its SA (RFC 2408 §2.5.3). */
    final Map<HalfOpenKey, IsakmpSa> byInitiatorCookie = new HashMap<>();
    /** Our inbound ESP SPIs, unique in this engine (checked, RFC 2408 §2.4). */
    final Map<Bytes, IsakmpSa> espSpis = new HashMap<>();
    final Map<InetAddress, Integer> halfOpenByAddress = new HashMap<>();
    int halfOpen;
    final Duration halfOpenTimeout;
    final int halfOpenLimit;
    final int halfOpenPerAddress;
    final int maxQuickModes;
    final Duration nodeLinger;
    final boolean exportKeys;
    final int natTraversalPort;
    final Duration natKeepalive;
    final io.ike4j.negotiator.auth.Credentials credentials;
    final io.ike4j.negotiator.auth.TrustAnchors trustAnchors;
    final Ikev1Engine.Tweaks tweaks;
    final Ikev1Impairments impairments;
    Instant now;
    private int nextSaId;

    record HalfOpenKey(Bytes cookieI, InetAddress address) {
    }

    Ikev1Core(Ikev1Engine.Builder b) {
        this.config = b.config;
        this.crypto = b.crypto;
        this.random = b.random;
        this.outbound = b.outbound;
        this.keyEngine = b.keyEngine;
        this.listener = b.listener;
        this.halfOpenTimeout = b.halfOpenTimeout;
        this.halfOpenLimit = b.halfOpenLimit;
        this.halfOpenPerAddress = b.halfOpenPerAddress;
        this.maxQuickModes = b.maxQuickModes;
        this.nodeLinger = b.nodeLinger;
        this.exportKeys = b.exportKeys;
        this.natTraversalPort = b.natTraversalPort;
        this.natKeepalive = b.natKeepalive;
        this.credentials = b.credentials;
        this.trustAnchors = b.trustAnchors;
        this.tweaks = b.tweaks;
        this.impairments = b.impairments;
        this.now = b.startTime;
    }

    int allocateSaId() {
        return ++nextSaId;
    }

    Bytes newCookie() {
        while (true) {
            Bytes c = Bytes.wrap(random.nextBytes(8));
            if (!IsakmpSa.isZero(c) && sas.byLocalSpi(c) == null) {
                return c;
            }
        }
    }

    /** A fresh inbound ESP SPI, unique among this engine's (values below 256 are reserved, RFC 4303 §2.1). */
    Bytes newEspSpi(IsakmpSa owner) {
        while (true) {
            Bytes s = Bytes.wrap(random.nextBytes(4));
            if ((s.get(0) | s.get(1) | s.get(2)) != 0 && !espSpis.containsKey(s)) {
                espSpis.put(s, owner);
                return s;
            }
        }
    }

    // ---- running the table ----

    void run(IsakmpSa sa, QuickMode node, Ikev1Input first) {
        loop.run(new Run(sa, node), first);
        wake(sa);
    }

    private final class Run implements RunLoop.Run<Ikev1State, Ikev1Input, Ikev1Action> {
        private final IsakmpSa sa;
        private final QuickMode node;

        Run(IsakmpSa sa, QuickMode node) {
            this.sa = sa;
            this.node = node;
        }

        @Override
        public Ikev1State state() {
            return node == null ? sa.state : node.state;
        }

        @Override
        public boolean dead() {
            return sa.dead || (node != null && node.forgetAt != null && node.state != Ikev1State.IKE_QM_PHASE2_COMPLETE);
        }

        @Override
        public Ikev1Input takePending() {
            return null;
        }

        @Override
        public void trace(Ikev1State state, Ikev1Input event) {
            // IOS prints the input with the state it led to: traced in apply()
        }

        @Override
        public Step step(StateTable.Row<Ikev1State, Ikev1Input, Ikev1Action> row, Ikev1State state, Ikev1Input event) {
            if (row == null) {
                return Step.drop(event + " in " + state);
            }
            try {
                return row.run().run(Ikev1Core.this, sa, node);
            } catch (RuntimeException e) {
                LOG.error("ISAKMP: ({}): internal error in {} {}", sa.connId(), state, event, e);
                counters.count(FailureCounters.Packet.INTERNAL_ERROR);
                return Step.fail(FailureReason.INTERNAL_ERROR, 0, e.toString());
            }
        }

        @Override
        public boolean apply(StateTable.Row<Ikev1State, Ikev1Input, Ikev1Action> row, Ikev1State from,
                             RunLoop.Decision<Ikev1State, Ikev1Input> decision) {
            Step d = (Step) decision;
            switch (d.kind()) {
                case DROP -> {
                    counters.count(FailureCounters.Packet.DROPPED_UNEXPECTED);
                    LOG.debug("ISAKMP: ({}): dropped: {}", sa.connId(), d.detail());
                    return false;
                }
                case FAIL -> {
                    fail(sa, node, d.reason(), d.notifyType(), d.detail());
                    return false;
                }
                case IDLE -> {
                    return false;
                }
                default -> {
                }
            }
            Ikev1State to = d.state() == null ? from : d.state();
            if (!row.allows(from, to)) {
                fail(sa, node, FailureReason.INTERNAL_ERROR, 0, "row " + from + " " + row.event() + " left undeclared " + to);
                return false;
            }
            if (node == null) {
                sa.state = to;
            } else {
                node.state = to;
            }
            Ikev1TraceEvent ev = new Ikev1TraceEvent(sa.connId(), node == null ? 0 : node.messageId, sa.role,
                    row.event(), from, to);
            if (LOG.isDebugEnabled()) {
                LOG.debug(ev.iosLine());
            }
            listener.trace(ev);
            return true;
        }
    }

    // ---- sending ----

    /** Sends {@code octets} as the SA's (node's) current message and arms its retransmission. */
    void send(IsakmpSa sa, QuickMode node, byte[] octets, boolean retransmit) {
        Retransmission r = retransmission(sa);
        if (node == null) {
            sa.lastSent = octets;
            sa.retransmits = 0;
            sa.retransmitAt = retransmit ? now.plus(r.waitAfter(0)) : null;
        } else {
            node.lastSent = octets;
            node.retransmits = 0;
            node.retransmitAt = retransmit ? now.plus(r.waitAfter(0)) : null;
        }
        transmit(sa, octets);
    }

    /** Sends a message that is not retransmitted (notifies, informational exchanges, DPD). */
    void transmit(IsakmpSa sa, byte[] octets) {
        sa.lastOutbound = now;
        counters.count(FailureCounters.Packet.OUTBOUND_OK);
        Datagram d = Datagram.of(octets, sa.local, sa.remote);
        if (PACKET.isDebugEnabled()) {
            PACKET.debug("ISAKMP: ({}): sending packet to {} ({} octets)", sa.connId(), sa.remote, octets.length);
        }
        listener.packet(true, sa.saId, d);
        if (impairments == Ikev1Impairments.NONE) {
            outbound.send(d);
            return;
        }
        for (Datagram out : impairments.outgoing(sa.saId, d)) {
            outbound.send(out);
        }
    }

    Retransmission retransmission(IsakmpSa sa) {
        return sa.profile == null ? Retransmission.STRONGSWAN_DEFAULT : sa.profile.retransmission();
    }

    private static final ThreadLocal<MessageDigest> SHA256 = io.ike4j.crypto.kdf.JdkDigests.perThread("SHA-256");

    /** The digest a retransmission is recognised by (per datagram: this thread's digest, no provider lookup). */
    static byte[] digest(Bytes datagram) {
        MessageDigest md = SHA256.get();
        datagram.updateDigest(md);
        return md.digest();
    }

    // ---- timers ----

    /** Queues the SA's next look: the earliest of its retransmission, its nodes', its half-open limit, its lifetime. */
    void wake(IsakmpSa sa) {
        if (sa.dead) {
            return;
        }
        Instant at = min(sa.retransmitAt, sa.halfOpenUntil);
        at = min(at, sa.expiresAt);
        at = min(at, min(sa.dpdAt, sa.dpdNext));
        at = min(at, NatT.nextKeepalive(this, sa));
        for (QuickMode q : sa.nodes.values()) {
            at = min(at, min(min(q.retransmitAt, q.forgetAt), min(q.lingerUntil, min(q.softAt, q.hardAt))));
        }
        timers.wake(sa, at);
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    void advanceTime(Instant t) {
        if (t.isAfter(now)) {
            now = t;
        }
        timers.due(now, sa -> run(sa, null, Ikev1Input.IKE_TIMER_EXPIRED));
    }

    // ---- failure and removal ----

    /** A failure: reported, the node (quick mode) or SA (phase 1) ends; {@code notify} goes to the peer if non-zero. */
    void fail(IsakmpSa sa, QuickMode node, FailureReason reason, int notify, String detail) {
        counters.count(reason);
        IkeFailure f = new IkeFailure(IkeVersion.IKEV1, reason, sa.saId, sa.role,
                notify == 0 ? OptionalInt.empty() : OptionalInt.of(notify), OptionalInt.empty(), detail);
        LOG.info(f.logLine());
        listener.failure(f);
        if (notify != 0) {
            // about a quick mode: the SPI the initiator proposed, which names its node on both sides
            Bytes spi = node == null ? Bytes.EMPTY : node.outboundSpi != null && node.role == Role.RESPONDER
                    ? node.outboundSpi : node.inboundSpiOrEmpty();
            Informational.sendNotify(this, sa, notify, spi, node != null);
        }
        if (node != null && sa.state == Ikev1State.IKE_P1_COMPLETE) {
            endNode(sa, node);
            return;
        }
        remove(sa, reason.text() + (detail.isEmpty() ? "" : ": " + detail));
    }

    /** The peer's notify ended the exchange (error types only; RFC 2408 §3.14.1: types below 8192). */
    void failOnNotify(IsakmpSa sa, QuickMode node, int type, FailureReason reason) {
        counters.count(reason);
        IkeFailure f = new IkeFailure(IkeVersion.IKEV1, reason, sa.saId, sa.role, OptionalInt.empty(),
                OptionalInt.of(type), "");
        LOG.info(f.logLine());
        listener.failure(f);
        if (node != null && sa.state == Ikev1State.IKE_P1_COMPLETE) {
            endNode(sa, node);
        } else {
            remove(sa, reason.text());
        }
    }

    /** A quick mode failed: it is forgotten at the next look, the ISAKMP SA stays (IOS: "deleting node … reason"). */
    private void endNode(IsakmpSa sa, QuickMode node) {
        node.forgetAt = now;
        node.retransmitAt = null;
        node.freeWork();
        if (node.inboundSpi != null && node.child == null) {
            espSpis.remove(node.inboundSpi);
        }
        wake(sa);
    }

    void remove(IsakmpSa sa, String why) {
        if (sa.dead) {
            return;
        }
        for (QuickMode q : sa.nodes.values()) {
            if (q.child != null) {
                keyEngine.delete(q.child);
                listener.ipsecSaDeleted(info(sa), q.child, why);
                q.child.destroy();
            }
            if (q.inboundSpi != null) {
                espSpis.remove(q.inboundSpi);
            }
        }
        endHalfOpen(sa);
        if (sa.cookieI != null) {
            byInitiatorCookie.remove(new HalfOpenKey(sa.cookieI, sa.remote.address()), sa);
        }
        IkeSaInfo info = info(sa);
        sas.forget(sa);
        timers.remove(sa);
        sa.destroy();
        LOG.debug("ISAKMP: ({}): deleting SA reason \"{}\" state ({}) {}", sa.saId, why, sa.role.letter(), info.state());
        listener.isakmpSaDeleted(info, why);
    }

    void startHalfOpen(IsakmpSa sa) {
        halfOpen++;
        halfOpenByAddress.merge(sa.remote.address(), 1, Integer::sum);
        sa.halfOpenUntil = now.plus(halfOpenTimeout);
    }

    void endHalfOpen(IsakmpSa sa) {
        if (sa.halfOpenUntil == null) {
            return;
        }
        sa.halfOpenUntil = null;
        halfOpen--;
        halfOpenByAddress.computeIfPresent(sa.remote.address(), (a, n) -> n == 1 ? null : n - 1);
    }

    IkeSaInfo info(IsakmpSa sa) {
        var s = sa.chosen;
        int children = 0;
        for (QuickMode q : sa.nodes.values()) {
            if (q.child != null) {
                children++;
            }
        }
        IkeProfile p = sa.profile;
        return new IkeSaInfo(IkeVersion.IKEV1, sa.saId, sa.role, sa.state, sa.cookieI, sa.cookieR, sa.local, sa.remote,
                s == null ? 0 : OakleyAlgorithms.ikev2EncrId(s.encryption()), s == null ? 0 : s.keyBits(),
                s == null ? 0 : Oakley.integ(s.hash()), s == null ? 0 : Oakley.prf(s.hash()), s == null ? 0 : s.group(),
                s == null ? "" : Phase1.authName(s.auth()), s == null ? "" : Phase1.authName(s.auth()),
                Optional.ofNullable(sa.localId), Optional.ofNullable(sa.remoteId), sa.created,
                Optional.ofNullable(sa.established),
                s == null ? (p == null ? IkeProfile.DEFAULT_LIFETIME : p.lifetimeSeconds()) : (int) s.lifeSeconds(),
                0, 0, 1, sa.localBehindNat, sa.remoteBehindNat, p == null ? Optional.empty() : p.dpd().map(d -> d.intervalSeconds()), children);
    }

    void childUp(IsakmpSa sa, ChildSa child) {
        listener.ipsecSaEstablished(info(sa), child);
    }
}
