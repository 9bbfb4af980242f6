package io.ike4j.negotiator.v1;

import io.ike4j.config.ConfigException;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IpsecProfile;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.FailureCounters;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.Role;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.DatagramHandler;
import io.ike4j.transport.Outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The IKEv1 engine (RFC 2407/2408/2409): Main Mode and Aggressive Mode with pre-shared keys, Quick Mode with PFS and
 * proxy identities, Informational exchanges (DELETE, notifies, INITIAL-CONTACT), dead peer detection (RFC 3706), run
 * through the ISAKMP states IOS prints. Built on the version-neutral core ({@code io.ike4j.sm}: run loop, state table,
 * SA directory, timer queue) and the same configuration, key engine and failure vocabulary as {@code Ikev2Engine};
 * a {@code FrontDoor} gives it the datagrams of major version 1. Deterministic: time and randomness come from outside,
 * no threads, bad input never escapes {@link #receive} as an exception.
 */
public final class Ikev1Engine implements DatagramHandler {
    private final Ikev1Core core;

    private Ikev1Engine(Builder b) {
        this.core = new Ikev1Core(b);
    }

    /** {@return a builder with the defaults listed at its options} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts phase 1 toward {@code remote} and, once it completes, a Quick Mode for {@code profile} (its isakmp profile's
     * keyring gives the pre-shared key for the peer's address; the proposals come from the policy of {@code local}).
     *
     * @param profile    the IPsec profile to bring up
     * @param local      our endpoint
     * @param remote     the peer
     * @param aggressive Aggressive Mode instead of Main Mode
     * @return the ISAKMP SA's number
     * @throws ConfigException when the profile has nothing IKEv1 can propose or no key for the peer
     */
    public int initiate(IpsecProfile profile, DatagramEndpoint local, DatagramEndpoint remote, boolean aggressive) {
        Objects.requireNonNull(profile, "profile");
        IsakmpSa sa = new IsakmpSa(core.allocateSaId(), Role.INITIATOR, Objects.requireNonNull(local, "local"),
                Objects.requireNonNull(remote, "remote"), core.now);
        sa.profile = profile.ikeProfile();
        sa.suites = Phase1.suites(core, sa.profile, local);
        ConfigException.check(!sa.suites.isEmpty(), "no IKEv1 phase-1 proposal for " + local.address().getHostAddress()
                + " (AEAD ciphers and KEMs have no IKEv1 form)");
        ConfigException.check(Signatures.usable(sa.profile.localAuth()), "IKEv1 authenticates with pre-shared keys or RSA"
                + " signatures, not " + sa.profile.localAuth());
        if (sa.profile.localAuth() == io.ike4j.config.AuthMethod.PRE_SHARE) {
            sa.psk = Phase1.psk(sa.profile, remote);
            ConfigException.check(sa.psk != null, "no pre-shared key for " + remote.address().getHostAddress()
                    + " in the keyring of " + sa.profile.name());
        } else {
            ConfigException.check(core.credentials != null && core.trustAnchors != null,
                    "RSA signature authentication needs credentials and trust anchors");
        }
        sa.aggressive = aggressive;
        sa.cookieI = core.newCookie();
        sa.pendingQuickModes.add(profile);
        core.sas.register(sa);
        core.sas.indexLocalSpi(sa);
        core.startHalfOpen(sa);
        core.run(sa, null, aggressive ? Ikev1Input.IKE_SA_REQ_AM : Ikev1Input.IKE_SA_REQ_MM);
        return sa.saId;
    }

    /**
     * Handles one datagram (non-ESP marker stripped); never throws for bad input.
     *
     * @param datagram the datagram
     */
    public void receive(Datagram datagram) {
        try {
            if (core.impairments == Ikev1Impairments.NONE) {
                Ikev1Receiver.receive(core, datagram);
                return;
            }
            for (Datagram d : core.impairments.incoming(datagram)) {
                Ikev1Receiver.receive(core, d);
            }
        } catch (RuntimeException e) {
            core.counters.count(FailureCounters.Packet.INTERNAL_ERROR);
            Ikev1Core.LOG.error("ISAKMP: internal error on a datagram from {}", datagram.remote(), e);
        }
    }

    @Override
    public void onDatagram(Datagram datagram) {
        receive(datagram);
    }

    /**
     * Moves the engine's clock to {@code now}: due retransmissions, give-ups, DPD, lifetimes.
     *
     * @param now the time
     */
    public void advanceTime(Instant now) {
        core.advanceTime(now);
    }

    @Override
    public void onTick(Instant now) {
        advanceTime(now);
    }

    /**
     * Deletes an ISAKMP SA and its IPsec SAs, telling the peer (protected DELETE payloads, RFC 2408 §4.8).
     *
     * @param saId the SA
     * @return false if there is no such SA
     */
    public boolean delete(int saId) {
        IsakmpSa sa = core.sas.byId(saId);
        if (sa == null) {
            return false;
        }
        Informational.deleteIsakmp(core, sa, "deleted locally");
        return true;
    }

    /**
     * Starts another Quick Mode on an established ISAKMP SA.
     *
     * @param saId    the SA
     * @param profile the IPsec profile
     * @return false if the SA is not established
     */
    public boolean quickMode(int saId, IpsecProfile profile) {
        IsakmpSa sa = core.sas.byId(saId);
        if (sa == null || sa.state != Ikev1State.IKE_P1_COMPLETE) {
            return false;
        }
        QuickModes.start(core, sa, profile);
        return true;
    }

    /**
     * Sends an R-U-THERE now (RFC 3706), if the peer announced DPD.
     *
     * @param saId the SA
     * @return false if the SA is not established or the peer does not do DPD
     */
    public boolean checkLiveness(int saId) {
        IsakmpSa sa = core.sas.byId(saId);
        boolean sent = sa != null && Dpd.check(core, sa);
        if (sent) {
            core.wake(sa);
        }
        return sent;
    }

    /** {@return the ISAKMP machine as text: state, input, action, next states} */
    public static String stateTable() {
        return Ikev1Table.TABLE.print();
    }

    /** {@return every ISAKMP SA of this engine} */
    public List<IkeSaInfo> sas() {
        List<IkeSaInfo> out = new ArrayList<>();
        for (IsakmpSa sa : core.sas.withLocalSpi()) {
            out.add(core.info(sa));
        }
        return out;
    }

    /**
     * One SA's view.
     *
     * @param saId the SA
     * @return its view, or empty
     */
    public Optional<IkeSaInfo> sa(int saId) {
        return Optional.ofNullable(core.sas.byId(saId)).map(core::info);
    }

    /**
     * The IPsec SAs an ISAKMP SA negotiated and still has.
     *
     * @param saId the SA
     * @return its IPsec SA pairs
     */
    public List<ChildSa> ipsecSas(int saId) {
        IsakmpSa sa = core.sas.byId(saId);
        List<ChildSa> out = new ArrayList<>();
        if (sa != null) {
            for (QuickMode q : sa.nodes.values()) {
                if (q.child != null) {
                    out.add(q.child);
                }
            }
        }
        return out;
    }

    /** {@return the failure and packet counters} */
    public FailureCounters counters() {
        return core.counters;
    }

    /** {@return the engine's clock} */
    public Instant now() {
        return core.now;
    }

    Ikev1Core core() {
        return core;
    }

    /** Test hooks: our own hashes may be changed before they are sent (to provoke the peer's mismatch checks). */
    interface Tweaks {
        Tweaks NONE = (which, hash) -> hash;

        byte[] localHash(String which, byte[] hash);
    }

    /** Options; {@code configuration}, {@code crypto} and {@code outbound} are required. */
    public static final class Builder {
        IkeConfiguration config;
        CryptoProvider crypto;
        RandomSource random = RandomSource.secure();
        Outbound outbound;
        KeyEngine keyEngine = KeyEngine.ACCEPT_ALL;
        Ikev1Listener listener = Ikev1Listener.NONE;
        Duration halfOpenTimeout = Duration.ofSeconds(60);
        int halfOpenLimit = 10_000;
        int halfOpenPerAddress = 5;
        int maxQuickModes = 16;
        Duration nodeLinger = Duration.ofSeconds(30);
        boolean exportKeys;
        int natTraversalPort = 4500;
        Duration natKeepalive = Duration.ofSeconds(20);
        io.ike4j.negotiator.auth.Credentials credentials;
        io.ike4j.negotiator.auth.TrustAnchors trustAnchors;
        Instant startTime = Instant.EPOCH;
        Tweaks tweaks = Tweaks.NONE;
        Ikev1Impairments impairments = Ikev1Impairments.NONE;

        private Builder() {
        }

        /**
         * The configuration (policies, profiles, keyrings, IPsec profiles), shared with IKEv2.
         *
         * @param c the configuration
         * @return this builder
         */
        public Builder configuration(IkeConfiguration c) {
            this.config = c;
            return this;
        }

        /**
         * The crypto provider.
         *
         * @param p the provider
         * @return this builder
         */
        public Builder crypto(CryptoProvider p) {
            this.crypto = p;
            return this;
        }

        /**
         * Where cookies, nonces, SPIs and private keys come from (default: the platform's strong SecureRandom).
         *
         * @param r the source
         * @return this builder
         */
        public Builder random(RandomSource r) {
            this.random = r;
            return this;
        }

        /**
         * Where datagrams go.
         *
         * @param o the outbound path
         * @return this builder
         */
        public Builder outbound(Outbound o) {
            this.outbound = o;
            return this;
        }

        /**
         * Where IPsec SAs are installed (default: accepted and forgotten).
         *
         * @param k the key engine
         * @return this builder
         */
        public Builder keyEngine(KeyEngine k) {
            this.keyEngine = k;
            return this;
        }

        /**
         * Who hears of SAs, failures and trace steps.
         *
         * @param l the listener
         * @return this builder
         */
        public Builder listener(Ikev1Listener l) {
            this.listener = l;
            return this;
        }

        /**
         * How long phase 1 may take before the SA is dropped (default 60 s).
         *
         * @param d the limit
         * @return this builder
         */
        public Builder halfOpenTimeout(Duration d) {
            ConfigException.check(d != null && !d.isNegative() && !d.isZero(), "halfOpenTimeout must be positive");
            this.halfOpenTimeout = d;
            return this;
        }

        /**
         * At most this many phase-1 negotiations in progress in all (default 10,000).
         *
         * @param n the limit
         * @return this builder
         */
        public Builder halfOpenLimit(int n) {
            ConfigException.check(n > 0, "halfOpenLimit must be positive, got " + n);
            this.halfOpenLimit = n;
            return this;
        }

        /**
         * At most this many phase-1 negotiations in progress from one address (default 5).
         *
         * @param n the limit
         * @return this builder
         */
        public Builder halfOpenPerAddress(int n) {
            ConfigException.check(n > 0, "halfOpenPerAddress must be positive, got " + n);
            this.halfOpenPerAddress = n;
            return this;
        }

        /**
         * At most this many quick modes in progress on one ISAKMP SA (default 16).
         *
         * @param n the limit
         * @return this builder
         */
        public Builder maxQuickModes(int n) {
            ConfigException.check(n > 0, "maxQuickModes must be positive, got " + n);
            this.maxQuickModes = n;
            return this;
        }

        /**
         * How long a completed quick mode keeps its last message for a peer's retransmission (default 30 s).
         *
         * @param d the time
         * @return this builder
         */
        public Builder quickModeLinger(Duration d) {
            ConfigException.check(d != null && !d.isNegative(), "quickModeLinger must not be negative");
            this.nodeLinger = d;
            return this;
        }

        /**
         * Whether the listener gets the phase-1 keys ({@link Ikev1Listener#isakmpSaKeys}, for key logs).
         *
         * @param b true to export
         * @return this builder
         */
        public Builder exportKeys(boolean b) {
            this.exportKeys = b;
            return this;
        }

        /**
         * NAT traversal (RFC 3947): the NAT-T port an initiator on 500 floats to (default 4500; 0: no NAT-T, no vendor
         * ID) and the keepalive interval of the side behind a NAT (default 20 s, RFC 3948 §2.3).
         *
         * @param port      the NAT-T port, 0 to turn NAT-T off
         * @param keepalive the keepalive interval
         * @return this builder
         */
        public Builder natTraversal(int port, Duration keepalive) {
            ConfigException.check(port >= 0 && port <= 65535, "NAT-T port must be 0..65535, got " + port);
            ConfigException.check(keepalive != null && !keepalive.isNegative() && !keepalive.isZero(),
                    "NAT keepalive interval must be positive");
            this.natTraversalPort = port;
            this.natKeepalive = keepalive;
            return this;
        }

        /**
         * Our certificate and key for RSA signature authentication (RFC 2409 §5.1).
         *
         * @param c the credentials
         * @return this builder
         */
        public Builder credentials(io.ike4j.negotiator.auth.Credentials c) {
            this.credentials = c;
            return this;
        }

        /**
         * The CAs a peer's certificate must chain to.
         *
         * @param t the trust anchors
         * @return this builder
         */
        public Builder trustAnchors(io.ike4j.negotiator.auth.TrustAnchors t) {
            this.trustAnchors = t;
            return this;
        }

        /**
         * The engine's clock at the start (default the epoch).
         *
         * @param t the time
         * @return this builder
         */
        public Builder startTime(Instant t) {
            this.startTime = Objects.requireNonNull(t, "startTime");
            return this;
        }

        /**
         * Makes this engine misbehave on purpose (a conformance peer); the default changes nothing.
         *
         * @param i the impairments
         * @return this builder
         */
        public Builder impairments(Ikev1Impairments i) {
            this.impairments = java.util.Objects.requireNonNull(i, "impairments");
            return this;
        }

        Builder tweaks(Tweaks t) {
            this.tweaks = t;
            return this;
        }

        /**
         * The engine.
         *
         * @return the engine
         * @throws ConfigException when a required option is missing
         */
        public Ikev1Engine build() {
            ConfigException.check(config != null, "configuration is required");
            ConfigException.check(crypto != null, "crypto provider is required");
            ConfigException.check(outbound != null, "outbound is required");
            return new Ikev1Engine(this);
        }
    }
}
