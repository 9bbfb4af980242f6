package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.sa.ChildSa;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.Role;
import io.ike4j.transport.DatagramEndpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable state of one IKE SA, touched only by the engine's thread. Fields are grouped by the exchange
 * that fills them; the step classes read and write them directly (package-private on purpose: the SA is
 * the state machine's working memory, not an API).
 */
final class Ikev2Sa implements io.ike4j.sm.TimerQueue.Timed, io.ike4j.sm.SaDirectory.Entry {
    static final Bytes ZERO_SPI = Bytes.wrap(new byte[8]);

    final int saId;
    final Role role;
    final Instant created;
    Ikev2State state = Ikev2State.IDLE;
    Bytes spiI;
    Bytes spiR = ZERO_SPI;
    DatagramEndpoint local;
    DatagramEndpoint remote;

    // configuration
    List<IkeProposal> proposals = List.of();
    IkeProfile profile;
    IpsecProfile ipsecProfile;

    // IKE_SA_INIT
    ChosenIke ike;
    int group;
    KeyExchangeParty keyExchange;
    Bytes peerKeData;
    Bytes localKeData;
    Bytes ni;
    Bytes nr;
    SecretBytes sharedSecret;
    Ikev2Kdf kdf;
    Ikev2SaKeys keys;
    Ikev2SkProtector protector;
    Ikev2SkKeys skKeys;
    byte[] initRequest;
    /** Responder, IKE_SA_INIT: the response's payloads as measured for the amplification check, KE and Nr still to fill. */
    List<Ikev2Payload> plannedInitResponse;
    byte[] initResponse;
    boolean localBehindNat;
    boolean remoteBehindNat;
    List<Integer> peerHashAlgorithms = List.of();
    boolean peerFragmentation;
    int invalidKeRetries;
    /** The responder's COOKIE (RFC 7296 §2.6), repeated first in our IKE_SA_INIT; null until asked for. */
    Bytes cookie;
    int cookieRetries;
    /** Our solution to the responder's puzzle (RFC 8019 §7.1.2), sent as a PS payload behind the cookie; null: none. */
    Bytes puzzleSolution;

    // IKE_AUTH
    IkeIdentity localId;
    IkeIdentity remoteId;
    Ikev2IdPayload localIdPayload;
    Ikev2IdPayload peerIdPayload;
    io.ike4j.codec.v2.Ikev2AuthPayload localAuth;
    String localAuthName = "";
    String remoteAuthName = "";
    Bytes childSpi;
    ChosenEsp esp;
    List<TrafficSelector> tsi = List.of();
    List<TrafficSelector> tsr = List.of();
    boolean transportMode;
    /** The CHILD_SA IKE_AUTH is making, until the key engine has it (then it is one of {@link #children}). */
    ChildSa child;
    /** The established CHILD_SAs (RFC 7296 §1.3); null until the first. */
    ArrayList<Child> children;
    /** After an IKE SA rekey (§2.8): the SA that inherited everything; this one only answers until its DELETE. */
    Ikev2Sa rekeyedTo;
    /** Our CREATE_CHILD_SA rekeying this IKE SA, while in flight (§2.25.2). */
    Exchange ikeRekey;
    /** §2.8.2: the peer's rekey of this IKE SA finished while ours was in flight: its new SA and lowest nonce. */
    Ikev2Sa peerRekeyed;
    Bytes peerRekeyedLowest;
    /** A DELETE of this SA waits for room in the peer's window (§2.3). */
    boolean deleteQueued;
    /** What must start once the current run is over (a new exchange cannot start inside another's run). */
    Runnable afterRun;
    /** When the IKE SA is due for a rekey (its soft lifetime, jittered; null: not yet established or not rekeyed). */
    Instant ikeRekeyAt;
    /** Child creation failed inside IKE_AUTH (RFC 7296 §1.2: the IKE SA still comes up): the notify to send/seen. */
    int childErrorNotify;
    String childInstallError;
    boolean peerInitialContact;
    List<java.security.cert.X509Certificate> peerCerts = new ArrayList<>();
    /** What the peer's AUTH proved (pre-shared key entry or certificate key); INITIAL_CONTACT relies on it. */
    PeerCredential peerCredential;
    Instant established;

    // message being processed: the datagram, the decoded message and the (decrypted) payloads
    Bytes inBytes;
    Ikev2Message inMessage;
    List<Ikev2Payload> inPayloads = List.of();
    /** SHA-256 of the request datagram being processed (of fragment 1 if fragmented): what the cached response answers. */
    byte[] inDigest;

    // message IDs, windows and the exchanges in flight (RFC 7296 §2.1-2.3)
    long nextRequestId;
    /** The lowest message ID of the peer's requests not yet received. */
    long expectedRequestId;
    /** How many of the peer's requests we take at once (announced with SET_WINDOW_SIZE, §3.10.1), and its. */
    int localWindow = 1;
    int peerWindow = 1;
    /** The exchanges in flight or answered and kept for retransmissions: a short list, see {@link Exchange}. */
    Exchange exchanges;
    /** The exchange the current run works on (null: the SA's setup machine). */
    Exchange current;
    Instant halfOpenDeadline;
    /** When the established IKE SA's lifetime ends (RFC 7296 §2.8): it is then deleted (rekeying is issue 12's). */
    Instant lifetimeDeadline;
    /** Dead peer detection ({@link Dpd}): when the next liveness check is due, when the peer was last heard from. */
    Instant dpdAt;
    Instant lastInbound;
    /** When we last sent the peer anything (NAT keepalives are due an interval after it). */
    Instant lastOutbound;
    /** The peer ended this SA (DELETE, no answer to a request): an auto-reconnecting initiator starts again. */
    boolean reconnect;
    /** Reauthentication (RFC 7296 §2.8.3): the SA this one replaces, deleted once this one is up. */
    Ikev2Sa replaces;
    /** Started by auto-reconnect: if the peer stays away this attempt is retried too (at the retransmission pace). */
    boolean reconnecting;
    Fragments fragments;
    /** Message ID of the IKE_AUTH request (responder): the INFORMATIONAL after it may carry fatal errors (§2.21.2). */
    long authMessageId = -1;

    // hostile-network bookkeeping (issue 10)
    /** Counted by {@link HalfOpen} (responder, IKE_SA_INIT answered, not yet established). */
    boolean halfOpen;
    /** This SA's key in the responder's table of IKE_SA_INIT requests (RFC 7296 §2.1: SPIi, IPi and Ni). */
    EngineCore.HalfOpenKey halfOpenKey;
    /** The initiator returned our valid cookie: its address is proven, answers may be larger than its request. */
    boolean returnRoutable;
    /** An unauthenticated IKE_SA_INIT response we could not use (initiator): reported if no valid one follows. */
    Next ignoredInitResponse;
    /** Bits of {@link DropLog.Kind} already logged for this SA. */
    int loggedDrops;
    /** The look {@link io.ike4j.sm.TimerQueue} has queued for this SA (null: none) and its slot (-1: none). */
    Instant timerAt;
    int timerIndex = -1;

    // the run loop; traceMessageId is the MsgID the IOS trace line shows
    long traceMessageId;
    Ikev2Event pending;
    boolean running;
    /** What offloaded public-key work found wrong, for the row it resumes (see {@link PublicKeyWork}). */
    Next cryptoVerdict;
    /** Public-key work of this SA is away on the crypto executor: the message being processed is still needed. */
    boolean awaitingWork;
    /** The failed step's verdict while the EV_FAIL row runs. */
    Next failing;
    IkeFailure failure;
    boolean dead;

    Ikev2Sa(int saId, Role role, Instant created) {
        this.saId = saId;
        this.role = role;
        this.created = created;
    }

    @Override
    public boolean dead() {
        return dead;
    }

    @Override
    public Instant timerAt() {
        return timerAt;
    }

    @Override
    public int timerIndex() {
        return timerIndex;
    }

    @Override
    public void timer(Instant at, int index) {
        timerAt = at;
        timerIndex = index;
    }

    @Override
    public Bytes localSpi() {
        return role == Role.INITIATOR ? spiI : spiR;
    }

    @Override
    public int saId() {
        return saId;
    }

    @Override
    public DatagramEndpoint remote() {
        return remote;
    }

    @Override
    public IkeIdentity remoteIdentity() {
        return remoteId;
    }

    boolean initiator() {
        return role == Role.INITIATOR;
    }

    /** Runs {@code r} after the current run (after any already queued). */
    void afterRun(Runnable r) {
        Runnable before = afterRun;
        afterRun = before == null ? r : () -> {
            before.run();
            r.run();
        };
    }

    /** The CHILD_SA whose inbound (our) SPI is {@code spi}, or null. */
    Child childByInbound(Bytes spi) {
        if (children != null) {
            for (Child c : children) {
                if (c.inboundSpi().equals(spi)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The CHILD_SA whose outbound (the peer's) SPI is {@code spi}, or null: what a peer's DELETE or REKEY_SA names. */
    Child childByOutbound(Bytes spi) {
        if (children != null) {
            for (Child c : children) {
                if (c.outboundSpi().equals(spi)) {
                    return c;
                }
            }
        }
        return null;
    }

    void addChild(Child c) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(c);
    }

    void removeChild(Child c) {
        if (children != null) {
            children.remove(c);
        }
    }

    int childCount() {
        return children == null ? 0 : children.size();
    }

    /** The first CHILD_SA not being replaced or deleted, or null. */
    Child firstLiveChild() {
        if (children != null) {
            for (Child c : children) {
                if (c.live()) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Our nonce and the peer's. */
    Bytes localNonce() {
        return initiator() ? ni : nr;
    }

    Bytes peerNonce() {
        return initiator() ? nr : ni;
    }

    /** Our request {@code messageId}, while it waits for its response. */
    Exchange outstanding(long messageId) {
        for (Exchange x = exchanges; x != null; x = x.next) {
            if (x.awaitingResponse() && x.messageId == messageId) {
                return x;
            }
        }
        return null;
    }

    /** Our oldest request still waiting for its response, or null. */
    Exchange outstanding() {
        Exchange best = null;
        for (Exchange x = exchanges; x != null; x = x.next) {
            if (x.awaitingResponse() && (best == null || x.messageId < best.messageId)) {
                best = x;
            }
        }
        return best;
    }

    /**
     * How many of our requests are in flight: sent and unanswered, or being built or processed (a CREATE_CHILD_SA
     * holds its message ID from its first step on, §2.3: no request beyond the peer's window).
     */
    int outstandingCount() {
        int n = 0;
        for (Exchange x = exchanges; x != null; x = x.next) {
            n += x.ours && (x.awaitingResponse() || x.work != null) ? 1 : 0;
        }
        return n;
    }

    /** The peer's request {@code messageId} we have received (answered or still being processed), or null. */
    Exchange theirs(long messageId) {
        for (Exchange x = exchanges; x != null; x = x.next) {
            if (!x.ours && x.messageId == messageId) {
                return x;
            }
        }
        return null;
    }

    /** Our latest kept response, or null. */
    Exchange cachedResponse() {
        Exchange best = null;
        for (Exchange x = exchanges; x != null; x = x.next) {
            if (x.answered() && (best == null || x.messageId > best.messageId)) {
                best = x;
            }
        }
        return best;
    }

    void add(Exchange x) {
        x.next = exchanges;
        exchanges = x;
    }

    void remove(Exchange gone) {
        Exchange prev = null;
        for (Exchange x = exchanges; x != null; prev = x, x = x.next) {
            if (x == gone) {
                if (prev == null) {
                    exchanges = x.next;
                } else {
                    prev.next = x.next;
                }
                x.next = null;
                return;
            }
        }
    }

    /**
     * The IKE_SA_INIT and IKE_AUTH working memory, once the SA is established (issue 11: free an exchange's working
     * memory when it completes): both IKE_SA_INIT messages (only AUTH covers them, §2.15), the KE values and the
     * spent key-exchange objects, the ID and AUTH payloads, the peer's certificate chain (its key is kept in
     * {@code peerCredential}). What the views and later exchanges need stays.
     */
    void releaseHandshakeMemory() {
        initRequest = null;
        plannedInitResponse = null;
        initResponse = null;
        peerKeData = null;
        localKeData = null;
        keyExchange = null; // destroyed in KeySchedule.deriveIkeKeys
        sharedSecret = null; // likewise
        localIdPayload = null;
        peerIdPayload = null;
        localAuth = null;
        peerCerts = List.of();
        proposals = List.of();
        esp = null; // the CHILD_SA holds what was chosen
    }

    /** The message just processed: its octets, decoded form and payloads are not needed once the run is over. */
    void releaseInbound() {
        inBytes = null;
        inMessage = null;
        inPayloads = List.of();
        inDigest = null;
    }

    /** Zeroes every secret this SA holds (architecture: zero key material when an SA dies). */
    void destroySecrets() {
        if (keyExchange != null) {
            keyExchange.destroy();
        }
        if (sharedSecret != null) {
            sharedSecret.destroy();
        }
        if (keys != null) {
            keys.destroy();
        }
        if (skKeys != null) {
            skKeys.destroy(); // the primitives keyed with SK_e/SK_a (the keys themselves are shared with keys)
        }
        if (child != null) {
            child.destroy();
        }
        if (children != null) {
            for (Child c : children) {
                c.keys.destroy();
            }
        }
        for (Exchange x = exchanges; x != null; x = x.next) {
            if (x.work != null) {
                x.work.destroy();
            }
        }
    }
}
