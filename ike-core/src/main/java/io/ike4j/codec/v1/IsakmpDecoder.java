package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoder. Every length is checked against the octets left before use; every loop advances by
 * at least one octet (payload and attribute headers are at least 4 octets, SPIs at least 1), so no
 * field can make it loop or allocate by itself. Offsets passed around are absolute (from the header).
 */
final class IsakmpDecoder {
    private IsakmpDecoder() {
    }

    static IkeDecodeException malformed(int offset, String detail) {
        return new IkeDecodeException("PAYLOAD_MALFORMED", 16, offset, detail);
    }

    static int u16(Bytes b, int i) {
        return (b.get(i) << 8) | b.get(i + 1);
    }

    static int u32(Bytes b, int i) {
        return (b.get(i) << 24) | (b.get(i + 1) << 16) | (b.get(i + 2) << 8) | b.get(i + 3);
    }

    static long u64(Bytes b, int i) {
        return ((long) u32(b, i) << 32) | (u32(b, i + 4) & 0xffffffffL);
    }

    static IsakmpMessage decodeMessage(Bytes m) {
        int n = m.length();
        if (n < IsakmpHeader.SIZE) {
            throw malformed(n, "message shorter than the 28-octet ISAKMP header");
        }
        int version = m.get(17);
        if (version >>> 4 != 1) {
            // RFC 2408 §5.1: the major version must be one the receiver supports.
            throw new IkeDecodeException("INVALID_MAJOR_VERSION", 5, 17, "major version " + (version >>> 4));
        }
        long length = u32(m, 24) & 0xffffffffL;
        if (length != n) {
            throw malformed(24, "header length " + length + " but datagram has " + n + " octets");
        }
        IsakmpHeader h = new IsakmpHeader(u64(m, 0), u64(m, 8), m.get(16), version >>> 4, version & 0x0f,
                m.get(18), m.get(19), u32(m, 20));
        if (h.encrypted()) {
            return new IsakmpMessage(h, List.of(new EncryptedBody(m.slice(IsakmpHeader.SIZE, n - IsakmpHeader.SIZE))));
        }
        return new IsakmpMessage(h, decodeChain(h.nextPayload(), m, IsakmpHeader.SIZE, n, 0));
    }

    /** Decodes the chain in {@code d[start, end)}; {@code bias} + index = absolute offset. */
    static List<IsakmpPayload> decodeChain(int first, Bytes d, int start, int end, int bias) {
        List<IsakmpPayload> out = new ArrayList<>();
        int type = first;
        int p = start;
        while (type != 0) {
            if (end - p < 4) {
                throw malformed(bias + p, "truncated generic payload header for type " + type);
            }
            int next = d.get(p);
            if (d.get(p + 1) != 0) {
                throw malformed(bias + p + 1, "RESERVED octet of the generic payload header is not 0");
            }
            int len = u16(d, p + 2);
            if (len < 4 || len > end - p) {
                throw malformed(bias + p + 2, "payload length " + len + " with " + (end - p) + " octets left");
            }
            out.add(payload(type, d.slice(p + 4, len - 4), bias + p + 4));
            p += len;
            type = next;
        }
        if (p < end) {
            out.add(new TrailingBytes(d.slice(p, end - p)));
        }
        return out;
    }

    private static void atLeast(Bytes b, int n, int off, String what) {
        if (b.length() < n) {
            throw malformed(off, what + " body shorter than " + n + " octets");
        }
    }

    private static IsakmpPayload payload(int type, Bytes b, int off) {
        switch (type) {
            case 1:
                return sa(b, off);
            case 4:
                return new KePayload(b);
            case 5:
                atLeast(b, 4, off, "ID");
                return new IdPayload(b.get(0), b.get(1), u16(b, 2), b.slice(4, b.length() - 4));
            case 6:
                atLeast(b, 1, off, "CERT");
                return new CertPayload(b.get(0), b.slice(1, b.length() - 1));
            case 7:
                atLeast(b, 1, off, "CR");
                return new CertReqPayload(b.get(0), b.slice(1, b.length() - 1));
            case 8:
                return new HashPayload(b);
            case 9:
                return new SigPayload(b);
            case 10:
                return new NoncePayload(b);
            case 11:
                return notify(b, off);
            case 12:
                return delete(b, off);
            case 13:
                return new VendorIdPayload(b);
            case 14:
                atLeast(b, 4, off, "attribute payload");
                if (b.get(1) != 0) {
                    throw malformed(off + 1, "RESERVED octet of the attribute payload is not 0");
                }
                return new AttributePayload(b.get(0), u16(b, 2), attributes(b, 4, b.length(), off));
            case 20:
            case 130:
                return new NatDPayload(type, b);
            case 21:
            case 131:
                atLeast(b, 4, off, "NAT-OA");
                if (b.get(1) != 0 || b.get(2) != 0 || b.get(3) != 0) {
                    throw malformed(off + 1, "RESERVED octets of NAT-OA are not 0");
                }
                return new NatOaPayload(type, b.get(0), b.slice(4, b.length() - 4));
            case 132:
                atLeast(b, 4, off, "fragment");
                return new FragmentPayload(u16(b, 0), b.get(2), b.get(3), b.slice(4, b.length() - 4));
            default:
                return new UnknownPayload(type, b);
        }
    }

