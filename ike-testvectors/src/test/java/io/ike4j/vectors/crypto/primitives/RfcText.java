package io.ike4j.vectors.crypto.primitives;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "name = value" / "name : value" / "name    value" lines of RFC test-vector sections, with
 * hex continuation lines, into an ordered list of fields. Values: hex (with or without 0x, spaces
 * allowed), "ASCII strings", {@code 0xNN repeated N times}, {@code <empty string>}; trailing
 * parenthetical comments such as {@code (20 bytes)} or {@code ("Hi There")} are ignored. Page headers and
 * footers of the RFC text are skipped.
 */
final class RfcText {
    /** One field; {@code hex} is null when the value is not a byte string. */
    record Field(String name, String raw, byte[] hex) {
    }

    private static final Pattern FIELD = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z0-9 _\\-#()./,^']*?)\\s*(?:=|:|\\s{2,})\\s*(.*)$");
    private static final Pattern HEXLINE = Pattern.compile("^(?:0x)?[0-9a-fA-F]{2,}(?:\\s+[0-9a-fA-F]{2,})*$");
    private static final Pattern REPEATED = Pattern.compile("^0x([0-9a-fA-F]{2}) repeated (\\d+) times$");

    private RfcText() {
    }

    static List<Field> fields(String text) {
        List<Field> out = new ArrayList<>();
        StringBuilder pendingHex = null;
        String pendingName = null;
        String pendingRaw = null;
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.contains("[Page") || line.startsWith("RFC ")) {
                continue;
            }
            String body = stripComment(line.trim());
            if (pendingName != null && pendingHex == null && pendingRaw.startsWith("\"")
                    && pendingRaw.indexOf('"', 1) < 0) {
                pendingRaw = pendingRaw + " " + line.trim(); // a quoted string continued on the next line
                continue;
            }
            if (pendingHex != null && HEXLINE.matcher(body).matches()) {
                pendingHex.append(body.replace("0x", "").replaceAll("\\s", ""));
                continue;
            }
            if (pendingName != null) {
                out.add(make(pendingName, pendingRaw, pendingHex));
                pendingName = null;
                pendingHex = null;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1).trim();
            String raw = stripComment(m.group(2).trim());
            pendingName = name;
            pendingRaw = raw;
            pendingHex = null;
            if (raw.isEmpty() || HEXLINE.matcher(raw).matches()) {
                pendingHex = new StringBuilder(raw.replace("0x", "").replaceAll("\\s", ""));
            }
        }
        if (pendingName != null) {
            out.add(make(pendingName, pendingRaw, pendingHex));
        }
        return out;
    }

    private static Field make(String name, String raw, StringBuilder hex) {
        if (hex != null) {
            return new Field(name, raw, Tally.hex(hex.toString()));
        }
        if (raw.startsWith("\"") && raw.lastIndexOf('"') > 0) {
            return new Field(name, raw, raw.substring(1, raw.lastIndexOf('"')).getBytes(StandardCharsets.US_ASCII));
        }
        Matcher r = REPEATED.matcher(raw);
        if (r.matches()) {
            byte[] b = new byte[Integer.parseInt(r.group(2))];
            java.util.Arrays.fill(b, (byte) Integer.parseInt(r.group(1), 16));
            return new Field(name, raw, b);
        }
        if (raw.equals("<empty string>")) {
            return new Field(name, raw, new byte[0]);
        }
        return new Field(name, raw, null);
    }

    /** Drops a trailing "(...)" comment separated by whitespace (not a value in quotes). */
    private static String stripComment(String s) {
        int i = s.lastIndexOf("  (");
        if (i < 0 && s.startsWith("(")) {
            return "";
        }
        if (i >= 0 && s.endsWith(")")) {
            return s.substring(0, i).trim();
        }
        return s;
    }
}
