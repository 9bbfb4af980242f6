package io.ike4j.cli;

import io.ike4j.codec.Bytes;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.TrafficSelector;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.Role;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IOS show views and the option-to-configuration mapping, on hand-made values. */
class SaSummaryTest {
    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    static IkeSaInfo sa(Role role) {
        return new IkeSaInfo(1, role, Ikev2State.READY, Bytes.fromHex("e58f925107f8b73f"), Bytes.fromHex("afd098f4147869da"),
                DatagramEndpoint.of("10.0.0.1", 500), DatagramEndpoint.of("10.0.0.2", 500), 12, 128, 2, 2, 2, "PSK", "PSK",
                Optional.of(IkeIdentity.infer("10.0.0.1")), Optional.of(IkeIdentity.infer("10.0.0.2")), T0, Optional.of(T0),
                120, 2, 0, 5, false, false, Optional.empty(), 1);
    }

    static ChildSa child(int encr, int bits, int integ, int pfs) {
        SecretBytes k = SecretBytes.copyOf(new byte[16]);
        return new ChildSa(1, Role.INITIATOR, Bytes.fromHex("6b74cb79"), Bytes.fromHex("f6083add"), false, encr, bits, integ, 1, pfs,
                List.of(TrafficSelector.cidr("10.1.0.0/16")), List.of(TrafficSelector.anyIpv4()), k, k, k, k, 3600, 4_608_000L);
    }

    @Test
    void ikeSaDetailedHasSeed002Fields() {
        String s = SaSummary.ikeSaDetailed(sa(Role.INITIATOR), T0.plusSeconds(10));
        List<String> l = s.lines().toList();
        assertEquals(" IPv4 Crypto IKEv2  SA", l.get(0));
        assertTrue(l.get(3).matches("1 +10\\.0\\.0\\.1/500 +10\\.0\\.0\\.2/500 +none/none +READY"), l.get(3));
        assertEquals("      Encr: AES-CBC, keysize: 128, PRF: SHA1, Hash: SHA96, DH Grp:2, Auth sign: PSK, Auth verify: PSK", l.get(4));
        assertEquals("      Life/Active Time: 120/10 sec", l.get(5));
        assertEquals("      Status Description: Negotiation done", l.get(6));
        assertTrue(l.get(7).matches("      Local spi: E58F925107F8B73F +Remote spi: AFD098F4147869DA"), l.get(7));
        assertEquals("      Local id: 10.0.0.1", l.get(8));
        assertEquals("      Remote id: 10.0.0.2", l.get(9));
        assertTrue(l.get(10).matches("      Local req msg id:  2 +Remote req msg id:  0"), l.get(10));
        assertTrue(l.get(12).matches("      Local window:      5 +Remote window:      5"), l.get(12));
        assertEquals("      DPD configured for 0 seconds, retry 0", l.get(13));
        assertEquals("      NAT-T is not detected", l.get(14));
        assertEquals("      Initiator of SA : Yes", l.get(15));
        assertTrue(SaSummary.ikeSaDetailed(sa(Role.RESPONDER), T0).contains("Local spi: AFD098F4147869DA"));
    }

    @Test
    void childSaLinesAndTransforms() {
        String s = SaSummary.childSa(sa(Role.INITIATOR), child(12, 128, 2, 0));
        assertTrue(s.contains("   local  ident (addr/mask/prot/port): (10.1.0.0/255.255.0.0/256/0)\n"), s);
        assertTrue(s.contains("   remote ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/256/0)\n"), s);
        assertTrue(s.contains("     current outbound spi: 0xF6083ADD(4127734493)\n"), s);
        assertTrue(s.contains("      spi: 0x6B74CB79(1802816377)\n"), s);
        assertTrue(s.contains("     PFS (Y/N): N, DH group: none\n"), s);
        assertTrue(s.contains("        transform: esp-aes esp-sha-hmac ,\n"), s);
        assertEquals("esp-aes 256 esp-sha256-hmac", SaSummary.transform(child(12, 256, 12, 0)));
        assertEquals("esp-gcm 256", SaSummary.transform(child(20, 256, 0, 0)));
        assertTrue(SaSummary.childSa(sa(Role.INITIATOR), child(20, 128, 0, 19)).contains("PFS (Y/N): Y, DH group: group19"));
        assertEquals("10.1.0.0/16", SaSummary.cidr(TrafficSelector.cidr("10.1.0.0/16")));
        assertEquals("0.0.0.0/0", SaSummary.cidr(TrafficSelector.anyIpv4()));
        assertEquals("10.0.0.1..10.0.0.5", SaSummary.cidr(TrafficSelector.range("10.0.0.1", "10.0.0.5")));
        assertEquals("(10.0.0.1/-10.0.0.5/256/0)", SaSummary.idents(List.of(TrafficSelector.range("10.0.0.1", "10.0.0.5"))));
        assertEquals("2001:db8::/32", SaSummary.cidr(TrafficSelector.cidr("2001:db8::/32")));
        assertEquals("(2001:db8::/ffff:ffff::/256/0)", SaSummary.idents(List.of(TrafficSelector.cidr("2001:db8::/32"))));
        assertEquals("10.0.0.0/8[6/80]", SaSummary.cidr(TrafficSelector.cidr("10.0.0.0/8").withProtocol(6).withPorts(80, 80)));
    }

