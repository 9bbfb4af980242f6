package io.ike4j.capture;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaptureReaderTest {
    /** A 28-byte IKEv2 header-only message (length field 28). */
    private static final byte[] IKE = HexFormat.of().parseHex(
            "0102030405060708" + "0000000000000000" + "00202208" + "00000000" + "0000001c");

    @Test
    void pcapEthernetIpv4Port500() throws IOException {
        byte[] frame = ethernet(0x0800, ipv4(udp(500, 500, IKE), 0, false));
        List<CapturedDatagram> got = CaptureReader.read(pcap(1, frame, frame));
        assertEquals(2, got.size());
        assertEquals(1, got.get(0).frame());
        assertEquals(2, got.get(1).frame());
        assertEquals("0102030405060708", got.get(0).ike().slice(0, 8).toHex());
        assertEquals("10.0.0.1", got.get(0).source().getAddress().getHostAddress());
        assertEquals(500, got.get(0).destination().getPort());
        assertFalse(got.get(0).nonEspMarker());
    }

    @Test
    void natTPortStripsMarkerAndSkipsEspAndKeepalive() throws IOException {
        byte[] ike = ethernet(0x0800, ipv4(udp(4500, 4500, concat(new byte[4], IKE)), 0, false));
        byte[] esp = ethernet(0x0800, ipv4(udp(4500, 4500, HexFormat.of().parseHex("0000100100000001aabbccdd")), 0, false));
        byte[] keepalive = ethernet(0x0800, ipv4(udp(4500, 4500, new byte[] {(byte) 0xff}), 0, false));
        List<CapturedDatagram> got = CaptureReader.read(pcap(1, esp, keepalive, ike));
        assertEquals(1, got.size());
        assertEquals(3, got.get(0).frame());
        assertTrue(got.get(0).nonEspMarker());
        assertEquals(28, got.get(0).ike().length());
    }

    @Test
    void nonStandardPortsRecogniseIkeByShape() throws IOException {
        byte[] withMarker = raw(ipv4(udp(15500, 16500, concat(new byte[4], IKE)), 0, false));
        byte[] bare = raw(ipv4(udp(15500, 16500, IKE), 0, false));
        byte[] noise = raw(ipv4(udp(15500, 16500, new byte[40]), 0, false));
        List<CapturedDatagram> got = CaptureReader.read(pcap(101, withMarker, bare, noise));
        assertEquals(List.of(1, 2), got.stream().map(CapturedDatagram::frame).toList());
        assertTrue(got.get(0).nonEspMarker());
        assertFalse(got.get(1).nonEspMarker());
    }

    @Test
    void linuxCookedLoopbackAndIpv6() throws IOException {
        byte[] sll = concat(new byte[14], new byte[] {0x08, 0x00}, ipv4(udp(500, 500, IKE), 0, false));
        assertEquals(1, CaptureReader.read(pcap(113, sll)).size());
        byte[] nullLink = concat(new byte[] {2, 0, 0, 0}, ipv4(udp(500, 500, IKE), 0, false));
        assertEquals(1, CaptureReader.read(pcap(0, nullLink)).size());
        byte[] v6 = ethernet(0x86dd, ipv6(udp(500, 500, IKE)));
        CapturedDatagram d = CaptureReader.read(pcap(1, v6)).get(0);
        assertEquals("2001:db8:0:0:0:0:0:1", d.source().getAddress().getHostAddress());
    }

    @Test
    void ipv4FragmentsAreReassembledAtTheLastFrame() throws IOException {
        byte[] big = new byte[28 + 1600];
        System.arraycopy(IKE, 0, big, 0, 24);
        ByteBuffer.wrap(big).putInt(24, big.length);
        byte[] udp = udp(500, 500, big);
        byte[] first = Arrays.copyOfRange(udp, 0, 1480);
        byte[] second = Arrays.copyOfRange(udp, 1480, udp.length);
        List<CapturedDatagram> got = CaptureReader.read(pcap(1,
                ethernet(0x0800, ipv4(first, 0, true)), ethernet(0x0800, ipv4(second, 1480, false))));
        assertEquals(1, got.size());
        assertEquals(2, got.get(0).frame());
        assertEquals(big.length, got.get(0).ike().length());
    }

    @Test
    void pcapngAndGzip() throws IOException {
        byte[] frame = ethernet(0x0800, ipv4(udp(500, 500, IKE), 0, false));
        byte[] ng = pcapng(frame);
        assertEquals(1, CaptureReader.read(ng).size());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(ng);
        }
        assertEquals(1, CaptureReader.read(gz.toByteArray()).get(0).frame());
    }

    @Test
    void hexDumps() throws IOException {
        String hex = HexFormat.of().formatHex(IKE);
        String text = "# two messages\n" + hex + "\n\n0000:  " + spaced(hex.substring(0, 32)) + "\n0010:  "
                + spaced(hex.substring(32)) + "   ....\n\n00000000" + hex + "\n";
        List<CapturedDatagram> got = CaptureReader.read(text.getBytes(StandardCharsets.US_ASCII));
        assertEquals(3, got.size());
        for (CapturedDatagram d : got) {
            assertEquals(hex, d.ike().toHex());
        }
        assertTrue(got.get(2).nonEspMarker());
        assertEquals(3, got.get(2).frame());
    }

    @Test
    void malformedFilesGiveClearErrors() {
        byte[] frame = ethernet(0x0800, ipv4(udp(500, 500, IKE), 0, false));
        byte[] truncated = Arrays.copyOf(pcap(1, frame), 24 + 16 + 10);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureReader.read(truncated));
        assertTrue(e.getMessage().contains("frame 1"), e.getMessage());
        assertThrows(CaptureFormatException.class, () -> CaptureReader.read("hello world".getBytes(StandardCharsets.US_ASCII)));
        byte[] ng = pcapng(frame);
        ByteBuffer.wrap(ng).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 13);
        assertThrows(CaptureFormatException.class, () -> CaptureReader.read(ng));
    }

    private static String spaced(String hex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            sb.append(hex, i, i + 2).append(' ');
        }
        return sb.toString().strip();
    }

    static byte[] udp(int sport, int dport, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) sport).putShort((short) dport).putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        return b.array();
    }

    static byte[] ipv4(byte[] udpOrFragment, int fragOffset, boolean more) {
        ByteBuffer b = ByteBuffer.allocate(20 + udpOrFragment.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + udpOrFragment.length)).putShort((short) 7)
                .putShort((short) ((more ? 0x2000 : 0) | (fragOffset / 8))).put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(new byte[] {10, 0, 0, 1}).put(new byte[] {10, 0, 0, 2}).put(udpOrFragment);
        return b.array();
    }

    static byte[] ipv6(byte[] udp) {
        ByteBuffer b = ByteBuffer.allocate(40 + udp.length);
        b.putInt(0x60000000).putShort((short) udp.length).put((byte) 17).put((byte) 64);
        byte[] src = new byte[16];
        src[0] = 0x20;
        src[1] = 0x01;
        src[2] = 0x0d;
        src[3] = (byte) 0xb8;
        src[15] = 1;
        byte[] dst = src.clone();
        dst[15] = 2;
        return b.put(src).put(dst).put(udp).array();
    }

    static byte[] ethernet(int etherType, byte[] payload) {
        return concat(new byte[12], new byte[] {(byte) (etherType >> 8), (byte) etherType}, payload);
    }

    static byte[] raw(byte[] ip) {
        return ip;
    }

    static byte[] pcap(int linkType, byte[]... frames) {
        ByteBuffer b = ByteBuffer.allocate(24 + Arrays.stream(frames).mapToInt(f -> 16 + f.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(linkType);
        for (byte[] f : frames) {
            b.putInt(0).putInt(0).putInt(f.length).putInt(f.length).put(f);
        }
        return b.array();
    }

    static byte[] pcapng(byte[] frame) {
        int pad = (4 - frame.length % 4) % 4;
        ByteBuffer b = ByteBuffer.allocate(28 + 20 + 32 + frame.length + pad).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(65535).putInt(20);
        int len = 32 + frame.length + pad;
        b.putInt(6).putInt(len).putInt(0).putInt(0).putInt(0).putInt(frame.length).putInt(frame.length).put(frame)
                .put(new byte[pad]).putInt(len);
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
