package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.v1.IsakmpRawEncoder.RawMessage;
import io.ike4j.codec.v1.IsakmpRawEncoder.RawPayload;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static io.ike4j.codec.v1.V1Samples.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The raw encoder writes what it is told; the normal decoder rejects each inconsistency at the right field. */
class IsakmpRawEncoderTest {
    private static final IsakmpMessage MM1 = IsakmpCodec.decode(HexFormat.of().parseHex(V1Samples.STRONGSWAN_MM1));
    private static final RawMessage RAW = IsakmpRawEncoder.toRaw(MM1);

    private static IkeDecodeException rejected(RawMessage m) {
        return assertThrows(IkeDecodeException.class, () -> IsakmpCodec.decode(IsakmpRawEncoder.encode(m)));
    }

    @Test
    void unchangedFieldsGiveTheNormalEncoding() {
        assertArrayEquals(IsakmpCodec.encode(MM1), IsakmpRawEncoder.encode(RAW));
        IsakmpMessage every = IsakmpMessage.plain(V1Samples.header(6, 3), V1Samples.everyPayload());
        assertArrayEquals(IsakmpCodec.encode(every), IsakmpRawEncoder.encode(IsakmpRawEncoder.toRaw(every)));
        IsakmpMessage enc = IsakmpCodec.decode(HexFormat.of().parseHex(V1Samples.STRONGSWAN_MM6));
        assertArrayEquals(IsakmpCodec.encode(enc), IsakmpRawEncoder.encode(IsakmpRawEncoder.toRaw(enc)));
    }

    @Test
    void headerLengthOverride() {
        for (long len : new long[] {0, 27, 155, 157, 0xffffffffL}) {
            IkeDecodeException e = rejected(RAW.withLength(len));
            assertEquals("PAYLOAD_MALFORMED", e.notifyName());
            assertEquals(24, e.offset());
        }
    }

    @Test
    void wrongVersion() {
        IkeDecodeException e = rejected(RAW.withVersionOctet(0x20));
        assertEquals("INVALID_MAJOR_VERSION", e.notifyName());
        assertEquals(17, e.offset());
        // a different minor version is kept, not rejected (RFC 2408 leaves it to the receiver)
        assertEquals(3, IsakmpCodec.decode(IsakmpRawEncoder.encode(RAW.withVersionOctet(0x13))).header().minorVersion());
    }

    @Test
    void wrongPayloadLengths() {
        int secondPayloadAt = 28 + 4 + RAW.payloads().get(0).body().length();
        for (int len : new int[] {0, 3}) {
            IkeDecodeException e = rejected(RAW.withPayload(1, RAW.payloads().get(1).withLength(len)));
            assertEquals("PAYLOAD_MALFORMED", e.notifyName());
            assertEquals(secondPayloadAt + 2, e.offset());
        }
        IkeDecodeException tooLong = rejected(RAW.withPayload(4, RAW.payloads().get(4).withLength(21)));
        assertEquals(156 - 20 + 2, tooLong.offset());
        // an SA length one short leaves its last attribute truncated
        IkeDecodeException sa = rejected(RAW.withPayload(0, RAW.payloads().get(0).withLength(55)));
        assertEquals("PAYLOAD_MALFORMED", sa.notifyName());
    }

    @Test
    void reservedBitsSet() {
        IkeDecodeException e = rejected(RAW.withPayload(2, RAW.payloads().get(2).withReserved(0x80)));
        assertEquals("PAYLOAD_MALFORMED", e.notifyName());
        int third = 28 + 4 + RAW.payloads().get(0).body().length() + 4 + RAW.payloads().get(1).body().length();
        assertEquals(third + 1, e.offset());
        // RESERVED2 of the transform (SA body offset 8 + 8 + 6)
        byte[] body = RAW.payloads().get(0).body().toByteArray();
        body[8 + 8 + 6] = 1;
        IkeDecodeException r2 = rejected(RAW.withPayload(0, RAW.payloads().get(0).withBody(Bytes.wrap(body))));
        assertEquals(28 + 4 + 8 + 8 + 6, r2.offset());
    }

    @Test
    void wrongNextPayload() {
        // the last payload announces another one: nothing is left for its header
        IkeDecodeException e = rejected(RAW.withPayload(4, RAW.payloads().get(4).withNextPayload(13)));
        assertEquals("PAYLOAD_MALFORMED", e.notifyName());
        assertEquals(156, e.offset());
        // a VID announced as a KE decodes as a KE (ISAKMP cannot tell): the negotiator checks the sequence
        IsakmpMessage asKe = IsakmpCodec.decode(IsakmpRawEncoder.encode(RAW.withPayload(0, RAW.payloads().get(0).withNextPayload(4))));
        assertInstanceOf(KePayload.class, asKe.payloads().get(1));
        // announcing an SA where a short VID is: fewer than the 4 DOI octets are PAYLOAD_MALFORMED
        RawMessage shortVid = RAW.withPayload(1, RAW.payloads().get(1).withBody(hex("0900")));
        assertEquals(28 + 4 + 52 + 4, rejected(shortVid.withPayload(0, shortVid.payloads().get(0).withNextPayload(1))).offset());
        // a longer one is an SA of an unknown DOI whose situation stays opaque
        IsakmpMessage asSa = IsakmpCodec.decode(IsakmpRawEncoder.encode(RAW.withPayload(0, RAW.payloads().get(0).withNextPayload(1))));
        assertEquals(0x09002689, ((SaPayload) asSa.payloads().get(1)).doi());
        // Next Payload 0 too early: the rest is kept as trailing bytes, so the message still re-encodes
        RawMessage early = RAW.withPayload(2, RAW.payloads().get(2).withNextPayload(0));
        IsakmpMessage m = IsakmpCodec.decode(IsakmpRawEncoder.encode(early));
        assertEquals(4, m.payloads().size());
        assertInstanceOf(TrailingBytes.class, m.payloads().get(3));
        assertArrayEquals(IsakmpRawEncoder.encode(early), IsakmpCodec.encode(m));
        // header Next Payload of a proposal-only type: proposal payload 2 outside an SA is kept raw
        IsakmpMessage raw2 = IsakmpCodec.decode(IsakmpRawEncoder.encode(RAW.withNextPayload(2)));
        assertEquals(new UnknownPayload(2, RAW.payloads().get(0).body()), raw2.payloads().get(0));
    }

    @Test
    void proposalAndTransformChains() {
        byte[] body = RAW.payloads().get(0).body().toByteArray();
        byte[] badProposalNext = body.clone();
        badProposalNext[8] = 3; // proposal Next Payload must be 0 or 2
        assertEquals(28 + 4 + 8, rejected(RAW.withPayload(0, RAW.payloads().get(0).withBody(Bytes.wrap(badProposalNext)))).offset());
        byte[] moreTransforms = body.clone();
        moreTransforms[16] = 3; // the only transform announces another one
        assertEquals("PAYLOAD_MALFORMED",
                rejected(RAW.withPayload(0, RAW.payloads().get(0).withBody(Bytes.wrap(moreTransforms)))).notifyName());
    }

    @Test
    void rawFieldsAreRangeChecked() {
        assertThrows(IllegalArgumentException.class, () -> new RawPayload(256, 0, -1, Bytes.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new RawPayload(0, 0, 70000, Bytes.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> RAW.withLength(-2));
        assertEquals(List.of(), IsakmpRawEncoder.toRaw(IsakmpMessage.plain(V1Samples.header(5, 1), List.of())).payloads());
        assertEquals(hex("00"), IsakmpRawEncoder.body(new HashPayload(hex("00"))));
    }
}
