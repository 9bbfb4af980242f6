package io.ike4j.vectors.engine;

import io.ike4j.capture.PcapWriter;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecMode;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.TrustAnchors;
import io.ike4j.negotiator.keylog.KeylogWriter;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.NetEvent;
import io.ike4j.transport.Outbound;
import io.ike4j.transport.SimulatedNetwork;
import io.ike4j.transport.VirtualClock;
import io.ike4j.vectors.interop.Tshark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4 "Tooling": tshark dissects every message ike4j sends with no malformed-packet or expert errors and
 * decrypts every SK payload (ICV correct) with the keys ike4j logs in Wireshark's ikev2_decryption_table
 * format (what {@code ike peer --keylog} writes). Handshakes for the three interop proposals, an RSA
 * certificate exchange (large IKE_AUTH with CERT/CERTREQ), INVALID_KE retry, DELETE and an AUTH failure, on
 * the marker port pair 15500/16500 (RFC 3948 framing) and on 500/500.
 */
class EngineTsharkTest {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @TempDir
    Path dir;

    record Case(String ike, String esp, int port, boolean cert, boolean wrongPsk, boolean delete, int fragmentSize) {
        Case(String ike, String esp, int port, boolean cert, boolean wrongPsk, boolean delete) {
            this(ike, esp, port, cert, wrongPsk, delete, 65535); // whole messages: the large IKE_AUTH in one SK
        }
    }

    @Test
    void everyMessageIke4jSendsDissectsCleanAndDecrypts() throws IOException {
        List<Case> cases = List.of(
                new Case("aes128-sha256-modp2048", "esp-aes 128 esp-sha256-hmac", 15500, false, false, true),
                new Case("aes256gcm16-prfsha384-ecp384", "esp-gcm 256", 15500, false, false, true),
                new Case("aes128-sha256-x25519", "esp-aes 128 esp-sha256-hmac", 500, false, false, false),
                new Case("aes128-sha256-modp2048-ecp256", "esp-aes 256 esp-sha-hmac", 15500, true, false, true),
                new Case("aes256-sha512-modp3072", "esp-aes 128 esp-sha256-hmac", 500, false, true, false));
        Path pcap = dir.resolve("ike4j.pcap");
        Path keylog = dir.resolve("ikev2_decryption_table");
        KeylogWriter keys = new KeylogWriter(keylog);
        int messages = 0;
        try (PcapWriter w = PcapWriter.create(pcap)) {
            int seed = 0;
            for (Case c : cases) {
                messages += run(c, ++seed, w, keys);
            }
        }
        Tshark.Result r = Tshark.require().check(pcap, keylog);
        System.out.println("EngineTsharkTest: " + r.ikeFrames() + " ike4j frames dissected, " + r.decryptedPayloads()
                + "/" + r.encryptedPayloads() + " SK payloads decrypted with ICV correct, failures " + r.failures());
        r.assertClean();
        assertEquals(messages, r.ikeFrames());
        assertEquals(16, r.encryptedPayloads(), "IKE_AUTH x2 per case, INFORMATIONAL DELETE x2 in three cases");
        assertEquals(r.encryptedPayloads(), r.decryptedPayloads());
    }

    /**
     * ike4j's own IKE fragments (RFC 7383, issue 12): the certificate IKE_AUTH messages cut at 512 octets, on the marker
     * port pair. tshark dissects every SKF frame and decrypts each (ICV correct) with the logged keys.
     */
    @Test
    void ike4jFragmentsDissectAndDecrypt() throws IOException {
        Path pcap = dir.resolve("ike4j-fragments.pcap");
        Path keylog = dir.resolve("ikev2_decryption_table_fragments");
        int messages;
        try (PcapWriter w = PcapWriter.create(pcap)) {
            messages = run(new Case("aes128-sha256-modp2048-ecp256", "esp-aes 256 esp-sha-hmac", 15500, true, false, true, 512),
                    7, w, new KeylogWriter(keylog));
        }
        Tshark.Result r = Tshark.require().check(pcap, keylog);
        System.out.println("EngineTsharkTest: fragments: " + r.ikeFrames() + " frames, " + r.decryptedPayloads() + "/"
                + r.encryptedPayloads() + " SK/SKF payloads decrypted, failures " + r.failures());
        r.assertClean();
        assertEquals(messages, r.ikeFrames());
        assertTrue(r.encryptedPayloads() >= 6, "two IKE_AUTH messages in at least two fragments each, two DELETEs: "
                + r.encryptedPayloads());
        assertEquals(r.encryptedPayloads(), r.decryptedPayloads());
    }

