package io.ike4j.junit;

import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TrafficSelector;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.Ikev2Runtime;
import io.ike4j.negotiator.Impairments;
import io.ike4j.negotiator.v1.Ikev1Engine;
import io.ike4j.negotiator.v1.Ikev1Listener;
import io.ike4j.negotiator.v1.Ikev1Runtime;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.SmStep;
import io.ike4j.sm.v1.Ikev1TraceEvent;
import io.ike4j.sm.v2.TraceEvent;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * An ike4j IKE peer (IKEv2 by default, IKEv1 with {@link Builder#ikeVersion}) on a free UDP port of 127.0.0.1 for the
 * duration of a test: registered in a {@code static} field it runs for the class, in an instance field for each test.
 * It answers (responder) or starts ({@link #initiate}) negotiations with a pre-shared key, optionally impaired
 * ({@link Builder#impairments}, IKEv2), and records what it saw: trace steps, established SAs, IPsec/CHILD SAs,
 * failures. Use it to check that your VPN client or gateway survives a given peer behaviour:
 * <pre>{@code
 * @RegisterExtension
 * static IkePeerExtension peer = IkePeerExtension.builder().psk("secret").build();
 *
 * @Test
 * void clientConnects() {
 *     myClient.connect(peer.endpoint(), "secret");
 *     assertTrue(peer.awaitEstablished(Duration.ofSeconds(10)));
 * }
 * }</pre>
 * Not thread-safe to configure; the recorded lists may be read from any thread.
 */
public final class IkePeerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Builder options;
    private final List<SmStep> trace = Collections.synchronizedList(new ArrayList<>());
    private final List<IkeSaInfo> established = Collections.synchronizedList(new ArrayList<>());
    private final List<ChildSa> children = Collections.synchronizedList(new ArrayList<>());
    private final List<IkeFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private IpsecProfile ipsecProfile;
    private Ikev2Runtime v2;
    private Ikev1Runtime v1;
    private boolean perClass;

    private IkePeerExtension(Builder b) {
        this.options = b;
    }

    /** {@return a builder: IKEv2, pre-shared key "ike4j", aes128-sha256-modp2048 / esp-aes esp-sha256-hmac, any selectors} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    /** Starts the peer (done by JUnit; call it yourself when using the extension without JUnit). */
    public void start() {
        if (v1 != null || v2 != null) {
            return;
        }
        trace.clear();
        established.clear();
        children.clear();
        failures.clear();
        IkeConfiguration config = configuration();
        List<DatagramEndpoint> at = List.of(DatagramEndpoint.of("127.0.0.1", 0));
        if (options.version == 1) {
            v1 = Ikev1Runtime.start(Ikev1Engine.builder().configuration(config).crypto(new BouncyCastleProvider())
                    .listener(new V1()).impairments(options.ikev1Impairments), at, Duration.ofMillis(20));
        } else {
            v2 = Ikev2Runtime.start(Ikev2Engine.builder().configuration(config).crypto(new BouncyCastleProvider())
                    .listener(new V2()).impairments(options.impairments).natTraversal(0, Duration.ofSeconds(20)), at,
                    Duration.ofMillis(20));
        }
    }

    /** Stops the peer and frees its port. */
    public void stop() {
        if (v1 != null) {
            v1.close();
            v1 = null;
        }
        if (v2 != null) {
            v2.close();
            v2 = null;
        }
    }

    private IkeConfiguration configuration() {
        IkePolicy.Builder pol = IkePolicy.builder("junit");
        StrongSwanProposals.parseIke(options.ike).forEach(pol::proposal);
        IkeProfile.Builder pb = IkeProfile.builder("junit").matchRemoteAddress("0.0.0.0/0")
                .authenticationLocal(AuthMethod.PRE_SHARE).authenticationRemote(AuthMethod.PRE_SHARE)
                .keyring(Keyring.builder("junit").peer(KeyringPeer.builder("any").address("0.0.0.0/0")
                        .preSharedKey(options.psk).build()).build());
        if (options.localId != null) {
            pb.identityLocal(IkeIdentity.infer(options.localId));
        }
        IkeProfile profile = pb.build();
        IpsecProfile.Builder ib = IpsecProfile.builder("junit").transformSet(TransformSet.parseIos("junit", options.esp))
                .ikeProfile(profile);
        if (options.pfsGroup != 0) {
            ib.pfsGroup(options.pfsGroup);
        }
        if (options.localTs != null) {
            ib.localSelector(TrafficSelector.cidr(options.localTs));
        }
        if (options.remoteTs != null) {
            ib.remoteSelector(TrafficSelector.cidr(options.remoteTs));
        }
        ipsecProfile = ib.build();
        return IkeConfiguration.builder().policy(pol.build()).profile(profile).ipsecProfile(ipsecProfile).build();
    }

    /** {@return where the peer listens (127.0.0.1 and its port)} */
    public DatagramEndpoint endpoint() {
        if (v1 == null && v2 == null) {
            throw new IllegalStateException("the peer is not running (register the extension with @RegisterExtension)");
        }
        return v1 != null ? v1.localEndpoints().get(0) : v2.localEndpoints().get(0);
    }

    /** {@return the UDP port the peer listens on} */
    public int port() {
        return endpoint().port();
    }

    /**
     * Makes the peer initiate to {@code remote} (its IPsec profile, from this peer's endpoint).
     *
     * @param remote the peer under test
     * @return the new SA's number
     */
    public int initiate(DatagramEndpoint remote) {
        Objects.requireNonNull(remote, "remote");
        return v1 != null ? v1.initiate(ipsecProfile, endpoint(), remote, options.aggressive)
                : v2.initiate(ipsecProfile, new Ikev2Peer(endpoint(), remote));
    }

    /** {@return the state machine steps the peer took, in order (IKEv2 {@code TraceEvent}s or IKEv1 {@code Ikev1TraceEvent}s)} */
    public List<SmStep> trace() {
        return List.copyOf(trace);
    }

    /** {@return the IKE (ISAKMP) SAs the peer established, as they were then} */
    public List<IkeSaInfo> establishedSas() {
        return List.copyOf(established);
    }

    /** {@return the CHILD (IPsec) SAs the peer installed} */
    public List<ChildSa> childSas() {
        return List.copyOf(children);
    }

    /** {@return the failures the peer reported, in the ike4j failure vocabulary} */
    public List<IkeFailure> failures() {
        return List.copyOf(failures);
    }

    /**
     * Waits until the peer installed a CHILD (IPsec) SA, or the timeout passes.
     *
     * @param timeout how long to wait
     * @return whether one was installed
     */
    public boolean awaitEstablished(Duration timeout) {
        return await(() -> !children.isEmpty(), timeout);
    }

    /**
     * Waits until the peer reported a failure, or the timeout passes.
     *
     * @param timeout how long to wait
     * @return whether one was reported
     */
    public boolean awaitFailure(Duration timeout) {
        return await(() -> !failures.isEmpty(), timeout);
    }

    private static boolean await(BooleanSupplier c, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return c.getAsBoolean();
            }
        }
        return true;
    }

    private final class V2 implements Ikev2Listener {
        @Override
        public void trace(TraceEvent e) {
            trace.add(e);
        }

        @Override
        public void ikeSaEstablished(IkeSaInfo sa) {
            established.add(sa);
        }

        @Override
        public void childSaEstablished(IkeSaInfo sa, ChildSa child) {
            children.add(child);
        }

        @Override
        public void failure(IkeFailure f) {
            failures.add(f);
        }

        @Override
        public boolean wantsSentPackets() {
            return false;
        }
    }

    private final class V1 implements Ikev1Listener {
        @Override
        public void trace(Ikev1TraceEvent e) {
            trace.add(e);
        }

        @Override
        public void isakmpSaEstablished(IkeSaInfo sa) {
            established.add(sa);
        }

        @Override
        public void ipsecSaEstablished(IkeSaInfo sa, ChildSa child) {
            children.add(child);
        }

        @Override
        public void failure(IkeFailure f) {
            failures.add(f);
        }
    }

    /** The peer's options; every one has a default. */
    public static final class Builder {
        int version = 2;
        String psk = "ike4j";
        String ike = "aes128-sha256-modp2048";
        String esp = "esp-aes esp-sha256-hmac";
        int pfsGroup;
        String localId;
        String localTs;
        String remoteTs;
        boolean aggressive;
        Impairments impairments = Impairments.NONE;
        io.ike4j.negotiator.v1.Ikev1Impairments ikev1Impairments = io.ike4j.negotiator.v1.Ikev1Impairments.NONE;
        String impairSpec;

        private Builder() {
        }

        /**
         * IKE version 2 (default) or 1.
         *
         * @param v 1 or 2
         * @return this builder
         */
        public Builder ikeVersion(int v) {
            if (v != 1 && v != 2) {
                throw new IllegalArgumentException("IKE version must be 1 or 2, got " + v);
            }
            this.version = v;
            return this;
        }

        /**
         * The pre-shared key (default "ike4j").
         *
         * @param key the key
         * @return this builder
         */
        public Builder psk(String key) {
            this.psk = Objects.requireNonNull(key, "psk");
            return this;
        }

        /**
         * IKE proposals in strongSwan syntax, comma-separated (default aes128-sha256-modp2048).
         *
         * @param proposals the proposals
         * @return this builder
         */
        public Builder ike(String proposals) {
            this.ike = Objects.requireNonNull(proposals, "ike");
            return this;
        }

        /**
         * The IPsec transform set in IOS syntax (default "esp-aes esp-sha256-hmac").
         *
         * @param transforms the transform set
         * @return this builder
         */
        public Builder esp(String transforms) {
            this.esp = Objects.requireNonNull(transforms, "esp");
            return this;
        }

        /**
         * A PFS group for CHILD SA rekeys (IKEv2) or Quick Mode (IKEv1); 0 (default) for none.
         *
         * @param group the group
         * @return this builder
         */
        public Builder pfsGroup(int group) {
            this.pfsGroup = group;
            return this;
        }

        /**
         * Our identity (default our address).
         *
         * @param id an address, FQDN, user@FQDN, DN or keyid:X
         * @return this builder
         */
        public Builder localId(String id) {
            this.localId = id;
            return this;
        }

        /**
         * Traffic selectors (default everything of the address family).
         *
         * @param local  our side, CIDR
         * @param remote the peer's side, CIDR
         * @return this builder
         */
        public Builder trafficSelectors(String local, String remote) {
            this.localTs = local;
            this.remoteTs = remote;
            return this;
        }

        /**
         * IKEv1: initiate in Aggressive Mode (a responder accepts both modes).
         *
         * @param on true for Aggressive Mode
         * @return this builder
         */
        public Builder aggressive(boolean on) {
            this.aggressive = on;
            return this;
        }

        /**
         * IKEv2: make the peer misbehave (rewrite, drop, duplicate messages) with the engine's impairment hooks.
         *
         * @param i the impairments
         * @return this builder
         */
        public Builder impairments(Impairments i) {
            this.impairments = Objects.requireNonNull(i, "impairments");
            return this;
        }

        /**
         * IKEv1: make the peer misbehave ({@code io.ike4j.negotiator.impair} has ready-made ones).
         *
         * @param i the impairments
         * @return this builder
         */
        public Builder ikev1Impairments(io.ike4j.negotiator.v1.Ikev1Impairments i) {
            this.ikev1Impairments = Objects.requireNonNull(i, "impairments");
            return this;
        }

        /**
         * Impairments by name, as {@code ike peer --impair} takes them ({@link io.ike4j.negotiator.impair.ImpairmentSpec}),
         * e.g. {@code "answer-notify@IKE_SA_INIT/response=17"}; parsed for the IKE version in effect when
         * {@link #build()} runs.
         *
         * @param spec comma-separated impairments
         * @return this builder
         */
        public Builder impair(String spec) {
            this.impairSpec = Objects.requireNonNull(spec, "spec");
            return this;
        }

        /** {@return the extension, to be put in a field annotated {@code @RegisterExtension}} */
        public IkePeerExtension build() {
            if (impairSpec != null) { // a bad spec fails here, naming what is wrong
                if (version == 1) {
                    ikev1Impairments = io.ike4j.negotiator.impair.ImpairmentSpec.ikev1(impairSpec);
                } else {
                    impairments = io.ike4j.negotiator.impair.ImpairmentSpec.ikev2(impairSpec);
                }
            }
            return new IkePeerExtension(this);
        }
    }
}
