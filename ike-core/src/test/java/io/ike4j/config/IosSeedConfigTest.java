package io.ike4j.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Router 1 of seed 002 (Cisco "understanding IKEv2 packet exchange debug"), built with the builders:
 * <pre>
 * crypto ikev2 proposal PHASE1-prop / encryption 3des aes-cbc-128 / integrity sha1 / group 2
 * crypto ikev2 policy site-pol / proposal PHASE1-prop
 * crypto ikev2 keyring KEYRNG / peer peer1 / address 10.0.0.2 255.255.255.0 / hostname host1
 *   pre-shared-key local cisco / pre-shared-key remote cisco
 * crypto ikev2 profile IKEV2-SETUP / match identity remote address 0.0.0.0 / authentication remote
 *   pre-share / authentication local pre-share / keyring local KEYRNG / lifetime 120
 * crypto ipsec transform-set TS esp-3des esp-sha-hmac
 * crypto ipsec profile phse2-prof / set transform-set TS / set ikev2-profile IKEV2-SETUP
 * </pre>
 */
class IosSeedConfigTest {

    @Test
    void seed002Router1() throws Exception {
        IkeProposal prop = IkeProposal.builder("PHASE1-prop")
                .encryption(EncrTransformId.ENCR_3DES).encryption(EncrTransformId.ENCR_AES_CBC, 128)
                .integrity(IntegTransformId.AUTH_HMAC_SHA1_96)
                .group(2)
                .build();
        assertEquals(List.of(new EncryptionAlgorithm(3, 0), new EncryptionAlgorithm(12, 128)), prop.encryption());
        assertEquals(List.of(2), prop.integrity());
        assertEquals(List.of(PrfTransformId.PRF_HMAC_SHA1.number()), prop.prf(), "IOS derives prf sha1 from integrity sha1");
        assertEquals(List.of(KeTransformId.MODP_1024.number()), prop.groups());
        assertEquals("3des-aes128-sha1-modp1024", prop.toStrongSwanString());

        IkePolicy policy = IkePolicy.builder("site-pol").proposal(prop).build();
        assertTrue(policy.matches(InetAddress.getByName("10.0.0.1")), "no match address: any local address");

        Keyring keyring = Keyring.builder("KEYRNG")
                .peer(KeyringPeer.builder("peer1").address("10.0.0.2 255.255.255.0").hostname("host1")
                        .localKey("cisco").remoteKey("cisco").build())
                .build();
        KeyringPeer peer = keyring.lookup(null, InetAddress.getByName("10.0.0.2")).orElseThrow();
        assertEquals("peer1", peer.name());
        assertArrayEquals("cisco".getBytes(StandardCharsets.UTF_8), peer.localKey());
        assertArrayEquals("cisco".getBytes(StandardCharsets.UTF_8), peer.remoteKey());
        assertEquals("peer1", keyring.lookup(IkeIdentity.fqdn("HOST1"), null).orElseThrow().name());
        assertTrue(keyring.lookup(null, InetAddress.getByName("10.0.1.2")).isEmpty());
        assertFalse(peer.toString().contains("cisco"), "keys are never printed");

        IkeProfile profile = IkeProfile.builder("IKEV2-SETUP")
                .matchRemoteAddress("0.0.0.0")
                .authenticationRemote(AuthMethod.PRE_SHARE)
                .authenticationLocal(AuthMethod.PRE_SHARE)
                .keyring(keyring)
                .lifetime(120)
                .build();
        assertEquals(120, profile.lifetimeSeconds());
        assertEquals(Retransmission.STRONGSWAN_DEFAULT, profile.retransmission());
        assertTrue(profile.matchesRemote(IkeIdentity.infer("10.0.0.2"), InetAddress.getByName("10.0.0.2")));
        assertTrue(profile.matchesRemote(IkeIdentity.infer("198.51.100.7"), null), "0.0.0.0 matches any IPv4 peer");
        assertFalse(profile.matchesRemote(IkeIdentity.infer("vpn.example.com"), null));
        assertTrue(profile.localIdentity().isEmpty());
        assertTrue(profile.dpd().isEmpty());

        TransformSet ts = TransformSet.parseIos("TS", "esp-3des esp-sha-hmac");
        assertEquals(new EncryptionAlgorithm(3, 0), ts.encryption());
        assertEquals(2, ts.integrity());
        assertEquals(IpsecMode.TUNNEL, ts.mode());

        IpsecProfile ipsec = IpsecProfile.builder("phse2-prof").transformSet(ts).ikeProfile(profile).build();
        assertEquals(OptionalInt.empty(), ipsec.pfsGroup());
        assertEquals(3600, ipsec.lifetimeSeconds());
        assertEquals(4_608_000L, ipsec.lifetimeKilobytes());
        assertEquals(List.of(TrafficSelector.anyIpv4()), ipsec.localSelectors());
        assertEquals(1, ipsec.espProposals().size());
        assertEquals("3des-sha1", ipsec.espProposals().get(0).toStrongSwanString());

        IkeConfiguration config = IkeConfiguration.builder().policy(policy).profile(profile).ipsecProfile(ipsec).build();
        assertEquals(policy, config.policyFor(InetAddress.getByName("10.0.0.1")).orElseThrow());
        assertEquals(profile, config.profileFor(IkeIdentity.infer("10.0.0.2"), InetAddress.getByName("10.0.0.2")).orElseThrow());
        assertTrue(config.profileFor(IkeIdentity.fqdn("x.example"), null).isEmpty());
        assertEquals(ipsec, config.ipsecProfile("phse2-prof").orElseThrow());
        assertEquals("duplicate ikev2 profile IKEV2-SETUP",
                assertThrows(ConfigException.class, () -> IkeConfiguration.builder().profile(profile).profile(profile).build()).getMessage());
    }

