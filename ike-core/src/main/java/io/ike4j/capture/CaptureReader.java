package io.ike4j.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds the IKE messages in a capture: classic pcap, pcapng (both optionally gzip-compressed) or a
 * hex dump. The format is recognised by its magic number, not by the file name.
 *
 * <p>Link types: Ethernet (with VLAN tags), Linux cooked v1/v2, raw IP and BSD/OpenBSD loopback.
 * Network: IPv4 (fragments reassembled, reported at the frame that completes the datagram, as tshark
 * does) and IPv6. UDP port 500 carries bare IKE; port 4500 carries IKE behind the 4-byte non-ESP
 * marker (RFC 3948 §2.2) and ESP or NAT keepalives otherwise, which are skipped. On other port pairs a
 * message is recognised by shape: peers add the marker whenever neither port is 500.
 */
public final class CaptureReader {
    /** Upper bound for a capture read into memory. */
    static final int MAX_CAPTURE_BYTES = 256 << 20;

    private CaptureReader() {
    }

    public static List<CapturedDatagram> read(Path file) throws IOException {
        byte[] data;
        try (InputStream in = Files.newInputStream(file)) {
            data = readBounded(in);
        }
        return read(data);
    }

    public static List<CapturedDatagram> read(byte[] data) throws IOException {
        if (data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
                data = readBounded(in);
            }
        }
        if (data.length >= 4) {
            int magic = ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
            switch (magic) {
                case 0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1 -> {
                    return PcapReader.read(data);
                }
                case 0x0a0d0d0a -> {
                    return PcapngReader.read(data);
                }
                default -> {
                }
            }
        }
        return HexDumpReader.read(new String(data, StandardCharsets.ISO_8859_1));
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (out.size() + n > MAX_CAPTURE_BYTES) {
                throw new CaptureFormatException("capture larger than " + (MAX_CAPTURE_BYTES >> 20) + " MiB");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