    @Test
    void ipv6TextIsCanonical() throws Exception {
        assertEquals("::1", Addresses.text(InetAddress.getByName("0:0:0:0:0:0:0:1")));
        assertEquals("::", Addresses.text(InetAddress.getByName("::")));
        assertEquals("2001:db8::1:0:0:1", Addresses.text(InetAddress.getByName("2001:db8:0:0:1:0:0:1")));
        assertEquals("2001:db8:0:1:1:1:1:1", Addresses.text(InetAddress.getByName("2001:db8:0:1:1:1:1:1")));
        assertEquals("fe80::", Addresses.text(InetAddress.getByName("fe80:0:0:0:0:0:0:0")));
        assertEquals("192.0.2.1", Addresses.text(InetAddress.getByName("192.0.2.1")));
    }

    @Test
    void peerConfigExpandsEspProposalsAndAcceptsAnyPeer() throws Exception {
        PeerConfig.Built b = new PeerConfig("aes128-sha256-modp2048,aes256gcm16-prfsha384-ecp384", "aes128-sha256-sha1-modp2048,aes256gcm16",
                "k", AuthMethod.PRE_SHARE, AuthMethod.PRE_SHARE, Optional.of("me@ike.test"), Optional.empty(),
                Optional.of("10.1.0.0/16"), Optional.empty()).build();
        IpsecProfile ip = b.ipsecProfile();
        assertEquals(3, ip.transformSets().size());
        assertEquals(new TransformSet("ts-1", ip.transformSets().get(0).encryption(), 12, ip.transformSets().get(0).mode()),
                ip.transformSets().get(0));
        assertEquals(2, ip.transformSets().get(1).integrity());
        assertEquals(TransformSet.NO_INTEGRITY, ip.transformSets().get(2).integrity());
        assertEquals(14, ip.pfsGroup().getAsInt());
        assertEquals(List.of(TrafficSelector.cidr("10.1.0.0/16")), ip.localSelectors());
        assertEquals(List.of(TrafficSelector.anyIpv4()), ip.remoteSelectors());
        assertEquals(2, b.configuration().policies().get(0).proposals().size());
        IkeProfile p = ip.ikeProfile();
        assertEquals(Optional.of(IkeIdentity.infer("me@ike.test")), p.localIdentity());
        for (String peer : List.of("192.0.2.1", "10.9.8.7", "2001:db8::1")) {
            InetAddress a = InetAddress.getByName(peer);
            assertTrue(p.matchesRemote(IkeIdentity.infer("anyone@ike.test"), a), peer);
            assertTrue(p.keyring().get().lookup(IkeIdentity.infer("anyone@ike.test"), a).isPresent(), peer);
        }
        PeerConfig.Built strict = new PeerConfig("aes128-sha256-modp2048", "aes128-sha256", "k", AuthMethod.PRE_SHARE,
                AuthMethod.PRE_SHARE, Optional.empty(), Optional.of("bob@ike.test"), Optional.empty(), Optional.empty()).build();
        IkeProfile sp = strict.ipsecProfile().ikeProfile();
        assertTrue(sp.matchesRemote(IkeIdentity.infer("bob@ike.test"), InetAddress.getByName("192.0.2.1")));
        assertTrue(!sp.matchesRemote(IkeIdentity.infer("eve@ike.test"), InetAddress.getByName("192.0.2.1")));
        assertTrue(strict.ipsecProfile().pfsGroup().isEmpty());
        io.ike4j.config.ConfigException e = assertThrows(io.ike4j.config.ConfigException.class,
                () -> PeerConfig.psk("aes128-sha256-modp2048", "aes128-bogus", "k").build());
        assertTrue(e.getMessage().startsWith("--esp aes128-bogus: "), e.getMessage());
    }
}