    @Test
    void richerProfileWithDifferentKeysIdentitiesAndPfs() {
        Keyring keyring = Keyring.builder("KR")
                .peer(KeyringPeer.builder("branch").identity(IkeIdentity.infer("branch@example.com"))
                        .localKey("our-secret").remoteKey("their-secret").build())
                .peer(KeyringPeer.builder("wide").address("10.0.0.0/8").preSharedKey("wide").build())
                .peer(KeyringPeer.builder("narrow").address("10.1.0.0/16").preSharedKey("narrow").build())
                .build();
        assertEquals("narrow", keyring.lookup(null, ip("10.1.2.3")).orElseThrow().name(), "longest prefix wins");
        assertEquals("wide", keyring.lookup(null, ip("10.2.2.3")).orElseThrow().name());
        KeyringPeer branch = keyring.lookup(IkeIdentity.email("branch@example.com"), ip("10.1.2.3")).orElseThrow();
        assertEquals("branch", branch.name(), "identity before address");
        assertArrayEquals("our-secret".getBytes(StandardCharsets.UTF_8), branch.localKey());
        assertArrayEquals("their-secret".getBytes(StandardCharsets.UTF_8), branch.remoteKey());

        IkeProfile profile = IkeProfile.builder("P")
                .matchRemoteFqdn("vpn.example.com").matchRemoteEmail("branch@example.com").matchRemoteKeyId("0x01")
                .matchRemoteAddress("192.0.2.0 255.255.255.0")
                .authenticationLocal(AuthMethod.ECDSA_SIG).authenticationRemote(AuthMethod.PRE_SHARE)
                .identityLocal(IkeIdentity.infer("hq.example.com")).keyring(keyring)
                .dpd(10, 2, false).build();
        assertTrue(profile.matchesRemote(IkeIdentity.fqdn("VPN.example.com"), null));
        assertTrue(profile.matchesRemote(IkeIdentity.keyId("0x01"), null));
        assertTrue(profile.matchesRemote(IkeIdentity.fqdn("other.example.com"), ip("192.0.2.9")));
        assertFalse(profile.matchesRemote(IkeIdentity.fqdn("other.example.com"), ip("192.0.3.9")));
        assertEquals(86400, profile.lifetimeSeconds());
        assertEquals(10, profile.dpd().orElseThrow().intervalSeconds());

        TransformSet gcm = TransformSet.parseIos("GCM", "esp-gcm 256", IpsecMode.TRANSPORT);
        TransformSet aes = TransformSet.parseIos("AES", "esp-aes 256 esp-sha256-hmac");
        IpsecProfile ipsec = IpsecProfile.builder("IP").transformSet(gcm).transformSet(aes).pfsGroup(19)
                .lifetimeSeconds(1800).lifetimeKilobytes(102400).ikeProfile(profile)
                .localSelector(TrafficSelector.cidr("10.1.0.0/16")).remoteSelector(TrafficSelector.cidr("2001:db8::/48"))
                .build();
        assertEquals(List.of("aes256gcm16-ecp256", "aes256-sha256-ecp256"),
                ipsec.espProposals().stream().map(EspProposal::toStrongSwanString).toList());
        assertEquals(IpsecMode.TRANSPORT, ipsec.transformSets().get(0).mode());
    }

