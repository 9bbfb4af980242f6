package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.crypto.vectors.MiniJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The level-4 charon log parser against the bundled logs of capture v2-psk-modp2048 (alice = initiator,
 * bob = responder), compared with that capture's keys.json (which extract-keys.py and save-keys produced
 * independently of this parser).
 */
class CharonLogKeysTest {
    private static final String CAPTURE = "/vectors/peers-captures/v2-psk-modp2048/v2-psk-modp2048.keys.json";

    static List<String> gzLines(String resource) throws IOException {
        try (InputStream in = CharonLogKeysTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing test resource " + resource);
            String text = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.split("\n"));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> keysJson() throws IOException {
        try (InputStream in = CharonLogKeysTest.class.getResourceAsStream(CAPTURE)) {
            assertNotNull(in, "missing test resource " + CAPTURE);
            return (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void bothLogsGiveTheKeysOfKeysJson() throws IOException {
        Map<String, Object> json = keysJson();
        Map<String, Object> ike = ((List<Map<String, Object>>) json.get("ike_sas")).get(0);
        Map<String, Object> child = ((List<Map<String, Object>>) json.get("child_sa_key_derivations")).get(0);
        int checked = 0;
        for (String who : List.of("alice", "bob")) {
            CharonLogKeys log = CharonLogKeys.parse(gzLines("/interop/v2-psk-modp2048/" + who + ".log.gz"));
            assertEquals(1, log.ikeKeys().size(), who + ": IKE key sets");
            assertEquals(1, log.childKeys().size(), who + ": CHILD_SA key sets");
            IkeSaKeys k = log.ikeKeys().get(0);
            // the responder derives the keys before it has picked a connection: its tag is only the unique id
            assertEquals(who.equals("alice") ? "v2-psk-modp2048|1" : "1", k.context(), who);
            assertEquals(hex(ike, "dh_shared_secret"), k.dhSecret(), who + " DH");
            assertEquals(256, k.dhSecret().length(), who + " modp2048 secret length");
            assertEquals(hex(ike, "skeyseed"), k.skeyseed(), who + " SKEYSEED");
            assertEquals(hex(ike, "sk_d"), k.skD(), who + " SK_d");
            assertEquals(hex(ike, "sk_ai"), k.skAi(), who + " SK_ai");
            assertEquals(hex(ike, "sk_ar"), k.skAr(), who + " SK_ar");
            assertEquals(hex(ike, "sk_ei"), k.skEi(), who + " SK_ei");
            assertEquals(hex(ike, "sk_er"), k.skEr(), who + " SK_er");
            assertEquals(hex(ike, "sk_pi"), k.skPi(), who + " SK_pi");
            assertEquals(hex(ike, "sk_pr"), k.skPr(), who + " SK_pr");
            ChildSaKeys c = log.childKeys().get(0);
            assertEquals("v2-psk-modp2048", c.childName(), who);
            assertEquals(hex(child, "seed"), c.seed(), who + " seed");
            assertEquals(hex(child, "encr_i"), c.encrI(), who + " encr_i");
            assertEquals(hex(child, "encr_r"), c.encrR(), who + " encr_r");
            assertEquals(hex(child, "integ_i"), c.integI(), who + " integ_i");
            assertEquals(hex(child, "integ_r"), c.integR(), who + " integ_r");
            assertEquals(16, c.encrI().length(), who + " AES-128 key");
            assertEquals(32, c.integI().length(), who + " HMAC-SHA-256 key");
            // fake kernel: SPIs from a counter (README pitfall 7)
            assertEquals("01000000", c.spiIn(), who + " spi in");
            assertEquals("01000000", c.spiOut(), who + " spi out");
            // the PSK is logged as "secret" (test use only)
            assertTrue(log.secrets().stream().anyMatch(s -> s.label().equals("secret")
                    && s.value().equals(Bytes.wrap("interop-test-psk".getBytes(StandardCharsets.US_ASCII)))),
                    who + ": PSK secret");
            checked++;
        }
        System.out.println("CharonLogKeysTest: " + checked + " logs checked against keys.json, 0 failed");
    }

    @Test
    void interleavedThreadsAndPartialDumpsAreHandled() {
        List<String> lines = List.of(
                "2026-11-21T05:50:38 08[CHD] <c|2> seed => 4 bytes @ 0x1",
                "2026-11-21T05:50:38 09[IKE] <d|3> SKEYSEED => 18 bytes @ 0x2",
                "2026-11-21T05:50:38 08[CHD] <c|2>    0: 01 02 03 04                                      ....",
                "2026-11-21T05:50:38 09[IKE] <d|3>    0: 00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF  ................",
                "2026-11-21T05:50:38 08[CHD] <c|2> encryption initiator key => 2 bytes @ 0x3",
                "2026-11-21T05:50:38 09[IKE] <d|3>   16: 12 34                                            .4",
                "2026-11-21T05:50:38 08[CHD] <c|2>    0: AB CD                                            ..",
                "2026-11-21T05:50:38 07[CHD] <c|2> encryption responder key => 3 bytes @ 0x4",
                "2026-11-21T05:50:38 07[CHD] <c|2>    0: 0A 0B                                            ..",
                "2026-11-21T05:50:38 08[IKE] <c|2> CHILD_SA c{2} established with SPIs C1A2B3C4_i D5E6F708_o and TS x");
        CharonLogKeys k = CharonLogKeys.parse(lines);
        assertEquals(3, k.secrets().size(), "short dump of thread 07 dropped");
        assertEquals(Bytes.fromHex("00112233445566778899aabbccddeeff1234"), k.ikeKeys().get(0).skeyseed());
        assertEquals(Bytes.EMPTY, k.ikeKeys().get(0).skD());
        ChildSaKeys c = k.childKeys().get(0);
        assertEquals(Bytes.fromHex("01020304"), c.seed());
        assertEquals(Bytes.fromHex("abcd"), c.encrI());
        assertEquals(Bytes.EMPTY, c.encrR());
        assertEquals("c1a2b3c4", c.spiIn());
        assertEquals("d5e6f708", c.spiOut());
    }

    @Test
    void rawListSasIsParsed() {
        String raw = "list-sa event {v2-psk-modp2048 {uniqueid=1 version=2 state=ESTABLISHED local-host=127.0.0.2 "
                + "local-port=16500 local-id=bob.ike.test remote-host=127.0.0.1 remote-port=15500 "
                + "remote-id=CN=alice, OU=key test, O=ike4j initiator-spi=8bfac4d8b6383e0d "
                + "responder-spi=8d23828e8867b181 encr-alg=AES_CBC encr-keysize=128 integ-alg=HMAC_SHA2_256_128 "
                + "prf-alg=PRF_HMAC_SHA2_256 dh-group=MODP_2048 established=0 rekey-time=13278 child-sas "
                + "{v2-psk-modp2048-1 {name=v2-psk-modp2048 uniqueid=1 reqid=1 state=INSTALLED mode=TUNNEL "
                + "protocol=ESP spi-in=01000000 spi-out=02000000 encr-alg=AES_CBC encr-keysize=128 "
                + "integ-alg=HMAC_SHA2_256_128 bytes-in=0 local-ts=[127.16.2.0/24] remote-ts=[127.16.1.0/24 "
                + "127.16.9.0/24]}}}}\nlist-sas reply {}\n";
        List<IkeSaStatus> sas = SasParser.parse(raw);
        assertEquals(1, sas.size());
        IkeSaStatus s = sas.get(0);
        assertEquals("v2-psk-modp2048", s.name());
        assertEquals(2, s.version());
        assertEquals("ESTABLISHED", s.state());
        assertEquals(16500, s.localPort());
        assertEquals("CN=alice, OU=key test, O=ike4j", s.remoteId(), "identity with spaces and '='");
        assertEquals("8bfac4d8b6383e0d", s.initiatorSpi());
        assertEquals("8d23828e8867b181", s.responderSpi());
        assertEquals("MODP_2048", s.dhGroup());
        assertEquals("PRF_HMAC_SHA2_256", s.prfAlg());
        ChildSaStatus c = s.children().get(0);
        assertEquals("INSTALLED", c.state());
        assertEquals("02000000", c.spiOut());
        assertEquals(128, c.encrKeySize());
        assertEquals(List.of("127.16.1.0/24", "127.16.9.0/24"), c.remoteTs());
    }

    private static Bytes hex(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertNotNull(v, "keys.json lacks " + key);
        return Bytes.fromHex((String) v);
    }
}
