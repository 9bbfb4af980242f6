package io.ike4j.vectors.v1;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.KePayload;
import io.ike4j.codec.v1.NoncePayload;
import io.ike4j.codec.v1.UnknownPayload;
import io.ike4j.codec.v1.VendorIdPayload;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tcpdump's IKEv1 test captures: {@code ISAKMP_sa_setup.pcap} (Main + Quick Mode, compared with the
 * {@code -v} output {@code isakmp5-v.out}: message ID, exchange, E flag, top-level payloads and their
 * lengths) and {@code isakmp4500.pcap} (NAT-T on port 4500, compared with {@code isakmp4.out}: which
 * frames are ISAKMP, exchange and E flag). Every message also decodes and re-encodes byte-identically.
 */
class Ikev1TcpdumpSuite {
    private static final Pattern PACKET = Pattern.compile("(?m)^\\s*(\\d+)\\s+\\d{4}-\\d\\d-\\d\\d ");
    private static final Pattern ISAKMP = Pattern.compile(
            "isakmp(?: 1\\.0 msgid ([0-9a-f]{8}))?: phase \\S+(?: \\S+)? ([IR]) ([a-z-]+)(\\[E])?");
    private static final Pattern TOP = Pattern.compile("(?m)^    \\((pay\\d+|[a-z-]+)(?::[^\\n]*?len=(\\d+))?");

    record Expected(String msgid, String exchange, boolean encrypted, List<String> payloads) {
    }

    static Map<Integer, Expected> parseOut(String text) {
        Map<Integer, Expected> out = new LinkedHashMap<>();
        Matcher p = PACKET.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (p.find()) {
            starts.add(new int[] {Integer.parseInt(p.group(1)), p.start()});
        }
        for (int i = 0; i < starts.size(); i++) {
            String block = text.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[1] : text.length());
            Matcher m = ISAKMP.matcher(block);
            if (!m.find()) {
                continue;
            }
            List<String> payloads = new ArrayList<>();
            Matcher t = TOP.matcher(block);
            while (t.find()) {
                payloads.add(t.group(2) == null ? t.group(1) : t.group(1) + "/" + t.group(2));
            }
            out.put(starts.get(i)[0], new Expected(m.group(1), m.group(3), m.group(4) != null, payloads));
        }
        return out;
    }

    static String exchangeName(int type) {
        return switch (type) {
            case 1 -> "base";
            case 2 -> "ident";
            case 3 -> "auth";
            case 4 -> "agg";
            case 5 -> "inf";
            case 32 -> "oakley-quick";
            default -> "ex" + type;
        };
    }

    /** tcpdump's token for a top-level payload, with the length it prints (body length) where it does. */
    static String token(IsakmpPayload p) {
        if (p instanceof VendorIdPayload v) {
            return "vid/" + v.vendorId().length();
        } else if (p instanceof KePayload k) {
            return "ke/" + k.keyExchangeData().length();
        } else if (p instanceof NoncePayload n) {
            return "nonce/" + n.nonce().length();
        } else if (p instanceof UnknownPayload u) {
            return "pay" + u.type();
        }
        return switch (p.type()) {
            case 1 -> "sa";
            case 5 -> "id";
            case 8 -> "hash";
            case 11 -> "n";
            case 12 -> "d";
            default -> "type" + p.type();
        };
    }

    @Test
    void tcpdumpCaptures() throws Exception {
        int checked = 0;
        List<String> failures = new ArrayList<>();
        String[][] cases = {{"ISAKMP_sa_setup.pcap", "isakmp5-v.out"}, {"isakmp4500.pcap", "isakmp4.out"}};
        for (String[] c : cases) {
            Map<Integer, Expected> expected = parseOut(Resources.text("tcpdump/tests/" + c[1]));
            List<CapturedDatagram> datagrams = CaptureReader.read(Resources.vector("tcpdump/tests/" + c[0]));
            V1Checks.expect(failures, c[0] + " ISAKMP frames", expected.keySet().stream().toList(),
                    datagrams.stream().map(CapturedDatagram::frame).toList());
            for (CapturedDatagram d : datagrams) {
                List<String> problems = new ArrayList<>();
                List<IsakmpMessage> decoded = new ArrayList<>();
                problems.addAll(V1Checks.roundTrip(d.ike().toByteArray(), decoded));
                Expected e = expected.get(d.frame());
                if (e == null) {
                    problems.add("not an ISAKMP packet in " + c[1]);
                } else if (!decoded.isEmpty()) {
                    IsakmpMessage m = decoded.get(0);
                    V1Checks.expect(problems, "exchange", e.exchange(), exchangeName(m.header().exchangeType()));
                    V1Checks.expect(problems, "E flag", e.encrypted(), m.isEncrypted());
                    if (e.msgid() != null) {
                        V1Checks.expect(problems, "msgid", e.msgid(), String.format("%08x", m.header().messageId()));
                    }
                    if (!m.isEncrypted() && e.msgid() != null) {
                        V1Checks.expect(problems, "payloads", e.payloads(),
                                m.payloads().stream().map(Ikev1TcpdumpSuite::token).toList());
                    }
                }
                checked++;
                if (!problems.isEmpty()) {
                    failures.add(c[0] + "#" + d.frame() + ": " + problems);
                }
            }
        }
        System.out.println("Ikev1TcpdumpSuite: " + checked + " messages checked, " + failures.size() + " failed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked >= 20, "messages found: " + checked);
    }
}
