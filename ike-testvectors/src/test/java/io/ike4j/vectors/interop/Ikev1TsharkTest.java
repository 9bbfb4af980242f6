package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.capture.PcapWriter;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TrafficSelector;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.negotiator.v1.Ikev1Engine;
import io.ike4j.negotiator.v1.Ikev1Listener;
import io.ike4j.negotiator.v1.Ikev1SaKeys;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: tshark decodes every IKEv1 message ike4j sends — Main Mode, Aggressive Mode, Quick Mode with PFS,
 * DPD R-U-THERE / ACK, DELETE — with no malformed mark or expert warning, and decrypts every encrypted one with the
 * {@code ikev1_decryption_table} ike4j exported ({@link Ikev1SaKeys#wiresharkLine()}). Two ike4j engines talk in
 * memory on a port pair without 500, so every message carries the non-ESP marker in the capture as on the wire.
 */
class Ikev1TsharkTest {
    static final DatagramEndpoint A = DatagramEndpoint.of("127.0.0.1", 15500);
    static final DatagramEndpoint B = DatagramEndpoint.of("127.0.0.2", 16500);

    static IkeConfiguration config(IpsecProfile[] out, boolean dpd) {
        IkePolicy.Builder pol = IkePolicy.builder("p");
        StrongSwanProposals.parseIke("aes256-sha256-modp2048,aes128-sha1-modp2048").forEach(pol::proposal);
        IkeProfile.Builder pb = IkeProfile.builder("prof").matchRemoteAddress("127.0.0.0/8")
                .authenticationLocal(AuthMethod.PRE_SHARE).authenticationRemote(AuthMethod.PRE_SHARE)
                .keyring(Keyring.builder("k").peer(KeyringPeer.builder("x").address("127.0.0.0/8").preSharedKey("tshark-psk")
                        .build()).build());
        if (dpd) {
            pb.dpd(10, 2, true);
        }
        IkeProfile profile = pb.build();
        out[0] = IpsecProfile.builder("ipsec").transformSet(TransformSet.parseIos("ts", "esp-aes 256 esp-sha256-hmac"))
                .ikeProfile(profile).pfsGroup(14).localSelector(TrafficSelector.cidr("10.1.0.0/24"))
                .remoteSelector(TrafficSelector.cidr("10.2.0.0/24")).build();
        IpsecProfile mirror = IpsecProfile.builder("mirror").transformSet(TransformSet.parseIos("ts", "esp-aes 256 esp-sha256-hmac"))
                .ikeProfile(profile).pfsGroup(14).localSelector(TrafficSelector.cidr("10.2.0.0/24"))
                .remoteSelector(TrafficSelector.cidr("10.1.0.0/24")).build();
        return IkeConfiguration.builder().policy(pol.build()).profile(profile).ipsecProfile(out[0]).ipsecProfile(mirror).build();
    }

    @Test
    void everyMessageIke4jSendsDecodesAndDecrypts(@TempDir Path dir) throws Exception {
        Tshark tshark = Tshark.require();
        Path pcap = dir.resolve("ikev1.pcap");
        Set<String> keys = new LinkedHashSet<>();
        Deque<Datagram> wire = new ArrayDeque<>();
        Instant[] now = {Instant.parse("2026-12-07T10:00:00Z")};
        int sent = 0;
        try (PcapWriter w = PcapWriter.create(pcap)) {
            for (boolean aggressive : new boolean[] {false, true}) {
                IpsecProfile[] ip = new IpsecProfile[1];
                Ikev1Listener l = new Ikev1Listener() {
                    @Override
                    public void isakmpSaKeys(IkeSaInfo sa, Ikev1SaKeys k) {
                        keys.add(k.wiresharkLine());
                    }
                };
                Ikev1Engine i = Ikev1Engine.builder().configuration(config(ip, true)).crypto(new BouncyCastleProvider())
                        .random(RandomSource.deterministic(aggressive ? 2 : 1)).outbound(wire::add).listener(l).exportKeys(true)
                        .startTime(now[0]).build();
                Ikev1Engine r = Ikev1Engine.builder().configuration(config(new IpsecProfile[1], false))
                        .crypto(new BouncyCastleProvider()).random(RandomSource.deterministic(aggressive ? 4 : 3))
                        .outbound(wire::add).listener(l).exportKeys(true).startTime(now[0]).build();
                int sa = i.initiate(ip[0], A, B, aggressive);
                sent += pump(wire, w, i, r, now);
                i.advanceTime(now[0].plusSeconds(11)); // a periodic DPD check and its ACK
                r.advanceTime(now[0].plusSeconds(11));
                now[0] = now[0].plusSeconds(11);
                sent += pump(wire, w, i, r, now);
                assertTrue(i.delete(sa));
                sent += pump(wire, w, i, r, now);
                assertEquals(List.of(), r.sas(), "the DELETE reached the responder");
            }
        }
        Path table = dir.resolve("ikev1_decryption_table");
        Files.write(table, keys);
        Tshark.Result res = tshark.check(pcap, null, table);
        List<String> failed = new ArrayList<>(res.failures());
        res.frames().stream().filter(f -> !f.isakmpDecryptedOk()).forEach(f -> failed.add(f.toString()));
        long encrypted = res.frames().stream().filter(Tshark.Frame::isakmpEncrypted).count();
        System.out.println("Ikev1TsharkTest: " + res.frames().size() + " IKEv1 frames (" + encrypted + " encrypted), "
                + failed.size() + " failed; " + keys.size() + " ISAKMP SAs in the table");
        assertEquals(List.of(), failed);
        assertEquals(sent, res.ikeFrames());
        // MM 6 + QM 3 + DPD 2 + DELETE 3 (ours for the IPsec and the ISAKMP SA, the responder's for its IPsec SA);
        // AM 3 + 3 + 2 + 3. Encrypted: MM5, MM6 (AM3), and everything after phase 1.
        assertEquals(14 + 11, sent);
        assertEquals(2 + 3 + 2 + 3 + 1 + 3 + 2 + 3, encrypted, res.frames().toString());
        assertEquals(2, keys.size());
    }

    private static int pump(Deque<Datagram> wire, PcapWriter w, Ikev1Engine i, Ikev1Engine r, Instant[] now) {
        int n = 0;
        while (!wire.isEmpty()) {
            Datagram d = wire.poll();
            now[0] = now[0].plus(Duration.ofMillis(1));
            w.writeIke(now[0], d.local(), d.remote(), d.payload().toByteArray());
            n++;
            Ikev1Engine to = d.remote().equals(B) ? r : i;
            to.receive(new Datagram(d.payload(), d.remote(), d.local()));
        }
        return n;
    }
}
