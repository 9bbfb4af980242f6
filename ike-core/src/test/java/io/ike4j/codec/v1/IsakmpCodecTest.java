package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static io.ike4j.codec.v1.V1Samples.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsakmpCodecTest {
    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static IkeDecodeException fails(byte[] data) {
        return assertThrows(IkeDecodeException.class, () -> IsakmpCodec.decode(data));
    }

    @Test
    void decodesStrongSwanMainMode1FieldByField() {
        byte[] raw = bytes(V1Samples.STRONGSWAN_MM1);
        IsakmpMessage m = IsakmpCodec.decode(raw);
        IsakmpHeader h = m.header();
        assertEquals(0x949f22db7c71626fL, h.initiatorCookie());
        assertEquals(0L, h.responderCookie());
        assertEquals(1, h.nextPayload());
        assertEquals(1, h.majorVersion());
        assertEquals(0, h.minorVersion());
        assertEquals(2, h.exchangeType());
        assertEquals(0, h.flags());
        assertEquals(0, h.messageId());
        assertEquals(5, m.payloads().size());
        SaPayload sa = assertInstanceOf(SaPayload.class, m.payloads().get(0));
        assertEquals(1, sa.doi());
        assertEquals(1, sa.situationBits());
        Proposal p = sa.proposals().get(0);
        assertEquals(1, p.number());
        assertEquals(1, p.protocolId());
        assertTrue(p.spi().isEmpty());
        Transform t = p.transforms().get(0);
        assertEquals(1, t.transformId());
        assertEquals(List.of(DataAttribute.tv(1, 7), DataAttribute.tv(14, 128), DataAttribute.tv(2, 2),
                DataAttribute.tv(4, 14), DataAttribute.tv(3, 1), DataAttribute.tv(11, 1), DataAttribute.tv(12, 15840)),
                t.attributes());
        List<VendorIdPayload> vids = m.payloadsOf(VendorIdPayload.class);
        assertEquals(4, vids.size());
        assertEquals("09002689dfd6b712", vids.get(0).vendorId().toHex());
        assertEquals("90cb80913ebb696e086381b5ec427b1f", vids.get(3).vendorId().toHex());
        assertArrayEquals(raw, IsakmpCodec.encode(m));
    }

    @Test
    void byteBufDecodingCopiesOnceAndLeavesTheReaderIndex() {
        byte[] raw = bytes(V1Samples.STRONGSWAN_MM1);
        ByteBuf buf = Unpooled.wrappedBuffer(raw);
        IsakmpMessage m = IsakmpCodec.decode(buf);
        assertEquals(0, buf.readerIndex());
        assertEquals(IsakmpCodec.decode(raw), m);
        raw[40] ^= 0x55; // the ByteBuf variant holds its own copy
        assertEquals(m, IsakmpCodec.decode(buf.setByte(40, raw[40] ^ 0x55)));
        ByteBuf out = Unpooled.buffer();
        out.writeByte(0x42);
        IsakmpCodec.encode(m, out);
        assertEquals(1 + 156, out.readableBytes());
    }

    @Test
    void encryptedBodyStaysOpaque() {
        byte[] raw = bytes(V1Samples.STRONGSWAN_MM6);
        IsakmpMessage m = IsakmpCodec.decode(raw);
        assertTrue(m.isEncrypted());
        assertEquals(5, m.header().nextPayload());
        assertEquals(48, m.encryptedBody().ciphertext().length());
        assertArrayEquals(raw, IsakmpCodec.encode(m));
        assertThrows(IllegalArgumentException.class,
                () -> new IsakmpMessage(m.header(), List.of(new HashPayload(Bytes.EMPTY))));
    }

    @Test
    void iosPhase1AttributesKeepTvAndTlvForms() {
        byte[] raw = IsakmpCodec.encode(V1Samples.iosMainMode1());
        String hex = HexFormat.of().formatHex(raw);
        // transform: header, # 1, KEY_IKE, then 5 TV attributes and the 4-octet TLV life duration 86400
        assertTrue(hex.contains("000000240101000080010001800200028004000180030001800b0001000c000400015180"), hex);
        IsakmpMessage back = IsakmpCodec.decode(raw);
        assertEquals(V1Samples.iosMainMode1(), back);
        DataAttribute life = ((SaPayload) back.payloads().get(0)).proposals().get(0).transforms().get(0).attribute(12);
        assertFalse(life.basic());
        assertEquals(4, life.value().length());
        assertEquals(86400, life.numericValue());
        assertEquals(raw.length, IsakmpCodec.encodedLength(back));
        assertEquals(1, back.header().nextPayload());
    }

    @Test
    void everyPayloadTypeRoundTripsInAMessageAndAsAChain() {
        IsakmpMessage m = IsakmpMessage.plain(V1Samples.header(6, 77), V1Samples.everyPayload());
        byte[] raw = IsakmpCodec.encode(m);
        assertEquals(m, IsakmpCodec.decode(raw));
        byte[] chain = IsakmpCodec.encodePayloadChain(V1Samples.everyPayload());
        assertEquals(V1Samples.everyPayload(), IsakmpCodec.decodePayloadChain(1, Bytes.wrap(chain)));
        assertArrayEquals(chain, java.util.Arrays.copyOfRange(raw, 28, raw.length));
    }

    @Test
    void decryptedBodyKeepsPaddingAndReportsMessageOffsets() {
        byte[] chain = IsakmpCodec.encodePayloadChain(V1Samples.iosQuickMode1Body());
        byte[] padded = java.util.Arrays.copyOf(chain, chain.length + 7);
        List<IsakmpPayload> decoded = IsakmpCodec.decodePayloadChain(8, Bytes.wrap(padded));
        assertEquals(6, decoded.size());
        assertEquals(new TrailingBytes(Bytes.wrap(new byte[7])), decoded.get(5));
        assertArrayEquals(padded, IsakmpCodec.encodePayloadChain(decoded));
        padded[3] = (byte) 0xff; // HASH length 255 > what is left
        IkeDecodeException e = assertThrows(IkeDecodeException.class,
                () -> IsakmpCodec.decodePayloadChain(8, Bytes.wrap(padded)));
        assertEquals("PAYLOAD_MALFORMED", e.notifyName());
        assertEquals(16, e.notifyType());
        assertEquals(28 + 2, e.offset());
    }

    @Test
    void unknownPayloadTypesAreKeptRaw() {
        IsakmpMessage m = IsakmpMessage.plain(V1Samples.header(2, 0),
                List.of(new UnknownPayload(200, hex("0102")), new VendorIdPayload(hex("03"))));
        IsakmpMessage back = IsakmpCodec.decode(IsakmpCodec.encode(m));
        assertEquals(m, back);
        assertEquals(200, back.header().nextPayload());
        assertThrows(IllegalArgumentException.class, () -> new UnknownPayload(1, Bytes.EMPTY));
    }

    @Test
    void headerErrors() {
        byte[] raw = bytes(V1Samples.STRONGSWAN_MM1);
        IkeDecodeException shortHeader = fails(java.util.Arrays.copyOf(raw, 27));
        assertEquals("PAYLOAD_MALFORMED", shortHeader.notifyName());
        assertEquals(27, shortHeader.offset());

        byte[] v2 = raw.clone();
        v2[17] = 0x20;
        IkeDecodeException version = fails(v2);
        assertEquals("INVALID_MAJOR_VERSION", version.notifyName());
        assertEquals(5, version.notifyType());
        assertEquals(17, version.offset());

        byte[] longer = raw.clone();
        longer[27]++;
        assertEquals(24, fails(longer).offset());
        assertEquals(24, fails(java.util.Arrays.copyOf(raw, raw.length + 1)).offset());
    }

    @Test
    void structuralErrorsNameTheOffendingField() {
        byte[] raw = bytes(V1Samples.STRONGSWAN_MM1);
        byte[] reserved = raw.clone();
        reserved[29] = 1; // RESERVED of the SA generic header
        assertEquals(29, fails(reserved).offset());

        byte[] transforms = raw.clone();
        transforms[28 + 4 + 8 + 7] = 2; // # of transforms 2, one present
        IkeDecodeException e = fails(transforms);
        assertEquals("PAYLOAD_MALFORMED", e.notifyName());
        assertEquals(28 + 4 + 8 + 7, e.offset());

        byte[] attr = raw.clone();
        attr[28 + 4 + 8 + 8 + 8] = 0x00; // first attribute becomes TLV with length 7 (overruns the transform? no: 0x0007)
        attr[28 + 4 + 8 + 8 + 8 + 3] = (byte) 0x40; // length 0x0040
        assertEquals(28 + 4 + 8 + 8 + 8 + 2, fails(attr).offset());
    }

    @Test
    void deleteAndNotifyBounds() {
        IsakmpMessage m = IsakmpMessage.plain(V1Samples.header(5, 9),
                List.of(new DeletePayload(1, 3, 4, List.of(hex("01020304"), hex("05060708")))));
        byte[] raw = IsakmpCodec.encode(m);
        assertEquals(m, IsakmpCodec.decode(raw));
        byte[] zeroSize = raw.clone();
        zeroSize[28 + 4 + 5] = 0;
        assertEquals(28 + 4 + 5, fails(zeroSize).offset());
        byte[] count = raw.clone();
        count[28 + 4 + 7] = 3;
        assertEquals(28 + 4 + 6, fails(count).offset());

        IsakmpMessage n = IsakmpMessage.plain(V1Samples.header(5, 9),
                List.of(new NotifyPayload(1, 1, 24578, hex("0011223344556677"), Bytes.EMPTY)));
        byte[] nraw = IsakmpCodec.encode(n);
        assertEquals(n, IsakmpCodec.decode(nraw));
        nraw[28 + 4 + 5] = 9;
        assertEquals(28 + 4 + 5, fails(nraw).offset());
    }

    @Test
    void situationsTheCodecCannotParseStayOpaque() {
        SaPayload labeled = new SaPayload(1, hex("00000002" + "0000000100020000aabb"), List.of());
        IsakmpMessage m = IsakmpMessage.plain(V1Samples.header(2, 0), List.of(labeled));
        assertEquals(m, IsakmpCodec.decode(IsakmpCodec.encode(m)));
        assertThrows(IllegalArgumentException.class, () -> new SaPayload(1, hex("00000002"),
                List.of(new Proposal(1, 1, Bytes.EMPTY, List.of()))));
    }

    @Test
    void encoderRefusesWhatItCannotWrite() {
        Bytes big = Bytes.wrap(new byte[70000]);
        IsakmpMessage m = IsakmpMessage.plain(V1Samples.header(2, 0), List.of(new KePayload(big)));
        assertThrows(IllegalArgumentException.class, () -> IsakmpCodec.encode(m));
        assertThrows(IllegalArgumentException.class, () -> IsakmpMessage.plain(V1Samples.header(2, 0),
                List.of(new TrailingBytes(hex("00")), new HashPayload(Bytes.EMPTY))));
        assertThrows(IllegalArgumentException.class, () -> new DataAttribute(1, true, hex("000102")));
    }
}
