package io.ike4j.capture;

import io.ike4j.codec.Bytes;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Link layer → IPv4/IPv6 → UDP → IKE. Frames it cannot follow (other protocols, truncated headers)
 * are skipped: a capture holds more than IKE.
 */
final class PacketDissector {
    static final int LINKTYPE_NULL = 0;
    static final int LINKTYPE_ETHERNET = 1;
    static final int LINKTYPE_RAW = 101;
    static final int LINKTYPE_LOOP = 108;
    static final int LINKTYPE_LINUX_SLL = 113;
    static final int LINKTYPE_IPV4 = 228;
    static final int LINKTYPE_IPV6 = 229;
    static final int LINKTYPE_LINUX_SLL2 = 276;

    private static final int IKE_PORT = 500;
    private static final int NAT_T_PORT = 4500;
    private static final int IKE_HEADER = 28;
    private static final int MAX_PENDING_FRAGMENT_BYTES = 16 << 20;

    private final List<CapturedDatagram> out;
    private final Map<String, Reassembly> fragments = new HashMap<>();
    private int pendingFragmentBytes;

    PacketDissector(List<CapturedDatagram> out) {
        this.out = out;
    }

    void frame(int frame, int linkType, byte[] d, int off, int len) {
        switch (linkType) {
            case LINKTYPE_ETHERNET -> ethernet(frame, d, off, len);
            case LINKTYPE_LINUX_SLL -> {
                if (len >= 16) {
                    network(frame, u16(d, off + 14), d, off + 16, len - 16);
                }
            }
            case LINKTYPE_LINUX_SLL2 -> {
                if (len >= 20) {
                    network(frame, u16(d, off), d, off + 20, len - 20);
                }
            }
            case LINKTYPE_NULL, LINKTYPE_LOOP -> {
                if (len >= 4) {
                    // Address family in host (NULL) or network (LOOP) order; IPv6 has several values.
                    ip(frame, d, off + 4, len - 4);
                }
            }
            case LINKTYPE_RAW, 12, 14, LINKTYPE_IPV4, LINKTYPE_IPV6 -> ip(frame, d, off, len);
            default -> {
                // unsupported link type: nothing we can read
            }
        }
    }

    private void ethernet(int frame, byte[] d, int off, int len) {
        int pos = 12;
        while (len >= pos + 2) {
            int etherType = u16(d, off + pos);
            if (etherType == 0x8100 || etherType == 0x88a8) {
                pos += 4; // 802.1Q / 802.1ad tag
                continue;
            }
            network(frame, etherType, d, off + pos + 2, len - pos - 2);
            return;
        }
    }

    private void network(int frame, int etherType, byte[] d, int off, int len) {
        if (etherType == 0x0800 || etherType == 0x86dd) {
            ip(frame, d, off, len);
        }
    }

    private void ip(int frame, byte[] d, int off, int len) {
        if (len < 1) {
            return;
        }
        int version = (d[off] & 0xff) >> 4;
        if (version == 4) {
            ipv4(frame, d, off, len);
        } else if (version == 6) {
            ipv6(frame, d, off, len);
        }
    }

    private void ipv4(int frame, byte[] d, int off, int len) {
        if (len < 20) {
            return;
        }
        int ihl = (d[off] & 0x0f) * 4;
        int total = u16(d, off + 2);
        if (ihl < 20 || total < ihl || total > len) {
            total = Math.min(len, Math.max(total, ihl));
            if (ihl < 20 || ihl > len) {
                return;
            }
        }
        int protocol = d[off + 9] & 0xff;
        InetAddress src = address(d, off + 12, 4);
        InetAddress dst = address(d, off + 16, 4);
        int flagsFrag = u16(d, off + 6);
        boolean moreFragments = (flagsFrag & 0x2000) != 0;
        int fragOffset = (flagsFrag & 0x1fff) * 8;
        if (protocol != 17) {
            return;
        }
        if (moreFragments || fragOffset != 0) {
            String key = src.getHostAddress() + ">" + dst.getHostAddress() + "#" + u16(d, off + 4);
            Reassembly r = fragments.computeIfAbsent(key, k -> new Reassembly());
            byte[] piece = Arrays.copyOfRange(d, off + ihl, off + total);
            if (pendingFragmentBytes + piece.length > MAX_PENDING_FRAGMENT_BYTES) {
                fragments.clear();
                pendingFragmentBytes = 0;
                return;
            }
            pendingFragmentBytes += piece.length;
            r.pieces.put(fragOffset, piece);
            if (!moreFragments) {
                r.end = fragOffset + piece.length;
            }
            byte[] whole = r.complete();
            if (whole != null) {
                fragments.remove(key);
                pendingFragmentBytes -= whole.length;
                udp(frame, src, dst, whole, 0, whole.length);
            }
            return;
        }
        udp(frame, src, dst, d, off + ihl, total - ihl);
    }

