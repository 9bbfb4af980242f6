package io.ike4j.vectors.v2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ISAKMP sections of {@code tshark -V} output: per frame, the IKE header fields and the
 * top-level payload chain (type and payload length; inner payloads of decrypted SK payloads are indented
 * deeper and ignored).
 */
final class TsharkV {
    private static final Pattern FRAME = Pattern.compile("^Frame (\\d+): ");
    private static final Pattern NUMBER_IN_PARENS = Pattern.compile("\\((\\d+)\\)");

    /**
     * One IKE message as tshark shows it. {@code payloads}: top-level {type, payload length};
     * {@code inner}: the decrypted payloads of an SK payload (when tshark had the keys) as
     * {type, payload length, notify type or -1}.
     */
    record Message(int frame, String ispi, String rspi, int nextPayload, String version, int exchangeType,
                   int flags, long messageId, long length, List<int[]> payloads, List<int[]> inner) {
    }

    private TsharkV() {
    }

    static Map<Integer, List<Message>> parse(String text) {
        Map<Integer, List<Message>> out = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        int frame = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher f = FRAME.matcher(lines[i]);
            if (f.find()) {
                frame = Integer.parseInt(f.group(1));
                continue;
            }
            if (!lines[i].startsWith("Internet Security Association and Key Management Protocol")) {
                continue;
            }
            String ispi = null;
            String rspi = null;
            String version = null;
            int next = -1;
            int exchange = -1;
            int flags = -1;
            long mid = -1;
            long length = -1;
            List<int[]> payloads = new ArrayList<>();
            List<int[]> inner = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.length && lines[j].startsWith(" "); j++) {
                String l = lines[j];
                if (l.startsWith("    Initiator SPI: ")) {
                    ispi = l.substring(19).trim();
                } else if (l.startsWith("    Responder SPI: ")) {
                    rspi = l.substring(19).trim();
                } else if (l.startsWith("    Next payload: ")) {
                    next = lastNumber(l);
                } else if (l.startsWith("    Version: ")) {
                    version = l.substring(13).trim();
                } else if (l.startsWith("    Exchange type: ")) {
                    exchange = lastNumber(l);
                } else if (l.startsWith("    Flags: 0x")) {
                    flags = Integer.parseInt(l.substring(13, 15), 16);
                } else if (l.startsWith("    Message ID: 0x")) {
                    mid = Long.parseLong(l.substring(18).trim(), 16);
                } else if (l.startsWith("    Length: ")) {
                    length = Long.parseLong(l.substring(12).trim());
                } else if (l.startsWith("    Payload: ")) {
                    int type = firstNumber(l);
                    int plen = -1;
                    for (int k = j + 1; k < lines.length && lines[k].startsWith("        "); k++) {
                        if (lines[k].startsWith("        Payload length: ")) {
                            plen = Integer.parseInt(lines[k].substring(24).trim());
                            break;
                        }
                    }
                    payloads.add(new int[] {type, plen});
                } else if (l.startsWith("                Payload: ") && !payloads.isEmpty()
                        && payloads.get(payloads.size() - 1)[0] == 46) {
                    int type = firstNumber(l);
                    int plen = -1;
                    int notify = -1;
                    for (int k = j + 1; k < lines.length && lines[k].startsWith("                    "); k++) {
                        if (lines[k].startsWith("                    Payload length: ")) {
                            plen = Integer.parseInt(lines[k].substring(36).trim());
                        } else if (lines[k].startsWith("                    Notify Message Type: ")) {
                            notify = lastNumber(lines[k]);
                        }
                    }
                    inner.add(new int[] {type, plen, notify});
                }
            }
            out.computeIfAbsent(frame, k -> new ArrayList<>())
                    .add(new Message(frame, ispi, rspi, next, version, exchange, flags, mid, length, payloads, inner));
            i = j - 1;
        }
        return out;
    }

    private static int firstNumber(String l) {
        Matcher m = NUMBER_IN_PARENS.matcher(l);
        if (!m.find()) {
            throw new IllegalArgumentException("no (number) in: " + l);
        }
        return Integer.parseInt(m.group(1));
    }

    private static int lastNumber(String l) {
        Matcher m = NUMBER_IN_PARENS.matcher(l);
        int n = -1;
        while (m.find()) {
            n = Integer.parseInt(m.group(1));
        }
        return n;
    }
}