    @Test
    void transformSetKeywords() {
        String[][] table = {
            {"esp-aes esp-sha-hmac", "aes128-sha1"}, {"esp-aes 128 esp-sha256-hmac", "aes128-sha256"},
            {"esp-aes 192 esp-sha384-hmac", "aes192-sha384"}, {"esp-aes 256 esp-sha512-hmac", "aes256-sha512"},
            {"esp-gcm", "aes128gcm16"}, {"esp-gcm 128", "aes128gcm16"}, {"esp-gcm 256", "aes256gcm16"},
            {"esp-gmac 256", "aes256gmac"}, {"esp-null esp-sha-hmac", "null-sha1"}, {"esp-3des esp-md5-hmac", "3des-md5"},
        };
        for (String[] row : table) {
            assertEquals(row[1], TransformSet.parseIos("T", row[0]).toEspProposal().toStrongSwanString(), row[0]);
        }
    }

    @Test
    void validationMessages() {
        assertEquals("transform-set T: unknown transform 'esp-foo'",
                msg(() -> TransformSet.parseIos("T", "esp-aes esp-foo")));
        assertEquals("transform-set T: esp-aes: key length must be 128, 192 or 256, got 512",
                msg(() -> TransformSet.parseIos("T", "esp-aes 512 esp-sha-hmac")));
        assertEquals("transform-set T: AEAD cipher ENCR_AES_GCM_16_128 takes no integrity transform",
                msg(() -> TransformSet.parseIos("T", "esp-gcm 128 esp-sha-hmac")));
        assertEquals("transform-set T: cipher ENCR_AES_CBC_256 needs an integrity transform (esp-sha-hmac...)",
                msg(() -> TransformSet.parseIos("T", "esp-aes 256")));
        assertTrue(msg(() -> TransformSet.parseIos("T", "esp-sha-hmac")).startsWith("transform-set T: needs an encryption transform"));
        assertEquals("transform-set T: more than one encryption transform", msg(() -> TransformSet.parseIos("T", "esp-aes esp-3des esp-sha-hmac")));

        assertEquals("ENCR_AES_CBC: key length must be 128, 192 or 256 bits, got 64",
                msg(() -> IkeProposal.builder("X").encryption(EncrTransformId.ENCR_AES_CBC, 64)));
        assertEquals("ENCR_3DES: takes no key length, got 128",
                msg(() -> IkeProposal.builder("X").encryption(EncrTransformId.ENCR_3DES, 128)));
        assertEquals("ikev2 proposal X: AEAD encryption ENCR_AES_GCM_16_128 must not be combined with integrity AUTH_HMAC_SHA1_96",
                msg(() -> IkeProposal.builder("X").encryption(EncrTransformId.ENCR_AES_GCM_16, 128)
                        .integrity(IntegTransformId.AUTH_HMAC_SHA1_96).prf(PrfTransformId.PRF_HMAC_SHA1).group(19).build()));
        assertEquals("ikev2 proposal X: non-AEAD encryption ENCR_AES_CBC_128 needs an integrity algorithm",
                msg(() -> IkeProposal.builder("X").encryption(EncrTransformId.ENCR_AES_CBC, 128).group(19).build()));
        assertEquals("ikev2 proposal X: needs at least one DH group",
                msg(() -> IkeProposal.builder("X").encryption(EncrTransformId.ENCR_AES_CBC, 128)
                        .integrity(IntegTransformId.AUTH_HMAC_SHA1_96).build()));
        assertEquals("ikev2 proposal X: no PRF given and none implied by integrity AUTH_AES_128_GMAC",
                msg(() -> IkeProposal.builder("X").encryption(EncrTransformId.ENCR_AES_CBC, 128)
                        .integrity(IntegTransformId.AUTH_AES_128_GMAC).group(19).build()));
        assertEquals("ikev2 proposal: name must not be empty", msg(() -> IkeProposal.builder(" ").build()));

        assertEquals("keyring peer p: local pre-shared key must not be empty",
                msg(() -> KeyringPeer.builder("p").address("10.0.0.1").localKey("").remoteKey("x").build()));
        assertEquals("keyring peer p: remote pre-shared key must not be empty",
                msg(() -> KeyringPeer.builder("p").address("10.0.0.1").localKey("x").build()));
        assertEquals("keyring peer p: needs an address, hostname or identity to match",
                msg(() -> KeyringPeer.builder("p").preSharedKey("x").build()));
        KeyringPeer p = KeyringPeer.builder("p").hostname("h").preSharedKey("x").build();
        assertEquals("keyring K: duplicate peer p", msg(() -> Keyring.builder("K").peer(p).peer(p).build()));
        assertEquals("keyring K: needs at least one peer", msg(() -> Keyring.builder("K").build()));

        assertEquals("ikev2 profile P: pre-share authentication needs a keyring",
                msg(() -> IkeProfile.builder("P").matchRemoteAddress("0.0.0.0").authenticationLocal(AuthMethod.PRE_SHARE)
                        .authenticationRemote(AuthMethod.RSA_SIG).build()));
        assertEquals("ikev2 profile P: needs a 'match identity remote' statement",
                msg(() -> IkeProfile.builder("P").authenticationLocal(AuthMethod.RSA_SIG).authenticationRemote(AuthMethod.RSA_SIG).build()));
        assertEquals("ikev2 profile P: needs 'authentication local'",
                msg(() -> IkeProfile.builder("P").matchRemoteFqdn("a.b").authenticationRemote(AuthMethod.RSA_SIG).build()));
        assertEquals("ikev2 profile P: lifetime must be 120..86400 seconds, got 60",
                msg(() -> IkeProfile.builder("P").matchRemoteFqdn("a.b").authenticationLocal(AuthMethod.RSA_SIG)
                        .authenticationRemote(AuthMethod.RSA_SIG).lifetime(60).build()));
        IkeProfile certs = IkeProfile.builder("P").matchRemoteFqdn("a.b").authenticationLocal(AuthMethod.RSA_SIG)
                .authenticationRemote(AuthMethod.ECDSA_SIG).build();
        assertEquals("ipsec profile I: needs 'set transform-set'", msg(() -> IpsecProfile.builder("I").ikeProfile(certs).build()));
        TransformSet ts = TransformSet.parseIos("T", "esp-gcm");
        assertEquals("ipsec profile I: lifetime must be 2560..4294967295 kilobytes, got 100",
                msg(() -> IpsecProfile.builder("I").transformSet(ts).ikeProfile(certs).lifetimeKilobytes(100).build()));
        assertEquals("ipsec profile I: needs 'set ikev2-profile'", msg(() -> IpsecProfile.builder("I").transformSet(ts).build()));
        assertEquals("ikev2 policy P: needs at least one proposal", msg(() -> IkePolicy.builder("P").build()));
        assertEquals(AuthMethod.ECDSA_SIG, AuthMethod.ofIos("ecdsa-sig").orElseThrow());
        assertEquals("rsa-sig", AuthMethod.RSA_SIG.iosName());
    }

    @Test
    void listsAreImmutable() {
        IkeProposal p = StrongSwanProposals.parseIke("aes128-sha256-modp2048").get(0);
        assertThrows(UnsupportedOperationException.class, () -> p.groups().add(1));
        assertThrows(UnsupportedOperationException.class, () -> StrongSwanProposals.parseIke("aes128-sha256-modp2048").add(p));
    }

    private static String msg(Runnable r) {
        return assertThrows(ConfigException.class, r::run).getMessage();
    }

    private static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
