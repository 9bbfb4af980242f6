package io.ike4j.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.transport.DatagramEndpoint;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PcapWriter output read back by CaptureReader, plus the header fields tshark relies on. */
class PcapWriterTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00.123456Z");

    /** A minimal IKEv2 header-only message (RFC 7296 §3.1): IKE_SA_INIT request, length 28 (+ extra). */
    private static byte[] ike(int spiByte, int extra) {
        byte[] m = new byte[28 + extra];
        for (int i = 0; i < 8; i++) {
            m[i] = (byte) (spiByte + i);
        }
        m[17] = 0x20;
        m[18] = 34;
        m[19] = 0x08;
        int len = m.length;
        m[24] = (byte) (len >>> 24);
        m[25] = (byte) (len >>> 16);
        m[26] = (byte) (len >>> 8);
        m[27] = (byte) len;
        for (int i = 28; i < len; i++) {
            m[i] = (byte) (i * 7);
        }
        return m;
    }

    @Test
    void readsBackIpv4AndIpv6WithMarkerHandling() throws Exception {
        DatagramEndpoint a = DatagramEndpoint.of("127.0.0.1", 15500);
        DatagramEndpoint b = DatagramEndpoint.of("127.0.0.2", 16500);
        DatagramEndpoint c500 = DatagramEndpoint.of("192.0.2.1", 500);
        DatagramEndpoint d500 = DatagramEndpoint.of("198.51.100.7", 500);
        DatagramEndpoint v6a = DatagramEndpoint.of("2001:db8::1", 4500);
        DatagramEndpoint v6b = DatagramEndpoint.of("2001:db8::2", 4500);
        DatagramEndpoint v6c = DatagramEndpoint.of("2001:db8::3", 500);
        byte[] m1 = ike(0x10, 0);
        byte[] m2 = ike(0x20, 301); // odd length: exercises the checksum's odd tail
        byte[] m3 = ike(0x30, 64);
        byte[] m4 = ike(0x40, 1001);
        byte[] m5 = ike(0x50, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            w.writeIke(T0, a, b, m1);
            w.writeIke(T0.plusMillis(5), b, a, m2);
            w.writeIke(T0.plusSeconds(1), c500, d500, m3);
            w.writeIke(T0.plusSeconds(2), v6a, v6b, m4);
            w.writeIke(T0.plusSeconds(3), v6b, v6c, m5);
            w.write(T0.plusSeconds(4), a, b, new byte[] {(byte) 0xFF}); // NAT keepalive: skipped by the reader
        }
        byte[] file = out.toByteArray();
        List<CapturedDatagram> got = CaptureReader.read(file);
        assertEquals(5, got.size());
        check(got.get(0), 1, a, b, true, m1);
        check(got.get(1), 2, b, a, true, m2);
        check(got.get(2), 3, c500, d500, false, m3);
        check(got.get(3), 4, v6a, v6b, true, m4);
        check(got.get(4), 5, v6b, v6c, false, m5);

        // File header: little-endian microsecond magic, version 2.4, snaplen 65535, LINKTYPE_RAW.
        assertArrayEquals(new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0}, slice(file, 0, 8));
        assertEquals(0xFFFF, le32(file, 16));
        assertEquals(101, le32(file, 20));
        // First record: timestamp, lengths, IPv4 header with a valid checksum and UDP length.
        assertEquals(T0.getEpochSecond(), le32(file, 24) & 0xFFFFFFFFL);
        assertEquals(123456, le32(file, 28));
        int ipLen = 20 + 8 + 4 + m1.length;
        assertEquals(ipLen, le32(file, 32));
        assertEquals(ipLen, le32(file, 36));
        int ip = 40;
        assertEquals(0x45, file[ip] & 0xFF);
        assertEquals(ipLen, be16(file, ip + 2));
        assertEquals(17, file[ip + 9]);
        assertEquals(0xFFFF, PcapWriter.onesComplementSum(file, ip, 20, 0), "IPv4 header checksum");
        assertEquals(8 + 4 + m1.length, be16(file, ip + 24));
        assertEquals(0, be16(file, ip + 26), "UDP checksum 0 over IPv4");
    }

    @Test
    void ipv6UdpChecksumVerifies() {
        DatagramEndpoint s = DatagramEndpoint.of("fe80::1", 500);
        DatagramEndpoint d = DatagramEndpoint.of("fe80::2", 500);
        for (int extra : new int[] {0, 1, 2, 777}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] m = ike(0x60, extra);
            try (PcapWriter w = new PcapWriter(out)) {
                w.writeIke(T0, s, d, m);
            }
            byte[] f = out.toByteArray();
            int ip = 40;
            int udpLen = 8 + m.length;
            assertEquals(0x60, f[ip] & 0xF0);
            assertEquals(udpLen, be16(f, ip + 4));
            assertEquals(17, f[ip + 6]);
            assertTrue(be16(f, ip + 40 + 6) != 0, "IPv6 UDP checksum is mandatory");
            int sum = PcapWriter.onesComplementSum(f, ip + 8, 32, 0);
            sum = PcapWriter.onesComplementSum(new byte[] {0, 0, (byte) (udpLen >>> 8), (byte) udpLen, 0, 0, 0, 17},
                    0, 8, sum);
            sum = PcapWriter.onesComplementSum(f, ip + 40, udpLen, sum);
            assertEquals(0xFFFF, sum, "UDP checksum over the pseudo-header verifies, extra=" + extra);
        }
    }

    @Test
    void emptyCaptureStillHasAHeaderAndRejectsMisuse(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("empty.pcap");
        PcapWriter w = PcapWriter.create(p);
        assertThrows(IllegalArgumentException.class, () -> w.write(T0, DatagramEndpoint.of("127.0.0.1", 1),
                DatagramEndpoint.of("::1", 2), new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> w.write(T0, DatagramEndpoint.of("127.0.0.1", 1),
                DatagramEndpoint.of("127.0.0.1", 2), new byte[0xFFFF - 27]));
        w.close();
        w.close();
        assertEquals(24, Files.size(p));
        assertTrue(CaptureReader.read(p).isEmpty());
        assertThrows(IllegalStateException.class, () -> w.write(T0, DatagramEndpoint.of("127.0.0.1", 1),
                DatagramEndpoint.of("127.0.0.1", 2), new byte[1]));
    }

    @Test
    void largestIpv4DatagramFits() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] m = ike(0x70, 0xFFFF - 28 - 28);
        try (PcapWriter w = new PcapWriter(out)) {
            w.write(T0, DatagramEndpoint.of("10.0.0.1", 500), DatagramEndpoint.of("10.0.0.2", 500), m);
        }
        List<CapturedDatagram> got = CaptureReader.read(out.toByteArray());
        assertEquals(1, got.size());
        assertEquals(Bytes.wrap(m), got.get(0).ike());
        assertFalse(got.get(0).nonEspMarker());
    }

    private static void check(CapturedDatagram g, int frame, DatagramEndpoint src, DatagramEndpoint dst,
                              boolean marker, byte[] ike) {
        assertEquals(frame, g.frame());
        assertEquals(new InetSocketAddress(src.address(), src.port()), g.source());
        assertEquals(new InetSocketAddress(dst.address(), dst.port()), g.destination());
        assertEquals(marker, g.nonEspMarker(), "marker of frame " + frame);
        assertEquals(Bytes.wrap(ike), g.ike(), "bytes of frame " + frame);
    }

    private static byte[] slice(byte[] b, int off, int len) {
        byte[] r = new byte[len];
        System.arraycopy(b, off, r, 0, len);
        return r;
    }

    private static int le32(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
    }

    private static int be16(byte[] b, int off) {
        return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    }
}
