package io.ike4j.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reproducer of a finding: a small text file of {@code key: value} lines (target, version, stage, seed, case,
 * mutation, the campaign options without secrets, the mutated message in hex) with the pcap of the exchange next to
 * it. {@code ike fuzz --replay FILE} regenerates the case from seed and case number and sends it again.
 */
public record Reproducer(Map<String, String> fields) {
    public static final String HEADER = "# ike fuzz reproducer: replay with  ike fuzz --replay THIS_FILE  (add --psk-file for ike-auth)";

    public String get(String key) {
        String v = fields.get(key);
        if (v == null) {
            throw new IllegalArgumentException("reproducer has no '" + key + "' line");
        }
        return v;
    }

    public void write(Path file) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        fields.forEach((k, v) -> sb.append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reproducer " + file, e);
        }
    }

    /** @throws IOException when unreadable; IllegalArgumentException when not a reproducer */
    public static Reproducer read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("# ike fuzz reproducer")) {
            throw new IllegalArgumentException(file + " is not an ike fuzz reproducer (first line '" + HEADER + "')");
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            int c = l.indexOf(": ");
            if (c > 0 && !l.startsWith("#")) {
                f.put(l.substring(0, c), l.substring(c + 2));
            }
        }
        return new Reproducer(f);
    }
}