    /** One handshake on a simulated network; returns the number of datagrams written to the pcap. */
    private int run(Case c, int seed, PcapWriter pcap, KeylogWriter keys) throws IOException {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-11-21T10:00:00Z").plusSeconds(seed * 60L));
        SimulatedNetwork net = new SimulatedNetwork(clock, seed);
        DatagramEndpoint ia = DatagramEndpoint.of("127.0.0.1", c.port());
        DatagramEndpoint ra = DatagramEndpoint.of("127.0.0.2", c.port() == 500 ? 500 : 16500);
        List<String> up = new ArrayList<>();
        Ikev2Listener keyLog = new Ikev2Listener() {
            @Override
            public void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys k) {
                keys.writeIkev2(sa.spiI(), sa.spiR(), k.skEi(), k.skEr(), sa.encrId(), sa.encrKeyBits(),
                        sa.integId() == 0 ? null : k.skAi(), sa.integId() == 0 ? null : k.skAr(), sa.integId());
            }

            @Override
            public void childSaEstablished(IkeSaInfo sa, io.ike4j.sa.ChildSa child) {
                up.add(sa.role().name());
            }
        };
        Outbound[] iOut = new Outbound[1];
        Outbound[] rOut = new Outbound[1];
        // the initiator guesses the first group; for "-modp2048-ecp256" the responder only takes ecp256: INVALID_KE
        IkeConfiguration iConf = config(c.ike(), c.esp(), c.cert(), "java-rsa", "java-ecdsa", "interop-test-psk");
        IkeConfiguration rConf = config(c.cert() ? "aes128-sha256-ecp256" : c.ike(), c.esp(), c.cert(), "java-ecdsa",
                "java-rsa", c.wrongPsk() ? "another-psk" : "interop-test-psk");
        Ikev2Engine i = engine(iConf, c.cert(), "java-rsa", seed, keyLog, d -> iOut[0].send(d), clock, c.fragmentSize());
        Ikev2Engine r = engine(rConf, c.cert(), "java-ecdsa", seed + 100, keyLog, d -> rOut[0].send(d), clock,
                c.fragmentSize());
        iOut[0] = net.attach(ia, i);
        rOut[0] = net.attach(ra, r);
        int id = i.initiate(iConf.ipsecProfiles().get(0), new Ikev2Peer(ia, ra));
        net.runUntilIdle();
        if (!c.wrongPsk()) {
            assertEquals(List.of("RESPONDER", "INITIATOR"), up, c.toString());
        }
        if (c.delete()) {
            i.delete(id);
            net.runUntilIdle();
            assertEquals(0, i.sas().size());
            assertEquals(0, r.sas().size());
        }
        net.advance(Duration.ofSeconds(1));
        int n = 0;
        for (NetEvent e : net.events(NetEvent.Kind.SENT)) {
            pcap.write(e.time(), e.source(), e.destination(), e.wire().toByteArray());
            n++;
        }
        return n;
    }

    static Ikev2Engine engine(IkeConfiguration conf, boolean cert, String name, long seed, Ikev2Listener l, Outbound o,
                              VirtualClock clock) throws IOException {
        return engine(conf, cert, name, seed, l, o, clock, 65535);
    }

    static Ikev2Engine engine(IkeConfiguration conf, boolean cert, String name, long seed, Ikev2Listener l, Outbound o,
                              VirtualClock clock, int fragmentSize) throws IOException {
        Ikev2Engine.Builder b = Ikev2Engine.builder().configuration(conf).crypto(BC).random(RandomSource.deterministic(seed))
                .listener(l).outbound(o).exportKeys(true).startTime(clock.instant()).fragmentSize(fragmentSize);
        if (cert) {
            b.credentials(Credentials.load(pki("java/x509/" + name + ".pem"), pki("java/private/" + name + "-key.pem")))
                    .trustAnchors(TrustAnchors.load(pki("ca.pem")));
        }
        return b.build();
    }

    static IkeConfiguration config(String ike, String esp, boolean cert, String self, String peer, String psk) {
        IkePolicy.Builder pol = IkePolicy.builder("pol");
        StrongSwanProposals.parseIke(ike).forEach(pol::proposal);
        Keyring kr = Keyring.builder("kr").peer(KeyringPeer.builder("lo").address("127.0.0.0/8").preSharedKey(psk).build()).build();
        IkeProfile.Builder pb = IkeProfile.builder("prof").keyring(kr);
        if (cert) {
            pb.authenticationLocal(self.contains("rsa") ? AuthMethod.RSA_SIG : AuthMethod.ECDSA_SIG)
                    .authenticationRemote(peer.contains("rsa") ? AuthMethod.RSA_SIG : AuthMethod.ECDSA_SIG)
                    .identityLocal(IkeIdentity.fqdn(self + ".ike.test")).matchRemoteFqdn(peer + ".ike.test");
        } else {
            pb.authenticationLocal(AuthMethod.PRE_SHARE).authenticationRemote(AuthMethod.PRE_SHARE).matchRemoteAddress("0.0.0.0");
        }
        IkeProfile prof = pb.build();
        IpsecProfile ip = IpsecProfile.builder("ipsec").transformSet(TransformSet.parseIos("ts", esp, IpsecMode.TUNNEL))
                .ikeProfile(prof).build();
        return IkeConfiguration.builder().policy(pol.build()).profile(prof).ipsecProfile(ip).build();
    }

    static Path pki(String rel) {
        Path p = Paths.get("").toAbsolutePath();
        for (int k = 0; k < 3 && p != null; k++, p = p.getParent()) {
            Path c = p.resolve("interop/strongswan/pki");
            if (Files.isDirectory(c)) {
                return c.resolve(rel);
            }
        }
        throw new AssertionError("interop/strongswan/pki not found");
    }
}
