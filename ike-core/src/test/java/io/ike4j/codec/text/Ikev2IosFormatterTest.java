package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The IOS layout for payloads beyond the seed's IKE_SA_INIT (the golden test against ios-reference.md §2 is
 * io.ike4j.vectors.v2.Ikev2IosGoldenTest in ike-testvectors).
 */
class Ikev2IosFormatterTest {

    @Test
    void authChainLines() {
        Ikev2Message m = new Ikev2Message(Ikev2Samples.header(35, 0x20, 1), Ikev2Samples.authChain());
        String expected = String.join("\n",
                "IKEv2:(SA ID = 1):Next payload: IDi, version: 2.0 Exchange type: IKE_AUTH, flags: RESPONDER MSG-RESPONSE Message id: 1, length: 391",
                "Payload contents:",
                " IDi  Next payload: CERT, reserved: 0x0, length: 12",
                "    Id type: IPv4 address, Reserved: 0x0 0x0",
                " CERT  Next payload: CERTREQ, reserved: 0x0, length: 35",
                "    Cert encoding X.509 Certificate - Signature",
                " CERTREQ  Next payload: AUTH, reserved: 0x0, length: 25",
                "    Cert encoding X.509 Certificate - Signature",
                " AUTH  Next payload: CFG, reserved: 0x0, length: 28",
                "    Auth method PSK, reserved: 0x0, reserved 0x0",
                " CFG  Next payload: SA, reserved: 0x0, length: 25",
                "    cfg type: CFG_REQUEST, reserved: 0x0, reserved: 0x0",
                " SA  Next payload: TSi, reserved: 0x0, length: 40",
                "  last proposal: 0x0, reserved: 0x0, length: 36",
                "  Proposal: 1, Protocol id: ESP, SPI size: 4, #trans: 3    last transform: 0x3, reserved: 0x0: length: 8",
                "    type: 1, reserved: 0x0, id: 3DES",
                "    last transform: 0x3, reserved: 0x0: length: 8",
                "    type: 3, reserved: 0x0, id: SHA96",
                "    last transform: 0x0, reserved: 0x0: length: 8",
                "    type: 5, reserved: 0x0, id: Don't use ESN",
                " TSi  Next payload: TSr, reserved: 0x0, length: 64",
                "    Num of TSs: 2, reserved 0x0, reserved 0x0",
                "    TS type: TS_IPV4_ADDR_RANGE, proto id: 0, length: 16",
                "    start port: 0, end port: 65535",
                "    start addr: 0.0.0.0, end addr: 255.255.255.255",
                "    TS type: TS_IPV6_ADDR_RANGE, proto id: 17, length: 40",
                "    start port: 500, end port: 500",
                "    start addr: 2021:2223:2425:2627:2829:2a2b:2c2d:2e2f, end addr: 3031:3233:3435:3637:3839:3a3b:3c3d:3e3f",
                " TSr  Next payload: NOTIFY, reserved: 0x0, length: 48",
                "    Num of TSs: 2, reserved 0x0, reserved 0x0",
                "    TS type: TS_IPV4_ADDR_RANGE, proto id: 0, length: 16",
                "    start port: 0, end port: 65535",
                "    start addr: 0.0.0.0, end addr: 255.255.255.255",
                "    TS type: TS_FC_ADDR_RANGE, length: 24",
                " NOTIFY(INITIAL_CONTACT)  Next payload: NOTIFY, reserved: 0x0, length: 8",
                "    Security protocol id: Unknown - 0, spi size: 0, type: INITIAL_CONTACT",
                " NOTIFY(REKEY_SA)  Next payload: DELETE, reserved: 0x0, length: 12",
                "    Security protocol id: ESP, spi size: 4, type: REKEY_SA",
                "    spi: 01020304",
                " DELETE  Next payload: DELETE, reserved: 0x0, length: 16",
                "    Security protocol id: ESP, spi size: 4, num of spi: 2",
                "    spi: 01020304",
                "    spi: 05060708",
                " DELETE  Next payload: EAP, reserved: 0x0, length: 8",
                "    Security protocol id: IKE, spi size: 0, num of spi: 0",
                " EAP  Next payload: UNKNOWN(200), reserved: 0x0, length: 14",
                "    EAP code: 2, id: 1, type: 1",
                " UNKNOWN(200)  Next payload: IDr, reserved: 0x0, length: 9",
                " IDr  Next payload: NONE, reserved: 0x0, length: 19",
                "    Id type: FQDN, Reserved: 0x0 0x0");
        assertEquals(expected, Ikev2IosFormatter.format(m, "IKEv2:(SA ID = 1):"));
    }

    @Test
    void encryptedAndFragmentAndCritical() {
        assertEquals(String.join("\n",
                        "X:Next payload: ENCR, version: 2.0 Exchange type: IKE_AUTH, flags: INITIATOR Message id: 1, length: 96",
                        "Payload contents:",
                        " ENCR  Next payload: IDi, reserved: 0x0, length: 68"),
                Ikev2IosFormatter.format(Ikev2Samples.authRequest(), "X:"));
        assertEquals(String.join("\n",
                        "X:Next payload: ENCR_FRAG, version: 2.0 Exchange type: IKE_AUTH, flags: INITIATOR Message id: 1, length: 84",
                        "Payload contents:",
                        " ENCR_FRAG  Next payload: NONE, reserved: 0x0, length: 56",
                        "    Fragment number: 3, Total fragments: 3"),
                Ikev2IosFormatter.format(Ikev2Samples.fragment(3, 3), "X:"));
        Ikev2Message crit = new Ikev2Message(Ikev2Samples.header(37, 0x08, 2),
                List.of(new Ikev2NotifyPayload(0, Bytes.EMPTY, 7, Bytes.EMPTY, 0x80)));
        assertEquals(" NOTIFY(INVALID_SYNTAX)  Next payload: NONE, reserved: 0x80, length: 8",
                Ikev2IosFormatter.format(crit, "").split("\n")[2]);
    }
}
