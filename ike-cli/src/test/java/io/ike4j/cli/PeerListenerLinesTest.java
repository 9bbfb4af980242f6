package io.ike4j.cli;

import io.ike4j.codec.Bytes;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.Role;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines {@link PeerListener} prints for rekeys, liveness checks and deletions, the same in both formats. */
class PeerListenerLinesTest {
    static IkeSaInfo sa(int id) {
        return new IkeSaInfo(id, Role.INITIATOR, Ikev2State.READY, Bytes.fromHex("e58f925107f8b73f"), Bytes.fromHex("afd098f4147869da"),
                DatagramEndpoint.of("10.0.0.1", 500), DatagramEndpoint.of("10.0.0.2", 500), 12, 128, 2, 2, 2, "PSK", "PSK",
                Optional.of(IkeIdentity.infer("10.0.0.1")), Optional.of(IkeIdentity.infer("10.0.0.2")), SaSummaryTest.T0,
                Optional.of(SaSummaryTest.T0), 120, 2, 0, 1, false, false, Optional.empty(), 1);
    }

    static ChildSa child(int ikeSa, String inbound, String outbound) {
        SecretBytes k = SecretBytes.copyOf(new byte[16]);
        return new ChildSa(ikeSa, Role.INITIATOR, Bytes.fromHex(inbound), Bytes.fromHex(outbound), false, 12, 128, 12, 0, 0,
                List.of(TrafficSelector.anyIpv4()), List.of(TrafficSelector.anyIpv4()), k, k, k, k, 3600, 4_608_000L);
    }

    /** What a peer listener in {@code style} prints for one SA's life after it came up. */
    private static List<String> lines(PeerListener.Style style, boolean saLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PeerListener l = new PeerListener(o, o, style, false, false, saLines, null);
        l.childSaRekeyed(sa(1), child(1, "6b74cb79", "f6083add"), child(1, "0a0b0c0d", "11223344"));
        l.livenessChecked(sa(1), true);
        l.ikeSaRekeyed(sa(1), sa(3));
        l.ikeSaDeleted(sa(1), "rekeyed as SA 3"); // said by the REKEYED line: no DOWN
        assertEquals(3, l.currentId(1));
        l.ikeSaRekeyed(sa(3), sa(5));
        assertEquals(5, l.currentId(1), "the first ID leads to the latest");
        l.livenessChecked(sa(5), false);
        l.ikeSaDeleted(sa(5), "peer unreachable");
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void sameLinesInBothFormats() {
        List<String> expected = List.of(
                "SA 1 REKEYED CHILD 6b74cb79 -> 0a0b0c0d",
                "SA 1 DPD ok",
                "SA 1 REKEYED IKE 1 -> 3",
                "SA 3 REKEYED IKE 3 -> 5",
                "SA 5 DPD dead",
                "SA 5 DOWN peer unreachable");
        assertEquals(expected, lines(PeerListener.Style.IOS, true));
        assertEquals(expected, lines(PeerListener.Style.CHARON, true));
    }

    /** The UP line, octet for octet, as the usage text documents it; the second time from the name caches. */
    @Test
    void upLineExactly() {
        ChildSa c = child(1, "6b74cb79", "f6083add");
        String expected = "SA 1 UP 10.0.0.1:500 <-> 10.0.0.2:500 ids 10.0.0.1 <-> 10.0.0.2 ike aes128-sha1-modp1024"
                + " child in 6B74CB79 out F6083ADD esp-aes esp-sha256-hmac";
        assertEquals(expected, PeerListener.saLine(sa(1), c));
        assertEquals(expected, PeerListener.saLine(sa(1), c));
        IkeSaInfo v6 = new IkeSaInfo(7, Role.RESPONDER, Ikev2State.READY, Bytes.fromHex("e58f925107f8b73f"),
                Bytes.fromHex("afd098f4147869da"), DatagramEndpoint.of("2001:db8::1", 4500), DatagramEndpoint.of("2001:db8:0:0:1:0:0:2", 4500),
                12, 256, 12, 5, 14, "PSK", "PSK", Optional.of(IkeIdentity.infer("CN=gw one, O=ike4j")), Optional.empty(),
                SaSummaryTest.T0, Optional.of(SaSummaryTest.T0), 120, 2, 0, 1, false, false, Optional.empty(), 1);
        SecretBytes k = SecretBytes.copyOf(new byte[32]);
        ChildSa gcm = new ChildSa(7, Role.RESPONDER, Bytes.fromHex("00a0ff01"), Bytes.fromHex("c0ffee00"), false, 20, 256, 0, 0, 0,
                List.of(TrafficSelector.anyIpv6()), List.of(TrafficSelector.anyIpv6()), k, k, k, k, 3600, 4_608_000L);
        assertEquals("SA 7 UP [2001:db8::1]:4500 <-> [2001:db8::1:0:0:2]:4500 ids \"CN=gw one, O=ike4j\" <-> ? "
                + "ike aes256-sha256-modp2048 child in 00A0FF01 out C0FFEE00 esp-gcm 256", PeerListener.saLine(v6, gcm));
    }

    /** {@code ike demo} prints no SA lines, so none of these either. */
    @Test
    void noneWithoutSaLines() {
        assertEquals(List.of(), lines(PeerListener.Style.IOS, false));
    }
}
