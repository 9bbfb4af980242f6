package io.ike4j.vectors.v1;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.text.Ikev1JsonFormatter;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ISAKMP message of Wireshark's three IKEv1 test captures: the raw bytes and header fields of
 * {@code decoded/*.messages.json}, the captures read with CaptureReader, tshark's {@code -V} payload chain,
 * and the decrypted bodies (Wireshark's plaintext) through {@code decodePayloadChain}.
 */
class Ikev1WiresharkSuite {
    private static final String[] CAPTURES = {"ikev1-bug-12610.pcapng.gz", "ikev1-bug-12620.pcapng.gz", "ikev1-certs.pcap"};

    /**
     * Decrypted bodies that are not a payload chain: ikev1-certs frame 8 is a retransmission of frame
     * 7 that Wireshark decrypts with the IV following frame 7, so its first block is garbage (its
     * tshark-V shows a malformed packet); the rest of the block chain equals frame 7's plaintext.
     */
    private static final List<String> GARBLED = List.of("ikev1-certs.pcap#8");

    @Test
    void messagesJsonAndCaptures() throws Exception {
        int checked = 0;
        int plaintexts = 0;
        List<String> failures = new ArrayList<>();
        for (String capture : CAPTURES) {
            List<WiresharkMessage> json = WiresharkMessage.parse(
                    Resources.text("wireshark/decoded/" + capture + ".messages.json"));
            Map<Integer, TsharkIsakmp> tshark = TsharkIsakmp.parse(
                    Resources.text("wireshark/decoded/" + capture + ".tshark-V.txt"));
            List<CapturedDatagram> datagrams = CaptureReader.read(Resources.vector("wireshark/captures/" + capture));
            assertEquals(json.size(), datagrams.size(), capture + ": datagrams in the capture");
            for (int i = 0; i < json.size(); i++) {
                WiresharkMessage w = json.get(i);
                String id = capture + "#" + w.frame();
                byte[] raw = HexFormat.of().parseHex(w.hex());
                List<String> problems = new ArrayList<>();
                V1Checks.expect(problems, "capture frame", w.frame(), datagrams.get(i).frame());
                V1Checks.expect(problems, "capture bytes", w.hex(), datagrams.get(i).ike().toHex());
                List<IsakmpMessage> decoded = new ArrayList<>();
                problems.addAll(V1Checks.roundTrip(raw, decoded));
                if (!decoded.isEmpty()) {
                    IsakmpMessage m = decoded.get(0);
                    V1Checks.expect(problems, "ispi", w.ispi(), V1Checks.hex16(m.header().initiatorCookie()));
                    V1Checks.expect(problems, "rspi", w.rspi(), V1Checks.hex16(m.header().responderCookie()));
                    V1Checks.expect(problems, "version", w.version(), "0x" + m.header().majorVersion() + m.header().minorVersion());
                    V1Checks.expect(problems, "exchange", w.exchangeType(), m.header().exchangeType());
                    V1Checks.expect(problems, "flags", w.flags(), m.header().flags());
                    V1Checks.expect(problems, "message id", w.messageId(), m.header().messageIdUnsigned());
                    V1Checks.expect(problems, "length", w.length(), raw.length);
                    // the JSON view carries the same header fields
                    Map<String, Object> j = Ikev1JsonFormatter.toMap(m, w.frame());
                    V1Checks.expect(problems, "json", List.of(w.frame(), w.ispi(), w.rspi(), w.exchangeType(), w.flags(),
                            w.messageId(), w.length()), List.of(j.get("frame"), j.get("ispi"), j.get("rspi"),
                            j.get("exchange_type"), j.get("flags"), j.get("message_id"), j.get("length")));
                    TsharkIsakmp t = tshark.get(w.frame());
                    if (t == null) {
                        problems.add("no tshark -V dissection");
                    } else {
                        problems.addAll(V1Checks.compare(m, raw.length, t));
                    }
                    V1Checks.expect(problems, "E flag iff decrypted_hex", w.decryptedHex() != null, m.isEncrypted());
                    if (w.decryptedHex() != null) {
                        byte[] plain = HexFormat.of().parseHex(w.decryptedHex());
                        V1Checks.expect(problems, "plaintext length", m.encryptedBody().ciphertext().length(), plain.length);
                        if (GARBLED.contains(id)) {
                            problems.addAll(garbled(m.header().nextPayload(), plain));
                        } else {
                            problems.addAll(V1Checks.plaintext(m.header().nextPayload(), plain));
                            plaintexts++;
                        }
                    }
                }
                checked++;
                if (!problems.isEmpty()) {
                    failures.add(id + ": " + problems);
                }
            }
        }
        System.out.println("Ikev1WiresharkSuite: " + checked + " messages checked, " + plaintexts
                + " decrypted bodies decoded, " + failures.size() + " failed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(36, checked);
    }

    /** The garbled plaintext either fails cleanly or decodes into something that re-encodes. */
    private static List<String> garbled(int first, byte[] plain) {
        try {
            return V1Checks.plaintext(first, plain);
        } catch (IkeDecodeException expected) {
            return List.of();
        }
    }
}
