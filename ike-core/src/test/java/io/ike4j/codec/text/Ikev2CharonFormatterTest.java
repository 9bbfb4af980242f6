package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2CpAttribute;
import io.ike4j.codec.v2.Ikev2CpPayload;
import io.ike4j.codec.v2.Ikev2EapPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** strongSwan one-liners; the real-log comparison is in ike-testvectors (Ikev2CaptureSuite). */
class Ikev2CharonFormatterTest {

    @Test
    void saInitRequest() {
        assertEquals("IKE_SA_INIT request 0 [ SA KE No V V N(NATD_S_IP) N(NATD_D_IP) ]",
                Ikev2CharonFormatter.format(Ikev2Samples.saInit()));
    }

    @Test
    void envelopeAndDecryptedForms() {
        Ikev2Message auth = Ikev2Samples.authRequest();
        assertEquals("IKE_AUTH request 1 [ SK ]", Ikev2CharonFormatter.format(auth));
        assertEquals("IKE_AUTH request 1 [ IDi CERT CERTREQ AUTH CPRQ(ADDR DNS VER) SA TSi TSr N(INIT_CONTACT) N(REKEY_SA) D D EAP/RES/ID 200 IDr ]",
                Ikev2CharonFormatter.format(auth, Ikev2Samples.authChain()));
        assertEquals("IKE_AUTH request 1 [ EF(2/4) ]", Ikev2CharonFormatter.format(Ikev2Samples.fragment(2, 4)));
    }

    @Test
    void responsesErrorsAndOtherForms() {
        Ikev2Message m = new Ikev2Message(Ikev2Samples.header(34, 0x20, 0), List.of(
                Ikev2NotifyPayload.of(14, Bytes.EMPTY), Ikev2NotifyPayload.of(17, Bytes.fromHex("000e")),
                Ikev2NotifyPayload.of(38, Bytes.EMPTY), Ikev2NotifyPayload.of(16390, Bytes.fromHex("00")),
                Ikev2NotifyPayload.of(16385, Bytes.fromHex("00000001")), Ikev2NotifyPayload.of(24, Bytes.EMPTY),
                Ikev2NotifyPayload.of(16443, Bytes.EMPTY), Ikev2NotifyPayload.of(40000, Bytes.EMPTY),
                new Ikev2CpPayload(2, List.of(new Ikev2CpAttribute(8, Bytes.EMPTY))), new Ikev2CpPayload(3, List.of()),
                new Ikev2EapPayload(Bytes.fromHex("03010004")), new Ikev2EapPayload(Bytes.fromHex("0102000a1a"))));
        assertEquals("IKE_SA_INIT response 0 [ N(NO_PROP) N(INVAL_KE) N(TS_UNACCEPT) N(COOKIE) N(SET_WINSIZE) "
                + "N(AUTH_FAILED) N(SUPPORTED_AUTH_METHODS) N(40000) CPRP(ADDR6) CPS EAP/SUCC EAP/REQ/MSCHAPV2 ]",
                Ikev2CharonFormatter.format(m));
        Ikev2Message info = new Ikev2Message(Ikev2Samples.header(37, 0x28, 4294967295L), List.of());
        assertEquals("INFORMATIONAL response 4294967295 [ ]", Ikev2CharonFormatter.format(info));
        Ikev2Message odd = new Ikev2Message(Ikev2Samples.header(99, 0, 3), List.of());
        assertEquals("99 request 3 [ ]", Ikev2CharonFormatter.format(odd));
    }
}
