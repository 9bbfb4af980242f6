package io.ike4j.vectors.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The per-message fields of the Wireshark {@code *.messages.json} files that locate a message. */
record TsharkMessage(int frame, String src, String dst, int sport, int dport, String hex) {
    private static final Pattern MESSAGE = Pattern.compile(
            "\"frame\":\\s*(\\d+).*?\"src\":\\s*\"([^\"]+)\".*?\"dst\":\\s*\"([^\"]+)\".*?\"sport\":\\s*\"(\\d+)\""
                    + ".*?\"dport\":\\s*\"(\\d+)\".*?\"ike_message_hex\":\\s*\"([0-9a-f]+)\"",
            Pattern.DOTALL);

    static List<TsharkMessage> parse(String json) {
        List<TsharkMessage> out = new ArrayList<>();
        Matcher m = MESSAGE.matcher(json);
        while (m.find()) {
            out.add(new TsharkMessage(Integer.parseInt(m.group(1)), m.group(2), m.group(3),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6)));
        }
        return out;
    }
}
