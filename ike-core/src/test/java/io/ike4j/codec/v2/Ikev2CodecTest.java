package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Byte-level checks of the IKEv2 codec against RFC 7296 §3 layouts, and its rejections. */
class Ikev2CodecTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void seedShapedSaInitHasTheSeedLengths() {
        byte[] wire = Ikev2Codec.encode(Ikev2Samples.saInit());
        assertEquals(344, wire.length);
        // Header: next payload SA (33), version 0x20, IKE_SA_INIT (34), flags I, message ID 0, length 344.
        assertEquals("2120220800000000" + "00000158", HEX.formatHex(wire, 16, 28));
        // SA payload header: next KE (34), not critical, length 56; proposal: last, length 52, #1, IKE, SPI 0, 5 transforms.
        assertEquals("22000038" + "00000034" + "01010005", HEX.formatHex(wire, 28, 40));
        // Second transform: more (3), length 12, ENCR, id 12, attribute TV key length 128.
        assertEquals("0300000c" + "0100000c" + "800e0080", HEX.formatHex(wire, 48, 60));
        Ikev2Message back = Ikev2Codec.decode(wire);
        assertEquals(Ikev2Samples.saInit(), back);
        assertEquals(7, back.payloads().size());
        assertEquals(128, ((Ikev2SaPayload) back.payloads().get(0)).proposals().get(0).transforms().get(1).keyLength());
    }

    @Test
    void byteBufDecodeDoesNotMoveReaderIndexAndMatches() {
        byte[] wire = Ikev2Codec.encode(Ikev2Samples.saInit());
        ByteBuf buf = Unpooled.wrappedBuffer(wire);
        assertEquals(Ikev2Samples.saInit(), Ikev2Codec.decode(buf));
        assertEquals(0, buf.readerIndex());
        ByteBuf out = Unpooled.buffer();
        out.writeByte(0x77);
        Ikev2Codec.encode(Ikev2Samples.saInit(), out);
        assertEquals(345, out.readableBytes());
    }

    @Test
    void plaintextChainRoundTripsWithExactFields() {
        List<Ikev2Payload> chain = Ikev2Samples.authChain();
        byte[] wire = Ikev2Codec.encodePayloadChain(chain);
        List<Ikev2Payload> back = Ikev2Codec.decodePayloadChain(35, Bytes.wrap(wire));
        assertEquals(chain, back);
        // IDi: next CERT (37), length 12, ID_IPV4_ADDR, reserved 0, 192.168.0.1
        assertEquals("2500000c01000000c0a80001", HEX.formatHex(wire, 0, 12));
        Ikev2TsPayload tsi = (Ikev2TsPayload) back.get(6);
        assertEquals(2, tsi.selectors().size());
        assertEquals(500, ((Ikev2AddressRangeSelector) tsi.selectors().get(1)).startPort());
        Ikev2DeletePayload d = (Ikev2DeletePayload) back.get(10);
        assertEquals(2, d.spis().size());
    }

    @Test
    void skAndSkfEnvelopesAndSplit() {
        byte[] wire = Ikev2Codec.encode(Ikev2Samples.authRequest());
        assertEquals(28 + 4 + 64, wire.length);
        assertEquals(46, wire[16]);
        assertEquals(35, wire[28]); // SK next payload = first inner payload (IDi)
        Ikev2SkPayload sk = (Ikev2SkPayload) Ikev2Codec.decode(wire).payloads().get(0);
        Ikev2EncryptedParts parts = sk.split(16, 12);
        assertEquals(16, parts.iv().length());
        assertEquals(36, parts.ciphertext().length());
        assertEquals(12, parts.icv().length());
        assertEquals(sk.body().slice(52, 12), parts.icv());
        IkeDecodeException e = assertThrows(IkeDecodeException.class, () -> sk.split(40, 24));
        assertEquals("INVALID_SYNTAX", e.notifyName());

        byte[] frag = Ikev2Codec.encode(Ikev2Samples.fragment(2, 4));
        assertEquals("00000038" + "00020004", HEX.formatHex(frag, 28, 36));
        Ikev2SkfPayload skf = (Ikev2SkfPayload) Ikev2Codec.decode(frag).payloads().get(0);
        assertEquals(2, skf.fragmentNumber());
        assertEquals(4, skf.totalFragments());
        assertEquals(0, skf.innerNextPayload());
    }

    @Test
    void unknownNonCriticalPayloadIsKeptRaw() {
        byte[] wire = Ikev2RawEncoder.encode(Ikev2Samples.header(37, 0, 2),
                List.of(new Ikev2RawEncoder.RawPayload(222, Bytes.fromHex("0102"))));
        Ikev2Message m = Ikev2Codec.decode(wire);
        Ikev2UnknownPayload u = assertInstanceOf(Ikev2UnknownPayload.class, m.payloads().get(0));
        assertEquals(222, u.type());
        assertArrayEquals(wire, Ikev2Codec.encode(m));
    }

    @Test
    void criticalUnknownPayloadIsUnsupportedCritical() {
        byte[] wire = Ikev2RawEncoder.encode(Ikev2Samples.header(37, 0, 2), List.of(
                new Ikev2RawEncoder.RawPayload(41, Bytes.fromHex("00004000")),
                new Ikev2RawEncoder.RawPayload(222, -1, 0x80, -1, Bytes.fromHex("0102"))));
        IkeDecodeException e = assertThrows(IkeDecodeException.class, () -> Ikev2Codec.decode(wire));
        assertEquals("UNSUPPORTED_CRITICAL_PAYLOAD", e.notifyName());
        assertEquals(1, e.notifyType());
        assertEquals(36, e.offset());
        assertTrue(e.getMessage().contains("222"));
    }

    @Test
    void versionOneIsInvalidMajorVersion() {
        byte[] wire = Ikev2Codec.encode(Ikev2Samples.saInit());
        wire[17] = 0x10;
        IkeDecodeException e = assertThrows(IkeDecodeException.class, () -> Ikev2Codec.decode(wire));
        assertEquals("INVALID_MAJOR_VERSION", e.notifyName());
        assertEquals(5, e.notifyType());
        assertEquals(17, e.offset());
    }

    @Test
    void structuralErrorsAreInvalidSyntax() {
        byte[] good = Ikev2Codec.encode(Ikev2Samples.saInit());
        assertSyntax(java.util.Arrays.copyOf(good, 20), 0);
        assertSyntax(java.util.Arrays.copyOf(good, 343), 24);          // header length != datagram
        byte[] badLen = good.clone();
        badLen[31] = 3;                                                 // SA payload length 3 < 4
        assertSyntax(badLen, 30);
        byte[] badCount = good.clone();
        badCount[39] = 4;                                               // 5 transforms present, 4 announced
        assertSyntax(badCount, 39);
        byte[] badLast = good.clone();
        badLast[32] = 2;                                                // only proposal says "more"
        assertSyntax(badLast, 32 + 52);
        byte[] afterSk = Ikev2RawEncoder.encode(Ikev2Samples.header(35, 8, 1), List.of(
                new Ikev2RawEncoder.RawPayload(46, 41, 0, -1, Bytes.fromHex("00112233")),
                new Ikev2RawEncoder.RawPayload(41, Bytes.fromHex("00004000"))));
        assertSyntax(afterSk, 36);
    }

    @Test
    void skInsideDecryptedChainIsInvalidSyntax() {
        byte[] chain = Ikev2Codec.encodePayloadChain(List.of(new Ikev2NoncePayload(Bytes.fromHex("01"))));
        chain[0] = 46;
        byte[] withSk = java.util.Arrays.copyOf(chain, chain.length + 4);
        withSk[chain.length + 3] = 4;
        IkeDecodeException e = assertThrows(IkeDecodeException.class,
                () -> Ikev2Codec.decodePayloadChain(40, Bytes.wrap(withSk)));
        assertEquals("INVALID_SYNTAX", e.notifyName());
        assertEquals(5, e.offset());
    }

    @Test
    void reservedAndCriticalBitsOfKnownPayloadsSurvive() {
        Ikev2Message m = new Ikev2Message(Ikev2Samples.header(37, 0x28 | 0x01, 0xfffffffeL), List.of(
                new Ikev2NoncePayload(Bytes.fromHex("aa"), 0x81),
                new Ikev2KePayload(31, 0x1234, Bytes.fromHex("bb"), 0x7f),
                new Ikev2AuthPayload(14, 0xabcdef, Bytes.fromHex("cc"), 0)));
        byte[] wire = Ikev2Codec.encode(m);
        assertEquals(m, Ikev2Codec.decode(wire));
        assertEquals(0x81, wire[29] & 0xff);
        assertEquals("fffffffe", HEX.formatHex(wire, 20, 24));
    }

    static void assertSyntax(byte[] wire, int offset) {
        IkeDecodeException e = assertThrows(IkeDecodeException.class, () -> Ikev2Codec.decode(wire));
        assertEquals("INVALID_SYNTAX", e.notifyName(), e.getMessage());
        assertEquals(7, e.notifyType());
        assertEquals(offset, e.offset(), e.getMessage());
    }
}
