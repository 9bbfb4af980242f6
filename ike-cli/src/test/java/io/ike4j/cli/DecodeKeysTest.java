package io.ike4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.text.Json;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ike decode --keys}: IKEv2 (strongSwan table, Wireshark table with Wireshark's algorithm names) and
 * IKEv1 decryption in the charon, IOS and JSON forms; a wrong key gives "ICV mismatch" per message.
 */
class DecodeKeysTest {
    static String file(String dir, String name) {
        try {
            return Path.of(DecodeKeysTest.class.getResource("/" + dir + "/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String V2_TABLE = file("keys", "v2-psk-modp2048.ikev2_decryption_table");
    static final String V2_PCAP = file("captures", "v2-psk-modp2048.pcap");

    @Test
    void charonLinesShowTheInnerPayloadsLikeStrongSwansLog() {
        var r = DecodeCommandTest.ike("decode", "--format", "charon", "--keys", V2_TABLE, V2_PCAP);
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.lines();
        assertEquals(6, lines.size());
        // alice.log: "generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr ..."
        assertEquals("frame 3 127.0.0.1[15500] -> 127.0.0.2[16500]: IKE_AUTH request 1 [ IDi N(INIT_CONTACT) CERTREQ IDr"
                + " AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]", lines.get(2));
        assertEquals("frame 4 127.0.0.2[16500] -> 127.0.0.1[15500]: IKE_AUTH response 1 [ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]",
                lines.get(3));
        assertTrue(lines.get(4).endsWith("INFORMATIONAL request 2 [ D ]"), lines.get(4));
        assertTrue(lines.get(5).endsWith("INFORMATIONAL response 2 [ ]"), lines.get(5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonGainsDecryptedWithPlaintextWithoutPadding() {
        for (String provider : List.of("bc", "jca")) {
            var r = DecodeCommandTest.ike("decode", "--format", "json", "--provider", provider, "--keys", V2_TABLE, V2_PCAP);
            assertEquals(0, r.status(), r.err());
            List<String> lines = r.lines();
            assertFalse(lines.get(0).contains("\"decrypted\""));
            String auth = lines.get(2);
            assertTrue(auth.contains("\"decrypted\":{\"icv_ok\":true,\"plaintext_hex\":\""), auth);
            // The inner chain starts with IDi (type 35 -> next payload of IDi is N = 41), and the payloads list names it.
            assertTrue(auth.contains("\"plaintext_hex\":\"29"), auth);
            assertTrue(auth.contains("\"name\":\"IDi\"") || auth.contains("\"name\":\"IDI\""), auth);
            // INFORMATIONAL response 2 is empty: plaintext without padding is empty.
            assertTrue(lines.get(5).contains("\"plaintext_hex\":\"\",\"payloads\":[]"), lines.get(5));
        }
    }

    @Test
    void wiresharkAlgorithmNamesAndIosDump() {
        var r = DecodeCommandTest.ike("decode", "--keys", file("keys", "wireshark.ikev2_decryption_table"),
                file("keys", "ikev2-decrypt-aes192ctr.pcap"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Payload contents:"), r.out());
        assertTrue(r.out().contains(" IDi  Next payload: NOTIFY"), r.out());
        assertFalse(r.out().contains("ICV mismatch"));
    }

    @Test
    void aWrongKeyGivesIcvMismatchNotACrash(@TempDir Path dir) throws Exception {
        String table = Files.readString(Path.of(V2_TABLE), StandardCharsets.UTF_8);
        String[] f = table.strip().split(",");
        // Change one digit of SK_ai (field 6) and SK_ar (field 7).
        f[5] = (f[5].charAt(0) == '0' ? "1" : "0") + f[5].substring(1);
        f[6] = (f[6].charAt(0) == '0' ? "1" : "0") + f[6].substring(1);
        Path bad = dir.resolve("bad_table");
        Files.writeString(bad, String.join(",", f) + "\n");
        for (String format : List.of("ios", "charon", "json")) {
            var r = DecodeCommandTest.ike("decode", "--format", format, "--keys", bad.toString(), V2_PCAP);
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().isEmpty(), r.err());
            long mismatches = r.out().lines().filter(l -> l.contains("ICV mismatch")).count();
            assertEquals(4, mismatches, r.out());
        }
    }

    @Test
    void ikev1BodiesDecrypt() {
        var r = DecodeCommandTest.ike("decode", "--format", "charon", "--keys", file("keys", "v1-main-psk.ikev1_decryption_table"),
                file("captures", "v1-main-psk.pcap"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(4).endsWith("ID_PROT request 0 [ ID HASH N(INITIAL_CONTACT) ]"), lines.get(4));
        assertTrue(lines.get(6).contains("QUICK_MODE request") && lines.get(6).endsWith("[ HASH SA No ID ID ]"), lines.get(6));
        var json = DecodeCommandTest.ike("decode", "--format", "json", "--keys",
                file("keys", "v1-main-psk.ikev1_decryption_table"), file("captures", "v1-main-psk.pcap"));
        assertEquals(0, json.status());
        String qm = json.lines().get(6);
        assertTrue(qm.contains("\"decrypted\":{\"plaintext_hex\":\"01"), qm); // starts with the SA payload header
        assertTrue(Json.write(List.of()).equals("[]"));
    }

    @Test
    void fragmentsAreReassembledAtTheLastOneAsCharonLogsThem() {
        var r = DecodeCommandTest.ike("decode", "--format", "charon", "--keys",
                file("keys", "v2-rsa-frag.ikev2_decryption_table"), file("keys", "v2-rsa-frag.pcap"));
        assertEquals(0, r.status(), r.err());
        // alice.log: "generating IKE_AUTH request 1 [ IDi CERT N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA
        // TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]" and "parsed IKE_AUTH response 1 [ IDr CERT AUTH
        // N(ESP_TFC_PAD_N) SA TSi TSr ]"
        assertTrue(r.lines().contains("frame 6 127.0.0.1[15500] -> 127.0.0.2[16500]: IKE_AUTH request 1 [ IDi CERT "
                + "N(INIT_CONTACT) CERTREQ IDr AUTH N(ESP_TFC_PAD_N) SA TSi TSr N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]"),
                r.out());
        assertTrue(r.lines().contains("frame 10 127.0.0.2[16500] -> 127.0.0.1[15500]: IKE_AUTH response 1 "
                + "[ IDr CERT AUTH N(ESP_TFC_PAD_N) SA TSi TSr ]"), r.out());
        assertTrue(r.lines().contains("frame 10 127.0.0.2[16500] -> 127.0.0.1[15500]: IKE_AUTH response 1 [ EF(4/4) ]"),
                r.out());
    }

    @Test
    void missingTableIsAUsageError() {
        var r = DecodeCommandTest.ike("decode", "--keys", "/nonexistent/table", V2_PCAP);
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
