package io.ike4j.vectors.interop;

import io.ike4j.codec.Bytes;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.Retransmission;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TrafficSelector;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.negotiator.v1.Ikev1Engine;
import io.ike4j.negotiator.v1.Ikev1Listener;
import io.ike4j.negotiator.v1.Ikev1Runtime;
import io.ike4j.negotiator.v1.Ikev1SaKeys;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.DatagramEndpoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Test fixture: one ike4j IKEv1 engine on real UDP ({@link Ikev1Runtime}) at 127.0.0.4:18500, PSK, recording what
 * its listener hears and — copied, since the engine wipes them on delete — the IPsec SA keys its key engine gets.
 */
final class Ike4jV1Peer implements AutoCloseable {
    /** IPsec SA keys as installed, copied. */
    record Installed(String inboundSpi, String outboundSpi, Bytes encrIn, Bytes integIn, Bytes encrOut, Bytes integOut,
                     int pfsGroup, int lifetimeSeconds) {
    }

    final List<Installed> installed = Collections.synchronizedList(new ArrayList<>());
    final List<IkeFailure> failures = Collections.synchronizedList(new ArrayList<>());
    final List<String> keyLines = Collections.synchronizedList(new ArrayList<>());
    final List<String> deleted = Collections.synchronizedList(new ArrayList<>());
    final List<String> deletedChildren = Collections.synchronizedList(new ArrayList<>());
    final List<Boolean> liveness = Collections.synchronizedList(new ArrayList<>());
    final List<String> trace = Collections.synchronizedList(new ArrayList<>());
    final IpsecProfile ipsecProfile;
    private final Ikev1Runtime runtime;
    private final DatagramEndpoint local;

    Ike4jV1Peer(String ike, String iosEsp, int pfs, String localId, String localTs, String remoteTs, String psk,
                Retransmission retransmission, int dpdSeconds) {
        this(ike, iosEsp, pfs, localId, localTs, remoteTs, psk, retransmission, dpdSeconds, null);
    }

    /** {@code rsa} non-null: RSA signatures with pki/java/x509/{rsa}.pem and its key, anchored at pki/ca.pem. */
    Ike4jV1Peer(String ike, String iosEsp, int pfs, String localId, String localTs, String remoteTs, String psk,
                Retransmission retransmission, int dpdSeconds, String rsa) {
        this(ike, iosEsp, pfs, localId, localTs, remoteTs, psk, retransmission, dpdSeconds, rsa, Ike4jPeer.local());
    }

