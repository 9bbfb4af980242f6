package io.ike4j.vectors.capture;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shared capture read by {@link CaptureReader} yields exactly the IKE messages tshark and
 * tcpdump found in it: same frame numbers, addresses, ports and bytes.
 */
class CaptureReaderSuite {
    private static int checked;

    @AfterAll
    static void report() {
        System.out.println("CaptureReaderSuite: " + checked + " IKE messages located, 0 failed");
    }

    /** Wireshark captures: frame, addresses, ports and the whole IKE message from tshark's JSON. */
    @Test
    void wiresharkCapturesMatchTsharkJson() throws IOException {
        List<Path> jsons = Resources.files("wireshark/decoded", "*.messages.json");
        assertEquals(8, jsons.size());
        for (Path json : jsons) {
            String name = json.getFileName().toString().replace(".messages.json", "");
            List<CapturedDatagram> got = CaptureReader.read(Resources.vector("wireshark/captures/" + name));
            List<TsharkMessage> want = TsharkMessage.parse(Files.readString(json));
            assertEquals(want.size(), got.size(), name + ": message count");
            for (int i = 0; i < want.size(); i++) {
                TsharkMessage w = want.get(i);
                CapturedDatagram g = got.get(i);
                assertEquals(w.frame(), g.frame(), name + " frame");
                assertEquals(w.src(), g.source().getAddress().getHostAddress(), name + " src");
                assertEquals(w.dst(), g.destination().getAddress().getHostAddress(), name + " dst");
                assertEquals(w.sport(), g.source().getPort(), name + " sport");
                assertEquals(w.dport(), g.destination().getPort(), name + " dport");
                assertEquals(w.hex(), g.ike().toHex(), name + " frame " + w.frame() + " bytes");
                checked++;
            }
        }
    }

    /** strongSwan/libreswan loopback captures: every frame is IKE behind a non-ESP marker. */
    @Test
    void peerCapturesMatchTsharkSummary() throws IOException {
        Pattern line = Pattern.compile("^\\s*(\\d+)\\s+\\S+\\s+(\\S+) → (\\S+)\\s+ISAKMP (\\d+) .*$");
        List<Path> summaries = Resources.files("peers-captures", "*.tshark.txt");
        assertEquals(9, summaries.size());
        for (Path summary : summaries) {
            String base = summary.getFileName().toString().replace(".tshark.txt", "");
            // The summary was made from the file named in tshark-command.txt (IKEv1: a marker-free copy).
            Matcher cmd = Pattern.compile("-r (\\S+)").matcher(Files.readString(summary.resolveSibling("tshark-command.txt")));
            assertTrue(cmd.find(), base + ": tshark command");
            boolean markers = !cmd.group(1).contains("nomarker");
            List<CapturedDatagram> got = CaptureReader.read(summary.resolveSibling(cmd.group(1)));
            List<String[]> want = new ArrayList<>();
            for (String l : Files.readAllLines(summary)) {
                Matcher m = line.matcher(l);
                if (m.matches()) {
                    want.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
                }
            }
            assertFalse(want.isEmpty(), base);
            assertEquals(want.size(), got.size(), base + ": message count");
            for (int i = 0; i < want.size(); i++) {
                CapturedDatagram g = got.get(i);
                String[] w = want.get(i);
                assertEquals(Integer.parseInt(w[0]), g.frame(), base + " frame");
                assertEquals(w[1], g.source().getAddress().getHostAddress(), base + " src");
                assertEquals(w[2], g.destination().getAddress().getHostAddress(), base + " dst");
                assertEquals(markers, g.nonEspMarker(), base + " frame " + w[0] + ": non-ESP marker (no port 500)");
                // Ethernet 14 + IPv4 20 + UDP 8 + marker 4 + IKE message.
                assertEquals(Integer.parseInt(w[3]), 42 + (markers ? 4 : 0) + g.ike().length(),
                        base + " frame " + w[0] + " length");
                assertEquals(g.ike().length(), lengthField(g), base + " frame " + w[0] + " IKE length field");
                checked++;
            }
        }
    }

    /** tcpdump captures: the frames tcpdump decoded as ISAKMP/IKEv2 (not ESP, not keepalives). */
    @Test
    void tcpdumpCapturesMatchTcpdumpOutput() throws IOException {
        String[][] cases = {
                {"ikev2four.pcap", "ikev2four.out"}, {"ikev2pI2.pcap", "ikev2pI2.out"},
                {"ikev2-id-normal.pcap", "ikev2-id-normal.out"}, {"isakmp4500.pcap", "isakmp4.out"},
                {"ISAKMP_sa_setup.pcap", "isakmp5-v.out"}, {"espudp1.pcap", "espudp1.out"}};
        Pattern frameLine = Pattern.compile("^\\s*(\\d+)\\s+\\d{4}-\\d\\d-\\d\\d .*");
        for (String[] c : cases) {
            List<CapturedDatagram> got = CaptureReader.read(Resources.vector("tcpdump/tests/" + c[0]));
            List<Integer> want = new ArrayList<>();
            int frame = -1;
            StringBuilder text = new StringBuilder();
            for (String l : Files.readAllLines(Resources.vector("tcpdump/tests/" + c[1]))) {
                Matcher m = frameLine.matcher(l);
                if (m.matches()) {
                    addIfIke(frame, text, want);
                    frame = Integer.parseInt(m.group(1));
                    text.setLength(0);
                }
                text.append(l).append('\n');
            }
            addIfIke(frame, text, want);
            assertEquals(want, got.stream().map(CapturedDatagram::frame).toList(), c[0] + ": IKE frames");
            for (CapturedDatagram g : got) {
                assertEquals(g.ike().length(), lengthField(g), c[0] + " frame " + g.frame() + " IKE length field");
            }
            checked += got.size();
        }
    }

    private static void addIfIke(int frame, CharSequence text, List<Integer> want) {
        String t = text.toString();
        if (frame > 0 && t.contains("isakmp") && !t.contains("nat-keep-alive") && !t.contains("UDP-encap: ESP")) {
            want.add(frame);
        }
    }

    private static long lengthField(CapturedDatagram g) {
        long v = 0;
        for (int i = 24; i < 28; i++) {
            v = (v << 8) | g.ike().get(i);
        }
        return v;
    }
}
