package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.V1Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden tests: messages built to match what IOS printed in seed 004 give the seed's lines. */
class Ikev1IosFormatterTest {
    private static final String T = "*Sep 21 08:33:43.377: ";

    @Test
    void phase1ProposalAttributesAsInTheSeed() {
        String expected = T + "ISAKMP: (0): processing SA payload. message ID = 0\n"
                + T + "ISAKMP: (0):Checking ISAKMP transform 1\n"
                + T + "ISAKMP:         encryption DES-CBC\n"
                + T + "ISAKMP:         hash SHA\n"
                + T + "ISAKMP:         default group 1\n"
                + T + "ISAKMP:         auth pre-share\n"
                + T + "ISAKMP:         life type in seconds\n"
                + T + "ISAKMP:         life duration (VPI) of  0x0 0x1 0x51 0x80\n"
                + T + "ISAKMP: (0): processing vendor id payload\n"
                + T + "ISAKMP: (0): vendor ID is DPD\n";
        assertEquals(expected, Ikev1IosFormatter.format(V1Samples.iosMainMode1(), T));
    }

    @Test
    void idPayloadBlockAsInTheSeed() {
        IsakmpMessage mm5 = IsakmpMessage.plain(IsakmpHeader.of(1, 2, 0, 2, 0, 0), V1Samples.iosMainMode5Body());
        String out = Ikev1IosFormatter.format(mm5, "*Sep 21 08:33:43.425: ", 1011);
        String expected = "*Sep 21 08:33:43.425: ISAKMP: (1011): processing ID payload. message ID = 0\n"
                + "*Sep 21 08:33:43.425: ISAKMP (1011): ID payload\n"
                + "    next-payload : 8\n"
                + "    type          : 5\n"
                + "    address       : 2001:DB8::2\n"
                + "    protocol      : 17\n"
                + "    port          : 500\n"
                + "    length        : 24\n"
                + "*Sep 21 08:33:43.425: ISAKMP: (1011): processing HASH payload. message ID = 0\n"
                + "*Sep 21 08:33:43.425: ISAKMP: (1011): processing NOTIFY INITIAL_CONTACT protocol 1 spi 0, message ID = 0\n";
        assertEquals(expected, out);
    }

    @Test
    void phase2TransformAsInTheSeed() {
        String out = Ikev1IosFormatter.format(V1Samples.iosQuickMode1Body(), 1371333358L, "", 1011);
        List<String> lines = out.lines().toList();
        int i = lines.indexOf("ISAKMP: (1011):Checking IPsec proposal 1");
        assertTrue(i > 0, out);
        assertEquals(List.of("ISAKMP: (1011):Checking IPsec proposal 1",
                "ISAKMP: transform 1, ESP_AES",
                "ISAKMP: attributes in transform:",
                "ISAKMP: encaps is 1 (Tunnel)",
                "ISAKMP: SA life type in seconds",
                "ISAKMP: SA life duration (basic) of 3600",
                "ISAKMP: SA life type in kilobytes",
                "ISAKMP: SA life duration (VPI) of 0x0 0x46 0x50 0x0",
                "ISAKMP: authenticator is HMAC-SHA",
                "ISAKMP: key length is 128"), lines.subList(i, i + 10));
        assertEquals("ISAKMP: (1011): processing HASH payload. message ID = 1371333358", lines.get(0));
        assertTrue(lines.contains("ISAKMP: (1011): processing NONCE payload. message ID = 1371333358"));
        assertEquals(2, lines.stream().filter(l -> l.endsWith("ID payload")).count());
    }

    @Test
    void addressesAndEncryptedBodies() {
        assertEquals("2001:DB8::2", Ikev1IosFormatter.address(Bytes.fromHex("20010db8000000000000000000000002"), 0, 16));
        assertEquals("::", Ikev1IosFormatter.address(Bytes.wrap(new byte[16]), 0, 16));
        assertEquals("FE80::1:0:0:1", Ikev1IosFormatter.address(Bytes.fromHex("fe800000000000000001000000000001"), 0, 16));
        assertEquals("192.0.2.1", Ikev1IosFormatter.address(Bytes.fromHex("c0000201"), 0, 4));
        IsakmpMessage enc = io.ike4j.codec.v1.IsakmpCodec.decode(Bytes.fromHex(V1Samples.STRONGSWAN_MM6));
        assertEquals("ISAKMP: (0): encrypted payloads, length 48. message ID = 0\n", Ikev1IosFormatter.format(enc, ""));
    }
}
