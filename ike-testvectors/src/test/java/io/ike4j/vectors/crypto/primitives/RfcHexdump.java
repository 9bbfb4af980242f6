package io.ike4j.vectors.crypto.primitives;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the offset-prefixed hex dumps of RFC 8439 / RFC 7634 ({@code 000  4c 61 64 …  Ladies…}) into
 * labelled byte strings; the label is the text line just before the dump, without a trailing colon.
 * A label seen twice gets " #2", " #3" appended.
 */
final class RfcHexdump {
    private static final Pattern DUMP = Pattern.compile("^\\s*\\d{3}\\s\\s((?:[0-9a-f]{2}\\s){0,15}[0-9a-f]{2})(?:\\s\\s.*|\\s*)$");

    private RfcHexdump() {
    }

    static Map<String, byte[]> sections(String text) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String label = null;
        ByteArrayOutputStream cur = null;
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.contains("[Page") || line.startsWith("RFC ")) {
                continue;
            }
            Matcher m = DUMP.matcher(line);
            if (m.matches()) {
                if (cur == null) {
                    cur = new ByteArrayOutputStream();
                }
                cur.writeBytes(Tally.hex(m.group(1)));
                continue;
            }
            if (cur != null) {
                put(out, label, cur.toByteArray());
                cur = null;
            }
            label = line.trim().replaceAll(":$", "");
        }
        if (cur != null) {
            put(out, label, cur.toByteArray());
        }
        return out;
    }

    private static void put(Map<String, byte[]> out, String label, byte[] v) {
        String key = label;
        for (int i = 2; out.containsKey(key); i++) {
            key = label + " #" + i;
        }
        out.put(key, v);
    }
}
