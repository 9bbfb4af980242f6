package io.ike4j.vectors.v1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISAKMP header fields and top-level payload chain of one frame of a {@code tshark -V} dump:
 * payload types and lengths for a plain message, the encrypted data length for an encrypted one.
 */
record TsharkIsakmp(int frame, String ispi, String rspi, int nextPayload, String version, int exchangeType,
                    int flags, long messageId, long length, List<int[]> payloads, int encryptedLength) {
    private static final Pattern FRAME = Pattern.compile("(?m)^Frame (\\d+): ");
    private static final Pattern PAYLOAD = Pattern.compile("(?m)^    Payload: [^\\n]*?\\((\\d+)\\)[^\\n]*\\n"
            + "        Next payload: [^\\n]*\\n        Reserved: [^\\n]*\\n        Payload length: (\\d+)");
    private static final Pattern ENCRYPTED = Pattern.compile("(?m)^    Encrypted Data \\((\\d+) bytes\\)");

    /** Frames holding an ISAKMP section, by frame number. */
    static Map<Integer, TsharkIsakmp> parse(String text) {
        Map<Integer, TsharkIsakmp> out = new LinkedHashMap<>();
        Matcher f = FRAME.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (f.find()) {
            starts.add(new int[] {Integer.parseInt(f.group(1)), f.start()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : text.length();
            String block = text.substring(starts.get(i)[1], end);
            int isakmp = block.indexOf("\nInternet Security Association and Key Management Protocol\n");
            if (isakmp < 0) {
                continue;
            }
            String s = block.substring(isakmp);
            int stop = s.indexOf("\n\n");
            if (stop > 0) {
                s = s.substring(0, stop + 1);
            }
            List<int[]> payloads = new ArrayList<>();
            Matcher p = PAYLOAD.matcher(s);
            while (p.find()) {
                payloads.add(new int[] {Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2))});
            }
            Matcher e = ENCRYPTED.matcher(s);
            int frame = starts.get(i)[0];
            out.put(frame, new TsharkIsakmp(frame, line(s, "Initiator SPI"), line(s, "Responder SPI"),
                    number(line(s, "Next payload")), line(s, "Version"), number(line(s, "Exchange type")),
                    Integer.decode(token(line(s, "Flags"))), Long.decode(token(line(s, "Message ID"))),
                    Long.parseLong(token(line(s, "Length"))), payloads, e.find() ? Integer.parseInt(e.group(1)) : -1));
        }
        return out;
    }

    private static String line(String s, String name) {
        Matcher m = Pattern.compile("(?m)^    " + Pattern.quote(name) + ": (.*)$").matcher(s);
        return m.find() ? m.group(1).trim() : "";
    }

    private static String token(String v) {
        int sp = v.indexOf(' ');
        return sp < 0 ? v : v.substring(0, sp);
    }

    /** The trailing "(n)" of a tshark value such as "Quick Mode (32)". */
    private static int number(String v) {
        Matcher m = Pattern.compile("\\((\\d+)\\)\\s*$").matcher(v);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
