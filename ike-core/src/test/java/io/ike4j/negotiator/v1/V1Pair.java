package io.ike4j.negotiator.v1;

import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TrafficSelector;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.jca.JcaProvider;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v1.Ikev1TraceEvent;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Two IKEv1 engines back to back on a wire the test controls: every datagram is numbered per sender (1 = its first),
 * and {@link #drop}/{@link #duplicate} pick datagrams by that number. Time moves only by {@link #advance}.
 */
final class V1Pair {
    static final CryptoProvider CRYPTO = new JcaProvider();
    static final DatagramEndpoint I_ADDR = DatagramEndpoint.of("10.0.0.1", 500);
    static final DatagramEndpoint R_ADDR = DatagramEndpoint.of("10.0.0.2", 500);

    static final class Config {
        String ike = "aes128-sha1-modp2048";
        String esp = "esp-aes esp-sha-hmac";
        String psk = "cisco123";
        String keyringAddress = "10.0.0.0/8";
        String localTs;
        String remoteTs;
        int pfs;
        String matchIdentity;
        String localId;
        io.ike4j.config.AuthMethod auth = io.ike4j.config.AuthMethod.PRE_SHARE;
        Consumer<Ikev1Engine.Builder> engineTweak = b -> { };
        Consumer<IpsecProfile.Builder> ipsecTweak = b -> { };
        Consumer<IkeProfile.Builder> profileTweak = b -> { };
        IpsecProfile built;

        IkeConfiguration build() {
            List<IkeProposal> proposals = StrongSwanProposals.parseIke(ike);
            IkePolicy.Builder pol = IkePolicy.builder("pol");
            proposals.forEach(pol::proposal);
            IkeProfile.Builder pb = IkeProfile.builder("prof").matchRemoteAddress("0.0.0.0/0")
                    .authenticationLocal(auth).authenticationRemote(auth);
            if (auth == io.ike4j.config.AuthMethod.PRE_SHARE) {
                pb.keyring(Keyring.builder("kr").peer(KeyringPeer.builder("peer").address(keyringAddress)
                        .preSharedKey(psk).build()).build());
            }
            if (matchIdentity != null) {
                pb.matchRemoteIdentity(io.ike4j.config.IkeIdentity.infer(matchIdentity));
            }
            if (localId != null) {
                pb.identityLocal(io.ike4j.config.IkeIdentity.infer(localId));
            }
            profileTweak.accept(pb);
            IkeProfile profile = pb.build();
            IpsecProfile.Builder ib = IpsecProfile.builder("ipsec").transformSet(TransformSet.parseIos("ts", esp))
                    .ikeProfile(profile);
            if (pfs != 0) {
                ib.pfsGroup(pfs);
            }
            if (localTs != null) {
                ib.localSelector(TrafficSelector.cidr(localTs));
            }
            if (remoteTs != null) {
                ib.remoteSelector(TrafficSelector.cidr(remoteTs));
            }
            ipsecTweak.accept(ib);
            built = ib.build();
            return IkeConfiguration.builder().policy(pol.build()).profile(profile).ipsecProfile(built).build();
        }
    }

    static final class Side implements Ikev1Listener, KeyEngine {
        Ikev1Engine engine;
        DatagramEndpoint at;
        int sent;
        final List<Ikev1TraceEvent> trace = new ArrayList<>();
        final List<IkeSaInfo> established = new ArrayList<>();
        final List<ChildSa> children = new ArrayList<>();
        final List<ChildSa> installed = new ArrayList<>();
        final List<String> deletedChildren = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        final List<IkeFailure> failures = new ArrayList<>();
        final List<Boolean> liveness = new ArrayList<>();
        final List<String> keyLines = new ArrayList<>();

        @Override
        public void trace(Ikev1TraceEvent event) {
            trace.add(event);
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
        public void ipsecSaDeleted(IkeSaInfo sa, ChildSa child, String why) {
            deletedChildren.add(child.inboundSpi().toHex() + " " + why);
        }

        @Override
        public void isakmpSaDeleted(IkeSaInfo sa, String why) {
            deleted.add(why);
        }

        @Override
        public void failure(IkeFailure failure) {
            failures.add(failure);
        }

        @Override
        public void livenessChecked(IkeSaInfo sa, boolean alive) {
            liveness.add(alive);
        }

        @Override
        public void isakmpSaKeys(IkeSaInfo sa, Ikev1SaKeys keys) {
            keyLines.add(keys.wiresharkLine());
        }

        @Override
        public void install(ChildSa child, Completion completion) {
            installed.add(child);
            completion.installed();
        }

        /** The trace as the reference files write it: "P1|QM SOURCE INPUT OLD NEW". */
        List<String> steps() {
            return trace.stream().map(e -> (e.node() == 0 ? "P1 " : "QM ") + e.input().source() + " " + e.input() + " "
                    + e.oldState() + " " + e.newState()).toList();
        }

        String failureLines() {
            return String.join("\n", failures.stream().map(IkeFailure::logLine).toList());
        }
    }

    final Side initiator = new Side();
    final Side responder = new Side();
    final Config iConfig;
    final Config rConfig;
    private final Deque<Datagram> wire = new ArrayDeque<>();
    private final List<Integer> dropI = new ArrayList<>();
    private final List<Integer> dropR = new ArrayList<>();
    private final List<Integer> dupI = new ArrayList<>();
    private final List<Integer> dupR = new ArrayList<>();
    /** Every datagram as sent, in order: [sender, octets]. */
    final List<Datagram> log = new ArrayList<>();
    Instant now = Instant.parse("2026-09-21T08:33:43Z");

    V1Pair(long seed, Config i, Config r) {
        this.iConfig = i;
        this.rConfig = r;
        build(initiator, i, seed, I_ADDR);
        build(responder, r, seed + 1, R_ADDR);
    }

    V1Pair(long seed) {
        this(seed, new Config(), new Config());
    }

    private void build(Side s, Config c, long seed, DatagramEndpoint at) {
        Ikev1Engine.Builder b = Ikev1Engine.builder().configuration(c.build()).crypto(CRYPTO)
                .random(RandomSource.deterministic(seed)).outbound(d -> {
                    s.sent++;
                    log.add(d);
                    boolean fromI = s == initiator;
                    if ((fromI ? dropI : dropR).contains(s.sent)) {
                        return;
                    }
                    wire.add(d);
                    if ((fromI ? dupI : dupR).contains(s.sent)) {
                        wire.add(d);
                    }
                }).keyEngine(s).listener(s).startTime(now).exportKeys(true);
        c.engineTweak.accept(b);
        s.engine = b.build();
        s.at = at;
    }

    /** The initiator restarts: a new engine (nothing of the old SAs), same address, configuration and listener. */
    void restartInitiator(long seed) {
        build(initiator, iConfig, seed, I_ADDR);
    }

    V1Pair drop(boolean fromInitiator, int... n) {
        for (int x : n) {
            (fromInitiator ? dropI : dropR).add(x);
        }
        return this;
    }

    V1Pair duplicate(boolean fromInitiator, int... n) {
        for (int x : n) {
            (fromInitiator ? dupI : dupR).add(x);
        }
        return this;
    }

    int initiate(boolean aggressive) {
        int id = initiator.engine.initiate(iConfig.built, I_ADDR, R_ADDR, aggressive);
        deliver();
        return id;
    }

    /** A NAT in front of the initiator: its address becomes {@link #NAT_ADDR}, each port p becomes 40000 + p. */
    boolean nat;
    static final String NAT_ADDR = "198.51.100.7";

    private DatagramEndpoint outside(DatagramEndpoint inside) {
        return DatagramEndpoint.of(NAT_ADDR, 40000 + inside.port());
    }

    private DatagramEndpoint inside(DatagramEndpoint outside) {
        return new DatagramEndpoint(I_ADDR.address(), outside.port() - 40000);
    }

    void deliver() {
        int guard = 0;
        while (!wire.isEmpty() && guard++ < 10_000) {
            Datagram d = wire.poll();
            DatagramEndpoint src = d.local();
            DatagramEndpoint dst = d.remote();
            if (nat && src.address().equals(I_ADDR.address())) {
                src = outside(src);
            } else if (nat && dst.address().getHostAddress().equals(NAT_ADDR)) {
                dst = inside(dst);
            }
            Side to = dst.address().equals(R_ADDR.address()) ? responder : initiator;
            to.engine.receive(new Datagram(d.payload(), dst, src));
        }
    }

    void advance(Duration d) {
        now = now.plus(d);
        initiator.engine.advanceTime(now);
        responder.engine.advanceTime(now);
        deliver();
    }

    /** Moves time in steps of {@code step} for {@code total}, delivering after each. */
    void run(Duration total, Duration step) {
        for (Duration t = Duration.ZERO; t.compareTo(total) < 0; t = t.plus(step)) {
            advance(step);
        }
    }
}
