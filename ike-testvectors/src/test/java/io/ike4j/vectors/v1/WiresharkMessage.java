package io.ike4j.vectors.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One message of a Wireshark {@code *.messages.json} file (fields as tshark printed them). */
record WiresharkMessage(int frame, String ispi, String rspi, String version, int exchangeType, int flags,
                        long messageId, int length, String hex, String decryptedHex) {
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\"ike_message_hex\"[^{}]*}", Pattern.DOTALL);

    static List<WiresharkMessage> parse(String json) {
        List<WiresharkMessage> out = new ArrayList<>();
        Matcher m = OBJECT.matcher(json);
        while (m.find()) {
            String o = m.group();
            out.add(new WiresharkMessage(Integer.parseInt(field(o, "frame")), field(o, "ispi"), field(o, "rspi"),
                    field(o, "version"), Integer.parseInt(field(o, "exchange_type")),
                    Integer.decode(field(o, "flags")), Long.decode(field(o, "message_id")),
                    Integer.parseInt(field(o, "length")), field(o, "ike_message_hex"), decrypted(o)));
        }
        return out;
    }

    private static String field(String o, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\s*\"?([^\",}\\s]*)").matcher(o);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + o);
        }
        return m.group(1);
    }

    /** decrypted_hex is a list rendered as a string ("['ab…']") or a JSON list; null when absent. */
    private static String decrypted(String o) {
        Matcher m = Pattern.compile("\"decrypted_hex\":\\s*\"?\\[\\s*['\"]([0-9a-f]*)['\"]").matcher(o);
        return m.find() ? m.group(1) : null;
    }
}