    /** {@code at}: where to listen; on port 500 also on 4500 beside it, with 2 s NAT keepalives (nat-netns.sh). */
    Ike4jV1Peer(String ike, String iosEsp, int pfs, String localId, String localTs, String remoteTs, String psk,
                Retransmission retransmission, int dpdSeconds, String rsa, DatagramEndpoint at) {
        this.local = at;
        String peers = at.address().isLoopbackAddress() ? "127.0.0.0/8" : "10.99.0.0/24";
        IkePolicy.Builder pol = IkePolicy.builder("interop-v1");
        StrongSwanProposals.parseIke(ike).forEach(pol::proposal);
        AuthMethod auth = rsa == null ? AuthMethod.PRE_SHARE : AuthMethod.RSA_SIG;
        IkeProfile.Builder pb = IkeProfile.builder("interop-v1").matchRemoteAddress(peers)
                .authenticationLocal(auth).authenticationRemote(auth)
                .identityLocal(IkeIdentity.infer(localId)).retransmission(retransmission);
        if (rsa == null) {
            pb.keyring(Keyring.builder("interop").peer(KeyringPeer.builder("charon").address(peers)
                    .preSharedKey(psk).build()).build());
        }
        if (dpdSeconds > 0) {
            pb.dpd(dpdSeconds, 2, true);
        }
        IkeProfile profile = pb.build();
        IpsecProfile.Builder ib = IpsecProfile.builder("interop-v1").transformSet(TransformSet.parseIos("ts", iosEsp))
                .ikeProfile(profile).localSelector(TrafficSelector.cidr(localTs)).remoteSelector(TrafficSelector.cidr(remoteTs));
        if (pfs != 0) {
            ib.pfsGroup(pfs);
        }
        ipsecProfile = ib.build();
        IkeConfiguration config = IkeConfiguration.builder().policy(pol.build()).profile(profile).ipsecProfile(ipsecProfile)
                .build();
        Recorder rec = new Recorder();
        Ikev1Engine.Builder b = Ikev1Engine.builder().configuration(config).crypto(new BouncyCastleProvider())
                .keyEngine(rec).listener(rec).exportKeys(true);
        if (rsa != null) {
            java.nio.file.Path pki = StrongSwanPeer.scriptDir().resolve("pki");
            try {
                b.credentials(io.ike4j.negotiator.auth.Credentials.load(pki.resolve("java/x509/" + rsa + ".pem"),
                        pki.resolve("java/private/" + rsa + "-key.pem")))
                        .trustAnchors(io.ike4j.negotiator.auth.TrustAnchors.load(pki.resolve("ca.pem")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<DatagramEndpoint> bind = List.of(local);
        if (local.port() == 500) {
            b.natTraversal(4500, Duration.ofSeconds(2));
            bind = List.of(local, new DatagramEndpoint(local.address(), 4500));
        }
        runtime = Ikev1Runtime.start(b, bind, Duration.ofMillis(50));
    }

    static Ike4jV1Peer psk(String localId, String iosEsp, int pfs, String localTs, String remoteTs) {
        return new Ike4jV1Peer("aes128-sha1-modp2048", iosEsp, pfs, localId, localTs, remoteTs, Ike4jPeer.PSK,
                Retransmission.STRONGSWAN_DEFAULT, 0);
    }

    private final class Recorder implements Ikev1Listener, KeyEngine {
        @Override
        public void install(ChildSa c, Completion done) {
            installed.add(new Installed(c.inboundSpi().toHex(), c.outboundSpi().toHex(), Bytes.wrap(c.encrKeyIn().copy()),
                    Bytes.wrap(c.integKeyIn().copy()), Bytes.wrap(c.encrKeyOut().copy()), Bytes.wrap(c.integKeyOut().copy()),
                    c.pfsGroup(), c.lifetimeSeconds()));
            done.installed();
        }

        @Override
        public void trace(io.ike4j.sm.v1.Ikev1TraceEvent e) {
            trace.add(e.step());
        }

        @Override
        public void failure(IkeFailure f) {
            failures.add(f);
        }

        @Override
        public void isakmpSaKeys(IkeSaInfo sa, Ikev1SaKeys keys) {
            keyLines.add(keys.wiresharkLine());
        }

        @Override
        public void isakmpSaDeleted(IkeSaInfo sa, String why) {
            deleted.add(why);
        }

        @Override
        public void ipsecSaDeleted(IkeSaInfo sa, ChildSa child, String why) {
            deletedChildren.add(child.inboundSpi().toHex() + " " + why);
        }

        @Override
        public void livenessChecked(IkeSaInfo sa, boolean alive) {
            liveness.add(alive);
        }
    }

    int initiate(DatagramEndpoint remote, boolean aggressive) {
        return runtime.initiate(ipsecProfile, local, remote, aggressive);
    }

    io.ike4j.diag.FailureCounters counters() {
        return runtime.call(Ikev1Engine::counters);
    }

    List<IkeSaInfo> sas() {
        return runtime.call(Ikev1Engine::sas);
    }

    boolean delete(int saId) {
        return runtime.call(e -> e.delete(saId));
    }

    boolean checkLiveness(int saId) {
        return runtime.call(e -> e.checkLiveness(saId));
    }

    static boolean await(BooleanSupplier c, Duration d) {
        return InteropChecks.await(c, d);
    }

    String report() {
        return "ike4j IKEv1: trace " + trace + "\n failures " + failures + "\n installed " + installed + "\n deleted " + deleted;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
