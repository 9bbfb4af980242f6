package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs real strongSwan charons on loopback through {@link StrongSwanPeer}. No skipping: if charon cannot be
 * installed or started, the test fails with the reason. bob = responder 127.0.0.2:16500/16501, alice =
 * initiator 127.0.0.1:15500/15501 (interop/strongswan/{alice,bob}/swanctl.conf).
 */
class StrongSwanPeerTest {

    @Test
    void bobLoadsTheJavaConnections() {
        try (StrongSwanPeer bob = StrongSwanPeer.start("bob", 16500, 16501, StrongSwanPeer.scriptDir().resolve("bob"))) {
            assertTrue(bob.isAlive(), "charon bob alive");
            List<String> conns = bob.listConns();
            assertTrue(conns.containsAll(List.of("java-v2-psk", "java-v2-rsa", "java-v1-main-psk")), conns.toString());
            Map<String, Object> psk = bob.connection("java-v2-psk");
            assertEquals("IKEv2", psk.get("version"), psk.toString());
            assertEquals(List.of("127.0.0.2"), psk.get("local_addrs"));
            assertEquals(List.of("127.0.0.0/8"), psk.get("remote_addrs"));
            assertEquals("java@v2-psk.ike.test", section(psk, "remote-1").get("id"));
            assertEquals("pre-shared key", section(psk, "remote-1").get("class"));
            Map<String, Object> child = section(section(psk, "children"), "java-v2-psk");
            assertEquals(List.of("127.16.4.0/24"), child.get("remote-ts"));
            assertEquals(List.of("127.16.2.0/24"), child.get("local-ts"));
            Map<String, Object> rsa = bob.connection("java-v2-rsa");
            assertEquals("java-rsa.ike.test", section(rsa, "remote-1").get("id"));
            assertEquals("public key", section(rsa, "remote-1").get("class"));
            assertTrue(bob.connection("no-such-conn").isEmpty());
            assertTrue(bob.listSas().isEmpty(), "no SA before anything was initiated");
            long pid = bob.pid();
            bob.stop();
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "charon bob stopped by PID");
            System.out.println("StrongSwanPeerTest: bob loaded " + conns.size() + " connections");
        }
    }

    @Test
    void aliceNegotiatesV2PskModp2048WithBob() {
        StrongSwanPeer.ensureInstalled();
        try (StrongSwanPeer bob = StrongSwanPeer.start("bob", 16500, 16501, StrongSwanPeer.scriptDir().resolve("bob"));
             StrongSwanPeer alice = StrongSwanPeer.start("alice", 15500, 15501,
                     StrongSwanPeer.scriptDir().resolve("alice"))) {
            assertTrue(alice.listConns().containsAll(List.of("to-java-v2-psk", "to-java-v2-psk-gcm-ecp384",
                    "to-java-v2-psk-x25519", "to-java-v2-rsa")), "alice's to-java-* connections");
            String out = alice.initiate("v2-psk-modp2048");
            assertTrue(out.contains("initiate completed successfully"), out);

            IkeSaStatus a = only(alice.listSas());
            IkeSaStatus b = only(bob.listSas());
            for (IkeSaStatus s : List.of(a, b)) {
                assertEquals("v2-psk-modp2048", s.name());
                assertEquals("ESTABLISHED", s.state());
                assertEquals(2, s.version());
                assertEquals("AES_CBC", s.encrAlg());
                assertEquals(128, s.encrKeySize());
                assertEquals("HMAC_SHA2_256_128", s.integAlg());
                assertEquals("PRF_HMAC_SHA2_256", s.prfAlg());
                assertEquals("MODP_2048", s.dhGroup());
                assertEquals(1, s.children().size());
                ChildSaStatus c = s.children().get(0);
                assertEquals("INSTALLED", c.state());
                assertEquals("ESP", c.protocol());
                assertEquals("TUNNEL", c.mode());
                assertEquals("AES_CBC", c.encrAlg());
                assertEquals("HMAC_SHA2_256_128", c.integAlg());
            }
            assertEquals(a.initiatorSpi(), b.initiatorSpi(), "same IKE SA");
            assertEquals(a.responderSpi(), b.responderSpi(), "same IKE SA");
            assertEquals(16, a.initiatorSpi().length());
            assertEquals("127.0.0.2", a.remoteHost());
            assertEquals(16500, a.remotePort());
            assertEquals("alice@v2-psk-modp2048.ike.test", b.remoteId());
            assertEquals(List.of("127.16.1.0/24"), a.children().get(0).localTs());

            ChildSaKeys ka = only(alice.logKeys().childKeys());
            ChildSaKeys kb = only(bob.logKeys().childKeys());
            assertEquals(ka.seed(), kb.seed(), "seed Ni|Nr");
            assertEquals(64, ka.seed().length(), "seed = Ni | Nr (no PFS)");
            assertEquals(ka.encrI(), kb.encrI(), "encryption initiator key");
            assertEquals(ka.encrR(), kb.encrR(), "encryption responder key");
            assertEquals(ka.integI(), kb.integI(), "integrity initiator key");
            assertEquals(ka.integR(), kb.integR(), "integrity responder key");
            assertEquals(16, ka.encrI().length());
            assertEquals(32, ka.integR().length());
            assertFalse(ka.encrI().equals(ka.encrR()), "directions differ");
            assertEquals(ka.spiIn(), a.children().get(0).spiIn(), "log SPI = listed SPI (alice in)");
            assertEquals(ka.spiOut(), a.children().get(0).spiOut(), "log SPI = listed SPI (alice out)");
            assertEquals(ka.spiIn(), kb.spiOut(), "alice's inbound SA is bob's outbound SA");
            assertEquals(ka.spiOut(), kb.spiIn(), "alice's outbound SA is bob's inbound SA");

            IkeSaKeys ia = only(alice.logKeys().ikeKeys());
            IkeSaKeys ib = only(bob.logKeys().ikeKeys());
            assertEquals(ia.skeyseed(), ib.skeyseed(), "SKEYSEED");
            assertEquals(ia.skD(), ib.skD(), "SK_d");
            assertEquals(ia.skEr(), ib.skEr(), "SK_er");
            assertFalse(alice.logLines().isEmpty());
            System.out.println("StrongSwanPeerTest: v2-psk-modp2048 ESTABLISHED/INSTALLED on both sides, "
                    + "CHILD_SA keys agree (SPIs " + ka.spiIn() + "/" + ka.spiOut() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertTrue(v instanceof Map, key + " in " + m);
        return (Map<String, Object>) v;
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
