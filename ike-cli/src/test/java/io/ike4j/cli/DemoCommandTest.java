package io.ike4j.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.ike4j.cli.DecodeCommandTest.ike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ike demo} in-process: two engines on loopback UDP, both sides' IOS trace and the show views. */
class DemoCommandTest {
    private static final Pattern TRACE = Pattern.compile(
            "^IKEv2:\\(SA ID = \\d+\\):SM Trace-> SA: I_SPI=[0-9A-F]{16} R_SPI=[0-9A-F]{16} \\(([IR])\\) MsgID = [0-9A-F]{8} "
                    + "CurState: (\\S+) Event: (\\S+)$");

    /**
     * The rows of the reference tables, "STATE EVENT" each: ike-core's test data (the IOS tables of
     * ios-reference.md §1), read from this repository rather than copied.
     */
    static List<String> reference(String... names) throws IOException {
        Path dir = referenceDir();
        List<String> rows = new ArrayList<>();
        for (String n : names) {
            Files.readString(dir.resolve(n + ".trace"), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(rows::add);
        }
        return rows;
    }

    private static Path referenceDir() {
        Path p = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 3 && p != null; i++, p = p.getParent()) {
            Path c = p.resolve("ike-core/src/test/resources/io/ike4j/sm/v2/reference");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new AssertionError("ike-core/src/test/resources/io/ike4j/sm/v2/reference not found above "
                + Paths.get("").toAbsolutePath());
    }

    static List<String> steps(String out, String role) {
        List<String> rows = new ArrayList<>();
        for (String l : out.lines().toList()) {
            Matcher m = TRACE.matcher(l);
            if (m.matches() && m.group(1).equals(role)) {
                rows.add(m.group(2) + " " + m.group(3));
            }
        }
        return rows;
    }

    static long count(String out, String regex) {
        Pattern p = Pattern.compile(regex);
        return out.lines().filter(l -> p.matcher(l).find()).count();
    }

    @Test
    void defaultDemoTracesBothSidesAndShowsTwoReadySas() throws IOException {
        long t0 = System.nanoTime();
        DecodeCommandTest.Result r = ike("demo");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.status(), r.err() + r.out());
        String out = r.out();
        List<String> i = steps(out, "I");
        List<String> resp = steps(out, "R");
        System.out.printf("DemoCommandTest: %d initiator and %d responder trace lines, %.2f s%n", i.size(), resp.size(), seconds);
        // Every trace row of both sides, in the order of the IOS tables (ios-reference.md §1).
        assertEquals(reference("i-build-init", "i-handle-init-response", "i-handle-auth-response"), i);
        assertEquals(reference("r-handle-init", "r-handle-auth"), resp);
        assertTrue(out.contains("(I) MsgID = 00000000 CurState: IDLE Event: EV_INIT_SA"), out);
        assertEquals(1, count(out, "\\(R\\) MsgID = 00000001 CurState: READY Event: EV_NO_EVENT$"), out);
        assertEquals(1, count(out, "\\(I\\) MsgID = 00000001 CurState: READY Event: EV_I_OK$"), out);
        // show crypto ikev2 sa detailed, once per side
        assertEquals(2, count(out, "^\\d+\\s+127\\.0\\.0\\.1/\\d+\\s+127\\.0\\.0\\.1/\\d+\\s+none/none\\s+READY$"), out);
        assertEquals(2, count(out, "^      Encr: AES-CBC, keysize: 128, PRF: SHA256, Hash: SHA256, DH Grp:14, "
                + "Auth sign: PSK, Auth verify: PSK$"), out);
        assertEquals(2, count(out, "^      Status Description: Negotiation done$"), out);
        assertEquals(1, count(out, "^      Initiator of SA : Yes$"), out);
        assertEquals(1, count(out, "^      Initiator of SA : No$"), out);
        assertEquals(1, count(out, "^      Local req msg id:  2 +Remote req msg id:  0$"), out);
        assertEquals(1, count(out, "^      Local req msg id:  0 +Remote req msg id:  2$"), out);
        assertEquals(2, count(out, "^      NAT-T is not detected$"), out);
        // show crypto ipsec sa: each side's inbound SPI is the other's outbound SPI
        assertEquals(4, count(out, "^        transform: esp-aes esp-sha256-hmac ,$"), out);
        List<String> outbound = out.lines().filter(l -> l.startsWith("     current outbound spi: ")).toList();
        assertEquals(2, outbound.size(), out);
        assertTrue(out.contains("ike demo: both sides READY with a CHILD_SA"), out);
        assertTrue(seconds < 5, "demo took " + seconds + " s");
    }

