package io.ike4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ike vectors}: CAVP .rsp and Wycheproof JSON, per-file lines, exit status on failure. */
class VectorsCommandTest {
    static final Pattern LINE = Pattern.compile("(.+): (\\d+) passed, (\\d+) failed, (\\d+) unsupported");

    static String vector(String name) {
        try {
            return Path.of(VectorsCommandTest.class.getResource("/vectors/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int[] counts(String line) {
        Matcher m = LINE.matcher(line);
        assertTrue(m.matches(), line);
        return new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
    }

    @Test
    void cavpAndWycheproofFilesOnBothProviders() {
        for (String provider : List.of("bc", "jca")) {
            var r = DecodeCommandTest.ike("vectors", "--provider", provider, vector("ikev2-excerpt.rsp"),
                    vector("ikev1_psk-excerpt.rsp"), vector("x25519-excerpt.json"));
            assertEquals(0, r.status(), r.out() + r.err());
            List<String> lines = r.lines();
            assertEquals(3, lines.size(), r.out());
            for (int i = 0; i < 2; i++) {
                int[] c = counts(lines.get(i));
                assertEquals(0, c[1], lines.get(i));
                assertEquals(4, c[0] + c[2], lines.get(i)); // SHA-224 cases may be unsupported
                assertTrue(c[0] >= 2, lines.get(i));
            }
            assertTrue(lines.get(0).startsWith(vector("ikev2-excerpt.rsp") + ": "));
            int[] w = counts(lines.get(2));
            assertEquals(6, w[0] + w[2], lines.get(2));
            assertEquals(0, w[1]);
        }
    }

    @Test
    void aWrongExpectedValueFailsTheRun(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(vector("ikev2-excerpt.rsp")), StandardCharsets.ISO_8859_1);
        int at = text.indexOf("SKEYSEED = ") + "SKEYSEED = ".length();
        char c = text.charAt(at);
        String bad = text.substring(0, at) + (c == '0' ? '1' : '0') + text.substring(at + 1);
        Path f = dir.resolve("ikev2-bad.rsp");
        Files.writeString(f, bad, StandardCharsets.ISO_8859_1);
        var r = DecodeCommandTest.ike("vectors", "--verbose", f.toString());
        assertEquals(1, r.status(), r.out());
        assertEquals(1, counts(r.lines().get(0))[1]);
        assertTrue(r.out().contains("FAILED [SHA-1] COUNT 0: SKEYSEED mismatch"), r.out());
    }

    @Test
    void usageErrors(@TempDir Path dir) throws Exception {
        assertEquals(Main.USAGE, DecodeCommandTest.ike("vectors").status());
        assertEquals(Main.USAGE, DecodeCommandTest.ike("vectors", "--provider", "nope", vector("ikev2-excerpt.rsp")).status());
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "hello\n");
        var r = DecodeCommandTest.ike("vectors", other.toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("neither a CAVP"), r.err());
    }
}
