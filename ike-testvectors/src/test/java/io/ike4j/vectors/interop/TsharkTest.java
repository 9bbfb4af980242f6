package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.capture.PcapWriter;
import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.WiresharkKeyTable;
import io.ike4j.negotiator.keylog.KeylogWriter;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.vectors.Resources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tshark check harness (issue 4 "Tooling") proven on captures with known keys: strongSwan's IKEv2 captures
 * dissect clean and every SK/SKF payload decrypts with a correct ICV using strongSwan's own
 * ikev2_decryption_table; a wrong key is reported; the same messages re-written by {@link PcapWriter} (marker
 * ports 15500/16500, a port-500 pair, IPv6 on 4500) pass too; and messages ike4j protects itself with every
 * ENCR/INTEG that Wireshark 4.0 decrypts, keyed by {@link KeylogWriter} lines, decrypt in tshark.
 */
class TsharkTest {
    /** strongSwan IKEv2 scenarios and their SK/SKF payload counts (from the verbose dissections beside them). */
    private static final String[] SCENARIOS = {"v2-ecdsa", "v2-psk-gcm-ecp384", "v2-psk-lifecycle",
        "v2-psk-modp2048", "v2-psk-x25519", "v2-rsa-frag"};
    private static final int[] SK_PAYLOADS = {4, 4, 21, 4, 4, 10};
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private static Tshark tshark;

    @BeforeAll
    static void requireTshark() {
        tshark = Tshark.require();
        System.out.println("TsharkTest: using " + tshark.version());
    }

    private static Path pcap(String s) {
        return Resources.vector("peers-captures/" + s + "/" + s + ".pcap");
    }

    private static Path table(String s) {
        return Resources.vector("peers-captures/" + s + "/wireshark/ikev2_decryption_table");
    }