    private void ipv6(int frame, byte[] d, int off, int len) {
        if (len < 40) {
            return;
        }
        int payloadLen = Math.min(u16(d, off + 4), len - 40);
        int next = d[off + 6] & 0xff;
        InetAddress src = address(d, off + 8, 16);
        InetAddress dst = address(d, off + 24, 16);
        int pos = off + 40;
        int end = pos + payloadLen;
        // Hop-by-hop (0), routing (43), destination options (60): skip; fragments (44) are not reassembled.
        while (next == 0 || next == 43 || next == 60) {
            if (end - pos < 8) {
                return;
            }
            int extLen = 8 + (d[pos + 1] & 0xff) * 8;
            next = d[pos] & 0xff;
            pos += extLen;
            if (pos > end) {
                return;
            }
        }
        if (next == 17) {
            udp(frame, src, dst, d, pos, end - pos);
        }
    }

    private void udp(int frame, InetAddress src, InetAddress dst, byte[] d, int off, int len) {
        if (len < 8) {
            return;
        }
        int sport = u16(d, off);
        int dport = u16(d, off + 2);
        int udpLen = u16(d, off + 4);
        int payloadLen = (udpLen >= 8 && udpLen <= len) ? udpLen - 8 : len - 8;
        int p = off + 8;
        boolean marker = payloadLen >= 4 && d[p] == 0 && d[p + 1] == 0 && d[p + 2] == 0 && d[p + 3] == 0;
        boolean ike;
        if (sport == IKE_PORT || dport == IKE_PORT) {
            ike = payloadLen >= 1;
            marker = false;
        } else if (sport == NAT_T_PORT || dport == NAT_T_PORT) {
            ike = marker; // RFC 3948 §2.2: without the marker it is ESP (or a 1-byte keepalive)
        } else {
            // Non-standard ports: peers put the marker on every IKE message when neither port is 500.
            ike = marker ? looksLikeIke(d, p + 4, payloadLen - 4) : looksLikeIke(d, p, payloadLen);
        }
        if (!ike) {
            return;
        }
        int skip = marker ? 4 : 0;
        Bytes message = Bytes.wrap(d, p + skip, payloadLen - skip);
        out.add(new CapturedDatagram(frame, new InetSocketAddress(src, sport), new InetSocketAddress(dst, dport),
                marker, message));
    }

    /** An IKE header whose version is 1.x or 2.x and whose length field matches the datagram. */
    private static boolean looksLikeIke(byte[] d, int off, int len) {
        if (len < IKE_HEADER) {
            return false;
        }
        int major = (d[off + 17] & 0xff) >> 4;
        long length = ((long) (d[off + 24] & 0xff) << 24) | ((d[off + 25] & 0xff) << 16)
                | ((d[off + 26] & 0xff) << 8) | (d[off + 27] & 0xff);
        return (major == 1 || major == 2) && length == len;
    }

    private static InetAddress address(byte[] d, int off, int len) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(d, off, off + len));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of length " + len, e); // cannot happen for 4 or 16
        }
    }

    private static int u16(byte[] d, int off) {
        return ((d[off] & 0xff) << 8) | (d[off + 1] & 0xff);
    }

    /** IPv4 fragments of one datagram, by offset. */
    private static final class Reassembly {
        final TreeMap<Integer, byte[]> pieces = new TreeMap<>();
        int end = -1;

        byte[] complete() {
            if (end < 0) {
                return null;
            }
            ByteArrayOutputStream whole = new ByteArrayOutputStream(end);
            int next = 0;
            for (Map.Entry<Integer, byte[]> e : pieces.entrySet()) {
                if (e.getKey() != next) {
                    return null;
                }
                whole.write(e.getValue(), 0, e.getValue().length);
                next += e.getValue().length;
            }
            return next == end ? whole.toByteArray() : null;
        }
    }
}
