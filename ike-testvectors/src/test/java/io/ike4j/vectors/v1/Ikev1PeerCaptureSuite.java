package io.ike4j.vectors.v1;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strongSwan 5.9.8 IKEv1 captures (Main Mode PSK, Aggressive Mode PSK) and the IKEv1 part of the
 * libreswan capture: read with CaptureReader (the on-the-wire pcap with non-ESP markers and the
 * marker-less copy must agree), decoded, re-encoded byte-identically and compared with tshark -V
 * (header fields, payload chain with lengths for plain messages, encrypted length for the others).
 */
class Ikev1PeerCaptureSuite {
    /** scenario, expected IKEv1 messages, of which unencrypted. */
    private static final Object[][] SCENARIOS = {{"v1-main-psk", 11, 4}, {"v1-aggr-psk", 8, 2}, {"libreswan", 12, 4}};

    @Test
    void peerCaptures() throws Exception {
        int checked = 0;
        int plain = 0;
        int ikev2Skipped = 0;
        List<String> failures = new ArrayList<>();
        for (Object[] s : SCENARIOS) {
            String name = (String) s[0];
            String dir = "peers-captures/" + name + "/";
            List<CapturedDatagram> wire = CaptureReader.read(Resources.vector(dir + name + ".pcap"));
            List<CapturedDatagram> bare = CaptureReader.read(Resources.vector(dir + name + ".nomarker.pcap"));
            Map<Integer, TsharkIsakmp> tshark = TsharkIsakmp.parse(Resources.text(dir + name + ".tshark-V.txt"));
            assertEquals(wire.size(), bare.size(), name + ": datagrams with and without marker");
            int v1 = 0;
            int v1Plain = 0;
            for (int i = 0; i < wire.size(); i++) {
                CapturedDatagram d = wire.get(i);
                String id = name + "#" + d.frame();
                List<String> problems = new ArrayList<>();
                V1Checks.expect(problems, "marker-less copy", d.ike(), bare.get(i).ike());
                V1Checks.expect(problems, "frame", d.frame(), bare.get(i).frame());
                if (d.ike().length() > 17 && d.ike().get(17) >>> 4 == 2) {
                    ikev2Skipped++; // IKEv2 messages of the libreswan scenario: the IKEv2 codec's business
                    V1Checks.expect(problems, "tshark version", "2.0", tshark.get(d.frame()).version());
                } else {
                    v1++;
                    byte[] raw = d.ike().toByteArray();
                    List<IsakmpMessage> decoded = new ArrayList<>();
                    problems.addAll(V1Checks.roundTrip(raw, decoded));
                    TsharkIsakmp t = tshark.get(d.frame());
                    if (t == null) {
                        problems.add("no tshark dissection");
                    } else if (!decoded.isEmpty()) {
                        problems.addAll(V1Checks.compare(decoded.get(0), raw.length, t));
                        if (!decoded.get(0).isEncrypted()) {
                            v1Plain++;
                        }
                    }
                    checked++;
                }
                if (!problems.isEmpty()) {
                    failures.add(id + ": " + problems);
                }
            }
            long tsharkV1 = tshark.values().stream().filter(t -> t.version().equals("1.0")).count();
            V1Checks.expect(failures, name + " IKEv1 messages vs tshark", tsharkV1, (long) v1);
            V1Checks.expect(failures, name + " IKEv1 messages", s[1], v1);
            V1Checks.expect(failures, name + " unencrypted IKEv1 messages", s[2], v1Plain);
            plain += v1Plain;
        }
        System.out.println("Ikev1PeerCaptureSuite: " + checked + " messages checked (" + plain + " unencrypted, "
                + ikev2Skipped + " IKEv2 left to the IKEv2 suite), " + failures.size() + " failed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
