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

    /** One proposal case: java-sim's child name, and charon's algorithm names expected on both sides. */
    private record Case(String child, String bobConn, String encr, int keySize, String integ, String prf,
                        String dh, String espEncr, String espInteg, int espEncrKeyLen, int espIntegKeyLen) {
    }

    /**
     * bob's java-* templates accept the proposals issue 4 names (and RSA certificates), checked with the
     * strongSwan stand-in "java-sim" at 127.0.0.4:18500 (the address/identities the ike4j engine will use).
     */
    @Test
    void bobsJavaTemplatesAcceptTheIssue4Proposals() {
        List<Case> cases = List.of(
                new Case("sim-v2-psk-modp2048", "java-v2-psk", "AES_CBC", 128, "HMAC_SHA2_256_128",
                        "PRF_HMAC_SHA2_256", "MODP_2048", "AES_CBC", "HMAC_SHA2_256_128", 16, 32),
                new Case("sim-v2-psk-gcm-ecp384", "java-v2-psk", "AES_GCM_16", 256, "", "PRF_HMAC_SHA2_384",
                        "ECP_384", "AES_GCM_16", "", 36, 0),
                new Case("sim-v2-psk-x25519", "java-v2-psk", "AES_CBC", 128, "HMAC_SHA2_256_128",
                        "PRF_HMAC_SHA2_256", "CURVE_25519", "AES_CBC", "HMAC_SHA2_256_128", 16, 32),
                new Case("java-v2-rsa", "java-v2-rsa", "AES_CBC", 128, "HMAC_SHA2_256_128",
                        "PRF_HMAC_SHA2_256", "MODP_2048", "AES_CBC", "HMAC_SHA2_256_128", 16, 32));
        StrongSwanPeer.ensureInstalled();
        try (StrongSwanPeer bob = StrongSwanPeer.start("bob", 16500, 16501, StrongSwanPeer.scriptDir().resolve("bob"));
             StrongSwanPeer sim = StrongSwanPeer.start("java-sim", 18500, 18501,
                     StrongSwanPeer.scriptDir().resolve("java-sim"))) {
            int n = 0;
            for (Case c : cases) {
                String out = sim.initiate(c.child());
                assertTrue(out.contains("initiate completed successfully"), c + "\n" + out);
                IkeSaStatus j = only(sim.listSas());
                assertEquals(c.child(), j.name());
                IkeSaStatus b = only(bob.listSas());
                assertEquals(c.bobConn(), b.name(), "bob picked the java-* template");
                assertEquals(j.initiatorSpi(), b.initiatorSpi(), c.child());
                assertEquals(j.responderSpi(), b.responderSpi(), c.child());
                for (IkeSaStatus s : List.of(j, b)) {
                    assertEquals("ESTABLISHED", s.state(), c.child());
                    assertEquals(c.encr(), s.encrAlg(), c.child());
                    assertEquals(c.keySize(), s.encrKeySize(), c.child());
                    assertEquals(c.integ(), s.integAlg(), c.child());
                    assertEquals(c.prf(), s.prfAlg(), c.child());
                    assertEquals(c.dh(), s.dhGroup(), c.child());
                    ChildSaStatus cs = only(s.children());
                    assertEquals("INSTALLED", cs.state(), c.child());
                    assertEquals(c.espEncr(), cs.encrAlg(), c.child());
                    assertEquals(c.espInteg(), cs.integAlg(), c.child());
                }
                assertEquals("127.0.0.4", b.remoteHost());
                assertEquals(18500, b.remotePort());
                // the newest CHILD_SA key set in each log is this case's; both sides derived the same keys
                ChildSaKeys kj = last(sim.logKeys().childKeys());
                ChildSaKeys kb = last(bob.logKeys().childKeys());
                assertEquals(c.child(), kj.childName());
                assertEquals(c.bobConn(), kb.childName());
                assertEquals(kj.encrI(), kb.encrI(), c.child());
                assertEquals(kj.encrR(), kb.encrR(), c.child());
                assertEquals(kj.integI(), kb.integI(), c.child());
                assertEquals(kj.integR(), kb.integR(), c.child());
                assertEquals(c.espEncrKeyLen(), kj.encrI().length(), c.child() + " (GCM: key + 4-octet salt)");
                assertEquals(c.espIntegKeyLen(), kj.integI().length(), c.child());
                assertEquals(j.children().get(0).spiIn(), kj.spiIn(), c.child());
                assertEquals(kj.spiIn(), kb.spiOut(), c.child());
                sim.swanctl("--terminate", "--ike", c.child(), "--timeout", "10");
                n++;
            }
            System.out.println("StrongSwanPeerTest: java-sim -> bob, " + n + " of " + cases.size()
                    + " java-* proposal cases ESTABLISHED/INSTALLED with agreeing CHILD_SA keys");
        }
    }

    private static <T> T last(List<T> list) {
        assertFalse(list.isEmpty());
        return list.get(list.size() - 1);
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
