package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.AttributePayload;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.codec.v1.UnknownPayload;
import io.ike4j.codec.v1.V1Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Ikev1CharonFormatterTest {
    @Test
    void strongSwanLines() {
        IsakmpMessage mm1 = IsakmpCodec.decode(Bytes.fromHex(V1Samples.STRONGSWAN_MM1));
        assertEquals("ID_PROT request 0 [ SA V V V V ]", Ikev1CharonFormatter.format(mm1));
        assertEquals("ID_PROT response 0 [ SA V V V V ]", Ikev1CharonFormatter.format(mm1, false));
        IsakmpMessage mm6 = IsakmpCodec.decode(Bytes.fromHex(V1Samples.STRONGSWAN_MM6));
        assertEquals("ID_PROT response 0 [ ENCRYPTED ]", Ikev1CharonFormatter.format(mm6, false));
        IsakmpHeader qm = IsakmpHeader.of(1, 2, 8, 32, 1, (int) 2642320792L);
        assertEquals("QUICK_MODE request 2642320792 [ HASH SA No ID ID ]",
                Ikev1CharonFormatter.format(qm, V1Samples.iosQuickMode1Body(), true));
        assertEquals("ID_PROT request 0 [ ID HASH N(INITIAL_CONTACT) ]",
                Ikev1CharonFormatter.format(IsakmpHeader.of(1, 2, 5, 2, 1, 0), V1Samples.iosMainMode5Body(), true));
    }

    @Test
    void otherPayloadsAndExchanges() {
        IsakmpMessage m = IsakmpMessage.plain(IsakmpHeader.of(1, 2, 0, 6, 0, 5), List.of(
                new AttributePayload(1, 1, List.of(DataAttribute.tlv(16521, Bytes.EMPTY), DataAttribute.tlv(16522, Bytes.EMPTY))),
                new NotifyPayload(1, 1, 36136, Bytes.EMPTY, Bytes.EMPTY), new UnknownPayload(200, Bytes.EMPTY),
                new UnknownPayload(15, Bytes.EMPTY)));
        assertEquals("TRANSACTION request 5 [ CPRQ(X_USER X_PWD) N(DPD) UNKNOWN(200) SAK ]", Ikev1CharonFormatter.format(m));
        IsakmpMessage odd = IsakmpMessage.plain(IsakmpHeader.of(1, 2, 0, 99, 0, 0), List.of());
        assertEquals("UNKNOWN(99) request 0 [ ]", Ikev1CharonFormatter.format(odd));
        assertEquals("INFORMATIONAL_V1 request 7 [ V ]", Ikev1CharonFormatter.format(IsakmpMessage.plain(
                IsakmpHeader.of(1, 2, 0, 5, 0, 7), List.of(new io.ike4j.codec.v1.VendorIdPayload(Bytes.EMPTY)))));
    }
}
