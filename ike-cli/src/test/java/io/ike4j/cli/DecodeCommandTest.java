package io.ike4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodeCommandTest {
    record Result(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result ike(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String capture(String name) {
        try {
            return Path.of(DecodeCommandTest.class.getResource("/captures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void charonFormatMatchesStrongSwansOwnLog() {
        Result r = ike("decode", "--format", "charon", capture("v2-psk-modp2048.pcap"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.lines();
        assertEquals(6, lines.size(), r.out());
        // alice.log: "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]"
        assertEquals("frame 1 127.0.0.1[15500] -> 127.0.0.2[16500]: IKE_SA_INIT request 0 "
                + "[ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]", lines.get(0));
        assertEquals("frame 2 127.0.0.2[16500] -> 127.0.0.1[15500]: IKE_SA_INIT response 0 "
                + "[ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(FRAG_SUP) N(HASH_ALG) N(CHDLESS_SUP) N(MULT_AUTH) ]",
                lines.get(1));
        assertTrue(lines.get(2).contains(": IKE_AUTH request 1 [ "), lines.get(2));
        assertTrue(lines.get(5).contains(": INFORMATIONAL response 2 [ "), lines.get(5));
    }

    @Test
    void charonFormatForIkev1() {
        Result r = ike("decode", "--format=charon", capture("v1-main-psk.pcap"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.lines().get(0).endsWith(": ID_PROT request 0 [ SA V V V V ]"), r.lines().get(0));
        // ISAKMP has no Response flag: the peer that answers an exchange's first sender is the responder,
        // as in alice.log "parsed ID_PROT response 0 [ SA V V V ]".
        assertTrue(r.lines().get(1).endsWith(": ID_PROT response 0 [ SA V V V ]"), r.lines().get(1));
        assertTrue(r.lines().get(2).endsWith(": ID_PROT request 0 [ KE No NAT-D NAT-D ]"), r.lines().get(2));
        assertTrue(r.lines().get(7).endsWith(": QUICK_MODE response 1331666172 [ ENCRYPTED ]"), r.lines().get(7));
    }

    @Test
    void iosFormatPrintsHeaderAndPayloadLines() {
        Result r = ike("decode", capture("v2-psk-modp2048.pcap"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("IKEv2:Next payload: SA, version: 2.0 Exchange type: IKE_SA_INIT, flags: INITIATOR"
                + " Message id: 0, length: 464"), r.out());
        assertTrue(r.out().contains("Payload contents:"), r.out());
        assertTrue(r.out().contains(" KE  Next payload: N, reserved: 0x0, length: 264"), r.out());
        Result v1 = ike("decode", "--format", "ios", capture("v1-main-psk.pcap"));
        assertEquals(0, v1.status(), v1.err());
        assertTrue(v1.out().contains("ISAKMP: (0):IDENTITY_PROTECTION message, I_COOKIE "), v1.out());
        assertTrue(v1.out().contains("\nISAKMP:         life duration (basic) of 15840\n"), v1.out());
        assertFalse(v1.out().contains("ISAKMP: ISAKMP:"), v1.out());
    }

    @Test
    void jsonLinesHaveTheContractKeys() {
        Result r = ike("decode", "--format", "json", capture("v2-psk-modp2048.pcap"), capture("ikev1-bug-12620.pcapng.gz"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.lines();
        assertEquals(16, lines.size());
        String first = lines.get(0);
        for (String key : List.of("\"frame\":1", "\"version\":\"2.0\"", "\"ispi\":\"", "\"rspi\":\"0000000000000000\"",
                "\"exchange_type\":34", "\"flags\":8", "\"message_id\":0", "\"length\":464", "\"payloads\":[")) {
            assertTrue(first.contains(key), key + " in " + first);
        }
        assertTrue(first.matches(".*\"ispi\":\"[0-9a-f]{16}\".*"), first);
        assertTrue(lines.get(6).contains("\"version\":\"1.0\""), lines.get(6));
        for (String l : lines) {
            assertTrue(l.startsWith("{") && l.endsWith("}"), l);
            assertFalse(l.contains("\"error\""), l);
        }
    }

    @Test
    void malformedMessagesGetOneLineEachAndStatusOne(@TempDir Path dir) throws IOException {
        String good = "a88875a8198992a6" + "0000000000000000" + "00202208" + "00000000" + "0000001c";
        String truncatedPayload = "a88875a8198992a600000000000000002220220800000000000000200000000c";
        String shortHeader = "0102030405";
        Path hex = dir.resolve("msgs.hex");
        Files.writeString(hex, good + "\n\n" + truncatedPayload + "\n\n" + shortHeader + "\n");
        Result r = ike("decode", "--format", "charon", hex.toString());
        assertEquals(1, r.status());
        List<String> lines = r.lines();
        assertEquals(3, lines.size(), r.out());
        assertFalse(lines.get(0).contains("error"), lines.get(0));
        assertTrue(lines.get(1).startsWith("frame 2: error: INVALID_SYNTAX at offset "), lines.get(1));
        assertTrue(lines.get(2).startsWith("frame 3: error: "), lines.get(2));
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), r.out() + r.err());
        Result json = ike("decode", "--format", "json", hex.toString());
        assertTrue(json.lines().get(1).contains("\"error\":\"INVALID_SYNTAX"), json.out());
        assertTrue(json.lines().get(1).contains("\"notify\":\"INVALID_SYNTAX\""), json.out());
    }

    @Test
    void badArgumentsAndFiles() {
        assertEquals(2, ike("decode").status());
        assertEquals(2, ike("decode", "--format", "xml", capture("v1-main-psk.pcap")).status());
        Result missing = ike("decode", "/nonexistent/file.pcap");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(2, ike("frobnicate").status());
    }
}
