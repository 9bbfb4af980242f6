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
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TrafficSelector;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.Ikev2Runtime;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.TrustAnchors;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.TraceEvent;
import io.ike4j.transport.DatagramEndpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test fixture: one ike4j IKEv2 engine on real UDP ({@link Ikev2Runtime}) at {@link #ADDRESS}:{@link #PORT}
 * (the address/port interop/strongswan/{alice,bob} expect of "the Java engine"), configured for ONE interop
 * case, recording what it tells its listener and — copied, because the engine zeroes them on delete — the
 * CHILD_SA keys it hands to its {@link KeyEngine}. Neither UDP port is 500, so every IKE message carries the
 * non-ESP marker (RFC 3948 §2.2; ../shared/peers/README.md pitfall 1); the transport does that.
 */
final class Ike4jPeer implements AutoCloseable {
    static final String ADDRESS = "127.0.0.4";
    static final int PORT = 18500;
    static final String PSK = "interop-test-psk";

    /** A CHILD_SA as the key engine received it, keys copied (hex strings compare readably in assertions). */
    record InstalledChild(String inboundSpi, String outboundSpi, int encrId, int encrKeyBits, int integId,
                          Bytes encrIr, Bytes encrRi, Bytes integIr, Bytes integRi, String localTs, String remoteTs) {
    }

    /** The local and remote side of one case: identities, auth, selectors, proposals (strongSwan syntax). */
    record Setup(String ikeProposal, String iosEsp, String localId, AuthMethod auth, String localTs, String remoteTs,
                 Path cert, Path key, Path ca, String psk, io.ike4j.config.Retransmission retransmission,
                 io.ike4j.config.DpdSettings dpd, boolean autoReconnect, int fragmentSize, int pfsGroup) {
        Setup(String ikeProposal, String iosEsp, String localId, AuthMethod auth, String localTs, String remoteTs,
              Path cert, Path key, Path ca) {
            this(ikeProposal, iosEsp, localId, auth, localTs, remoteTs, cert, key, ca, PSK,
                    io.ike4j.config.Retransmission.STRONGSWAN_DEFAULT, null, false, 0, 0);
        }

        Setup(String ikeProposal, String iosEsp, String localId, AuthMethod auth, String localTs, String remoteTs,
              Path cert, Path key, Path ca, String psk, io.ike4j.config.Retransmission retransmission,
              io.ike4j.config.DpdSettings dpd, boolean autoReconnect, int fragmentSize) {
            this(ikeProposal, iosEsp, localId, auth, localTs, remoteTs, cert, key, ca, psk, retransmission, dpd,
                    autoReconnect, fragmentSize, 0);
        }

        /** {@code set pfs group}: CHILD_SA rekeys and new CHILD_SAs carry a KE of that group (RFC 7296 §1.3). */
        Setup withPfs(int group) {
            return new Setup(ikeProposal, iosEsp, localId, auth, localTs, remoteTs, cert, key, ca, psk, retransmission, dpd,
                    autoReconnect, fragmentSize, group);
        }

        Setup withPsk(String otherPsk) {
            return new Setup(ikeProposal, iosEsp, localId, auth, localTs, remoteTs, cert, key, ca, otherPsk, retransmission,
                    dpd, autoReconnect, fragmentSize);
        }

        /** A shorter request retransmission (a refused IKE_SA_INIT fails only when the exchange times out). */
        Setup withRetransmission(io.ike4j.config.Retransmission r) {
            return new Setup(ikeProposal, iosEsp, localId, auth, localTs, remoteTs, cert, key, ca, psk, r, dpd, autoReconnect,
                    fragmentSize);
        }

        /** Dead peer detection ({@code dpd} of the ikev2 profile) and/or auto-reconnect of SAs the peer ended. */
        Setup withDpd(io.ike4j.config.DpdSettings d, boolean reconnect) {
            return new Setup(ikeProposal, iosEsp, localId, auth, localTs, remoteTs, cert, key, ca, psk, retransmission, d,
                    reconnect, fragmentSize);
        }

        /** Our IKE messages above {@code octets} go as IKE fragments (RFC 7383). */
        Setup withFragmentSize(int octets) {
            return new Setup(ikeProposal, iosEsp, localId, auth, localTs, remoteTs, cert, key, ca, psk, retransmission, dpd,
                    autoReconnect, octets);
        }

        static Setup psk(String ikeProposal, String iosEsp, String localId, String localTs, String remoteTs) {
            return new Setup(ikeProposal, iosEsp, localId, AuthMethod.PRE_SHARE, localTs, remoteTs, null, null, null);
        }

        /** Certificate auth with interop/strongswan/pki/java/x509/java-{kind}.pem (identity java-{kind}.ike.test). */
        static Setup cert(InteropCase c, String kind, AuthMethod auth, String localTs, String remoteTs) {
            Path pki = StrongSwanPeer.scriptDir().resolve("pki");
            return new Setup(c.ikeProposal(), c.iosEsp(), "java-" + kind + ".ike.test", auth, localTs, remoteTs,
                    pki.resolve("java/x509/java-" + kind + ".pem"), pki.resolve("java/private/java-" + kind + "-key.pk8.pem"),
                    pki.resolve("ca.pem"));
        }
    }

    private final Ikev2Runtime runtime;
    private final IpsecProfile ipsecProfile;
    private final DatagramEndpoint local;
    final List<InstalledChild> installed = Collections.synchronizedList(new ArrayList<>());
    /** Inbound SPIs (hex) of the CHILD_SAs the engine took out of the key engine. */
    final List<String> removed = Collections.synchronizedList(new ArrayList<>());
    /** The IKE SA keys (RFC 7296 §2.14: SK_d, SK_ai, SK_ar, SK_ei, SK_er, SK_pi, SK_pr), copied. */
    final List<List<Bytes>> ikeKeys = Collections.synchronizedList(new ArrayList<>());
    final List<IkeSaInfo> established = Collections.synchronizedList(new ArrayList<>());
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final List<IkeFailure> failureRecords = Collections.synchronizedList(new ArrayList<>());
    final List<String> trace = Collections.synchronizedList(new ArrayList<>());
    /** IKE SA rekeys as "old -> new" SA IDs, CHILD_SA rekeys as "old -> new" inbound SPIs. */
    final List<String> rekeyedIke = Collections.synchronizedList(new ArrayList<>());
    final List<String> rekeyedChild = Collections.synchronizedList(new ArrayList<>());

    private Ike4jPeer(Setup s, DatagramEndpoint local) {
        this.local = local;
        IkePolicy.Builder pol = IkePolicy.builder("interop");
        StrongSwanProposals.parseIke(s.ikeProposal()).forEach(pol::proposal);
        String peers = local.address().isLoopbackAddress() ? "127.0.0.0/8" : "10.99.0.0/24"; // loopback, or nat-netns.sh
        IkeProfile.Builder pb = IkeProfile.builder("interop").matchRemoteAddress(peers)
                .authenticationLocal(s.auth()).authenticationRemote(s.auth())
                .identityLocal(IkeIdentity.infer(s.localId())).retransmission(s.retransmission());
        if (s.auth() == AuthMethod.PRE_SHARE) {
            pb.keyring(Keyring.builder("interop").peer(KeyringPeer.builder("charon").address(peers)
                    .localKey(s.psk()).remoteKey(s.psk()).build()).build());
        }
        if (s.dpd() != null) {
            pb.dpd(s.dpd().intervalSeconds(), s.dpd().retrySeconds(), s.dpd().periodic());
        }
        IkeProfile profile = pb.build();
        IpsecProfile.Builder ib = IpsecProfile.builder("interop").transformSet(TransformSet.parseIos("ts", s.iosEsp()))
                .ikeProfile(profile).localSelector(TrafficSelector.cidr(s.localTs()))
                .remoteSelector(TrafficSelector.cidr(s.remoteTs()));
        if (s.pfsGroup() != 0) {
            ib.pfsGroup(s.pfsGroup());
        }
        ipsecProfile = ib.build();
        IkeConfiguration config = IkeConfiguration.builder().policy(pol.build()).profile(profile)
                .ipsecProfile(ipsecProfile).build();
        Recorder rec = new Recorder();
        Ikev2Engine.Builder b = Ikev2Engine.builder().configuration(config).crypto(new BouncyCastleProvider())
                .keyEngine(rec).listener(rec).exportKeys(true).autoReconnect(s.autoReconnect());
        if (s.fragmentSize() > 0) {
            b.fragmentSize(s.fragmentSize());
        }
        if (s.cert() != null) {
            try {
                b.credentials(Credentials.load(s.cert(), s.key())).trustAnchors(TrustAnchors.load(s.ca()));
            } catch (IOException e) {
                throw new UncheckedIOException("loading " + s.cert() + " / " + s.key() + " / " + s.ca(), e);
            }
        }
        if (local.port() == 500) {
            b.natTraversal(4500, Duration.ofSeconds(2)); // behind a NAT: keepalives soon enough for a test to see
        }
        runtime = Ikev2Runtime.start(b, List.of(local), Duration.ofMillis(50));
    }

    static Ike4jPeer start(Setup s) {
        return new Ike4jPeer(s, local());
    }

    /** As {@link #start(Setup)}, bound to {@code at} (a port-500 endpoint gets 4500 beside it, for NAT-T). */
    static Ike4jPeer start(Setup s, DatagramEndpoint at) {
        return new Ike4jPeer(s, at);
    }

    io.ike4j.diag.FailureCounters counters() {
        return runtime.call(Ikev2Engine::counters);
    }

    static DatagramEndpoint local() {
        return DatagramEndpoint.of(ADDRESS, PORT);
    }

    int initiate(DatagramEndpoint remote) {
        return runtime.initiate(ipsecProfile, new Ikev2Peer(local, remote));
    }

    /** Deletes the IKE SA (INFORMATIONAL DELETE, RFC 7296 §1.4.1) on the engine thread. */
    boolean deleteChild(int saId) {
        return runtime.call(e -> e.deleteChild(saId));
    }

    boolean delete(int saId) {
        return runtime.call(e -> e.delete(saId));
    }

    boolean rekeyChild(int saId) {
        return runtime.call(e -> e.rekeyChild(saId));
    }

    boolean rekeyIke(int saId) {
        return runtime.call(e -> e.rekeyIke(saId));
    }

    List<IkeSaInfo> sas() {
        return runtime.call(Ikev2Engine::sas);
    }

    /** Waits until {@code n} CHILD_SAs were installed and charon's side is up too, or the timeout passes. */
    boolean awaitInstalled(int n, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (installed.size() >= n) {
                return true;
            }
            sleep(50);
        }
        return installed.size() >= n;
    }

    /** Waits for the first failure the engine reports (empty if none within the timeout). */
    java.util.Optional<IkeFailure> awaitFailure(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (failureRecords.isEmpty() && System.nanoTime() < end) {
            sleep(50);
        }
        synchronized (failureRecords) {
            return failureRecords.stream().findFirst();
        }
    }

    /** Everything the engine reported, for assertion messages. */
    String report() {
        List<String> lines = new ArrayList<>();
        synchronized (failures) {
            failures.forEach(f -> lines.add("failure: " + f));
        }
        synchronized (trace) {
            List<String> t = trace.subList(Math.max(0, trace.size() - 60), trace.size());
            lines.addAll(t);
        }
        return String.join("\n", lines);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        runtime.close();
    }

    private final class Recorder implements Ikev2Listener, KeyEngine {
        @Override
        public void install(ChildSa c, Completion done) {
            installed.add(new InstalledChild(c.inboundSpi().toHex(), c.outboundSpi().toHex(), c.encrId(),
                    c.encrKeyBits(), c.integId(), Bytes.wrap(c.encrKeyInitiatorToResponder().copy()),
                    Bytes.wrap(c.encrKeyResponderToInitiator().copy()), Bytes.wrap(c.integKeyInitiatorToResponder().copy()),
                    Bytes.wrap(c.integKeyResponderToInitiator().copy()), c.localSelectors().toString(),
                    c.remoteSelectors().toString()));
            done.installed();
        }

        @Override
        public void delete(ChildSa c) {
            removed.add(c.inboundSpi().toHex());
        }

        @Override
        public void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys k) {
            ikeKeys.add(List.of(copy(k.skD()), copy(k.skAi()), copy(k.skAr()), copy(k.skEi()), copy(k.skEr()),
                    copy(k.skPi()), copy(k.skPr())));
        }

        private static Bytes copy(SecretBytes b) {
            return Bytes.wrap(b.copy());
        }

        @Override
        public void trace(TraceEvent e) {
            trace.add(e.iosLine());
        }

        @Override
        public void ikeSaEstablished(IkeSaInfo sa) {
            established.add(sa);
        }

        @Override
        public void failure(IkeFailure f) {
            failures.add(f.logLine());
            failureRecords.add(f);
        }

        @Override
        public void ikeSaRekeyed(IkeSaInfo old, IkeSaInfo fresh) {
            rekeyedIke.add(old.saId() + " -> " + fresh.saId());
            trace.add("IKE SA " + old.saId() + " rekeyed as " + fresh.saId());
        }

        @Override
        public void childSaRekeyed(IkeSaInfo sa, ChildSa old, ChildSa fresh) {
            rekeyedChild.add(old.inboundSpi().toHex() + " -> " + fresh.inboundSpi().toHex());
        }

        @Override
        public void ikeSaDeleted(IkeSaInfo sa, String why) {
            trace.add("IKE SA " + sa.saId() + " deleted: " + why);
        }
    }
}
