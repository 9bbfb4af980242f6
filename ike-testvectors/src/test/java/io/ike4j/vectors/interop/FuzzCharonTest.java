package io.ike4j.vectors.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ike fuzz} (issue 14) against a real strongSwan charon ("fuzz-bob": bob's swanctl.conf, java-v2-psk, on
 * 127.0.0.2:16700; its own instance so that no other interop test shares its half-open SAs). The fuzzer runs as the
 * CLI in a child JVM on this test's class path, with {@code --pid} watching charon. If charon cannot start the class
 * fails. Each campaign must report cases/s, keep charon answering and alive, and give every finding a reproducer
 * and a pcap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzCharonTest {
    private static final Pattern RATE = Pattern.compile("fuzz: (\\d+) cases in [\\d.]+ s \\(([\\d.]+) cases/s\\)");
    private static final Pattern FINDING = Pattern.compile("    reproducer: (\\S+) \\(pcap (\\S+)\\)");
    private StrongSwanPeer charon;

    @BeforeAll
    void start() {
        charon = StrongSwanPeer.start("fuzz-bob", 16700, 16701, StrongSwanPeer.scriptDir().resolve("bob"));
    }

    @AfterAll
    void stop() {
        if (charon != null) {
            charon.stop();
        }
    }

    record Run(int status, String out, String err) {
    }

    private static Run fuzz(String psk, String... args) throws IOException, InterruptedException {
        String cp = String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "io.ike4j.cli.Main", "fuzz"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (psk != null) {
            pb.environment().put("IKE_PSK", psk);
        }
        Path out = Files.createTempFile("ike-fuzz", ".out");
        Path err = Files.createTempFile("ike-fuzz", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ike fuzz did not finish in 90 s:\n" + Files.readString(out));
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        System.out.println("FuzzCharonTest: ike fuzz " + String.join(" ", args) + "\n" + r.out());
        return r;
    }

    private void assertCampaign(Run r, int cases) {
        Matcher m = RATE.matcher(r.out());
        assertTrue(m.find(), "no rate line (exit " + r.status() + "):\n" + r.out() + r.err());
        assertTrue(Integer.parseInt(m.group(1)) > 0, r.out());
        assertTrue(Integer.parseInt(m.group(1)) <= cases, r.out());
        assertTrue(Double.parseDouble(m.group(2)) > 0, r.out());
        assertTrue(r.out().contains("fuzz: liveness: ok"), "charon stopped answering:\n" + r.out() + "\n"
                + InteropChecks.tail(charon.logLines(), 40));
        assertTrue(ProcessHandle.of(charon.pid()).map(ProcessHandle::isAlive).orElse(false), "charon " + charon.pid() + " is gone");
        assertEquals(0, charon.swanctlResult("--stats").exitCode(), "charon's vici still answers");
        Matcher f = FINDING.matcher(r.out());
        int findings = 0;
        while (f.find()) {
            findings++;
            assertTrue(Files.isRegularFile(Path.of(f.group(1))), "reproducer " + f.group(1));
            assertTrue(Files.isRegularFile(Path.of(f.group(2))), "pcap " + f.group(2));
        }
        assertTrue(r.out().contains("fuzz: findings: " + findings), r.out());
        assertEquals(findings == 0 ? 0 : 1, r.status(), r.out() + r.err());
    }

    @Test
    void ikeSaInit(@TempDir Path dir) throws Exception {
        Run r = fuzz(null, "--remote", "127.0.0.2:16700", "--cases", "2000", "--duration", "25", "--seed", "14", "--pid",
                Long.toString(charon.pid()), "--out", dir.toString(), "--quiet");
        assertCampaign(r, 2000);
        assertTrue(r.out().contains("fuzz: baseline: IKE_SA_INIT response 0 ["), r.out());
        assertTrue(r.out().matches("(?s).*target answered [1-9]\\d* of \\d+ mutated requests.*"), r.out());
    }

    @Test
    void ikeAuthInsideValidSkProtection(@TempDir Path dir) throws Exception {
        Run r = fuzz("interop-test-psk", "--remote", "127.0.0.2:16700", "--stage", "ike-auth", "--cases", "1000", "--duration", "25",
                "--seed", "14", "--id", "java@v2-psk.ike.test", "--remote-id", "bob.ike.test", "--local-ts", "127.16.4.0/24",
                "--remote-ts", "127.16.2.0/24", "--pid", Long.toString(charon.pid()), "--out", dir.toString(), "--quiet");
        assertCampaign(r, 1000);
        Matcher m = Pattern.compile("IKE_AUTH reached \\(IKE_SA_INIT completed, mutated IKE_AUTH sent\\) in (\\d+) cases, answered (\\d+)")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(1)) >= 500, "most cases got through IKE_SA_INIT with charon: " + r.out());
        assertTrue(Integer.parseInt(m.group(2)) > 0, "charon answered mutated IKE_AUTH requests: " + r.out());
    }
}
