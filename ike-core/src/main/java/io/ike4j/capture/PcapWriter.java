package io.ike4j.capture;

import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.IkeFraming;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes UDP datagrams as a classic pcap file (microsecond timestamps, LINKTYPE_RAW = 101: each record is an
 * IPv4 or IPv6 packet, no link header), so tshark/Wireshark can dissect what ike4j sent.
 *
 * <p>IPv4 (RFC 791): 20-octet header, DF set, TTL 64, identification counting up, header checksum computed;
 * UDP checksum 0 ("none", RFC 768). IPv6 (RFC 8200): 40-octet header, hop limit 64; the UDP checksum is
 * mandatory there (RFC 8200 §8.1) and computed over the pseudo-header. Records are flushed one by one so a
 * reader sees every packet written so far. Thread-safe. I/O failures surface as {@link UncheckedIOException}.
 */
public final class PcapWriter implements AutoCloseable {
    /** LINKTYPE_RAW: the record starts with the IP header; version taken from its first nibble. */
    public static final int LINKTYPE_RAW = 101;
    private static final int SNAPLEN = 0xFFFF;
    private static final int IPV4_HEADER = 20;
    private static final int IPV6_HEADER = 40;
    private static final int UDP_HEADER = 8;
    private static final int UDP = 17;
    private static final int TTL = 64;

    private final OutputStream out;
    private boolean headerWritten;
    private boolean closed;
    private int ipId;

    /** Writes to {@code out} (the pcap file header goes out with the first record or on close). */
    public PcapWriter(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** A writer on a new (truncated) file. */
    public static PcapWriter create(Path file) {
        try {
            return new PcapWriter(Files.newOutputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /** One UDP datagram carrying {@code udpPayload} verbatim. Both endpoints must be of one address family. */
    public synchronized void write(Instant time, DatagramEndpoint src, DatagramEndpoint dst, byte[] udpPayload) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(udpPayload, "udpPayload");
        if (closed) {
            throw new IllegalStateException("PcapWriter is closed");
        }
        byte[] packet = packet(src, dst, udpPayload);
        long seconds = time.getEpochSecond();
        if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("time outside the pcap range (1970..2106): " + time);
        }
        byte[] rec = new byte[16];
        le32(rec, 0, seconds);
        le32(rec, 4, time.getNano() / 1000);
        le32(rec, 8, packet.length);
        le32(rec, 12, packet.length);
        try {
            writeHeaderOnce();
            out.write(rec);
            out.write(packet);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a pcap record", e);
        }
    }

    /**
     * An IKE message as a peer sends it: behind the 4-octet non-ESP marker when neither port is 500
     * (RFC 3948 §2.2, {@link IkeFraming#markerRequired(int, int)}), bare otherwise.
     */
    public void writeIke(Instant time, DatagramEndpoint src, DatagramEndpoint dst, byte[] ikeMessage) {
        Objects.requireNonNull(ikeMessage, "ikeMessage");
        write(time, src, dst, IkeFraming.encode(ikeMessage, src.port(), dst.port()));
    }

    /** Writes the file header if nothing was written yet, flushes and closes the stream. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            writeHeaderOnce();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the pcap file", e);
        }
    }

    private void writeHeaderOnce() throws IOException {
        if (headerWritten) {
            return;
        }
        headerWritten = true;
        byte[] h = new byte[24];
        le32(h, 0, 0xa1b2c3d4L); // microsecond magic, little-endian file
        h[4] = 2; // version 2.4
        h[6] = 4;
        // 8..15: thiszone and sigfigs, both 0
        le32(h, 16, SNAPLEN);
        le32(h, 20, LINKTYPE_RAW);
        out.write(h);
    }

    private byte[] packet(DatagramEndpoint src, DatagramEndpoint dst, byte[] payload) {
        boolean v4 = src.address() instanceof Inet4Address;
        if (v4 != (dst.address() instanceof Inet4Address)) {
            throw new IllegalArgumentException("mixed address families: " + src + " -> " + dst);
        }
        if (!v4 && !(src.address() instanceof Inet6Address && dst.address() instanceof Inet6Address)) {
            throw new IllegalArgumentException("neither IPv4 nor IPv6: " + src + " -> " + dst);
        }
        int ipHeader = v4 ? IPV4_HEADER : IPV6_HEADER;
        int udpLength = UDP_HEADER + payload.length;
        // IPv4 total length and the UDP/IPv6 payload length fields are 16 bits (no jumbograms here).
        if (ipHeader + udpLength > (v4 ? 0xFFFF : IPV6_HEADER + 0xFFFF) || udpLength > 0xFFFF) {
            throw new IllegalArgumentException("UDP payload too long for one datagram: " + payload.length);
        }
        byte[] p = new byte[ipHeader + udpLength];
        byte[] s = src.address().getAddress();
        byte[] d = dst.address().getAddress();
        if (v4) {
            p[0] = 0x45; // version 4, IHL 5 words
            be16(p, 2, p.length);
            be16(p, 4, ipId++ & 0xFFFF);
            p[6] = 0x40; // DF
            p[8] = (byte) TTL;
            p[9] = UDP;
            System.arraycopy(s, 0, p, 12, 4);
            System.arraycopy(d, 0, p, 16, 4);
            be16(p, 10, ~onesComplementSum(p, 0, IPV4_HEADER, 0) & 0xFFFF); // RFC 791 header checksum
        } else {
            p[0] = 0x60; // version 6, traffic class 0, flow label 0
            be16(p, 4, udpLength);
            p[6] = UDP;
            p[7] = (byte) TTL;
            System.arraycopy(s, 0, p, 8, 16);
            System.arraycopy(d, 0, p, 24, 16);
        }
        int u = ipHeader;
        be16(p, u, src.port());
        be16(p, u + 2, dst.port());
        be16(p, u + 4, udpLength);
        System.arraycopy(payload, 0, p, u + UDP_HEADER, payload.length);
        if (!v4) {
            // RFC 8200 §8.1 pseudo-header: addresses, upper-layer length, next header.
            int sum = onesComplementSum(p, 8, 32, 0);
            sum = addWord(sum, udpLength >>> 16);
            sum = addWord(sum, udpLength & 0xFFFF);
            sum = addWord(sum, UDP);
            sum = onesComplementSum(p, u, udpLength, sum);
            int c = ~sum & 0xFFFF;
            be16(p, u + 6, c == 0 ? 0xFFFF : c); // RFC 768: a computed 0 is sent as all ones
        }
        return p;
    }

    /** Folded 16-bit one's-complement sum of {@code len} octets (odd tail padded with a zero octet). */
    static int onesComplementSum(byte[] b, int off, int len, int initial) {
        int sum = initial;
        int i = 0;
        for (; i + 1 < len; i += 2) {
            sum = addWord(sum, ((b[off + i] & 0xFF) << 8) | (b[off + i + 1] & 0xFF));
        }
        if (i < len) {
            sum = addWord(sum, (b[off + i] & 0xFF) << 8);
        }
        return sum;
    }

    private static int addWord(int sum, int word) {
        int s = sum + word;
        return (s & 0xFFFF) + (s >>> 16);
    }

    private static void be16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static void le32(byte[] b, int off, long v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }
}