    @Test
    void strongSwanCapturesDissectCleanAndDecrypt() throws Exception {
        int frames = 0;
        int decrypted = 0;
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.length; i++) {
            String s = SCENARIOS[i];
            Tshark.Result r = tshark.check(pcap(s), table(s));
            failed.addAll(r.failures().stream().map(f -> s + ": " + f).toList());
            int ike = CaptureReader.read(pcap(s)).size();
            assertEquals(ike, r.ikeFrames(), s + ": every IKE datagram is an ISAKMP frame");
            assertEquals(SK_PAYLOADS[i], r.encryptedPayloads(), s);
            assertEquals(SK_PAYLOADS[i], r.decryptedPayloads(), s);
            assertTrue(r.frames().stream().allMatch(f -> f.majorVersion() == 2 && !f.exchange().isEmpty()), s);
            frames += r.frames().size();
            decrypted += r.decryptedPayloads();
        }
        System.out.println("TsharkTest: " + frames + " strongSwan frames checked, " + decrypted
                + " SK/SKF payloads decrypted with ICV correct, " + failed.size() + " failed");
        assertEquals(List.of(), failed);
        assertEquals(47, decrypted);
    }

    @Test
    void ikev1CapturesDissectCleanWithoutKeys() throws Exception {
        for (String s : new String[] {"v1-main-psk", "v1-aggr-psk"}) {
            Tshark.Result r = tshark.check(pcap(s), null);
            r.assertClean();
            assertTrue(r.ikeFrames() >= 8, s);
            assertTrue(r.frames().stream().allMatch(f -> f.majorVersion() == 1), s);
        }
    }

    @Test
    void wrongOrMissingKeysAreReported(@TempDir Path dir) throws Exception {
        String s = "v2-psk-modp2048";
        String line = Files.readString(table(s), StandardCharsets.UTF_8).strip();
        String[] f = line.split(",", -1);
        // Wrong SK_ai: the initiator's two SK frames (3 and 5) fail the ICV; the responder's still pass.
        Tshark.Result badAi = tshark.check(pcap(s), write(dir, "ai", with(f, 5, flip(f[5]))));
        assertEquals(2, badAi.failures().size(), badAi.failures().toString());
        assertEquals(2, badAi.decryptedPayloads());
        assertTrue(badAi.failures().get(0).startsWith("frame 3 ") && badAi.failures().get(0).contains("incorrect"),
                badAi.failures().toString());
        assertTrue(badAi.failures().get(1).startsWith("frame 5 "), badAi.failures().toString());
        // Wrong SK_er: the ICV is right but the plaintext is garbage (malformed / pad length warnings).
        Tshark.Result badEr = tshark.check(pcap(s), write(dir, "er", with(f, 3, flip(f[3]))));
        assertFalse(badEr.failures().isEmpty());
        assertTrue(badEr.failures().stream().allMatch(x -> x.startsWith("frame 4 ") || x.startsWith("frame 6 ")),
                badEr.failures().toString());
        // AEAD: a wrong SK_ei fails the tag of the initiator's messages.
        String g = "v2-psk-gcm-ecp384";
        String[] gf = Files.readString(table(g), StandardCharsets.UTF_8).strip().split(",", -1);
        Tshark.Result badGcm = tshark.check(pcap(g), write(dir, "gcm", with(gf, 2, flip(gf[2]))));
        assertEquals(2, badGcm.failures().size(), badGcm.failures().toString());
        // A table without this SA: nothing decrypts, every SK frame is reported.
        Tshark.Result none = tshark.check(pcap(s), write(dir, "empty", "# no keys"));
        assertEquals(4, none.failures().size(), none.failures().toString());
        assertEquals(0, none.decryptedPayloads());
        // A line tshark rejects (SK_ai one octet short) is reported from its stderr, not silently ignored.
        Tshark.Result rejected = tshark.check(pcap(s), write(dir, "short", with(f, 5, f[5].substring(2))));
        assertTrue(rejected.failures().get(0).contains("Error loading table"), rejected.failures().toString());
        assertEquals(1, rejected.tsharkErrors().size(), rejected.tsharkErrors().toString());
        // Without a table only dissection is checked.
        tshark.check(pcap(s), null).assertClean();
        System.out.println("TsharkTest: wrong keys reported: SK_ai " + badAi.failures().size() + ", SK_er "
                + badEr.failures().size() + ", GCM SK_ei " + badGcm.failures().size() + ", no key "
                + none.failures().size());
    }

    @Test
    void pcapWriterCopiesPassOnMarkerPortsPort500AndIpv6(@TempDir Path dir) throws Exception {
        Endpoints[] layouts = {
            new Endpoints("127.0.0.1", 15500, "127.0.0.2", 16500),
            new Endpoints("192.0.2.1", 500, "192.0.2.2", 500),
            new Endpoints("2001:db8::1", 4500, "2001:db8::2", 4500),
        };
        int checked = 0;
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.length; i++) {
            String s = SCENARIOS[i];
            List<CapturedDatagram> msgs = CaptureReader.read(pcap(s));
            for (Endpoints e : layouts) {
                Path out = dir.resolve(s + "-" + e.a().port() + ".pcap");
                try (PcapWriter w = PcapWriter.create(out)) {
                    Instant t = T0;
                    for (CapturedDatagram d : msgs) {
                        boolean fromA = d.source().getAddress().getHostAddress().equals("127.0.0.1");
                        w.writeIke(t, fromA ? e.a() : e.b(), fromA ? e.b() : e.a(), d.ike().toByteArray());
                        t = t.plusMillis(1);
                    }
                }
                List<CapturedDatagram> back = CaptureReader.read(out);
                assertEquals(msgs.stream().map(CapturedDatagram::ike).toList(),
                        back.stream().map(CapturedDatagram::ike).toList(), s);
                Tshark.Result r = tshark.check(out, table(s));
                failed.addAll(r.failures().stream().map(f -> out.getFileName() + ": " + f).toList());
                assertEquals(msgs.size(), r.frames().size(), s);
                assertEquals(msgs.size(), r.ikeFrames(), s);
                assertEquals(SK_PAYLOADS[i], r.decryptedPayloads(), out.getFileName().toString());
                checked += r.frames().size();
            }
        }
        System.out.println("TsharkTest: " + checked + " PcapWriter frames checked, " + failed.size() + " failed");
        assertEquals(List.of(), failed);
    }

    /**
     * {encrId, keyBits, integId}: every IKEv2 ENCR/INTEG pair Wireshark 4.0 decrypts and ike4j's default
     * provider implements (AES-XCBC/CMAC only as "ANY 96-bits [No Checking]").
     */
    private static final int[][] SUITES = {
        {12, 128, 12}, {12, 192, 13}, {12, 256, 14}, {12, 256, 2}, {12, 128, 1},
        {13, 128, 12}, {13, 192, 2}, {13, 256, 14},
        {3, 0, 2}, {3, 0, 12},
        {18, 128, 0}, {19, 192, 0}, {20, 256, 0}, {20, 128, 0}, {18, 256, 0},
        {14, 128, 0}, {15, 192, 0}, {16, 256, 0},
        {12, 128, 5}, {12, 256, 8},
    };

    @Test
    void ike4jProtectedMessagesDecryptInTsharkWithKeylogWriterLines(@TempDir Path dir) throws Exception {
        CryptoProvider provider = CryptoProviders.defaultProvider();
        Path keylog = dir.resolve("ike4j.keylog");
        KeylogWriter keys = new KeylogWriter(keylog);
        Path pcap = dir.resolve("ike4j.pcap");
        DatagramEndpoint a = DatagramEndpoint.of("127.0.0.1", 15500);
        DatagramEndpoint b = DatagramEndpoint.of("127.0.0.2", 16500);
        List<Ikev2Payload> inner = List.of(new Ikev2NotifyPayload(0, Bytes.EMPTY, 16396, Bytes.fromHex("0001")),
                new Ikev2DeletePayload(1, 0, List.of(), 0));
        try (PcapWriter w = PcapWriter.create(pcap)) {
            for (int n = 0; n < SUITES.length; n++) {
                int encr = SUITES[n][0];
                int bits = SUITES[n][1];
                int integ = SUITES[n][2];
                boolean aead = provider.isAead(encr);
                int ek = aead ? provider.aeadCipher(encr, bits).keyMaterialLength()
                        : provider.cipher(encr, bits).keyMaterialLength();
                int ak = aead ? 0 : provider.integrity(integ).keyLength();
                Bytes spiI = Bytes.fromHex(String.format("%016x", 0x1111_0000_0000_0000L + n));
                Bytes spiR = Bytes.fromHex(String.format("%016x", 0x2222_0000_0000_0000L + n));
                byte[] ei = seq(ek, n);
                byte[] er = seq(ek, n + 50);
                byte[] ai = aead ? null : seq(ak, n + 100);
                byte[] ar = aead ? null : seq(ak, n + 150);
                assertTrue(keys.writeIkev2(spiI, spiR, SecretBytes.copyOf(ei), SecretBytes.copyOf(er), encr, bits,
                        ai == null ? null : SecretBytes.copyOf(ai), ar == null ? null : SecretBytes.copyOf(ar),
                        integ));
                Ikev2SkProtector p = Ikev2SkProtector.forTransforms(provider, encr, bits, aead ? 0 : integ, 0);
                Ikev2SkKeys k = Ikev2SkKeys.of(ei, ai, er, ar);
                byte[] req = p.protect(new Ikev2Header(spiI, spiR, 37, Ikev2Header.FLAG_INITIATOR, 2), List.of(),
                        inner, k, seq(p.ivLength(), n + 200), n % 3);
                byte[] resp = p.protect(new Ikev2Header(spiI, spiR, 37, Ikev2Header.FLAG_RESPONSE, 2), List.of(),
                        List.of(), k, seq(p.ivLength(), n + 220), 0);
                w.writeIke(T0.plusSeconds(n), a, b, req);
                w.writeIke(T0.plusSeconds(n).plusMillis(1), b, a, resp);
            }
        }
        assertEquals(SUITES.length, WiresharkKeyTable.readIkev2(keylog).size());
        Tshark.Result r = tshark.check(pcap, keylog);
        // "ANY n-bits [No Checking]" skips the ICV: Wireshark decrypts but shows no "[correct]" there.
        long unchecked = java.util.Arrays.stream(SUITES).filter(x -> x[2] == 5 || x[2] == 8).count();
        List<String> failed = new ArrayList<>(r.failures());
        System.out.println("TsharkTest: " + SUITES.length + " ike4j suites, " + r.frames().size()
                + " frames, " + r.decryptedPayloads() + " decrypted with ICV correct, " + failed.size() + " failed");
        assertEquals(List.of(), failed);
        assertEquals(2L * SUITES.length, r.ikeFrames());
        assertEquals(2 * (SUITES.length - (int) unchecked), r.decryptedPayloads());
        assertEquals(2 * unchecked, r.frames().stream().mapToInt(Tshark.Frame::icvNotValidated).sum());
        assertTrue(r.frames().stream().allMatch(f -> f.encrypted() == 1 && f.decrypted() == 1
                && f.exchange().equals("INFORMATIONAL")), r.frames().toString());
    }

    @Test
    void pdmlFieldsThatDecideTheVerdict() {
        String pdml = """
                <?xml version="1.0" encoding="utf-8"?>
                <pdml version="0" creator="wireshark/4.0.17">
                <packet>
                  <proto name="geninfo"><field name="num" show="1"/></proto>
                  <proto name="frame"><field name="frame.number" show="1"/></proto>
                  <proto name="isakmp"><field name="isakmp.mjver" show="0x02"/>
                    <field name="isakmp.exchangetype" showname="Exchange type: IKE_AUTH (35)" show="35"/>
                    <field name="isakmp.enc.data" showname="Encrypted Data"/>
                    <field name="isakmp.enc.decrypted" showname="Decrypted Data"/>
                    <field name="isakmp.enc.icd" showname="Integrity Checksum Data: 00 (16 bytes)[correct]"/>
                    <field name="_ws.expert" showname="Expert Info (Note/Protocol): just a note"/>
                  </proto>
                </packet>
                <packet>
                  <proto name="frame"><field name="frame.number" show="2"/></proto>
                  <proto name="isakmp"><field name="isakmp.mjver" show="0x02"/>
                    <field name="isakmp.exchangetype" showname="Exchange type: INFORMATIONAL (37)" show="37"/>
                    <field name="isakmp.enc.data" showname="Encrypted Data"/>
                    <field name="isakmp.enc.decrypted" showname="Decrypted Data"/>
                    <field name="isakmp.enc.icd" showname="Integrity Checksum Data: 00[incorrect, should be 01]">
                      <field name="_ws.expert" showname="Expert Info (Warning/Checksum): IKEv2 ICV is incorrect"/>
                    </field>
                  </proto>
                  <proto name="_ws.malformed" showname="[Malformed Packet: ISAKMP]"/>
                </packet>
                <packet>
                  <proto name="frame"><field name="frame.number" show="3"/></proto>
                  <proto name="udp"/><proto name="esp"/>
                </packet>
                <packet>
                  <proto name="frame"><field name="frame.number" show="4"/></proto>
                  <proto name="data"/>
                </packet>
                </pdml>
                """;
        List<Tshark.Frame> frames = Tshark.parsePdml(
                new java.io.ByteArrayInputStream(pdml.getBytes(StandardCharsets.UTF_8)), java.util.Set.of(1, 2, 4));
        assertEquals(4, frames.size());
        Tshark.Frame f1 = frames.get(0);
        assertEquals(1, f1.number());
        assertTrue(f1.isakmp() && f1.clean() && f1.decryptedOk());
        assertEquals(2, f1.majorVersion());
        assertEquals("IKE_AUTH", f1.exchange());
        Tshark.Frame f2 = frames.get(1);
        assertTrue(f2.malformed());
        assertFalse(f2.clean());
        assertFalse(f2.decryptedOk());
        assertEquals(List.of("(Warning/Checksum): IKEv2 ICV is incorrect"), f2.problems());
        assertTrue(frames.get(2).clean(), "ESP is not IKE and not expected to be");
        assertFalse(frames.get(3).clean(), "an IKE datagram tshark did not dissect as ISAKMP fails");
        Tshark.Result r = new Tshark.Result(List.of("tshark"), true, frames, List.of());
        assertEquals(2, r.failures().size());
        assertTrue(r.failures().get(0).startsWith("frame 2 ") && r.failures().get(1).startsWith("frame 4 "));
        assertEquals(1, r.decryptedPayloads());
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, r::assertClean);
    }

    private record Endpoints(DatagramEndpoint a, DatagramEndpoint b) {
        Endpoints(String a, int pa, String b, int pb) {
            this(DatagramEndpoint.of(a, pa), DatagramEndpoint.of(b, pb));
        }
    }

    private static byte[] seq(int n, int start) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (start * 7 + i);
        }
        return out;
    }

    private static String flip(String hex) {
        char c = hex.charAt(0);
        return (c == '0' ? '1' : '0') + hex.substring(1);
    }

    private static String with(String[] fields, int index, String value) {
        String[] copy = fields.clone();
        copy[index] = value;
        return String.join(",", copy);
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        Path p = dir.resolve(name + ".table");
        Files.writeString(p, content + "\n", StandardCharsets.UTF_8);
        return p;
    }
}
