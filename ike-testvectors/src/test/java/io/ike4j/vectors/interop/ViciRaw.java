package io.ike4j.vectors.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser for swanctl's {@code --raw} output, e.g.
 * {@code list-sa event {conn {state=ESTABLISHED child-sas {c-1 {spi-in=01000000 local-ts=[127.16.2.0/24]}}}}}.
 * Sections become LinkedHashMaps, {@code [a b]} lists become Lists of String, values Strings.
 * Values in swanctl's raw form contain no spaces or braces, which is what this relies on.
 */
final class ViciRaw {
    private final String s;
    private int pos;

    private ViciRaw(String s) {
        this.s = s;
    }

    /** Parses every {@code <type> event {…}} line of {@code swanctl --list-sas --raw} into its top section. */
    static List<Map<String, Object>> events(String output, String eventName) {
        List<Map<String, Object>> out = new ArrayList<>();
        String prefix = eventName + " event ";
        for (String line : output.split("\n")) {
            if (line.startsWith(prefix)) {
                ViciRaw p = new ViciRaw(line.substring(prefix.length()).trim());
                out.add(p.section());
            }
        }
        return out;
    }

    private Map<String, Object> section() {
        expect('{');
        Map<String, Object> m = new LinkedHashMap<>();
        while (true) {
            skipSpaces();
            if (peek() == '}') {
                pos++;
                return m;
            }
            String key = token();
            skipSpaces();
            if (peek() == '{') {
                m.put(key, section());
            } else if (peek() == '=') {
                pos++;
                if (peek() == '[') {
                    pos++;
                    int end = s.indexOf(']', pos);
                    if (end < 0) {
                        throw new IllegalStateException("unterminated list at " + pos + " in " + s);
                    }
                    String body = s.substring(pos, end).trim();
                    pos = end + 1;
                    // swanctl joins list items with spaces; a distinguished name ("C=CH, O=x y, CN=z")
                    // contains spaces too, so a body with ", " is taken as one item (tests only need this much)
                    List<String> list = new ArrayList<>();
                    if (body.contains(", ")) {
                        list.add(body);
                    } else if (!body.isEmpty()) {
                        list.addAll(List.of(body.split(" +")));
                    }
                    m.put(key, list);
                } else {
                    m.put(key, value());
                }
            } else {
                throw new IllegalStateException("unexpected '" + peek() + "' at " + pos + " in " + s);
            }
        }
    }

    private String token() {
        int start = pos;
        while (pos < s.length() && " {}=[]".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalStateException("empty token at " + pos + " in " + s);
        }
        return s.substring(start, pos);
    }

    /**
     * A scalar value. It may contain spaces and '=' (an identity such as {@code CN=srv, OU=load-test}), so it
     * ends at '}' or at a space followed by the next lower-case vici key ({@code key=} or {@code key {}).
     */
    private String value() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != '}') {
            if (s.charAt(pos) == ' ' && NEXT_KEY.matcher(s).region(pos, s.length()).lookingAt()) {
                break;
            }
            pos++;
        }
        return s.substring(start, pos);
    }

    private static final java.util.regex.Pattern NEXT_KEY = java.util.regex.Pattern.compile(" [a-z0-9_.-]+(=| \\{)");

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) {
            throw new IllegalStateException("expected '" + c + "' at " + pos + " in " + s);
        }
        pos++;
    }

    private char peek() {
        if (pos >= s.length()) {
            throw new IllegalStateException("truncated swanctl raw output: " + s);
        }
        return s.charAt(pos);
    }

    private void skipSpaces() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }
}
