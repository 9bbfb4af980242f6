package io.ike4j.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** RFC 3948 §2.2 demultiplexing as strongSwan/libreswan apply it (peers README, pitfall 1). */
class IkeFramingTest {

    /** A 28-octet IKE header: initiator SPI 0x0102..08 (non-zero first four octets, like any real SPI). */
    static byte[] ikeHeader() {
        byte[] b = new byte[28];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (i + 1);
        }
        b[17] = 0x20; // version 2.0
        b[18] = 34;   // IKE_SA_INIT
        b[27] = 28;   // length
        return b;
    }

    @Test
    void markerRequiredOnlyWhenNeitherPortIs500() {
        int[][] pairs = {{500, 500}, {500, 4500}, {4500, 500}, {500, 15500}, {15500, 500}};
        for (int[] p : pairs) {
            assertFalse(IkeFraming.markerRequired(p[0], p[1]), Arrays.toString(p));
        }
        int[][] marker = {{4500, 4500}, {15500, 16500}, {16500, 15500}, {4500, 16500}, {5000, 5000}, {0, 4500}};
        for (int[] p : marker) {
            assertTrue(IkeFraming.markerRequired(p[0], p[1]), Arrays.toString(p));
        }
    }

    @Test
    void encodeAddsFourZeroOctetsOnlyOnMarkerPairs() {
        byte[] ike = ikeHeader();
        assertArrayEquals(ike, IkeFraming.encode(ike, 500, 500));
        assertArrayEquals(ike, IkeFraming.encode(ike, 500, 4500));
        assertArrayEquals(ike, IkeFraming.encode(ike, 4500, 500));
        byte[] framed = IkeFraming.encode(ike, 15500, 16500);
        assertEquals(32, framed.length);
        assertArrayEquals(new byte[4], Arrays.copyOf(framed, 4));
        assertArrayEquals(ike, Arrays.copyOfRange(framed, 4, 32));
        assertArrayEquals(framed, IkeFraming.encode(ike, 4500, 4500));
    }

    @Test
    void markerPairStripsMarker() {
        byte[] wire = IkeFraming.encode(ikeHeader(), 4500, 4500);
        FramedDatagram.Ike ike = assertInstanceOf(FramedDatagram.Ike.class, IkeFraming.decode(wire, 4500, 4500));
        assertTrue(ike.nonEspMarker());
        assertEquals(Bytes.wrap(ikeHeader()), ike.ike());
    }

    @Test
    void ikeWithoutMarkerOnMarkerPairIsEspNotIke() {
        // What strongSwan does: an IKE message on 15500->16500 without the marker is taken as ESP.
        FramedDatagram f = IkeFraming.decode(ikeHeader(), 16500, 15500);
        FramedDatagram.Esp esp = assertInstanceOf(FramedDatagram.Esp.class, f);
        assertEquals(28, esp.packet().length());
    }

    @Test
    void espPacketOnMarkerPair() {
        byte[] esp = Bytes.fromHex("c0ffee01000000010102030405060708").toByteArray();
        assertInstanceOf(FramedDatagram.Esp.class, IkeFraming.decode(esp, 4500, 4500));
        assertInstanceOf(FramedDatagram.Malformed.class,
                IkeFraming.decode(Arrays.copyOf(esp, 7), 4500, 4500), "shorter than SPI+sequence");
    }

    @Test
    void keepaliveOnMarkerPairOnly() {
        byte[] ka = {(byte) 0xFF};
        assertInstanceOf(FramedDatagram.Keepalive.class, IkeFraming.decode(ka, 4500, 4500));
        assertInstanceOf(FramedDatagram.Keepalive.class, IkeFraming.decode(ka, 15500, 16500));
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(ka, 500, 500));
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[] {0x00}, 4500, 4500));
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[] {(byte) 0xFF, 0}, 4500, 4500));
    }

    @Test
    void port500PairIsAlwaysPlainIke() {
        FramedDatagram.Ike ike = assertInstanceOf(FramedDatagram.Ike.class, IkeFraming.decode(ikeHeader(), 500, 4500));
        assertFalse(ike.nonEspMarker());
        assertEquals(Bytes.wrap(ikeHeader()), ike.ike());
        // A marker on a 500 pair is not stripped: the octets are handed over as they are (zero SPI).
        byte[] framed = IkeFraming.encode(ikeHeader(), 4500, 4500);
        FramedDatagram.Ike raw = assertInstanceOf(FramedDatagram.Ike.class, IkeFraming.decode(framed, 500, 500));
        assertEquals(32, raw.ike().length());
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[27], 500, 500));
    }

    @Test
    void truncatedAfterMarkerIsMalformed() {
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[3], 4500, 4500));
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[4], 4500, 4500));
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[31], 4500, 4500));
        assertInstanceOf(FramedDatagram.Ike.class, IkeFraming.decode(new byte[32], 4500, 4500));
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[0], 4500, 4500));
        assertInstanceOf(FramedDatagram.Malformed.class, IkeFraming.decode(new byte[0], 500, 4500));
    }

    @Provide
    Arbitrary<Integer> ports() {
        return Arbitraries.oneOf(Arbitraries.of(500, 4500, 15500, 0, 65535), Arbitraries.integers().between(0, 65535));
    }

    /** Hostile input: any octets on any port pair give a result, never an exception; symmetric in the ports. */
    @Property(tries = 100000)
    void decodeNeverThrowsAndIsSymmetric(@ForAll byte[] wire, @ForAll("ports") int a, @ForAll("ports") int b) {
        FramedDatagram f = IkeFraming.decode(wire, a, b);
        assertEquals(f, IkeFraming.decode(wire, b, a));
        if (f instanceof FramedDatagram.Ike ike) {
            assertTrue(ike.ike().length() >= IkeFraming.IKE_HEADER_LENGTH);
            assertEquals(ike.nonEspMarker(), IkeFraming.markerRequired(a, b));
        }
    }

    /** Whatever an engine sends (at least a header) comes back as the same IKE octets on every port pair. */
    @Property(tries = 100000)
    void encodeDecodeRoundTrip(@ForAll byte[] body, @ForAll("ports") int a, @ForAll("ports") int b) {
        byte[] ike = new byte[IkeFraming.IKE_HEADER_LENGTH + body.length];
        System.arraycopy(body, 0, ike, IkeFraming.IKE_HEADER_LENGTH, body.length);
        if (body.length > 0) {
            ike[0] = body[0];
        }
        FramedDatagram f = IkeFraming.decode(IkeFraming.encode(ike, a, b), b, a);
        FramedDatagram.Ike got = assertInstanceOf(FramedDatagram.Ike.class, f);
        assertEquals(Bytes.wrap(ike), got.ike());
    }
}
