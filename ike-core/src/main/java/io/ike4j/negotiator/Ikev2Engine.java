package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2VendorIdPayload;
import io.ike4j.config.ConfigException;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IpsecProfile;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.FailureCounters;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.TrustAnchors;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.Role;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramHandler;
import io.ike4j.transport.Outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embeddable IKEv2 engine (architecture.md "The engine is a pure, deterministic core"). Everything
 * enters through {@link #initiate}, {@link #receive} and {@link #advanceTime}; everything leaves through
 * the {@link Outbound}, {@link KeyEngine} and {@link Ikev2Listener} given to the builder. It owns no
 * threads, sockets or clocks and is not thread-safe: drive one engine from one thread (a shard of
 * {@link io.ike4j.transport.UdpTransport}, or a test's {@link io.ike4j.transport.SimulatedNetwork}).
 * With a deterministic {@link RandomSource} the same inputs give the same bytes.
 *
 * <p>Bad input never escapes {@link #receive} as an exception: it becomes a counter, a log line, a
 * {@link io.ike4j.diag.IkeFailure} and, where RFC 7296 says so, a notify to the peer.
 */
public final class Ikev2Engine implements DatagramHandler {
    private final EngineCore core;

    private Ikev2Engine(Builder b) {
        this.core = new EngineCore(b);
    }

    /** {@return a builder with the defaults listed at its options} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts an IKE SA with its first CHILD_SA as described by {@code profile} (its IKEv2 profile, transform
     * sets, PFS group and traffic selectors); the IKE proposals come from the policy matching
     * {@code peer.local()}. Returns the SA number IOS would print as "SA ID".
     *
     * @param profile the {@code crypto ipsec profile} to bring up
     * @param peer the local and remote endpoints
     * @return the new SA's ID
     * @throws io.ike4j.config.ConfigException when the profile cannot be used (no matching policy, missing credentials)
     */
    public int initiate(IpsecProfile profile, Ikev2Peer peer) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(peer, "peer");
        core.config.policyFor(peer.local().address()).orElseThrow(() -> new ConfigException(
                "no crypto ikev2 policy matches local address " + peer.local().address().getHostAddress()));
        var ike = profile.ikeProfile();
        if (ike.localAuth() != io.ike4j.config.AuthMethod.PRE_SHARE && core.credentials == null) {
            throw new ConfigException("ikev2 profile " + ike.name() + ": authentication local "
                    + ike.localAuth().iosName() + " needs credentials (certificate and key)");
        }
        return core.initiate(profile, peer.local(), peer.remote());
    }

    /**
     * One IKE message arrived (non-ESP marker already stripped).
     *
     * @param datagram the message and its endpoints; bad input is dropped and counted, never thrown
     */
    public void receive(Datagram datagram) {
        if (core.impairments == Impairments.NONE) {
            Receiver.receive(core, datagram);
            return;
        }
        for (Datagram d : core.impairments.incoming(datagram)) {
            Receiver.receive(core, d);
        }
    }

    @Override
    public void onDatagram(Datagram datagram) {
        receive(datagram);
    }

    /**
     * The host's clock moved: retransmissions, half-open expiry. Earlier instants are ignored.
     *
     * @param now the host's current time
     */
    public void advanceTime(Instant now) {
        core.advanceTime(now);
    }

    @Override
    public void onTick(Instant now) {
        advanceTime(now);
    }

    /**
     * Deletes the CHILD_SA of IKE SA {@code saId} and keeps the IKE SA: an INFORMATIONAL DELETE with our inbound ESP
     * SPI (RFC 7296 §1.4.1); the key engine is told when the peer has answered with its half.
     *
     * @param saId the SA's ID
     * @return false when there is no such established SA with a CHILD_SA, or the peer's window is full
     */
    public boolean deleteChild(int saId) {
        Ikev2Sa sa = core.sas.byId(saId);
        return sa != null && !sa.dead && Informational.startChildDelete(sa, core);
    }

    /**
     * Creates another CHILD_SA on IKE SA {@code saId} (RFC 7296 §1.3.1: CREATE_CHILD_SA with the IPsec profile's
     * proposals and selectors, and a KE payload when it sets a PFS group).
     *
     * @param saId the SA's ID
     * @return false when the SA is not established, is being rekeyed, or the peer's window is full
     */
    public boolean createChild(int saId) {
        Ikev2Sa sa = core.sas.byId(saId);
        return sa != null && !sa.dead && ChildInitiator.startNew(sa, core);
    }

    /**
     * Rekeys the first CHILD_SA of IKE SA {@code saId} now (RFC 7296 §1.3.3: N(REKEY_SA), a KE payload with the PFS
     * group if set); the old CHILD_SA is deleted once the new one is installed.
     *
     * @param saId the SA's ID
     * @return false when there is no CHILD_SA to rekey, a rekey is in flight, or the peer's window is full
     */
    public boolean rekeyChild(int saId) {
        Ikev2Sa sa = core.sas.byId(saId);
        return sa != null && !sa.dead && ChildInitiator.startRekey(sa, core, sa.firstLiveChild());
    }

    /**
     * Rekeys IKE SA {@code saId} now (RFC 7296 §1.3.2, §2.18): a new IKE SA inherits the CHILD_SAs and the old one is
     * deleted. The new SA's ID is reported through {@link Ikev2Listener#ikeSaRekeyed}.
     *
     * @param saId the SA's ID
     * @return false when the SA is not established, already rekeyed, or a request of ours is in flight
     */
    public boolean rekeyIke(int saId) {
        Ikev2Sa sa = core.sas.byId(saId);
        return sa != null && !sa.dead && sa.outstandingCount() == 0 && ChildInitiator.startIkeRekey(sa, core);
    }

    /**
     * The key engine's count of octets protected on a CHILD_SA so far (both directions): past 90% of the IPsec
     * profile's kilobyte lifetime the CHILD_SA is rekeyed, past 100% deleted (RFC 7296 §2.8; IOS
     * {@code set security-association lifetime kilobytes}). Call it on the engine's thread.
     *
     * @param inboundSpi the CHILD_SA's inbound SPI ({@link io.ike4j.sa.ChildSa#inboundSpi()})
     * @param octets octets so far
     * @return false if no CHILD_SA of this engine has that SPI
     */
    public boolean childOctets(io.ike4j.codec.Bytes inboundSpi, long octets) {
        Ikev2Sa sa = core.espSpis.get(inboundSpi);
        Child c = sa == null || sa.dead ? null : sa.childByInbound(inboundSpi);
        if (c == null) {
            return false;
        }
        Lifetimes.octets(sa, core, c, octets);
        return true;
    }

    /**
     * Deletes an IKE SA (and its CHILD_SA) with an INFORMATIONAL DELETE (RFC 7296 §1.4.1).
     *
     * @param saId the SA's ID
     * @return false when there is no such live SA
     */
    public boolean delete(int saId) {
        Ikev2Sa sa = core.sas.byId(saId);
        if (sa == null || sa.dead) {
            return false;
        }
        Informational.startDelete(sa, core);
        return true;
    }

    /**
     * Sends a liveness check (RFC 7296 §1.4: an empty INFORMATIONAL request), retransmitted like any request; an
     * unanswered one ends the SA as unreachable.
     *
     * @param saId the SA
     * @return false if the SA is not established or as many of our requests as the peer takes are in flight
     */
    public boolean checkLiveness(int saId) {
        Ikev2Sa sa = core.sas.byId(saId);
        return sa != null && !sa.dead && Informational.startLivenessCheck(sa, core);
    }

    /**
     * The IKEv2 machine every engine runs, as text ({@code ike states}): which event a verified message starts in
     * which state, then each row's state, event, action and the states it may lead to.
     *
     * @return the table, one row per line
     */
    public static String stateTable() {
        return TransitionTable.standard().print();
    }

    /** {@return snapshots of the SAs this engine holds (negotiating and established)} */
    public List<IkeSaInfo> sas() {
        return core.sas.withLocalSpi().stream().map(core::info).toList();
    }

    /**
     * A snapshot of one SA.
     *
     * @param saId the SA's ID
     * @return the snapshot, or empty when the SA is gone (or has no SA table entry yet)
     */
    public Optional<IkeSaInfo> sa(int saId) {
        Ikev2Sa sa = core.sas.byId(saId);
        return sa == null || sa.dead || sa.localSpi() == null || core.sas.byLocalSpi(sa.localSpi()) != sa
                ? Optional.empty() : Optional.of(core.info(sa));
    }

    /** {@return the failure and packet counters (live, readable from any thread)} */
    public FailureCounters counters() {
        return core.counters;
    }

    /** {@return the engine's clock: the last time given to {@link #advanceTime}, or the builder's start time} */
    public Instant now() {
        return core.now;
    }

    /** {@return the half-open SAs, reassembly memory and cookie rotations, against the limits set in the builder} */
    public EngineResources resources() {
        return new EngineResources(core.halfOpen.total(), core.halfOpen.peak(), core.reassemblyBytes,
                core.reassemblyPeak, core.cookieSecrets.rotations, core.sas.size(), core.timers.size(), core.espSpis.size());
    }

    /** The core, for this package's tests (hostile tests inspect caches, counts and reassembly memory). */
    EngineCore core() {
        return core;
    }

    /** Builder; configuration, crypto and outbound are required. */
    public static final class Builder {
        IkeConfiguration config;
        CryptoProvider crypto;
        RandomSource random = RandomSource.secure();
        boolean autoReconnect;
        boolean reauthenticate;
        boolean rekey = true;
        Duration childRekey;
        Duration ikeRekey;
        int natTraversalPort = 4500;
        Duration natKeepalive = Duration.ofSeconds(20);
        Outbound outbound;
        KeyEngine keyEngine = KeyEngine.ACCEPT_ALL;
        Ikev2Listener listener = Ikev2Listener.NONE;
        Credentials credentials;
        TrustAnchors trustAnchors;
        boolean allowSha1Signatures;
        io.ike4j.negotiator.auth.CertUsage certUsage = io.ike4j.negotiator.auth.CertUsage.STRICT;
        boolean exportKeys;
        Duration halfOpenTimeout = Duration.ofSeconds(30);
        Impairments impairments = Impairments.NONE;
        int cookieThreshold = 100;
        int puzzleDifficulty = -1;
        int puzzleLegacyPercent;
        int maxPuzzleDifficulty = 16;
        Duration cookieSecretLifetime = Duration.ofSeconds(60);
        Duration cookieSecretGrace = Duration.ofSeconds(10);
        int halfOpenPerAddress = 5;
        int halfOpenLimit = 10_000;
        double amplificationLimit = 1.0;
        int maxFragments = 32;
        int maxReassembledSize = 10_000;
        Duration fragmentTimeout = Duration.ofSeconds(30);
        int fragmentSize = 1200;
        long maxReassemblyMemory = 4L << 20;
        int dropLogRate = 20;
        Duration cachedResponseLifetime = Duration.ofMinutes(5);
        int windowSize = 1;
        CryptoExecutor cryptoExecutor = CryptoExecutor.inline();
        int shard = 0;
        int shards = 1;
        Instant startTime = Instant.EPOCH;
        List<Ikev2VendorIdPayload> vendorIds = List.of();

        private Builder() {
        }

        /**
         * The IOS-style configuration (required).
         *
         * @param c policies, profiles and IPsec profiles
         * @return this builder
         */
        public Builder configuration(IkeConfiguration c) {
            this.config = c;
            return this;
        }

        /**
         * The crypto provider (required).
         *
         * @param p e.g. {@code new BouncyCastleProvider()}
         * @return this builder
         */
        public Builder crypto(CryptoProvider p) {
            this.crypto = p;
            return this;
        }

        /**
         * Where SPIs, nonces and private keys come from (default {@link RandomSource#secure()}).
         *
         * @param r the source; a deterministic one only in tests
         * @return this builder
         */
        public Builder random(RandomSource r) {
            this.random = r;
            return this;
        }

        /**
         * Where sent datagrams go (required; {@link Ikev2Runtime} sets it).
         *
         * @param o the transport's outbound side
         * @return this builder
         */
        public Builder outbound(Outbound o) {
            this.outbound = o;
            return this;
        }

        /**
         * Where CHILD_SA keys go (default {@link KeyEngine#ACCEPT_ALL}).
         *
         * @param k the host's IPsec key engine
         * @return this builder
         */
        public Builder keyEngine(KeyEngine k) {
            this.keyEngine = k;
            return this;
        }

        /**
         * What is told about traces, packets, SAs and failures (default {@link Ikev2Listener#NONE}).
         *
         * @param l the listener
         * @return this builder
         */
        public Builder listener(Ikev2Listener l) {
            this.listener = l;
            return this;
        }

        /**
         * Our certificate chain and private key, for {@code authentication local rsa-sig|ecdsa-sig}.
         *
         * @param c the credentials
         * @return this builder
         */
        public Builder credentials(Credentials c) {
            this.credentials = c;
            return this;
        }

        /**
         * The CAs that peers' certificates must chain to (IOS trustpoints).
         *
         * @param t the anchors
         * @return this builder
         */
        public Builder trustAnchors(TrustAnchors t) {
            this.trustAnchors = t;
            return this;
        }

        /**
         * Accept peers' SHA-1 signature AUTH (default false): method 1, RSASSA-PKCS1-v1_5 with SHA-1 (RFC 7296
         * §3.8), and method 14 with sha1WithRSAEncryption. RFC 8247 §3.2 makes SHA-1 MUST NOT for Digital
         * Signature; §3.1 still lists method 1 as MUST for interoperability, hence this option for peers that
         * do not support RFC 7427. ike4j never implements ecdsa-with-SHA1 or RSASSA-PSS with SHA-1.
         *
         * @param b true to accept them
         * @return this builder
         */
        public Builder allowSha1Signatures(boolean b) {
            this.allowSha1Signatures = b;
            return this;
        }

        /**
         * Extended key usage OIDs a peer's certificate may carry besides id-kp-ipsecIKE and
         * anyExtendedKeyUsage (RFC 4945 §5.1.3.12), e.g. serverAuth {@code 1.3.6.1.5.5.7.3.1} or
         * iKEIntermediate {@code 1.3.6.1.5.5.8.2.2} (Windows clients). Replaces earlier calls; default none
         * (strict RFC 4945). A certificate without the extension is always accepted.
         *
         * @param oids dotted-decimal OIDs
         * @return this builder
         */
        public Builder acceptExtendedKeyUsage(String... oids) {
            ConfigException.check(oids != null && java.util.Arrays.stream(oids).noneMatch(java.util.Objects::isNull),
                    "engine: extended key usage OIDs must not be null");
            try {
                this.certUsage = new io.ike4j.negotiator.auth.CertUsage(java.util.Set.copyOf(java.util.Arrays.asList(oids)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("engine: " + e.getMessage());
            }
            return this;
        }

        /**
         * Hand IKE SA keys to {@link Ikev2Listener#ikeSaKeys} (for Wireshark key logs; default false).
         *
         * @param b true to export them
         * @return this builder
         */
        public Builder exportKeys(boolean b) {
            this.exportKeys = b;
            return this;
        }

        /**
         * How long a responder keeps an SA that answered IKE_SA_INIT but saw no IKE_AUTH (default 30 s).
         *
         * @param d a positive duration
         * @return this builder
         */
        public Builder halfOpenTimeout(Duration d) {
            this.halfOpenTimeout = d;
            return this;
        }

        /**
         * Half-open responder SAs above which IKE_SA_INIT is answered with a COOKIE first (RFC 7296 §2.6);
         * default 100, 0 = always, negative = never.
         *
         * @param halfOpen the threshold
         * @return this builder
         */
        public Builder cookieThreshold(int halfOpen) {
            this.cookieThreshold = halfOpen;
            return this;
        }

        /**
         * How long a cookie secret is used before a new one (with the next version octet) replaces it, and how long
         * cookies of the replaced secret are still accepted (RFC 7296 §2.6); defaults 60 s and 10 s.
         *
         * @param lifetime how long a secret makes cookies
         * @param grace how long cookies of the previous secret still count, at most {@code lifetime}
         * @return this builder
         */
        public Builder cookieSecretRotation(Duration lifetime, Duration grace) {
            this.cookieSecretLifetime = lifetime;
            this.cookieSecretGrace = grace;
            return this;
        }

        /**
         * Half-open responder SAs allowed per source address (strongSwan's {@code block_threshold}); further
         * IKE_SA_INIT requests from that address are dropped silently and counted. Default 5.
         *
         * @param n the limit
         * @return this builder
         */
        public Builder halfOpenPerAddress(int n) {
            this.halfOpenPerAddress = n;
            return this;
        }

        /**
         * Half-open responder SAs allowed in all; further IKE_SA_INIT requests are dropped and counted. Default 10,000.
         *
         * @param n the limit
         * @return this builder
         */
        public Builder halfOpenLimit(int n) {
            this.halfOpenLimit = n;
            return this;
        }

        /**
         * How much larger than an unauthenticated IKE_SA_INIT request our answer may be before the initiator has
         * proven its address with a cookie (default 1.0: never larger; a larger IKE_SA_INIT response, e.g. one
         * with CERTREQ, is preceded by a COOKIE round trip). {@code Double.POSITIVE_INFINITY} turns this off.
         *
         * @param factor response size over request size
         * @return this builder
         */
        public Builder amplificationLimit(double factor) {
            this.amplificationLimit = factor;
            return this;
        }

        /**
         * The largest IKE message we send in one datagram (RFC 7383 §2.5.1; octets of the IKE message, without IP, UDP
         * or the non-ESP marker; default 1,200, which fits IPv6's minimum MTU of 1,280 with its headers): a protected
         * message above it goes as SKF fragments when the peer announced IKEV2_FRAGMENTATION_SUPPORTED.
         *
         * @param octets 256..65,535, or 0: never fragment, and do not announce fragmentation support
         * @return this builder
         */
        public Builder fragmentSize(int octets) {
            ConfigException.check(octets == 0 || octets >= 256 && octets <= 65535,
                    "engine: fragment size must be 0 or 256..65535, got " + octets);
            this.fragmentSize = octets;
            return this;
        }

        /**
         * Limits of IKE fragment reassembly (RFC 7383 §5): fragments per message (default 32), octets of the
         * reassembled message (default 10,000, strongSwan's {@code max_packet}), how long a partial message is
         * kept (default 30 s) and the octets all partial messages of this engine may hold together (default 4 MiB).
         *
         * @param maxFragments fragments per message
         * @param maxReassembledSize octets of a reassembled message
         * @param timeout how long a partial message is kept
         * @param maxMemory octets of all partial messages together
         * @return this builder
         */
        public Builder fragmentLimits(int maxFragments, int maxReassembledSize, Duration timeout, long maxMemory) {
            this.maxFragments = maxFragments;
            this.maxReassembledSize = maxReassembledSize;
            this.fragmentTimeout = timeout;
            this.maxReassemblyMemory = maxMemory;
            return this;
        }

        /**
         * Log lines about dropped or refused input (and failures) per kind and second of engine time; each SA logs a
         * kind once; the rest is summed up as "suppressed n". Counters always count everything. Default 20; 0 = none,
         * negative = no limit.
         *
         * @param linesPerSecond the rate
         * @return this builder
         */
        public Builder dropLogRate(int linesPerSecond) {
            this.dropLogRate = linesPerSecond;
            return this;
        }

        /**
         * How long the last response of an SA is kept to answer a retransmitted request (RFC 7296 §2.1 lets a
         * responder forget it "after a timeout of several minutes"; a later copy of the request is then ignored).
         * Default 5 minutes, longer than any initiator's retransmission schedule (strongSwan's gives up after 165 s).
         *
         * @param d the lifetime
         * @return this builder
         */
        public Builder cachedResponseLifetime(Duration d) {
            this.cachedResponseLifetime = d;
            return this;
        }

        /**
         * Where DH/KEM work runs ({@link CryptoExecutor#inline()} by default: deterministic, on the engine's thread).
         *
         * @param e the executor; its answers must reach the engine's thread
         * @return this builder
         */
        public Builder cryptoExecutor(CryptoExecutor e) {
            this.cryptoExecutor = java.util.Objects.requireNonNull(e, "cryptoExecutor");
            return this;
        }

        /**
         * This engine is shard {@code index} of {@code count} behind one {@link io.ike4j.transport.UdpTransport}
         * keyed by {@link io.ike4j.transport.ShardKey#localSpi()}: the SPIs it picks (as initiator and responder) land on its
         * shard, and its SA IDs interleave with the other shards' so they stay unique in the host.
         *
         * @param index this shard, 0-based
         * @param count the number of shards
         * @return this builder
         */
        public Builder shard(int index, int count) {
            ConfigException.check(count >= 1 && index >= 0 && index < count, "engine: shard " + index + " of " + count);
            this.shard = index;
            this.shards = count;
            return this;
        }

        /**
         * Whether an initiator SA that the peer ended — a DELETE of the IKE SA, or a request it never answered
         * (dead peer detection: "giving up after n retransmits") — is started again with the same IPsec profile and
         * endpoints (strongSwan's {@code dpd_action = restart}; default off). Failures of our own (authentication,
         * proposals) and local deletes never reconnect.
         *
         * @param on true to reconnect
         * @return this builder
         */
        public Builder autoReconnect(boolean on) {
            this.autoReconnect = on;
            return this;
        }

        /**
         * Whether an initiator IKE SA reaching the end of its lifetime (the profile's, less up to 10% jitter) is
         * reauthenticated (RFC 7296 §2.8.3: a new IKE SA and CHILD_SA negotiated from scratch, IKE_SA_INIT and
         * IKE_AUTH, and the old SA deleted once the new one is up: no gap) instead of deleted (default off; strongSwan's
         * {@code reauth_time}). If the new SA fails, the old one is deleted all the same.
         *
         * @param on true to reauthenticate
         * @return this builder
         */
        public Builder reauthenticate(boolean on) {
            this.reauthenticate = on;
            return this;
        }

        /**
         * Client puzzles (RFC 8019 §7.1): where a cookie is asked for ({@link #cookieThreshold}), a puzzle of
         * {@code difficulty} trailing zero bits (0: as many as the initiator can afford, at least 8; else 8..255) comes
         * with it, for an HMAC PRF the initiator offered; a request returning the cookie without a solution of that
         * difficulty is admitted with probability {@code legacyPercent} (clients without puzzle support, §7.1.5) and
         * otherwise asked again. Default off.
         *
         * @param difficulty the zero-bit count, 0 or 8..255
         * @param legacyPercent 0..100
         * @return this builder
         */
        public Builder puzzles(int difficulty, int legacyPercent) {
            ConfigException.check(difficulty == 0 || difficulty >= 8 && difficulty <= 255,
                    "engine: puzzle difficulty must be 0 or 8..255 (RFC 8019 §4.4), got " + difficulty);
            ConfigException.check(legacyPercent >= 0 && legacyPercent <= 100, "engine: legacy share must be 0..100%");
            this.puzzleDifficulty = difficulty;
            this.puzzleLegacyPercent = legacyPercent;
            return this;
        }

        /**
         * As initiator, the hardest puzzle we solve (RFC 8019 §7.1.2: one may decline, returning only the cookie); a
         * difficulty-0 puzzle is solved at 8 bits. Solving runs on the {@link CryptoExecutor}. Default 16 (about
         * 260,000 PRF calls); 0: never solve.
         *
         * @param bits 0..32
         * @return this builder
         */
        public Builder puzzleSolving(int bits) {
            ConfigException.check(bits >= 0 && bits <= 32, "engine: puzzle solving limit must be 0..32 bits, got " + bits);
            this.maxPuzzleDifficulty = bits;
            return this;
        }

        /**
         * Whether SAs are rekeyed before their lifetimes end (default on; RFC 7296 §2.8): CHILD_SAs at 90% of the IPsec
         * profile's lifetime (seconds or kilobytes), IKE SAs at 90% of the profile's, each less up to 5% jitter,
         * unless {@link #rekeyIntervals} says otherwise. Off, SAs are deleted at their hard lifetime.
         *
         * @param on true to rekey
         * @return this builder
         */
        public Builder rekey(boolean on) {
            this.rekey = on;
            return this;
        }

        /**
         * How often CHILD_SAs and IKE SAs are rekeyed (null: at 90% of their lifetimes), less up to 5% jitter
         * ({@code ike peer --child-rekey / --ike-rekey}).
         *
         * @param child CHILD_SA rekey interval, or null
         * @param ike IKE SA rekey interval, or null
         * @return this builder
         */
        public Builder rekeyIntervals(Duration child, Duration ike) {
            ConfigException.check(child == null || child.toMillis() >= 1000, "engine: CHILD_SA rekey interval must be at least 1 s");
            ConfigException.check(ike == null || ike.toMillis() >= 1000, "engine: IKE SA rekey interval must be at least 1 s");
            this.childRekey = child;
            this.ikeRekey = ike;
            return this;
        }

        /**
         * NAT traversal (RFC 7296 §2.23, RFC 3948): the port an initiator that started on 500 moves to for IKE_AUTH when
         * a NAT was detected (default 4500; 0: stay; the transport must listen there too), and the interval of the
         * one-octet keepalives an SA behind a NAT sends when it has sent nothing else (default 20 s; null: none).
         *
         * @param port the NAT-T port, or 0
         * @param keepalive the keepalive interval, or null
         * @return this builder
         */
        public Builder natTraversal(int port, Duration keepalive) {
            ConfigException.check(port >= 0 && port <= 65535 && port != 500, "engine: NAT-T port must be 0..65535 and not 500, got " + port);
            ConfigException.check(keepalive == null || !keepalive.isNegative() && !keepalive.isZero(),
                    "engine: NAT keepalive interval must be positive");
            this.natTraversalPort = port;
            this.natKeepalive = keepalive;
            return this;
        }

        /**
         * How many of the peer's requests an SA takes at once (RFC 7296 §2.3; default 1, at most
         * 64); above 1 it is announced with SET_WINDOW_SIZE in IKE_AUTH.
         *
         * @param n the window size
         * @return this builder
         */
        public Builder windowSize(int n) {
            ConfigException.check(n >= 1 && n <= Windows.MAX_USED, "engine: window size must be 1.." + Windows.MAX_USED);
            this.windowSize = n;
            return this;
        }

        /**
         * Hooks that make the engine misbehave on purpose (default {@link Impairments#NONE}).
         *
         * @param i the impairments
         * @return this builder
         */
        public Builder impairments(Impairments i) {
            this.impairments = i;
            return this;
        }

        /**
         * The engine's clock value until the first {@link Ikev2Engine#advanceTime} (default the epoch).
         *
         * @param t the start time
         * @return this builder
         */
        public Builder startTime(Instant t) {
            this.startTime = t;
            return this;
        }

        /**
         * Vendor ID payloads to add to IKE_SA_INIT messages (default none).
         *
         * @param v the payloads
         * @return this builder
         */
        public Builder vendorIds(List<Ikev2VendorIdPayload> v) {
            this.vendorIds = List.copyOf(v);
            return this;
        }

        /**
         * Checks the options and builds the engine.
         *
         * @return the engine
         * @throws io.ike4j.config.ConfigException when a required option is missing or a limit is out of range
         */
        public Ikev2Engine build() {
            ConfigException.check(config != null, "engine: configuration is required");
            ConfigException.check(crypto != null, "engine: crypto provider is required");
            ConfigException.check(outbound != null, "engine: outbound is required");
            ConfigException.check(halfOpenTimeout != null && !halfOpenTimeout.isNegative() && !halfOpenTimeout.isZero(),
                    "engine: half-open timeout must be positive");
            ConfigException.check(positive(cookieSecretLifetime) && cookieSecretGrace != null && !cookieSecretGrace.isNegative()
                    && cookieSecretGrace.compareTo(cookieSecretLifetime) <= 0,
                    "engine: cookie secret lifetime must be positive and the grace period between 0 and the lifetime");
            ConfigException.check(halfOpenPerAddress > 0 && halfOpenLimit > 0, "engine: half-open limits must be positive");
            ConfigException.check(positive(cachedResponseLifetime), "engine: cached response lifetime must be positive");
            ConfigException.check(amplificationLimit >= 1.0, "engine: amplification limit must be at least 1.0");
            ConfigException.check(maxFragments >= 1 && maxFragments <= 65535 && maxReassembledSize >= 1
                    && positive(fragmentTimeout) && maxReassemblyMemory >= maxReassembledSize,
                    "engine: fragment limits must be positive, the engine's reassembly memory at least one message");
            return new Ikev2Engine(this);
        }

        private static boolean positive(Duration d) {
            return d != null && !d.isNegative() && !d.isZero();
        }
    }
}
