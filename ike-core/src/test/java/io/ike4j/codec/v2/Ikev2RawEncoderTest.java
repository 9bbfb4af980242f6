package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each kind of brokenness the raw encoder can write reaches the bytes and is rejected with the right notify. */
class Ikev2RawEncoderTest {
    private static final Ikev2Message M = Ikev2Samples.saInit();
    private static final byte[] GOOD = Ikev2Codec.encode(M);

    private static List<Ikev2RawEncoder.RawPayload> raw() {
        return new ArrayList<>(Ikev2RawEncoder.toRaw(M));
    }

    @Test
    void withoutOverridesItMatchesTheNormalEncoder() {
        assertArrayEquals(GOOD, Ikev2RawEncoder.encode(M.header(), raw()));
        Ikev2Message sk = Ikev2Samples.authRequest();
        assertArrayEquals(Ikev2Codec.encode(sk), Ikev2RawEncoder.encode(sk.header(), Ikev2RawEncoder.toRaw(sk)));
    }

    @Test
    void wrongPayloadLength() {
        List<Ikev2RawEncoder.RawPayload> p = raw();
        p.set(2, p.get(2).withLength(200)); // Ni claims 200 octets
        byte[] wire = Ikev2RawEncoder.encode(M.header(), p);
        int at = 28 + 56 + 136;
        assertEquals(200, (wire[at + 2] & 0xff) << 8 | wire[at + 3] & 0xff);
        Ikev2CodecTest.assertSyntax(wire, at + 2);
    }

    @Test
    void wrongNextPayload() {
        List<Ikev2RawEncoder.RawPayload> p = raw();
        p.set(6, p.get(6).withNextPayload(41)); // last notify says another notify follows
        byte[] wire = Ikev2RawEncoder.encode(M.header(), p);
        assertEquals(41, wire[344 - 28]);
        Ikev2CodecTest.assertSyntax(wire, 344);
    }

    @Test
    void reservedBitsReachTheWireAndSurvive() {
        List<Ikev2RawEncoder.RawPayload> p = raw();
        p.set(1, p.get(1).withFlags(0x7f));
        byte[] wire = Ikev2RawEncoder.encode(M.header(), p);
        assertEquals(0x7f, wire[28 + 56 + 1]);
        Ikev2Message back = Ikev2Codec.decode(wire);
        assertEquals(0x7f, back.payloads().get(1).flags());
        assertArrayEquals(wire, Ikev2Codec.encode(back));
    }

    @Test
    void unknownCriticalPayload() {
        List<Ikev2RawEncoder.RawPayload> p = raw();
        p.add(3, new Ikev2RawEncoder.RawPayload(129, -1, 0x80, -1, Bytes.fromHex("deadbeef")));
        byte[] wire = Ikev2RawEncoder.encode(M.header(), p);
        int at = 28 + 56 + 136 + 24;
        assertEquals(129, wire[at - 24] & 0xff); // Ni's next payload names it
        assertEquals((byte) 0x80, wire[at + 1]);
        IkeDecodeException e = assertThrows(IkeDecodeException.class, () -> Ikev2Codec.decode(wire));
        assertEquals("UNSUPPORTED_CRITICAL_PAYLOAD", e.notifyName());
        assertEquals(at, e.offset());
    }

    @Test
    void headerLengthOverrideAndFirstPayloadOverride() {
        byte[] wire = Ikev2RawEncoder.encode(M.header(), -1, 1000, raw());
        assertEquals(1000, (wire[26] & 0xff) << 8 | wire[27] & 0xff);
        Ikev2CodecTest.assertSyntax(wire, 24);
        byte[] noFirst = Ikev2RawEncoder.encode(M.header(), 0, -1, raw()); // says no payloads, 316 octets follow
        assertEquals(0, noFirst[16]);
        Ikev2CodecTest.assertSyntax(noFirst, 28);
        byte[] wrongFirst = Ikev2RawEncoder.encode(M.header(), 34, -1, raw()); // says KE: the SA body reads as a KE
        assertEquals(34, wrongFirst[16]);
        assertEquals(34, Ikev2Codec.decode(wrongFirst).payloads().get(0).type());
    }

    @Test
    void majorVersion() {
        Ikev2Header h = M.header();
        Ikev2Header v3 = new Ikev2Header(h.initiatorSpi(), h.responderSpi(), 3, 0, h.exchangeType(), h.flags(), 0);
        byte[] wire = Ikev2RawEncoder.encode(v3, raw());
        assertEquals(0x30, wire[17]);
        IkeDecodeException e = assertThrows(IkeDecodeException.class, () -> Ikev2Codec.decode(wire));
        assertEquals("INVALID_MAJOR_VERSION", e.notifyName());
    }
}