    /** The ISAKMP reference traces of seed 004 (ike-core's test data), "OLD-STATE NEW-STATE" per step. */
    static List<String> isakmpReference(String name) throws IOException {
        Path dir = referenceDir().getParent().getParent().resolve("v1/reference");
        List<String> rows = new ArrayList<>();
        Files.readString(dir.resolve(name + ".trace"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                    String[] f = l.split(" ");
                    rows.add(f[2] + " " + f[3] + " " + f[4]);
                });
        return rows;
    }

    static List<String> isakmpSteps(String out, String side) {
        Pattern input = Pattern.compile("^\\(" + side + "\\) ISAKMP: \\(\\d+\\):(?:Node -?\\d+, )?Input = \\S+, (\\S+)$");
        Pattern state = Pattern.compile("^\\(" + side + "\\) ISAKMP: \\(\\d+\\):Old State = (\\S+)  New State = (\\S+)$");
        List<String> rows = new ArrayList<>();
        String in = null;
        for (String l : out.lines().toList()) {
            Matcher m = input.matcher(l);
            if (m.matches()) {
                in = m.group(1);
                continue;
            }
            m = state.matcher(l);
            if (m.matches() && in != null) {
                rows.add(in + " " + m.group(1) + " " + m.group(2));
                in = null;
            }
        }
        return rows;
    }

    @Test
    void ikev1DemoTracesMainAndQuickModeAsSeed004() throws IOException {
        DecodeCommandTest.Result r = ike("demo", "--ike-version", "1");
        assertEquals(0, r.status(), r.err() + r.out());
        String out = r.out();
        assertEquals(isakmpReference("i-main-quick"), isakmpSteps(out, "I"), out);
        assertEquals(isakmpReference("r-main-quick"), isakmpSteps(out, "R"), out);
        assertTrue(out.contains("(I) ISAKMP: (0):Old State = IKE_I_MM1  New State = IKE_I_MM2"), out);
        assertEquals(2, count(out, "^127\\.0\\.0\\.1\\s+127\\.0\\.0\\.1\\s+QM_IDLE\\s+\\d+ ACTIVE$"), out);
        assertEquals(4, count(out, "^        transform: esp-aes esp-sha256-hmac ,$"), out);
        assertEquals(2, count(out, "^SA \\d+ UP 127\\.0\\.0\\.1:\\d+ <-> 127\\.0\\.0\\.1:\\d+ .* ike aes128-sha256-modp2048 child in "), out);
        assertTrue(out.contains("ike demo: both sides IKE_P1_COMPLETE and IKE_QM_PHASE2_COMPLETE"), out);
    }

    @Test
    void verboseAddsIosPacketDumpsAndOtherProposalsWork() {
        DecodeCommandTest.Result r = ike("demo", "--verbose", "--ike", "aes256gcm16-prfsha384-ecp384", "--esp", "aes256gcm16",
                "--provider", "jca");
        assertEquals(0, r.status(), r.err() + r.out());
        String out = r.out();
        // 4 messages, each dumped by its sender and its receiver
        assertEquals(4, count(out, "Next payload: SA, version: 2.0 Exchange type: IKE_SA_INIT"), out);
        assertEquals(4, count(out, "Exchange type: IKE_AUTH"), out);
        assertEquals(4, count(out, "Sending Packet \\[To 127\\.0\\.0\\.1:\\d+/From 127\\.0\\.0\\.1:\\d+/VRF i0:f0\\]$"), out);
        assertEquals(4, count(out, "Received Packet \\[From 127\\.0\\.0\\.1:\\d+/To 127\\.0\\.0\\.1:\\d+/VRF i0:f0\\]$"), out);
        assertTrue(out.contains(" AUTH  Next payload:"), out); // decrypted IKE_AUTH contents
        assertEquals(2, count(out, "^      Encr: AES-GCM, keysize: 256, PRF: SHA384, Hash: None, DH Grp:20, "), out);
        assertEquals(4, count(out, "^        transform: esp-gcm 256 ,$"), out);
    }

    @Test
    void badOptionsAreUsageErrors() {
        DecodeCommandTest.Result r = ike("demo", "--bogus");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--bogus"), r.err());
        r = ike("demo", "--ike", "aes128-nonsense");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nonsense"), r.err());
        r = ike("demo", "--provider", "openssl");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--provider"), r.err());
        r = ike("demo", "--ike");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--ike needs a value"), r.err());
    }
}
