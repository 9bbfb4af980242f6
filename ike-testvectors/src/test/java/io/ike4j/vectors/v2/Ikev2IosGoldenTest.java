package io.ike4j.vectors.v2;

import io.ike4j.codec.text.Ikev2IosFormatter;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden test: the seed's initiator IKE_SA_INIT, built with the codec API and formatted by
 * {@link Ikev2IosFormatter}, equals the IOS dump of ios-reference.md §2 line for line.
 */
class Ikev2IosGoldenTest {

    static List<String> section2Block() throws IOException {
        try (InputStream in = Ikev2IosGoldenTest.class.getResourceAsStream("/vectors/seeds/ios-reference.md")) {
            assertNotNull(in, "vectors/seeds/ios-reference.md on the classpath");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            int i = 0;
            while (!lines[i].startsWith("## 2.")) {
                i++;
            }
            while (!lines[i].equals("```")) {
                i++;
            }
            List<String> block = new ArrayList<>();
            for (i++; !lines[i].equals("```"); i++) {
                block.add(lines[i]);
            }
            return block;
        }
    }

    @Test
    void initiatorSaInitMatchesTheSeedDumpLineForLine() throws IOException {
        List<String> expected = section2Block();
        assertEquals(23, expected.size());
        assertTrue(expected.get(0).startsWith("IKEv2:(SA ID = 1):Next payload: SA"));
        Ikev2Message m = Ikev2Codec.decode(Ikev2Codec.encode(SeedMessages.initiatorSaInit()));
        List<String> actual = List.of(Ikev2IosFormatter.format(m, "IKEv2:(SA ID = 1):").split("\n", -1));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size());
    }

    /**
     * The responder's IKE_SA_INIT dump (seed 002 lines 526-541, machine-translated there; re-rendered in
     * IOS English): the blocks that differ from the initiator's, CERTREQ and HTTP_CERT_LOOKUP_SUPPORTED.
     */
    @Test
    void responderSaInitSeedLines() {
        List<String> lines = List.of(Ikev2IosFormatter.format(SeedMessages.responderSaInit(), "IKEv2:(SA ID = 1):")
                .split("\n"));
        assertEquals("IKEv2:(SA ID = 1):Next payload: SA, version: 2.0 Exchange type: IKE_SA_INIT, "
                + "flags: RESPONDER MSG-RESPONSE Message id: 0, length: 449", lines.get(0));
        assertEquals(List.of(
                " SA  Next payload: KE, reserved: 0x0, length: 48",
                "  last proposal: 0x0, reserved: 0x0, length: 44",
                "  Proposal: 1, Protocol id: IKE, SPI size: 0, #trans: 4    last transform: 0x3, reserved: 0x0: length: 12",
                "    type: 1, reserved: 0x0, id: AES-CBC"), lines.subList(2, 6));
        assertEquals(List.of(
                " NOTIFY(NAT_DETECTION_DESTINATION_IP)  Next payload: CERTREQ, reserved: 0x0, length: 28",
                "    Security protocol id: IKE, spi size: 0, type: NAT_DETECTION_DESTINATION_IP",
                " CERTREQ  Next payload: NOTIFY, reserved: 0x0, length: 105",
                "    Cert encoding Hash and URL of PKIX",
                " NOTIFY(HTTP_CERT_LOOKUP_SUPPORTED)  Next payload: NONE, reserved: 0x0, length: 8",
                "    Security protocol id: IKE, spi size: 0, type: HTTP_CERT_LOOKUP_SUPPORTED"),
                lines.subList(lines.size() - 6, lines.size()));
    }

    /**
     * The initiator's IKE_AUTH (seed 002 lines 717-790): header of the 556-octet packet, then the decrypted
     * payloads with the lengths the seed prints (VID 20, IDi 12, AUTH 28, CFG 309, SA 40, TSi/TSr 24, notifies).
     */
    @Test
    void initiatorAuthSeedLines() {
        String text = Ikev2IosFormatter.formatDecrypted(SeedMessages.initiatorAuth(), SeedMessages.initiatorAuthInner(),
                "IKEv2:(SA ID = 1):");
        List<String> expected = List.of(
                "IKEv2:(SA ID = 1):Next payload: ENCR, version: 2.0 Exchange type: IKE_AUTH, flags: INITIATOR Message id: 1, length: 556",
                "Payload contents:",
                " VID  Next payload: IDi, reserved: 0x0, length: 20",
                " IDi  Next payload: AUTH, reserved: 0x0, length: 12",
                "    Id type: IPv4 address, Reserved: 0x0 0x0",
                " AUTH  Next payload: CFG, reserved: 0x0, length: 28",
                "    Auth method PSK, reserved: 0x0, reserved 0x0",
                " CFG  Next payload: SA, reserved: 0x0, length: 309",
                "    cfg type: CFG_REQUEST, reserved: 0x0, reserved: 0x0",
                " SA  Next payload: TSi, reserved: 0x0, length: 40",
                "  last proposal: 0x0, reserved: 0x0, length: 36",
                "  Proposal: 1, Protocol id: ESP, SPI size: 4, #trans: 3    last transform: 0x3, reserved: 0x0: length: 8",
                "    type: 1, reserved: 0x0, id: 3DES",
                "    last transform: 0x3, reserved: 0x0: length: 8",
                "    type: 3, reserved: 0x0, id: SHA96",
                "    last transform: 0x0, reserved: 0x0: length: 8",
                "    type: 5, reserved: 0x0, id: Don't use ESN",
                " TSi  Next payload: TSr, reserved: 0x0, length: 24",
                "    Num of TSs: 1, reserved 0x0, reserved 0x0",
                "    TS type: TS_IPV4_ADDR_RANGE, proto id: 0, length: 16",
                "    start port: 0, end port: 65535",
                "    start addr: 0.0.0.0, end addr: 255.255.255.255",
                " TSr  Next payload: NOTIFY, reserved: 0x0, length: 24",
                "    Num of TSs: 1, reserved 0x0, reserved 0x0",
                "    TS type: TS_IPV4_ADDR_RANGE, proto id: 0, length: 16",
                "    start port: 0, end port: 65535",
                "    start addr: 0.0.0.0, end addr: 255.255.255.255",
                " NOTIFY(INITIAL_CONTACT)  Next payload: NOTIFY, reserved: 0x0, length: 8",
                "    Security protocol id: IKE, spi size: 0, type: INITIAL_CONTACT",
                " NOTIFY(SET_WINDOW_SIZE)  Next payload: NOTIFY, reserved: 0x0, length: 12",
                "    Security protocol id: IKE, spi size: 0, type: SET_WINDOW_SIZE",
                " NOTIFY(ESP_TFC_NO_SUPPORT)  Next payload: NOTIFY, reserved: 0x0, length: 8",
                "    Security protocol id: IKE, spi size: 0, type: ESP_TFC_NO_SUPPORT",
                " NOTIFY(NON_FIRST_FRAGS)  Next payload: NONE, reserved: 0x0, length: 8",
                "    Security protocol id: IKE, spi size: 0, type: NON_FIRST_FRAGS");
        assertEquals(expected, List.of(text.split("\n")));
    }
}
