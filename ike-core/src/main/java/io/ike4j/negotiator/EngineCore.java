package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
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
    final Credentials credentials;
    final TrustAnchors trustAnchors;
    /** Which signature algorithms and certificate usages a peer's AUTH may have (issue 10 item 7). */
    final io.ike4j.negotiator.auth.SignaturePolicy signaturePolicy;
    final io.ike4j.negotiator.auth.CertUsage certUsage;
    final boolean exportKeys;
    final Duration halfOpenTimeout;
    final Impairments impairments;
    final int cookieThreshold;
    final CookieSecrets cookieSecrets;
    final int halfOpenPerAddress;
    final int halfOpenLimit;
    final HalfOpen halfOpen = new HalfOpen();
    final double amplificationLimit;
    final int maxFragments;
    final int maxReassembledSize;
    final Duration fragmentTimeout;
    final long maxReassemblyMemory;
    /** Plaintext octets held in partial fragmented messages of all SAs, and its high-water mark. */
    long reassemblyBytes;
    long reassemblyPeak;
    final DropLog dropLog;
    /** How long the last response is kept for retransmitted requests (RFC 7296 §2.1: "several minutes"). */
    final Duration cachedResponseLifetime;
    /** When each SA needs looking at next (retransmission, half-open expiry, fragment timeout). */
    final TimerQueue timers = new TimerQueue();
    /** SAs looked at by the timers so far (the scale tests' measure of a tick's cost). */
    long timerLooks;
    final List<io.ike4j.codec.v2.Ikev2VendorIdPayload> vendorIds;
    /** IKE transforms the crypto provider can run: never select what we cannot compute (RFC 7296 §2.7). */
    final io.ike4j.negotiator.proposal.TransformFilter ikeFilter;

    /** Established and negotiating SAs by our SPI. */
    final Map<Bytes, Ikev2Sa> byLocalSpi = new LinkedHashMap<>();
    /** The same SAs by SA ID (delete, views). */
    final Map<Integer, Ikev2Sa> bySaId = new HashMap<>();
    /** Established SAs by the peer's identity: INITIAL_CONTACT looks only at these (RFC 7296 §2.4). */
    final Map<io.ike4j.config.IkeIdentity, java.util.Set<Ikev2Sa>> byRemoteIdentity = new HashMap<>();
    /** How many SAs each remote endpoint has (INITIAL_CONTACT is sent only when we hold no other, §2.4). */
    final Map<DatagramEndpoint, Integer> sasByRemote = new HashMap<>();
    /** Inbound ESP SPIs in use: a new one is checked against them, not hoped unique (RFC 4303 §2.1). */
    final java.util.Set<Bytes> espSpis = new java.util.HashSet<>();
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
    private int nextSaId = 1;

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
        this.cookieSecrets = new CookieSecrets(b.random, b.cookieSecretLifetime, b.cookieSecretGrace, b.startTime);
        this.halfOpenPerAddress = b.halfOpenPerAddress;
        this.halfOpenLimit = b.halfOpenLimit;
        this.amplificationLimit = b.amplificationLimit;
        this.maxFragments = b.maxFragments;
        this.maxReassembledSize = b.maxReassembledSize;
        this.fragmentTimeout = b.fragmentTimeout;
        this.maxReassemblyMemory = b.maxReassemblyMemory;
        this.dropLog = new DropLog(INTERNAL, b.dropLogRate);
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
    }

    int allocateSaId() {
        return nextSaId++;
    }

    /** A new SA enters the SA-ID index (its SPI enters byLocalSpi when it has one). */
    void register(Ikev2Sa sa) {
        bySaId.put(sa.saId, sa);
        sasByRemote.merge(sa.remote, 1, Integer::sum);
    }

    /** True when an SA other than {@code sa} exists with {@code sa}'s remote endpoint, negotiating or not. */
    boolean otherSaWith(Ikev2Sa sa) {
        return sasByRemote.getOrDefault(sa.remote, 0) > (bySaId.get(sa.saId) == sa ? 1 : 0);
    }

    /** The SA is established with {@code sa.remoteId}: INITIAL_CONTACT may find it from now on. */
    void established(Ikev2Sa sa) {
        if (sa.remoteId != null) {
            byRemoteIdentity.computeIfAbsent(sa.remoteId, k -> new java.util.LinkedHashSet<>()).add(sa);
        }
    }

    /** Established SAs whose peer claimed {@code id}. */
    java.util.Collection<Ikev2Sa> establishedWith(io.ike4j.config.IkeIdentity id) {
        java.util.Set<Ikev2Sa> s = byRemoteIdentity.get(id);
        return s == null ? List.of() : List.copyOf(s);
    }

    private final Map<Integer, io.ike4j.crypto.kdf.Ikev2Kdf> kdfs = new HashMap<>();
    private final Map<List<Integer>, io.ike4j.codec.v2.Ikev2SkProtector> protectors = new HashMap<>();

    /** The KDF of a PRF: stateless, so one serves every SA (a per-SA object is heap per SA for nothing). */
    io.ike4j.crypto.kdf.Ikev2Kdf kdf(int prfId) {
        return kdfs.computeIfAbsent(prfId, id -> new io.ike4j.crypto.kdf.Ikev2Kdf(crypto.prf(id)));
    }

    /** The SK protector of a suite: stateless (the keys and keyed primitives are the SA's), shared likewise. */
    io.ike4j.codec.v2.Ikev2SkProtector protector(int encr, int keyBits, int integ) {
        return protectors.computeIfAbsent(List.of(encr, keyBits, integ),
                k -> io.ike4j.codec.v2.Ikev2SkProtector.forTransforms(crypto, encr, keyBits, integ, 0));
    }

    /** A fresh inbound ESP SPI not in use here; 1-255 are reserved by IANA (RFC 4303 §2.1). */
    Bytes newEspSpi() {
        while (true) {
            byte[] b = random.nextBytes(4);
            Bytes spi = Bytes.wrap(b);
            if ((b[0] | b[1] | b[2]) != 0 && espSpis.add(spi)) {
                return spi;
            }
        }
    }

    /** A fresh, non-zero SPI not in use here (RFC 7296 §3.1: SPIs are chosen to be unique locally). */
    Bytes newSpi() {
        while (true) {
            byte[] b = random.nextBytes(8);
            Bytes spi = Bytes.wrap(b);
            if (!spi.equals(Ikev2Sa.ZERO_SPI) && !byLocalSpi.containsKey(spi)) {
                return spi;
            }
        }
    }

    // ---- the run loop -------------------------------------------------------------------------------

    /** Handles {@code first} in the SA's state and every event the rows chain from it, one trace line each. */
    void run(Ikev2Sa sa, Ikev2Event first) {
        if (sa.running) {
            sa.pending = first; // an asynchronous answer arrived inside the action that asked for it
            return;
        }
        sa.running = true;
        try {
            Ikev2Event ev = first;
            while (ev != null && !sa.dead) {
                trace(sa, sa.state, ev);
                Next n = step(sa, ev);
                if (n.failed()) {
                    fail(sa, n);
                    return;
                }
                if (n.ignored()) {
                    ignore(sa, n);
                    return;
                }
                if (n.state() != null) {
                    sa.state = n.state();
                }
                if (n.event() == Ikev2Event.EV_NO_EVENT) {
                    if (n.traceWait()) {
                        trace(sa, sa.state, Ikev2Event.EV_NO_EVENT);
                    }
                    ev = sa.pending;
                    sa.pending = null;
                } else {
                    ev = n.event();
                }
            }
        } finally {
            sa.running = false;
            if (sa.pending == null) {
                sa.releaseInbound(); // the run is over: nothing reads the message again
            }
        }
    }

    private Next step(Ikev2Sa sa, Ikev2Event ev) {
        Optional<TransitionTable.Action> action = table.lookup(sa.state, ev);
        if (action.isEmpty()) {
            return Next.fail(FailureReason.MALFORMED_PAYLOAD, 0, "no transition for " + sa.state + " " + ev);
        }
        try {
            return action.get().run(sa, this);
        } catch (RuntimeException e) {
            // A bug (peer input is handled without exceptions): never let it escape receive(), and never let it
            // pass for bad input: its own reason, and the stack trace.
            counters.count(FailureCounters.Packet.INTERNAL_ERROR);
            INTERNAL.error("IKEv2:(SA ID = {}): internal error in {} {}", sa.saId, sa.state, ev, e);
            return Next.fail(FailureReason.INTERNAL_ERROR, 0, "internal error in " + sa.state + " " + ev + ": " + e);
        }
    }

    void trace(Ikev2Sa sa, Ikev2State state, Ikev2Event ev) {
        TraceEvent t = new TraceEvent(sa.saId, sa.spiI, sa.spiR, sa.role, sa.traceMessageId, state, ev);
        if (INTERNAL.isDebugEnabled()) {
            INTERNAL.debug(t.iosLine());
        }
        listener.trace(t);
    }

    // ---- failures -----------------------------------------------------------------------------------

    private void fail(Ikev2Sa sa, Next n) {
        Ikev2Event ev = Ikev2Event.EV_FAIL;
        trace(sa, sa.state, ev);
        if (n.notifySend() != 0) {
            ErrorNotifies.send(sa, this, n.notifySend());
        }
        report(sa, n.failure(), n.notifySend(), n.notifyReceived(), n.detail());
        sa.state = Ikev2State.DELETE;
        remove(sa, n.failure().text() + (n.detail().isEmpty() ? "" : ": " + n.detail()));
    }

    /** An unusable unauthenticated message: back to waiting, remembered for the report at the timeout. */
    private void ignore(Ikev2Sa sa, Next n) {
        sa.state = n.state();
        sa.spiR = Ikev2Sa.ZERO_SPI; // what the ignored response claimed is forgotten; a retry still needs SPIr = 0
        sa.ignoredInitResponse = n;
        counters.count(FailureCounters.Packet.IGNORED_UNAUTHENTICATED);
        dropLog.line(DropLog.Kind.UNAUTHENTICATED_ERROR, sa, now, "IKEv2:(SA ID = " + sa.saId
                + "):Ignoring unauthenticated IKE_SA_INIT response (" + n.detail() + "); waiting for a valid one");
    }

    /** The exchange timed out: a remembered unusable response names the failure, else the peer is unreachable. */
    void timedOut(Ikev2Sa sa, int tries, long messageId) {
        Next seen = sa.ignoredInitResponse;
        String after = "giving up after " + tries + " retransmits (message id " + messageId + ")";
        if (seen != null) {
            fail(sa, Next.failReceived(seen.failure(), seen.notifyReceived(), seen.detail() + "; no usable response, " + after));
            return;
        }
        report(sa, FailureReason.PEER_UNREACHABLE, 0, 0, after);
        sa.state = Ikev2State.DELETE;
        remove(sa, "peer unreachable");
    }

    /** Reports a failure without touching the SA (CHILD_SA failures keep the IKE SA, RFC 7296 §1.2). */
    void report(Ikev2Sa sa, FailureReason reason, int sent, int received, String detail) {
        IkeFailure f = new IkeFailure(reason, sa.saId, sa.role, sent == 0 ? OptionalInt.empty() : OptionalInt.of(sent),
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
        if (sa.localSpi() != null && byLocalSpi.get(sa.localSpi()) == sa) {
            byLocalSpi.remove(sa.localSpi());
        }
        forget(sa);
        sa.destroySecrets();
    }

    /** The responder-side bookkeeping of a dying SA: its IKE_SA_INIT key, half-open count, partial fragments. */
    private void forget(Ikev2Sa sa) {
        if (sa.halfOpenKey != null) {
            byInitiatorSpi.remove(sa.halfOpenKey, sa);
        }
        if (bySaId.remove(sa.saId, sa)) {
            sasByRemote.computeIfPresent(sa.remote, (r, n) -> n == 1 ? null : n - 1);
        }
        if (sa.remoteId != null) {
            java.util.Set<Ikev2Sa> same = byRemoteIdentity.get(sa.remoteId);
            if (same != null && same.remove(sa) && same.isEmpty()) {
                byRemoteIdentity.remove(sa.remoteId);
            }
        }
        if (sa.childSpi != null) {
            espSpis.remove(sa.childSpi);
        }
        halfOpen.end(sa);
        Fragments.release(sa, this);
    }

    /** Forgets the SA: tables, timers, key engine, secrets. */
    void remove(Ikev2Sa sa, String why) {
        if (sa.dead) {
            return;
        }
        sa.dead = true;
        IkeSaInfo info = info(sa);
        if (sa.localSpi() != null && byLocalSpi.get(sa.localSpi()) == sa) {
            byLocalSpi.remove(sa.localSpi());
        }
        forget(sa);
        sa.outstanding = null;
        if (sa.child != null) {
            keyEngine.delete(sa.child);
        }
        sa.destroySecrets();
        listener.ikeSaDeleted(info, why);
    }

    // ---- sending ------------------------------------------------------------------------------------

    void send(Ikev2Sa sa, byte[] octets, Ikev2Message message, List<Ikev2Payload> inner) {
        Datagram d = Datagram.of(octets, sa.local, sa.remote);
        for (Datagram out : impairments.outgoing(sa.saId, d)) {
            outbound.send(out);
            counters.count(FailureCounters.Packet.OUTBOUND_OK);
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

    /** Sends a request and arms its retransmission timer (RFC 7296 §2.1). */
    void sendRequest(Ikev2Sa sa, long messageId, int exchangeType, byte[] octets, Ikev2Message m,
                     List<Ikev2Payload> inner) {
        Duration wait = profileRetransmission(sa).waitAfter(0);
        boolean keep = sentMessagesWanted();
        sa.outstanding = new Ikev2Sa.Outstanding(messageId, exchangeType, octets, keep ? m : null,
                keep ? inner : List.of(), now.plus(wait));
        timers.wake(sa, sa.outstanding.nextAt);
        send(sa, octets, m, inner);
    }

    /**
     * Sends a response and keeps it for bitwise identical retransmissions of the request being processed
     * (RFC 7296 §2.1), identified by {@code sa.inDigest}.
     */
    void sendResponse(Ikev2Sa sa, long messageId, byte[] octets, Ikev2Message m, List<Ikev2Payload> inner) {
        // the decoded form is kept only for those who look at repeated responses; the octets are what is re-sent
        boolean keep = sentMessagesWanted();
        sa.cachedResponse = new Ikev2Sa.CachedResponse(messageId, sa.inDigest, octets, keep ? m : null,
                keep ? inner : List.of(), now.plus(cachedResponseLifetime));
        timers.wake(sa, sa.cachedResponse.until());
        send(sa, octets, m, inner);
    }

    /**
     * Whether an answer of {@code octets} to an unauthenticated request of {@code requestLength} octets may be
     * sent: not larger than {@code amplificationLimit} times the request unless the initiator proved its address
     * with our cookie (RFC 7296 §2.6, §2.21.4), so that a forged source address never draws more than it sent.
     */
    boolean mayAnswerUnauthenticated(Ikev2Sa sa, int octets, int requestLength) {
        return sa.returnRoutable || octets <= amplificationLimit * requestLength;
    }

    /** SHA-256 of a datagram: how a retransmission is recognised as one (RFC 7296 §2.1 "bitwise identical"). */
    static byte[] digest(Bytes datagram) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] len = {(byte) (datagram.length() >>> 24), (byte) (datagram.length() >>> 16),
                    (byte) (datagram.length() >>> 8), (byte) datagram.length()};
            md.update(len);
            md.update(datagram.toByteArray());
            return md.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    io.ike4j.config.Retransmission profileRetransmission(Ikev2Sa sa) {
        return sa.profile != null ? sa.profile.retransmission() : io.ike4j.config.Retransmission.STRONGSWAN_DEFAULT;
    }

    /** Key logs (Wireshark tables) get every IKE SA as soon as its keys exist, failed ones included. */
    void exportKeys(Ikev2Sa sa) {
        if (exportKeys) {
            listener.ikeSaKeys(info(sa), sa.keys);
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

    IkeSaInfo info(Ikev2Sa sa) {
        var ike = sa.ike;
        return new IkeSaInfo(sa.saId, sa.role, sa.state, sa.spiI, sa.spiR, sa.local, sa.remote,
                ike == null ? 0 : ike.encryption().transformId(), ike == null ? 0 : ike.encryption().keyBits(),
                ike == null ? 0 : ike.integrity(), ike == null ? 0 : ike.prf(), ike == null ? 0 : ike.group(),
                sa.localAuthName, sa.remoteAuthName,
                Optional.ofNullable(sa.localId), Optional.ofNullable(sa.remoteId), sa.created,
                Optional.ofNullable(sa.established),
                sa.profile == null ? io.ike4j.config.IkeProfile.DEFAULT_LIFETIME : sa.profile.lifetimeSeconds(),
                sa.nextRequestId, sa.expectedRequestId, 1, sa.localBehindNat, sa.remoteBehindNat,
                sa.profile == null ? Optional.empty() : sa.profile.dpd().map(d -> d.intervalSeconds()),
                sa.child == null ? 0 : 1);
    }
}
