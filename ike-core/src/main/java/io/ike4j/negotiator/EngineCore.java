package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.text.Ikev2IosFormatter;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.FailureCounters;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.TrustAnchors;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.v2.TraceEvent;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.Outbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The services the transition rows use: configuration, crypto, the clock value, sending, tracing, the SA
 * tables, and the run loop that walks the {@link TransitionTable}. No threads, sockets or clocks: time only
 * moves through {@link #advanceTime}, randomness comes from the injected {@link RandomSource}.
 */
final class EngineCore {
    static final Logger INTERNAL = LoggerFactory.getLogger("ike4j.ikev2.internal");
    static final Logger PACKET = LoggerFactory.getLogger("ike4j.ikev2.packet");

    final IkeConfiguration config;
    final CryptoProvider crypto;
    final RandomSource random;
    final Outbound outbound;
    final KeyEngine keyEngine;
    final Ikev2Listener listener;
    final FailureCounters counters = new FailureCounters();
    final TransitionTable table;
    /** The version-neutral run loop over {@link #table}. */
    final io.ike4j.sm.RunLoop<Ikev2State, Ikev2Event, TransitionTable.Action> loop;
    final Credentials credentials;
    final TrustAnchors trustAnchors;
    /** Which signature algorithms and certificate usages a peer's AUTH may have (issue 10 item 7). */
    final io.ike4j.negotiator.auth.SignaturePolicy signaturePolicy;
    final io.ike4j.negotiator.auth.CertUsage certUsage;
    final boolean exportKeys;
    final Duration halfOpenTimeout;
    final Impairments impairments;
    final int cookieThreshold;
    /** RFC 8019 puzzles: the difficulty asked with cookies (-1: none), the legacy share admitted, the most we solve. */
    final int puzzleDifficulty;
    final int puzzleLegacyPercent;
    final int maxPuzzleDifficulty;
    final CookieSecrets cookieSecrets;
    final int halfOpenPerAddress;
    final int halfOpenLimit;
    final HalfOpen halfOpen = new HalfOpen();
    final double amplificationLimit;
    final int maxFragments;
    final int maxReassembledSize;
    final Duration fragmentTimeout;
    /** Our protected messages above this many octets go as IKE fragments (RFC 7383). */
    final int fragmentSize;
    final long maxReassemblyMemory;
    /** Plaintext octets held in partial fragmented messages of all SAs, and its high-water mark. */
    long reassemblyBytes;
    long reassemblyPeak;
    final DropLog dropLog;
    /** How many of a peer's requests each SA takes at once (RFC 7296 §2.3), announced if above 1. */
    final int windowSize;
    /** Initiator SAs the peer ended (DELETE, unanswered request) are started again. */
    final boolean autoReconnect;
    /** Initiator SAs at the end of their lifetime are replaced by a new one (RFC 7296 §2.8.3), not just deleted. */
    final boolean reauthenticate;
    /** SAs are rekeyed before their lifetimes end ({@link Lifetimes}), at these intervals (null: 90% of the lifetime). */
    final boolean rekey;
    final Duration childRekey;
    final Duration ikeRekey;
    /** The NAT-T port initiators float to from 500 (RFC 7296 §2.23; 0: never float). */
    final int natTraversalPort;
    /** NAT-keepalive interval of SAs behind a NAT (RFC 3948 §2.3; null: none). */
    final Duration natKeepalive;
    /** Where DH/KEM work runs; its answers resume SAs on this engine's thread. */
    final CryptoExecutor cryptoExecutor;
    /** This engine's shard and the shard count: SPIs we choose as initiator hash to our shard. */
    final int shard;
    final int shards;
    /** How long the last response is kept for retransmitted requests (RFC 7296 §2.1: "several minutes"). */
    final Duration cachedResponseLifetime;
    /** When each SA needs looking at next (retransmission, half-open expiry, fragment timeout). */
    final io.ike4j.sm.TimerQueue<Ikev2Sa> timers = new io.ike4j.sm.TimerQueue<>();
    /** SAs looked at by the timers so far (the scale tests' measure of a tick's cost). */
    long timerLooks;
    final List<io.ike4j.codec.v2.Ikev2VendorIdPayload> vendorIds;
    /** IKE transforms the crypto provider can run: never select what we cannot compute (RFC 7296 §2.7). */
    final io.ike4j.negotiator.proposal.TransformFilter ikeFilter;

    /**
     * Established and negotiating SAs by our SPI and SA ID, established ones by the peer's identity (INITIAL_CONTACT
     * looks only at these, RFC 7296 §2.4), and how many each remote endpoint has (INITIAL_CONTACT is sent only when
     * we hold no other): the version-neutral directory IKEv1 uses too.
     */
    final io.ike4j.sm.SaDirectory<Ikev2Sa> sas = new io.ike4j.sm.SaDirectory<>();
    /**
     * Inbound ESP SPIs in use and the IKE SA each CHILD_SA belongs to: a new SPI is checked against them, not hoped
     * unique (RFC 4303 §2.1), and what the key engine reports about a CHILD_SA finds its SA without a walk.
     */
    final Map<Bytes, Ikev2Sa> espSpis = new HashMap<>();
    /** Whether the listener looks at sent messages; with the packet log off too, our own octets are not decoded. */
    final boolean packetsWanted;

    boolean sentMessagesWanted() {
        return packetsWanted || PACKET.isDebugEnabled();
    }
    /**
     * Responder SAs by the IKE_SA_INIT request that made them, to recognise its retransmissions (RFC 7296 §2.1:
     * "SPIi and/or IP address" is not enough, two peers behind one NAT may pick the same SPIi, so Ni is part of
     * the key). The port is not: a cookie proves the address only (§2.6).
     */
    final Map<HalfOpenKey, Ikev2Sa> byInitiatorSpi = new HashMap<>();
    Instant now;
    private int nextSaId;

    record HalfOpenKey(Bytes spiI, java.net.InetAddress address, Bytes ni) {
    }

    EngineCore(Ikev2Engine.Builder b) {
        this.config = b.config;
        this.crypto = b.crypto;
        this.random = b.random;
        this.outbound = b.outbound;
        this.keyEngine = b.keyEngine;
        this.listener = b.listener;
        this.credentials = b.credentials;
        this.trustAnchors = b.trustAnchors;
        this.signaturePolicy = new io.ike4j.negotiator.auth.SignaturePolicy(b.allowSha1Signatures);
        this.certUsage = b.certUsage;
        this.exportKeys = b.exportKeys;
        this.halfOpenTimeout = b.halfOpenTimeout;
        this.impairments = b.impairments;
        this.cookieThreshold = b.cookieThreshold;
        this.puzzleDifficulty = b.puzzleDifficulty;
        this.puzzleLegacyPercent = b.puzzleLegacyPercent;
        this.maxPuzzleDifficulty = b.maxPuzzleDifficulty;
        this.cookieSecrets = new CookieSecrets(b.random, b.cookieSecretLifetime, b.cookieSecretGrace, b.startTime);
        this.halfOpenPerAddress = b.halfOpenPerAddress;
        this.halfOpenLimit = b.halfOpenLimit;
        this.amplificationLimit = b.amplificationLimit;
        this.maxFragments = b.maxFragments;
        this.maxReassembledSize = b.maxReassembledSize;
        this.fragmentTimeout = b.fragmentTimeout;
        this.fragmentSize = b.fragmentSize;
        this.maxReassemblyMemory = b.maxReassemblyMemory;
        this.dropLog = new DropLog(INTERNAL, b.dropLogRate);
        this.windowSize = b.windowSize;
        this.autoReconnect = b.autoReconnect;
        this.reauthenticate = b.reauthenticate;
        this.rekey = b.rekey;
        this.childRekey = b.childRekey;
        this.ikeRekey = b.ikeRekey;
        this.natTraversalPort = b.natTraversalPort;
        this.natKeepalive = b.natKeepalive;
        this.cryptoExecutor = b.cryptoExecutor;
        this.shard = b.shard;
        this.shards = b.shards;
        this.nextSaId = b.shard + 1;
        this.cachedResponseLifetime = b.cachedResponseLifetime;
        this.packetsWanted = b.listener.wantsSentPackets();
        this.vendorIds = b.vendorIds;
        this.now = b.startTime;
        this.ikeFilter = (type, id) -> switch (type) {
            case 1 -> crypto.supports(io.ike4j.crypto.TransformKind.ENCR, id);
            case 2 -> crypto.supports(io.ike4j.crypto.TransformKind.PRF, id);
            case 3 -> id == 0 || crypto.supports(io.ike4j.crypto.TransformKind.INTEG, id);
            case 4 -> crypto.supports(io.ike4j.crypto.TransformKind.KE, id);
            default -> true;
        };
        this.table = TransitionTable.standard();
        this.loop = new io.ike4j.sm.RunLoop<>(table.generic(), Ikev2Event.EV_NO_EVENT);
    }

    /** SA IDs of the shards of one host interleave (shard i: i+1, i+1+n, ...), so they are unique in the host. */
    int allocateSaId() {
        int id = nextSaId;
        nextSaId += shards;
        return id;
    }

    /** A new SA enters the SA-ID index (its SPI enters with {@code sas.indexLocalSpi} when it has one). */
    void register(Ikev2Sa sa) {
        sa.localWindow = windowSize;
        sas.register(sa);
    }

    /** True when an SA other than {@code sa} exists with {@code sa}'s remote endpoint, negotiating or not. */
    boolean otherSaWith(Ikev2Sa sa) {
        return sas.othersWith(sa);
    }

    /** The SA is established with {@code sa.remoteId}: INITIAL_CONTACT may find it from now on. */
    void established(Ikev2Sa sa) {
        sas.established(sa);
    }

    /** Established SAs whose peer claimed {@code id}. */
    java.util.Collection<Ikev2Sa> establishedWith(io.ike4j.config.IkeIdentity id) {
        return sas.establishedWith(id);
    }

    private final Map<Integer, io.ike4j.crypto.kdf.Ikev2Kdf> kdfs = new HashMap<>();
    /** The suites' protectors (a handful: the configured suites), looked up by a scan of their packed keys. */
    private long[] protectorKeys = new long[4];
    private io.ike4j.codec.v2.Ikev2SkProtector[] protectors = new io.ike4j.codec.v2.Ikev2SkProtector[4];
    private int protectorCount;

    /** The KDF of a PRF: stateless, so one serves every SA (a per-SA object is heap per SA for nothing). */
    io.ike4j.crypto.kdf.Ikev2Kdf kdf(int prfId) {
        return kdfs.computeIfAbsent(prfId, id -> new io.ike4j.crypto.kdf.Ikev2Kdf(crypto.prf(id)));
    }

    /** The SK protector of a suite: stateless (the keys and keyed primitives are the SA's), shared likewise. */
    io.ike4j.codec.v2.Ikev2SkProtector protector(int encr, int keyBits, int integ) {
        // a long key (transform IDs and key lengths are 16-bit): no key list and boxed IDs per lookup
        long key = ((long) (encr & 0xffff) << 32) | ((long) (keyBits & 0xffff) << 16) | (integ & 0xffff);
        for (int i = 0; i < protectorCount; i++) {
            if (protectorKeys[i] == key) {
                return protectors[i];
            }
        }
        io.ike4j.codec.v2.Ikev2SkProtector p = io.ike4j.codec.v2.Ikev2SkProtector.forTransforms(crypto, encr, keyBits, integ, 0);
        if (protectorCount == protectorKeys.length) {
            protectorKeys = java.util.Arrays.copyOf(protectorKeys, protectorCount * 2);
            protectors = java.util.Arrays.copyOf(protectors, protectorCount * 2);
        }
        protectorKeys[protectorCount] = key;
        protectors[protectorCount++] = p;
        return p;
    }

    /** A fresh inbound ESP SPI not in use here; 1-255 are reserved by IANA (RFC 4303 §2.1). */
    Bytes newEspSpi() {
        return newEspSpi(null);
    }

    /** As above, for a CHILD_SA of {@code owner}. */
    Bytes newEspSpi(Ikev2Sa owner) {
        while (true) {
            byte[] b = random.nextBytes(4);
            Bytes spi = Bytes.wrap(b);
            if ((b[0] | b[1] | b[2]) != 0 && !espSpis.containsKey(spi)) {
                espSpis.put(spi, owner);
                return spi;
            }
        }
    }

    /** A fresh, non-zero SPI not in use here (RFC 7296 §3.1: SPIs are chosen to be unique locally). */
    Bytes newSpi() {
        return newSpi(false);
    }

    /**
     * As {@link #newSpi()}: with several shards, one that {@link io.ike4j.transport.ShardKey#localSpi()} sends to this
     * shard, as initiator or responder (of IKE_SA_INIT or of an IKE SA rekey), so every message of the SA finds this
     * engine without a lock. ({@code initiator} is kept for callers; every SPI of ours is placed alike.)
     */
    Bytes newSpi(boolean initiator) {
        while (true) {
            byte[] b = random.nextBytes(8);
            Bytes spi = Bytes.wrap(b);
            if (!spi.equals(Ikev2Sa.ZERO_SPI) && sas.byLocalSpi(spi) == null && (shards == 1
                    || io.ike4j.transport.ShardKey.shardOf(spi, shards) == shard)) {
                return spi;
            }
        }
    }

    // ---- the run loop -------------------------------------------------------------------------------

    /** Runs the SA's setup machine (IKE_SA_INIT, IKE_AUTH) from {@code first}. */
    void run(Ikev2Sa sa, Ikev2Event first) {
        run(sa, null, first);
    }

    /**
     * Handles {@code first} in the state of exchange {@code x} (null or a setup exchange: the SA's state) and every
     * event the rows chain from it, one trace line each. Only this loop writes a state: the one the row returns,
     * checked against what the row declares. An exchange entering DELETE takes its IKE SA with it.
     */
    void run(Ikev2Sa sa, Exchange x, Ikev2Event first) {
        if (sa.running) {
            sa.pending = first; // an asynchronous answer arrived inside the action that asked for it
            return;
        }
        Exchange machine = x == null || x.setup ? null : x;
        sa.running = true;
        sa.current = x;
        try {
            loop.run(new SaRun(sa, x, machine), first);
        } finally {
            sa.running = false;
            sa.current = null;
            if (sa.pending == null && !sa.awaitingWork) {
                sa.releaseInbound(); // the run is over: nothing reads the message again
                if (machine != null && !sa.dead && machine.state == Ikev2State.EXIT) {
                    completed(sa, machine);
                }
            }
        }
        Runnable after = sa.afterRun;
        if (after != null && !sa.running) {
            sa.afterRun = null;
            if (!sa.dead) {
                after.run(); // what a row asked to start once its exchange's run was over
            }
        }
    }

    /** The generic loop's view of one IKEv2 run: the SA's setup machine, or exchange {@code x}'s. */
    private final class SaRun implements io.ike4j.sm.RunLoop.Run<Ikev2State, Ikev2Event, TransitionTable.Action> {
        private final Ikev2Sa sa;
        private final Exchange x;
        private final Exchange machine;

        SaRun(Ikev2Sa sa, Exchange x, Exchange machine) {
            this.sa = sa;
            this.x = x;
            this.machine = machine;
        }

        @Override
        public Ikev2State state() {
            return stateOf(sa, machine);
        }

        @Override
        public boolean dead() {
            return sa.dead;
        }

        @Override
        public Ikev2Event takePending() {
            Ikev2Event e = sa.pending;
            sa.pending = null;
            return e;
        }

        @Override
        public void trace(Ikev2State state, Ikev2Event event) {
            EngineCore.this.trace(sa, x, state, event);
        }

        @Override
        public Next step(io.ike4j.sm.StateTable.Row<Ikev2State, Ikev2Event, TransitionTable.Action> row, Ikev2State state, Ikev2Event event) {
            return EngineCore.this.step(sa, row, state, event);
        }

        @Override
        public boolean apply(io.ike4j.sm.StateTable.Row<Ikev2State, Ikev2Event, TransitionTable.Action> row, Ikev2State from,
                             io.ike4j.sm.RunLoop.Decision<Ikev2State, Ikev2Event> decision) {
            Next n = (Next) decision;
            if (n.failed()) {
                fail(sa, x, n);
                return false;
            }
            if (n.ignored()) {
                enter(sa, machine, row, from, n.state());
                ignore(sa, n);
                return false;
            }
            if (!enter(sa, machine, row, from, n.state() != null ? n.state() : from)) {
                return false;
            }
            return n.send() == null || emitted(sa, x, n.send(), from, row == null ? null : row.event());
        }
    }

    /**
     * A row of the "any state" kind (retransmission, retry limit, duplicate answer) for exchange {@code x}, outside
     * the SA's own chain of events: it neither resumes nor disturbs a run waiting for an asynchronous answer.
     */
    void runAnyState(Ikev2Sa sa, Exchange x, Ikev2Event ev) {
        Exchange machine = x == null || x.setup ? null : x;
        Ikev2State from = stateOf(sa, machine);
        trace(sa, x, from, ev);
        io.ike4j.sm.StateTable.Row<Ikev2State, Ikev2Event, TransitionTable.Action> row = table.generic().anyStateRow(ev);
        Exchange saved = sa.current;
        sa.current = x;
        try {
            Next n = step(sa, row, from, ev);
            if (n.failed()) {
                fail(sa, x, n);
                return;
            }
            enter(sa, machine, row, from, n.state() != null ? n.state() : from);
        } finally {
            sa.current = saved;
        }
    }

    private static Ikev2State stateOf(Ikev2Sa sa, Exchange machine) {
        return machine == null ? sa.state : machine.state;
    }

    /** Moves to {@code to} if the row declares it; an undeclared state is a bug: INTERNAL_ERROR, the SA goes. */
    private boolean enter(Ikev2Sa sa, Exchange machine, io.ike4j.sm.StateTable.Row<Ikev2State, Ikev2Event, TransitionTable.Action> row, Ikev2State from,
                          Ikev2State to) {
        if (row != null && !row.allows(from, to)) {
            counters.count(FailureCounters.Packet.INTERNAL_ERROR);
            INTERNAL.error("IKEv2:(SA ID = {}): internal error: row {} {} declares {} but went to {}", sa.saId,
                    from, row.event(), row.next(), to);
            fail(sa, machine, Next.fail(FailureReason.INTERNAL_ERROR, 0, "undeclared transition " + from + " "
                    + row.event() + " -> " + to));
            return false;
        }
        if (machine == null) {
            sa.state = to;
        } else {
            machine.state = to;
            if (to == Ikev2State.DELETE) {
                sa.state = Ikev2State.DELETE; // the exchange deletes the IKE SA
            }
        }
        return true;
    }

    private Next step(Ikev2Sa sa, io.ike4j.sm.StateTable.Row<Ikev2State, Ikev2Event, TransitionTable.Action> row, Ikev2State state, Ikev2Event ev) {
        if (row == null) {
            counters.count(FailureCounters.Packet.INTERNAL_ERROR);
            INTERNAL.error("IKEv2:(SA ID = {}): internal error: no transition for {} {}", sa.saId, state, ev);
            return Next.fail(FailureReason.INTERNAL_ERROR, 0, "no transition for " + state + " " + ev);
        }
        try {
            return row.run().run(sa, this);
        } catch (RuntimeException e) {
            // A bug (peer input is handled without exceptions): never let it escape receive(), and never let it
            // pass for bad input: its own reason, and the stack trace.
            counters.count(FailureCounters.Packet.INTERNAL_ERROR);
            INTERNAL.error("IKEv2:(SA ID = {}): internal error in {} {}", sa.saId, state, ev, e);
            return Next.fail(FailureReason.INTERNAL_ERROR, 0, "internal error in " + state + " " + ev + ": " + e);
        }
    }

    /** The row's message goes out; building it may only fail by a bug: INTERNAL_ERROR, as in a row. */
    private boolean emitted(Ikev2Sa sa, Exchange x, Outgoing o, Ikev2State state, Ikev2Event ev) {
        try {
            emit(sa, o);
            return true;
        } catch (RuntimeException e) {
            counters.count(FailureCounters.Packet.INTERNAL_ERROR);
            INTERNAL.error("IKEv2:(SA ID = {}): internal error sending the message of {} {}", sa.saId, state, ev, e);
            fail(sa, x, Next.fail(FailureReason.INTERNAL_ERROR, 0, "internal error in " + state + " " + ev + ": " + e));
            return false;
        }
    }

    /** A later exchange reached EXIT: ours is forgotten; of the peer's only the response octets stay. */
    private void completed(Ikev2Sa sa, Exchange x) {
        x.workDone();
        if (x.ours && sa.deleteQueued) {
            sa.deleteQueued = false;
            sa.afterRun(() -> Informational.startDelete(sa, this)); // the window has room now
        }
        if (x.ours) {
            sa.remove(x); // the peer's stays, as its response octets, until its lifetime or the window passes it
        }
    }

    void trace(Ikev2Sa sa, Ikev2State state, Ikev2Event ev) {
        trace(sa, sa.current, state, ev);
    }

    private void trace(Ikev2Sa sa, Exchange x, Ikev2State state, Ikev2Event ev) {
        long id = x == null ? sa.traceMessageId : x.messageId;
        TraceEvent t = new TraceEvent(sa.saId, sa.spiI, sa.spiR, sa.role, id, state, ev);
        if (INTERNAL.isDebugEnabled()) {
            INTERNAL.debug(t.iosLine());
        }
        listener.trace(t);
    }

    // ---- failures -----------------------------------------------------------------------------------

    /** A failed step: the "any state" EV_FAIL row (trace, error notify, report, the SA is deleted). */
    private void fail(Ikev2Sa sa, Exchange x, Next n) {
        sa.failing = n;
        runAnyState(sa, x, Ikev2Event.EV_FAIL);
        sa.failing = null;
    }

    /** The EV_FAIL row's action. */
    Next failed(Ikev2Sa sa) {
        Next n = sa.failing;
        if (n.notifySend() != 0) {
            ErrorNotifies.send(sa, this, n.notifySend(), n.notifyData() == null ? Bytes.EMPTY : n.notifyData());
        }
        report(sa, n.failure(), n.notifySend(), n.notifyReceived(), n.detail());
        remove(sa, n.failure().text() + (n.detail().isEmpty() ? "" : ": " + n.detail()));
        return Next.stop(Ikev2State.DELETE);
    }

    /** A failure found outside a row (a verified but undecodable message): the same EV_FAIL row. */
    void failOutsideRun(Ikev2Sa sa, Exchange x, Next n) {
        fail(sa, x, n);
    }

    /** An unusable unauthenticated message: back to waiting, remembered for the report at the timeout. */
    private void ignore(Ikev2Sa sa, Next n) {
        sa.spiR = Ikev2Sa.ZERO_SPI; // what the ignored response claimed is forgotten; a retry still needs SPIr = 0
        sa.ignoredInitResponse = n;
        counters.count(FailureCounters.Packet.IGNORED_UNAUTHENTICATED);
        dropLog.line(DropLog.Kind.UNAUTHENTICATED_ERROR, sa, now, "IKEv2:(SA ID = " + sa.saId
                + "):Ignoring unauthenticated IKE_SA_INIT response (" + n.detail() + "); waiting for a valid one");
    }

    /**
     * The EV_RETRY_LIMIT row's action: our request {@code x} went unanswered. A remembered unusable response names
     * the failure, else the peer is unreachable; a DELETE of ours just ends.
     */
    Next gaveUp(Ikev2Sa sa, Exchange x, int tries) {
        sa.remove(x);
        if (sa.state == Ikev2State.DELETE) {
            // the old SA of a rekey: its end is the rekey's, whether or not the peer's answer to its DELETE came
            remove(sa, (sa.rekeyedTo != null ? "rekeyed as SA " + sa.rekeyedTo.saId + "; " : "") + "delete unanswered after "
                    + tries + " retransmits");
            return Next.stop(Ikev2State.DELETE);
        }
        Next seen = sa.ignoredInitResponse;
        String after = "giving up after " + tries + " retransmits (message id " + x.messageId + ")";
        if (seen != null) {
            return Next.failReceived(seen.failure(), seen.notifyReceived(), seen.detail() + "; no usable response, " + after);
        }
        if (x.liveness) {
            listener.livenessChecked(view(sa), false);
        }
        report(sa, FailureReason.PEER_UNREACHABLE, 0, 0, after);
        sa.reconnect = sa.established != null || sa.reconnecting;
        remove(sa, "peer unreachable");
        return Next.stop(Ikev2State.DELETE);
    }

    /** Reports a failure without touching the SA (CHILD_SA failures keep the IKE SA, RFC 7296 §1.2). */
    void report(Ikev2Sa sa, FailureReason reason, int sent, int received, String detail) {
        IkeFailure f = new IkeFailure(io.ike4j.sm.IkeVersion.IKEV2, reason, sa.saId, sa.role, sent == 0 ? OptionalInt.empty() : OptionalInt.of(sent),
                received == 0 ? OptionalInt.empty() : OptionalInt.of(received), detail);
        sa.failure = f;
        counters.count(reason);
        // Failures of unauthenticated negotiations come at the peer's pace: their log lines are bounded too.
        dropLog.line(DropLog.Kind.FAILURE, null, now, f.logLine());
        listener.failure(f);
    }

    /** Forgets an SA that never became one (e.g. after INVALID_KE_PAYLOAD): no listener call. */
    void discard(Ikev2Sa sa) {
        sa.dead = true;
        forget(sa);
        sa.destroySecrets();
    }

    /** The responder-side bookkeeping of a dying SA: its IKE_SA_INIT key, half-open count, partial fragments. */
    private void forget(Ikev2Sa sa) {
        if (sa.halfOpenKey != null) {
            byInitiatorSpi.remove(sa.halfOpenKey, sa);
        }
        sas.forget(sa);
        if (sa.childSpi != null) {
            espSpis.remove(sa.childSpi);
        }
        if (sa.children != null && sa.rekeyedTo == null) { // moved children belong to the new SA now
            for (Child c : sa.children) {
                espSpis.remove(c.inboundSpi(), sa);
            }
        }
        for (Exchange x = sa.exchanges; x != null; x = x.next) {
            if (x.work != null && x.work.localSpi != null && x.work.localSpi.length() == 4) {
                espSpis.remove(x.work.localSpi, sa); // a CHILD_SA being made
            }
        }
        halfOpen.end(sa);
        Fragments.release(sa, this);
        timers.remove(sa);
    }

    /** Forgets the SA: tables, timers, key engine, secrets. */
    void remove(Ikev2Sa sa, String why) {
        if (sa.dead) {
            return;
        }
        sa.dead = true;
        IkeSaInfo info = view(sa);
        forget(sa);
        if (sa.child != null) {
            keyEngine.delete(sa.child);
        }
        if (sa.children != null && sa.rekeyedTo == null) {
            for (Child c : sa.children) {
                keyEngine.delete(c.keys);
            }
        }
        sa.destroySecrets();
        sa.exchanges = null;
        listener.ikeSaDeleted(info, why);
        AuthDone.retireReplaced(sa, this); // a reauthentication that failed: the expired SA goes anyway
        if (sa.reconnect && autoReconnect && sa.initiator() && sa.ipsecProfile != null) {
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):{}: auto-reconnect to {}", sa.saId, why, sa.remote);
            int id = initiate(sa.ipsecProfile, sa.local, sa.remote);
            Ikev2Sa again = sas.byId(id);
            if (again != null) {
                again.reconnecting = true;
            }
        }
    }

    /** A new initiator SA for {@code profile} between the two endpoints (the API's and auto-reconnect's). */
    int initiate(io.ike4j.config.IpsecProfile profile, io.ike4j.transport.DatagramEndpoint local,
                 io.ike4j.transport.DatagramEndpoint remote) {
        Ikev2Sa sa = new Ikev2Sa(allocateSaId(), io.ike4j.sm.Role.INITIATOR, now);
        sa.local = local;
        sa.remote = remote;
        sa.ipsecProfile = profile;
        sa.profile = profile.ikeProfile();
        sa.spiI = newSpi(true);
        register(sa);
        sas.indexLocalSpi(sa);
        run(sa, Ikev2Event.EV_INIT_SA);
        return sa.saId;
    }

    // ---- sending ------------------------------------------------------------------------------------

    void send(Ikev2Sa sa, byte[] octets, Ikev2Message message, List<Ikev2Payload> inner) {
        // our own octets, never changed after this (a retransmission resends the same array): wrapped, not copied
        Datagram d = new Datagram(Bytes.wrap(octets), sa.local, sa.remote);
        sa.lastOutbound = now;
        if (impairments == Impairments.NONE) {
            outbound.send(d); // no list per datagram when nothing is impaired
            counters.count(FailureCounters.Packet.OUTBOUND_OK);
        } else {
            for (Datagram out : impairments.outgoing(sa.saId, d)) {
                outbound.send(out);
                counters.count(FailureCounters.Packet.OUTBOUND_OK);
            }
        }
        if (message == null) {
            return; // nobody looks at sent messages: they were not decoded (see packetsWanted)
        }
        if (PACKET.isDebugEnabled()) {
            String prefix = "IKEv2:(SA ID = " + sa.saId + "):";
            PACKET.debug("{}Sending Packet [To {}/From {}] Initiator SPI : {} - Responder SPI : {} Message id: {}\n{}",
                    prefix, sa.remote, sa.local, sa.spiI.toHex().toUpperCase(java.util.Locale.ROOT),
                    sa.spiR.toHex().toUpperCase(java.util.Locale.ROOT), message.header().messageId(),
                    inner.isEmpty() ? Ikev2IosFormatter.format(message, prefix)
                            : Ikev2IosFormatter.formatDecrypted(message, inner, prefix));
        }
        listener.packet(true, sa.saId, message, inner, d);
    }

    /** A message accepted for processing: the IOS packet dump and the listener. */
    void received(int saId, Ikev2Message m, List<Ikev2Payload> inner, Datagram d) {
        if (PACKET.isDebugEnabled()) {
            String prefix = "IKEv2:(SA ID = " + saId + "):";
            PACKET.debug("{}Received Packet [From {}/To {}] Initiator SPI : {} - Responder SPI : {} Message id: {}\n{}",
                    prefix, d.remote(), d.local(), m.header().initiatorSpi().toHex().toUpperCase(java.util.Locale.ROOT),
                    m.header().responderSpi().toHex().toUpperCase(java.util.Locale.ROOT), m.header().messageId(),
                    inner.isEmpty() ? Ikev2IosFormatter.format(m, prefix) : Ikev2IosFormatter.formatDecrypted(m, inner, prefix));
        }
        listener.packet(false, saId, m, inner, d);
    }

    /**
     * Builds {@code o}: our header, then {@link Impairments} may change payloads, header or plaintext, then SK
     * protection (RFC 7296 §3.14) or plain encoding. Our own message is decoded back only for those who look at it.
     */
    Messages.Built build(Ikev2Sa sa, Outgoing o) {
        return build(sa, Messages.header(sa, o.exchangeType(), o.response(), o.messageId()), o.payloads(), o.protect());
    }

    Messages.Built build(Ikev2Sa sa, Ikev2Header h, List<Ikev2Payload> payloads, boolean protect) {
        List<Ikev2Payload> p = impairments.payloads(sa.saId, h.exchangeType(), h.isResponse(), h.messageId(), payloads);
        Ikev2Message m = impairments.beforeProtect(sa.saId, new Ikev2Message(h, p));
        if (!protect) {
            return new Messages.Built(io.ike4j.codec.v2.Ikev2Codec.encode(m), m, List.of(), null);
        }
        byte[] iv = random.nextBytes(sa.protector.ivLength());
        byte[] octets = sa.protector.protect(m.header(), List.of(), m.payloads(), sa.skKeys, iv, 0);
        // cut after the impairments, so fragments carry the same (possibly impaired) header and payloads
        return new Messages.Built(octets, sentMessagesWanted() ? io.ike4j.codec.v2.Ikev2Codec.decode(octets) : null,
                m.payloads(), Fragmenting.split(sa, this, m.header(), m.payloads(), octets));
    }

    /** A row's message: built, then sent as a request (retransmitted) or a response (kept); IKE_SA_INIT's kept for AUTH. */
    void emit(Ikev2Sa sa, Outgoing o) {
        Messages.Built b = build(sa, o);
        if (o.exchangeType() == io.ike4j.codec.v2.iana.Ikev2ExchangeType.IKE_SA_INIT.number()) {
            if (o.response()) {
                sa.initResponse = b.octets();
            } else {
                sa.initRequest = b.octets(); // §2.15: AUTH signs it
            }
        }
        if (o.response()) {
            sendResponse(sa, o.messageId(), b.octets(), b.message(), b.inner(), b.fragments());
        } else {
            sendRequest(sa, o.messageId(), o.exchangeType(), b.octets(), b.message(), b.inner(), b.fragments());
        }
    }

    /** Sends {@code octets}, or when the message was cut, each of its {@code fragments} (RFC 7383 §2.5). */
    void send(Ikev2Sa sa, byte[] octets, byte[][] fragments, Ikev2Message m, List<Ikev2Payload> inner) {
        if (fragments == null) {
            send(sa, octets, m, inner);
            return;
        }
        for (int i = 0; i < fragments.length; i++) {
            send(sa, fragments[i], m == null ? null : io.ike4j.codec.v2.Ikev2Codec.decode(fragments[i]),
                    i == 0 ? inner : List.of());
        }
    }

    /** Sends request {@code messageId} and arms its retransmission timer (RFC 7296 §2.1). */
    void sendRequest(Ikev2Sa sa, long messageId, int exchangeType, byte[] octets, Ikev2Message m,
                     List<Ikev2Payload> inner) {
        sendRequest(sa, messageId, exchangeType, octets, m, inner, null);
    }

    /** As above, the message cut into {@code fragments} (null: one datagram). */
    void sendRequest(Ikev2Sa sa, long messageId, int exchangeType, byte[] octets, Ikev2Message m,
                     List<Ikev2Payload> inner, byte[][] fragments) {
        Exchange x = sa.current != null && sa.current.ours && sa.current.messageId == messageId ? sa.current
                : sa.outstanding(messageId);
        if (x == null) {
            x = new Exchange(messageId, exchangeType, true, isSetup(exchangeType), null);
            sa.add(x);
        }
        boolean keep = sentMessagesWanted();
        x.request = octets;
        x.requestFragments = fragments;
        x.requestMessage = keep ? m : null;
        x.requestInner = keep ? inner : List.of();
        x.sends = 1;
        x.nextAt = now.plus(retransmission(sa, x).waitAfter(0));
        timers.wake(sa, x.nextAt);
        send(sa, octets, fragments, m, inner);
    }

    static boolean isSetup(int exchangeType) {
        return exchangeType == io.ike4j.codec.v2.iana.Ikev2ExchangeType.IKE_SA_INIT.number()
                || exchangeType == io.ike4j.codec.v2.iana.Ikev2ExchangeType.IKE_AUTH.number();
    }

    /**
     * Sends the response to the peer's request {@code messageId} and keeps it for bitwise identical retransmissions
     * of that request (RFC 7296 §2.1), identified by {@code sa.inDigest}; of older answers only a window's worth stay.
     */
    void sendResponse(Ikev2Sa sa, long messageId, byte[] octets, Ikev2Message m, List<Ikev2Payload> inner) {
        sendResponse(sa, messageId, octets, m, inner, null);
    }

    /** As above, the message cut into {@code fragments} (null: one datagram). */
    void sendResponse(Ikev2Sa sa, long messageId, byte[] octets, Ikev2Message m, List<Ikev2Payload> inner,
                      byte[][] fragments) {
        Exchange x = sa.theirs(messageId);
        if (x == null) {
            x = new Exchange(messageId, sa.inMessage == null ? 0 : sa.inMessage.header().exchangeType(), false, true, null);
            sa.add(x);
        }
        // the decoded form is kept only for those who look at repeated responses; the octets are what is re-sent
        boolean keep = sentMessagesWanted();
        if (x.requestDigest == null) {
            x.requestDigest = sa.inDigest;
        }
        x.response = octets;
        x.responseFragments = fragments;
        x.responseMessage = keep ? m : null;
        x.responseInner = keep ? inner : List.of();
        x.until = now.plus(cachedResponseLifetime);
        timers.wake(sa, x.until);
        forgetOldResponses(sa);
        send(sa, octets, fragments, m, inner);
        if (INTERNAL.isDebugEnabled()) { // IOS: "Sent response with message id 3, Requests can be accepted from range 4 to 8"
            INTERNAL.debug("IKEv2:(SA ID = {}):Sent response with message id {}, Requests can be accepted from range {} to {}",
                    sa.saId, messageId, sa.expectedRequestId, sa.expectedRequestId + sa.localWindow - 1);
        }
    }

    /** §2.3: a response need be kept only while its request may still be retransmitted, i.e. inside the window. */
    private static void forgetOldResponses(Ikev2Sa sa) {
        long oldest = sa.expectedRequestId - sa.localWindow;
        for (Exchange x = sa.exchanges, next; x != null; x = next) {
            next = x.next;
            if (!x.ours && x.answered() && x.messageId < oldest) {
                sa.remove(x);
            }
        }
    }

    /**
     * Whether an answer of {@code octets} to an unauthenticated request of {@code requestLength} octets may be
     * sent: not larger than {@code amplificationLimit} times the request unless the initiator proved its address
     * with our cookie (RFC 7296 §2.6, §2.21.4), so that a forged source address never draws more than it sent.
     */
    boolean mayAnswerUnauthenticated(Ikev2Sa sa, int octets, int requestLength) {
        return sa.returnRoutable || octets <= amplificationLimit * requestLength;
    }

    private static final ThreadLocal<java.security.MessageDigest> SHA256 = io.ike4j.crypto.kdf.JdkDigests.perThread("SHA-256");

    /**
     * SHA-256 of a datagram: how a retransmission is recognised as one (RFC 7296 §2.1 "bitwise identical").
     * This thread's digest, hashing the datagram in place: no provider lookup and no copy per datagram.
     */
    static byte[] digest(Bytes datagram) {
        java.security.MessageDigest md = SHA256.get();
        int n = datagram.length();
        md.update((byte) (n >>> 24));
        md.update((byte) (n >>> 16));
        md.update((byte) (n >>> 8));
        md.update((byte) n);
        datagram.updateDigest(md);
        return md.digest();
    }

    io.ike4j.config.Retransmission profileRetransmission(Ikev2Sa sa) {
        return sa.profile != null ? sa.profile.retransmission() : io.ike4j.config.Retransmission.STRONGSWAN_DEFAULT;
    }

    /** The schedule request {@code x} is retransmitted on: its own (DPD), else the profile's. */
    io.ike4j.config.Retransmission retransmission(Ikev2Sa sa, Exchange x) {
        return x.schedule != null ? x.schedule : profileRetransmission(sa);
    }

    /** Key logs (Wireshark tables) get every IKE SA as soon as its keys exist, failed ones included. */
    void exportKeys(Ikev2Sa sa) {
        if (exportKeys) {
            listener.ikeSaKeys(view(sa), sa.keys);
        }
    }

    // ---- time ---------------------------------------------------------------------------------------

    void advanceTime(Instant t) {
        if (t.isBefore(now)) {
            return; // time never goes back here
        }
        now = t;
        timers.due(now, sa -> Timers.check(sa, this)); // only the SAs that are due: nothing per idle SA
        dropLog.flush(now);
    }

    // ---- views --------------------------------------------------------------------------------------

    /** The SA's view for a listener call: null when nobody listens (NONE ignores it; no snapshot per event). */
    IkeSaInfo view(Ikev2Sa sa) {
        return listener == Ikev2Listener.NONE ? null : info(sa);
    }

    IkeSaInfo info(Ikev2Sa sa) {
        var ike = sa.ike;
        return new IkeSaInfo(io.ike4j.sm.IkeVersion.IKEV2, sa.saId, sa.role, sa.state, sa.spiI, sa.spiR, sa.local, sa.remote,
                ike == null ? 0 : ike.encryption().transformId(), ike == null ? 0 : ike.encryption().keyBits(),
                ike == null ? 0 : ike.integrity(), ike == null ? 0 : ike.prf(), ike == null ? 0 : ike.group(),
                sa.localAuthName, sa.remoteAuthName,
                Optional.ofNullable(sa.localId), Optional.ofNullable(sa.remoteId), sa.created,
                Optional.ofNullable(sa.established),
                sa.profile == null ? io.ike4j.config.IkeProfile.DEFAULT_LIFETIME : sa.profile.lifetimeSeconds(),
                sa.nextRequestId, sa.expectedRequestId, sa.localWindow, sa.localBehindNat, sa.remoteBehindNat,
                sa.profile == null ? Optional.empty() : sa.profile.dpd().map(d -> d.intervalSeconds()),
                sa.childCount());
    }
}
