package io.ike4j.vectors.v1;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.text.Ikev1CharonFormatter;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ikev1CharonFormatter against the {@code [ENC] generating/parsed} lines strongSwan's charon logged on
 * alice while the peers captures were taken (copied from shared/peers/captures/&lt;scenario&gt;/alice.log.gz,
 * which is not part of the test resources). Unencrypted messages must give the whole line; for encrypted
 * ones the exchange, role and message ID must match and the chain prints {@code [ ENCRYPTED ]}.
 */
class Ikev1CharonLogSuite {
    /** scenario → frame → charon's line (the part after "generating "/"parsed "). */
    private static final Map<String, Map<Integer, String>> LOGS = Map.of(
            "v1-main-psk", Map.ofEntries(
                    Map.entry(1, "ID_PROT request 0 [ SA V V V V ]"),
                    Map.entry(2, "ID_PROT response 0 [ SA V V V ]"),
                    Map.entry(3, "ID_PROT request 0 [ KE No NAT-D NAT-D ]"),
                    Map.entry(4, "ID_PROT response 0 [ KE No NAT-D NAT-D ]"),
                    Map.entry(5, "ID_PROT request 0 [ ID HASH N(INITIAL_CONTACT) ]"),
                    Map.entry(6, "ID_PROT response 0 [ ID HASH ]"),
                    Map.entry(7, "QUICK_MODE request 1331666172 [ HASH SA No ID ID ]"),
                    Map.entry(8, "QUICK_MODE response 1331666172 [ HASH SA No ID ID ]"),
                    Map.entry(9, "QUICK_MODE request 1331666172 [ HASH ]"),
                    Map.entry(10, "INFORMATIONAL_V1 request 75655461 [ HASH D ]"),
                    Map.entry(11, "INFORMATIONAL_V1 request 2315231894 [ HASH D ]")),
            "v1-aggr-psk", Map.ofEntries(
                    Map.entry(1, "AGGRESSIVE request 0 [ SA KE No ID V V V V ]"),
                    Map.entry(2, "AGGRESSIVE response 0 [ SA KE No ID V V V NAT-D NAT-D HASH ]"),
                    Map.entry(3, "AGGRESSIVE request 0 [ HASH NAT-D NAT-D ]"),
                    Map.entry(4, "QUICK_MODE request 2642320792 [ HASH SA No ID ID ]"),
                    Map.entry(5, "QUICK_MODE response 2642320792 [ HASH SA No ID ID ]"),
                    Map.entry(6, "QUICK_MODE request 2642320792 [ HASH ]"),
                    Map.entry(7, "INFORMATIONAL_V1 request 2977338215 [ HASH D ]"),
                    Map.entry(8, "INFORMATIONAL_V1 request 797167044 [ HASH D ]")),
            // frames 12-14 are charon's retransmissions of frame 11 and frame 18 is libreswan's delete,
            // which charon did not log as parsed: no line to compare
            "libreswan", Map.ofEntries(
                    Map.entry(5, "ID_PROT request 0 [ SA V V V V ]"),
                    Map.entry(6, "ID_PROT response 0 [ SA V V V ]"),
                    Map.entry(7, "ID_PROT request 0 [ KE No NAT-D NAT-D ]"),
                    Map.entry(8, "ID_PROT response 0 [ KE No NAT-D NAT-D ]"),
                    Map.entry(9, "ID_PROT request 0 [ ID HASH N(INITIAL_CONTACT) ]"),
                    Map.entry(10, "ID_PROT response 0 [ ID HASH ]"),
                    Map.entry(11, "QUICK_MODE request 663155085 [ HASH SA No ID ID ]"),
                    Map.entry(17, "INFORMATIONAL_V1 request 2551732157 [ HASH D ]")));

    @Test
    void charonLines() throws Exception {
        int full = 0;
        int prefix = 0;
        List<String> failures = new ArrayList<>();
        for (var scenario : LOGS.entrySet()) {
            String name = scenario.getKey();
            List<CapturedDatagram> datagrams = CaptureReader.read(
                    Resources.vector("peers-captures/" + name + "/" + name + ".pcap"));
            int matched = 0;
            for (CapturedDatagram d : datagrams) {
                String line = scenario.getValue().get(d.frame());
                if (line == null) {
                    continue;
                }
                matched++;
                IsakmpMessage m = IsakmpCodec.decode(d.ike());
                boolean request = line.contains(" request ");
                String ours = Ikev1CharonFormatter.format(m, request);
                if (m.isEncrypted()) {
                    String head = line.substring(0, line.indexOf('[') + 1);
                    V1Checks.expect(failures, name + "#" + d.frame(), head + " ENCRYPTED ]", ours);
                    prefix++;
                } else {
                    V1Checks.expect(failures, name + "#" + d.frame(), line, ours);
                    if (request) {
                        V1Checks.expect(failures, name + "#" + d.frame() + " default role", line, Ikev1CharonFormatter.format(m));
                    }
                    full++;
                }
            }
            V1Checks.expect(failures, name + " frames with a log line", scenario.getValue().size(), matched);
        }
        System.out.println("Ikev1CharonLogSuite: " + (full + prefix) + " charon lines checked (" + full
                + " whole lines of unencrypted messages, " + prefix + " exchange/role/message ID of encrypted ones), "
                + failures.size() + " failed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(10, full);
    }
}
