package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.crypto.jca.JcaProvider;
import io.ike4j.diag.IkeFailure;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.TraceEvent;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.Outbound;
import io.ike4j.transport.SimulatedNetwork;
import io.ike4j.transport.VirtualClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two engines on a simulated network, a PSK configuration each, and everything they report; more engines
 * (a second initiator, a restarted one) can be attached to the same network with {@link #attach}.
 */
final class EnginePair {
    static final CryptoProvider CRYPTO = new JcaProvider(); // ike-core tests have no BouncyCastle
    static final DatagramEndpoint I_ADDR = DatagramEndpoint.of("10.0.0.1", 500);
    static final DatagramEndpoint R_ADDR = DatagramEndpoint.of("10.0.0.2", 500);

    final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-21T00:00:00Z"));
    final SimulatedNetwork net;
    final Side initiator;
    final Side responder;

    /** What one engine told its listener. */
    static final class Side implements Ikev2Listener, KeyEngine {
        final List<TraceEvent> trace = new ArrayList<>();
        final List<IkeSaInfo> up = new ArrayList<>();
        final List<ChildSa> children = new ArrayList<>();
        final List<IkeFailure> failures = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        /** Messages sent and accepted, with their decrypted payloads. */
        final List<Packet> packets = new ArrayList<>();
        /** IKE SA keys by SA ID (every engine here exports them; hostile tests forge protected messages with them). */
        final Map<Integer, Ikev2SaKeys> keys = new HashMap<>();
        final Map<Integer, IkeSaInfo> keyed = new HashMap<>();
        /** The same keys in the order they were derived, and the SA each belongs to (same index). */
        final List<Ikev2SaKeys> keyLog = new ArrayList<>();
        final List<IkeSaInfo> keyInfos = new ArrayList<>();
        Ikev2Engine engine;
        Outbound outbound;
        DatagramEndpoint at;

        @Override
        public void packet(boolean outbound, int saId, Ikev2Message message, List<Ikev2Payload> inner, Datagram datagram) {
            packets.add(new Packet(outbound, saId, message, inner, datagram));
        }

        @Override
        public void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys k) {
            keys.put(sa.saId(), k);
            keyed.put(sa.saId(), sa);
            keyLog.add(k);
            keyInfos.add(sa);
        }

        @Override
        public void trace(TraceEvent e) {
            trace.add(e);
        }

        @Override
        public void ikeSaEstablished(IkeSaInfo sa) {
            up.add(sa);
        }

        @Override
        public void childSaEstablished(IkeSaInfo sa, ChildSa child) {
            children.add(child);
        }

        /** CHILD_SAs rekeyed: {old, new} each. */
        final List<ChildSa[]> rekeyedChildren = new ArrayList<>();
        /** IKE SAs rekeyed: {old, new} each. */
        final List<IkeSaInfo[]> rekeyedIke = new ArrayList<>();

        @Override
        public void childSaRekeyed(IkeSaInfo sa, ChildSa old, ChildSa fresh) {
            rekeyedChildren.add(new ChildSa[] {old, fresh});
        }

        @Override
        public void ikeSaRekeyed(IkeSaInfo old, IkeSaInfo fresh) {
            rekeyedIke.add(new IkeSaInfo[] {old, fresh});
        }

        @Override
        public void failure(IkeFailure f) {
            failures.add(f);
        }

        @Override
        public void ikeSaDeleted(IkeSaInfo sa, String why) {
            deleted.add(why);
        }

        /** What the key engine was told, in order: "install SPI" / "delete SPI" (our inbound SPI, hex). */
        final List<String> keyEngineLog = new ArrayList<>();

        @Override
        public void install(ChildSa child, Completion completion) {
            keyEngineLog.add("install " + child.inboundSpi().toHex());
            completion.installed();
        }

        /** CHILD_SAs the engine took out of the key engine. */
        final List<ChildSa> removedChildren = new ArrayList<>();

        @Override
        public void delete(ChildSa child) {
            keyEngineLog.add("delete " + child.inboundSpi().toHex());
            removedChildren.add(child);
        }

        List<String> steps() {
            return trace.stream().map(TraceEvent::step).toList();
        }
    }

    record Packet(boolean outbound, int saId, Ikev2Message message, List<Ikev2Payload> inner, Datagram datagram) {
    }

    /** Both sides with the defaults of {@link Config}; {@code tweak} may change either before the build. */
    EnginePair(long seed, Config iConfig, Config rConfig) {
        net = new SimulatedNetwork(clock, seed);
        initiator = side(iConfig, seed, I_ADDR);
        responder = side(rConfig, seed + 1, R_ADDR);
    }

    private Side side(Config c, long seed, DatagramEndpoint at) {
        Side s = new Side();
        Ikev2Engine.Builder b = Ikev2Engine.builder().configuration(c.build()).crypto(CRYPTO)
                .random(RandomSource.deterministic(seed)).outbound(d -> s.outbound.send(d)).keyEngine(s).listener(s)
                .startTime(clock.instant()).impairments(c.impairments)
                .credentials(c.credentials).trustAnchors(c.anchors).cookieThreshold(c.cookieThreshold).exportKeys(true);
        c.engineTweak.accept(b);
        s.engine = b.build();
        s.at = at;
        s.outbound = net.attach(at, s.engine);
        return s;
    }

    int initiate(Config c) {
        return initiator.engine.initiate(c.ipsecProfile(), new Ikev2Peer(I_ADDR, R_ADDR));
    }

    /**
     * Another engine on this network at {@code at} (a free endpoint, or one {@link #detach}ed: a restarted
     * peer). Use a seed no other engine uses, or its SPIs repeat theirs.
     */
    Side attach(Config c, long seed, DatagramEndpoint at) {
        return side(c, seed, at);
    }

    /** {@code s} starts an SA to the responder with the profile {@code c} built for it. */
    int initiate(Side s, Config c) {
        return s.engine.initiate(c.ipsecProfile(), new Ikev2Peer(s.at, R_ADDR));
    }

    /** The engine at {@code s} is gone (crashed): nothing reaches it any more. */
    void detach(Side s) {
        net.detach(s.at);
    }

    /** One side's configuration in IOS terms, with setters for the mismatch tests. */
    static final class Config {
        String ike = "aes128-sha256-modp2048";
        String esp = "esp-aes 128 esp-sha256-hmac";
        String localPsk = "interop-test-psk";
        String remotePsk = "interop-test-psk";
        String localId;
        String matchRemote = "0.0.0.0";
        String matchRemoteFqdn;
        String keyringAddress = "10.0.0.0/8";
        String localTs;
        String remoteTs;
        Impairments impairments = Impairments.NONE;
        int cookieThreshold = 100;
        io.ike4j.config.AuthMethod authLocal = io.ike4j.config.AuthMethod.PRE_SHARE;
        io.ike4j.config.AuthMethod authRemote = io.ike4j.config.AuthMethod.PRE_SHARE;
        io.ike4j.negotiator.auth.Credentials credentials;
        io.ike4j.negotiator.auth.TrustAnchors anchors;
        Consumer<IkeProfile.Builder> profileTweak = b -> { };
        /** Extra keyring peers, after the address-matched one. */
        Consumer<Keyring.Builder> keyringTweak = k -> { };
        /** Engine options beyond the configuration (limits, allowSha1Signatures, ...). */
        Consumer<Ikev2Engine.Builder> engineTweak = b -> { };
        /** IPsec profile options (PFS group, lifetimes). */
        Consumer<IpsecProfile.Builder> ipsecTweak = b -> { };
        private IpsecProfile built;

        IkeConfiguration build() {
            List<IkeProposal> proposals = StrongSwanProposals.parseIke(ike);
            IkePolicy.Builder pol = IkePolicy.builder("pol");
            proposals.forEach(pol::proposal);
            Keyring.Builder kb = Keyring.builder("kr").peer(KeyringPeer.builder("peer").address(keyringAddress)
                    .localKey(localPsk).remoteKey(remotePsk).build());
            keyringTweak.accept(kb);
            Keyring keyring = kb.build();
            IkeProfile.Builder pb = IkeProfile.builder("prof").authenticationLocal(authLocal)
                    .authenticationRemote(authRemote).keyring(keyring);
            if (matchRemoteFqdn != null) {
                pb.matchRemoteFqdn(matchRemoteFqdn);
            } else {
                pb.matchRemoteAddress(matchRemote);
            }
            if (localId != null) {
                pb.identityLocal(io.ike4j.config.IkeIdentity.infer(localId));
            }
            profileTweak.accept(pb);
            IkeProfile profile = pb.build();
            IpsecProfile.Builder ib = IpsecProfile.builder("ipsec").transformSet(TransformSet.parseIos("ts", esp)).ikeProfile(profile);
            if (localTs != null) {
                ib.localSelector(io.ike4j.config.TrafficSelector.cidr(localTs));
            }
            if (remoteTs != null) {
                ib.remoteSelector(io.ike4j.config.TrafficSelector.cidr(remoteTs));
            }
            ipsecTweak.accept(ib);
            built = ib.build();
            return IkeConfiguration.builder().policy(pol.build()).profile(profile).ipsecProfile(built).build();
        }

        IpsecProfile ipsecProfile() {
            return built;
        }
    }
}