    private static NotifyPayload notify(Bytes b, int off) {
        atLeast(b, 8, off, "notification");
        int spiSize = b.get(5);
        if (8 + spiSize > b.length()) {
            throw malformed(off + 5, "notify SPI size " + spiSize + " exceeds the payload");
        }
        return new NotifyPayload(u32(b, 0), b.get(4), u16(b, 6), b.slice(8, spiSize),
                b.slice(8 + spiSize, b.length() - 8 - spiSize));
    }

    private static DeletePayload delete(Bytes b, int off) {
        atLeast(b, 8, off, "delete");
        int spiSize = b.get(5);
        int count = u16(b, 6);
        if (spiSize == 0 && count > 0) {
            throw malformed(off + 5, "delete with " + count + " SPIs of size 0");
        }
        if ((long) spiSize * count != b.length() - 8) {
            throw malformed(off + 6, count + " SPIs of " + spiSize + " octets do not fill " + (b.length() - 8));
        }
        List<Bytes> spis = new ArrayList<>();
        for (int p = 8; p < b.length(); p += spiSize) {
            spis.add(b.slice(p, spiSize));
        }
        return new DeletePayload(u32(b, 0), b.get(4), spiSize, spis);
    }

    private static SaPayload sa(Bytes b, int off) {
        atLeast(b, 4, off, "SA");
        int doi = u32(b, 0);
        if (doi != 1) {
            return new SaPayload(doi, b.slice(4, b.length() - 4), List.of());
        }
        atLeast(b, 8, off, "IPsec DOI SA");
        int situation = u32(b, 4);
        if ((situation & ~1) != 0) {
            // Secrecy/integrity labels (RFC 2407 §4.6.1) have variable length: keep the rest opaque.
            return new SaPayload(doi, b.slice(4, b.length() - 4), List.of());
        }
        List<Proposal> proposals = new ArrayList<>();
        int p = 8;
        while (p < b.length()) {
            if (b.length() - p < 8) {
                throw malformed(off + p, "truncated proposal header");
            }
            int next = b.get(p);
            if (next != 0 && next != 2) {
                throw malformed(off + p, "proposal Next Payload " + next + " is neither 0 nor 2");
            }
            if (b.get(p + 1) != 0) {
                throw malformed(off + p + 1, "RESERVED octet of the proposal is not 0");
            }
            int len = u16(b, p + 2);
            if (len < 8 || len > b.length() - p) {
                throw malformed(off + p + 2, "proposal length " + len + " with " + (b.length() - p) + " left");
            }
            int spiSize = b.get(p + 6);
            if (8 + spiSize > len) {
                throw malformed(off + p + 6, "proposal SPI size " + spiSize + " exceeds the proposal");
            }
            List<Transform> transforms = transforms(b, p + 8 + spiSize, p + len, off);
            if (transforms.size() != b.get(p + 7)) {
                throw malformed(off + p + 7, "# of transforms " + b.get(p + 7) + " but " + transforms.size() + " found");
            }
            proposals.add(new Proposal(b.get(p + 4), b.get(p + 5), b.slice(p + 8, spiSize), transforms));
            p += len;
            if (next == 0 && p != b.length()) {
                throw malformed(off + p, "octets after the last proposal");
            }
            if (next == 2 && p == b.length()) {
                throw malformed(off + p, "proposal announces another one but the SA ends");
            }
        }
        return new SaPayload(doi, b.slice(4, 4), proposals);
    }

    private static List<Transform> transforms(Bytes b, int start, int end, int off) {
        List<Transform> out = new ArrayList<>();
        int t = start;
        while (t < end) {
            if (end - t < 8) {
                throw malformed(off + t, "truncated transform header");
            }
            int next = b.get(t);
            if (next != 0 && next != 3) {
                throw malformed(off + t, "transform Next Payload " + next + " is neither 0 nor 3");
            }
            if (b.get(t + 1) != 0) {
                throw malformed(off + t + 1, "RESERVED octet of the transform is not 0");
            }
            int len = u16(b, t + 2);
            if (len < 8 || len > end - t) {
                throw malformed(off + t + 2, "transform length " + len + " with " + (end - t) + " left");
            }
            if (u16(b, t + 6) != 0) {
                throw malformed(off + t + 6, "RESERVED2 of the transform is not 0");
            }
            out.add(new Transform(b.get(t + 4), b.get(t + 5), attributes(b, t + 8, t + len, off)));
            t += len;
            if (next == 0 && t != end) {
                throw malformed(off + t, "octets after the last transform");
            }
            if (next == 3 && t == end) {
                throw malformed(off + t, "transform announces another one but the proposal ends");
            }
        }
        return out;
    }

    /** Data attributes (RFC 2408 §3.3) in {@code b[start, end)}. */
    static List<DataAttribute> attributes(Bytes b, int start, int end, int off) {
        List<DataAttribute> out = new ArrayList<>();
        int a = start;
        while (a < end) {
            if (end - a < 4) {
                throw malformed(off + a, "truncated data attribute");
            }
            int typeField = u16(b, a);
            int type = typeField & 0x7fff;
            if ((typeField & 0x8000) != 0) {
                out.add(new DataAttribute(type, true, b.slice(a + 2, 2)));
                a += 4;
            } else {
                int len = u16(b, a + 2);
                if (len > end - a - 4) {
                    throw malformed(off + a + 2, "attribute length " + len + " with " + (end - a - 4) + " left");
                }
                out.add(new DataAttribute(type, false, b.slice(a + 4, len)));
                a += 4 + len;
            }
        }
        return out;
    }
}
