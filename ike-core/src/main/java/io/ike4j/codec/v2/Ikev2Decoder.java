package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;

import java.util.ArrayList;
import java.util.List;

/**
 * The IKEv2 decoder. Every length is checked against the octets left before it is used; nothing is
 * allocated from a wire length or count (lists grow with the elements actually parsed), and every loop
 * consumes at least four octets per element, so no field can make it spin.
 *
 * <p>{@code base} is the offset of the data given to a method from the first octet of the IKE header,
 * so exceptions report header-relative offsets.
 */
final class Ikev2Decoder {
    static final String INVALID_SYNTAX = "INVALID_SYNTAX";
    static final int INVALID_SYNTAX_N = 7;

    private Ikev2Decoder() {
    }

    static IkeDecodeException syntax(int offset, String detail) {
        return new IkeDecodeException(INVALID_SYNTAX, INVALID_SYNTAX_N, offset, detail);
    }

    static int u8(Bytes b, int i) {
        return b.get(i);
    }

    static int u16(Bytes b, int i) {
        return b.get(i) << 8 | b.get(i + 1);
    }

    static int u24(Bytes b, int i) {
        return b.get(i) << 16 | b.get(i + 1) << 8 | b.get(i + 2);
    }

    static long u32(Bytes b, int i) {
        return (long) u16(b, i) << 16 | u16(b, i + 2);
    }

    static Ikev2Message decodeMessage(Bytes data) {
        int n = data.length();
        if (n < Ikev2Header.LENGTH) {
            // The version octet may be there: a too-short IKEv1 message is still a version problem.
            if (n >= 18 && (data.get(17) >> 4) != 2) {
                throw new IkeDecodeException("INVALID_MAJOR_VERSION", 5, 17,
                        "major version " + (data.get(17) >> 4));
            }
            throw syntax(0, "datagram of " + n + " octets is shorter than the IKE header");
        }
        int version = data.get(17);
        if ((version >> 4) != 2) {
            // RFC 7296 §2.5/§3.1: a different major version is answered with INVALID_MAJOR_VERSION.
            throw new IkeDecodeException("INVALID_MAJOR_VERSION", 5, 17, "major version " + (version >> 4));
        }
        long length = u32(data, 24);
        if (length != n) {
            throw syntax(24, "header length " + length + " but datagram has " + n + " octets");
        }
        Ikev2Header header = new Ikev2Header(data.slice(0, 8), data.slice(8, 8), version >> 4, version & 0x0f,
                data.get(18), data.get(19), u32(data, 20));
        List<Ikev2Payload> payloads = decodeChain(data.get(16), data.slice(28, n - 28), 28, true);
        return new Ikev2Message(header, payloads);
    }

    /**
     * Decodes a payload chain that fills {@code chain} exactly. {@code outer} allows an SK/SKF payload
     * as the last element (never inside an encrypted chain: RFC 7296 §3.14 does not nest them).
     */
    static List<Ikev2Payload> decodeChain(int firstType, Bytes chain, int base, boolean outer) {
        Collector out = Collector.get();
        int mark = out.mark();
        try {
            return decodeChain(firstType, chain, base, outer, out, mark);
        } finally {
            out.reset(mark);
        }
    }

    private static List<Ikev2Payload> decodeChain(int firstType, Bytes chain, int base, boolean outer, Collector out,
                                                  int mark) {
        int type = firstType;
        int pos = 0;
        int end = chain.length();
        while (type != 0) {
            if (end - pos < 4) {
                throw syntax(base + pos, "payload type " + type + " announced but only " + (end - pos)
                        + " octets left");
            }
            int next = chain.get(pos);
            int flags = chain.get(pos + 1);
            int length = u16(chain, pos + 2);
            if (length < 4 || length > end - pos) {
                throw syntax(base + pos + 2, "payload length " + length + " with " + (end - pos) + " octets left");
            }
            Bytes body = chain.slice(pos + 4, length - 4);
            int bodyBase = base + pos + 4;
            boolean encrypted = type == Ikev2SkPayload.TYPE || type == Ikev2SkfPayload.TYPE;
            if (encrypted && !outer) {
                throw syntax(base + pos, "SK/SKF payload inside an encrypted payload chain");
            }
            out.add(decodePayload(type, next, flags, body, bodyBase, base + pos));
            pos += length;
            if (encrypted) {
                // The SK/SKF next-payload field names the first inner payload; SK must be last (§3.14).
                if (pos != end) {
                    throw syntax(base + pos, "payload after the " + (type == Ikev2SkPayload.TYPE ? "SK" : "SKF")
                            + " payload");
                }
                return out.list(mark);
            }
            type = next;
        }
        if (pos != end) {
            throw syntax(base + pos, (end - pos) + " octets after the last payload");
        }
        return out.list(mark);
    }

    private static Ikev2Payload decodePayload(int type, int next, int flags, Bytes body, int base, int headerOffset) {
        switch (type) {
            case Ikev2SaPayload.TYPE:
                return new Ikev2SaPayload(decodeProposals(body, base), flags);
            case Ikev2KePayload.TYPE:
                need(body, 4, base, "KE");
                return new Ikev2KePayload(u16(body, 0), u16(body, 2), body.slice(4, body.length() - 4), flags);
            case Ikev2IdPayload.TYPE_IDI:
            case Ikev2IdPayload.TYPE_IDR:
                need(body, 4, base, "ID");
                return new Ikev2IdPayload(type == Ikev2IdPayload.TYPE_IDI, body.get(0), u24(body, 1),
                        body.slice(4, body.length() - 4), flags);
            case Ikev2CertPayload.TYPE:
                need(body, 1, base, "CERT");
                return new Ikev2CertPayload(body.get(0), body.slice(1, body.length() - 1), flags);
            case Ikev2CertReqPayload.TYPE:
                need(body, 1, base, "CERTREQ");
                return new Ikev2CertReqPayload(body.get(0), body.slice(1, body.length() - 1), flags);
            case Ikev2AuthPayload.TYPE:
                need(body, 4, base, "AUTH");
                return new Ikev2AuthPayload(body.get(0), u24(body, 1), body.slice(4, body.length() - 4), flags);
            case Ikev2NoncePayload.TYPE:
                return new Ikev2NoncePayload(body, flags);
            case Ikev2NotifyPayload.TYPE:
                return decodeNotify(body, base, flags);
            case Ikev2DeletePayload.TYPE:
                return decodeDelete(body, base, flags);
            case Ikev2VendorIdPayload.TYPE:
                return new Ikev2VendorIdPayload(body, flags);
            case Ikev2TsPayload.TYPE_TSI:
            case Ikev2TsPayload.TYPE_TSR:
                return decodeTs(type == Ikev2TsPayload.TYPE_TSI, body, base, flags);
            case Ikev2SkPayload.TYPE:
                return new Ikev2SkPayload(next, body, flags);
            case Ikev2CpPayload.TYPE:
                return decodeCp(body, base, flags);
            case Ikev2EapPayload.TYPE:
                return new Ikev2EapPayload(body, flags);
            case Ikev2SkfPayload.TYPE:
                need(body, 4, base, "SKF");
                int number = u16(body, 0);
                int total = u16(body, 2);
                // RFC 7383 §2.5: fragment numbers start at 1 and never exceed the total.
                if (number == 0 || number > total) {
                    throw syntax(base, "fragment " + number + " of " + total);
                }
                return new Ikev2SkfPayload(next, number, total, body.slice(4, body.length() - 4), flags);
            default:
                if ((flags & Ikev2Payload.CRITICAL) != 0) {
                    // RFC 7296 §2.5: the notify data of UNSUPPORTED_CRITICAL_PAYLOAD is the one-octet type.
                    throw new IkeDecodeException("UNSUPPORTED_CRITICAL_PAYLOAD", 1, headerOffset,
                            "critical payload of unsupported type " + type + " (notify data: one octet " + type + ")",
                            Bytes.wrap(new byte[] {(byte) type}));
                }
                return new Ikev2UnknownPayload(type, body, flags);
        }
    }

    private static void need(Bytes body, int n, int base, String what) {
        if (body.length() < n) {
            throw syntax(base, what + " payload body of " + body.length() + " octets, at least " + n + " needed");
        }
    }

    private static List<Ikev2Proposal> decodeProposals(Bytes body, int base) {
        Collector out = Collector.get();
        int mark = out.mark();
        try {
            return decodeProposals(body, base, out, mark);
        } finally {
            out.reset(mark);
        }
    }

    private static List<Ikev2Proposal> decodeProposals(Bytes body, int base, Collector out, int mark) {
        int pos = 0;
        int end = body.length();
        boolean more = end > 0;
        if (!more) {
            throw syntax(base, "SA payload without proposals");
        }
        while (more) {
            if (end - pos < 8) {
                throw syntax(base + pos, "proposal header truncated");
            }
            int last = body.get(pos);
            int reserved = body.get(pos + 1);
            int length = u16(body, pos + 2);
            if (length < 8 || length > end - pos) {
                throw syntax(base + pos + 2, "proposal length " + length + " with " + (end - pos) + " octets left");
            }
            if (last != 0 && last != 2) {
                throw syntax(base + pos, "proposal last-substruc " + last);
            }
            int number = body.get(pos + 4);
            int protocol = body.get(pos + 5);
            int spiSize = body.get(pos + 6);
            int count = body.get(pos + 7);
            if (spiSize > length - 8) {
                throw syntax(base + pos + 6, "SPI size " + spiSize + " exceeds proposal");
            }
            Bytes spi = body.slice(pos + 8, spiSize);
            List<Ikev2Transform> transforms =
                    decodeTransforms(body.slice(pos + 8 + spiSize, length - 8 - spiSize), base + pos + 8 + spiSize);
            if (transforms.size() != count) {
                throw syntax(base + pos + 7, "proposal announces " + count + " transforms, has " + transforms.size());
            }
            out.add(new Ikev2Proposal(reserved, number, protocol, spi, transforms));
            pos += length;
            more = last == 2;
            if (more && pos == end) {
                throw syntax(base + pos, "proposal says more follow but the SA payload ends");
            }
            if (!more && pos != end) {
                throw syntax(base + pos, "octets after the last proposal");
            }
        }
        return out.list(mark);
    }

    private static List<Ikev2Transform> decodeTransforms(Bytes body, int base) {
        Collector out = Collector.get();
        int mark = out.mark();
        try {
            return decodeTransforms(body, base, out, mark);
        } finally {
            out.reset(mark);
        }
    }

    private static List<Ikev2Transform> decodeTransforms(Bytes body, int base, Collector out, int mark) {
        int pos = 0;
        int end = body.length();
        while (pos < end) {
            if (end - pos < 8) {
                throw syntax(base + pos, "transform header truncated");
            }
            int last = body.get(pos);
            int length = u16(body, pos + 2);
            if (length < 8 || length > end - pos) {
                throw syntax(base + pos + 2, "transform length " + length + " with " + (end - pos) + " octets left");
            }
            boolean lastOne = pos + length == end;
            if (last != (lastOne ? 0 : 3)) {
                throw syntax(base + pos, "transform last-substruc " + last + (lastOne ? " on the last transform" : ""));
            }
            List<Ikev2TransformAttribute> attrs =
                    decodeTransformAttributes(body.slice(pos + 8, length - 8), base + pos + 8);
            out.add(new Ikev2Transform(body.get(pos + 1), body.get(pos + 4), body.get(pos + 5), u16(body, pos + 6), attrs));
            pos += length;
        }
        return out.list(mark);
    }

    private static List<Ikev2TransformAttribute> decodeTransformAttributes(Bytes body, int base) {
        if (body.length() == 0) {
            return List.of(); // most transforms have none: no list, no copy of one
        }
        List<Ikev2TransformAttribute> out = new ArrayList<>(1);
        int pos = 0;
        int end = body.length();
        while (pos < end) {
            if (end - pos < 4) {
                throw syntax(base + pos, "transform attribute truncated");
            }
            int typeField = u16(body, pos);
            boolean tv = (typeField & 0x8000) != 0;
            if (tv) {
                out.add(new Ikev2TransformAttribute(typeField & 0x7fff, true, body.slice(pos + 2, 2)));
                pos += 4;
            } else {
                int len = u16(body, pos + 2);
                if (len > end - pos - 4) {
                    throw syntax(base + pos + 2, "attribute length " + len + " with " + (end - pos - 4) + " octets left");
                }
                out.add(new Ikev2TransformAttribute(typeField, false, body.slice(pos + 4, len)));
                pos += 4 + len;
            }
        }
        return out;
    }

    private static Ikev2NotifyPayload decodeNotify(Bytes body, int base, int flags) {
        need(body, 4, base, "Notify");
        int spiSize = body.get(1);
        if (spiSize > body.length() - 4) {
            throw syntax(base + 1, "SPI size " + spiSize + " exceeds notify payload");
        }
        return new Ikev2NotifyPayload(body.get(0), body.slice(4, spiSize), u16(body, 2),
                body.slice(4 + spiSize, body.length() - 4 - spiSize), flags);
    }

    private static Ikev2DeletePayload decodeDelete(Bytes body, int base, int flags) {
        need(body, 4, base, "Delete");
        int spiSize = body.get(1);
        int count = u16(body, 2);
        int rest = body.length() - 4;
        // Check the count against the octets present before looping (no allocation from the count).
        if ((long) spiSize * count != rest) {
            throw syntax(base + 2, count + " SPIs of " + spiSize + " octets in " + rest + " octets");
        }
        if (spiSize == 0 && count != 0) {
            throw syntax(base + 1, "SPI size 0 with " + count + " SPIs");
        }
        List<Bytes> spis = new ArrayList<>();
        for (int pos = 4; pos < body.length(); pos += spiSize) {
            spis.add(body.slice(pos, spiSize));
        }
        return new Ikev2DeletePayload(body.get(0), spiSize, spis, flags);
    }

    private static Ikev2TsPayload decodeTs(boolean initiator, Bytes body, int base, int flags) {
        need(body, 4, base, "TS");
        int count = body.get(0);
        Collector out = Collector.get();
        int mark = out.mark();
        try {
            return decodeTs(initiator, body, base, flags, count, out, mark);
        } finally {
            out.reset(mark);
        }
    }

    private static Ikev2TsPayload decodeTs(boolean initiator, Bytes body, int base, int flags, int count, Collector out,
                                           int mark) {
        int pos = 4;
        int end = body.length();
        while (pos < end) {
            if (end - pos < 4) {
                throw syntax(base + pos, "traffic selector truncated");
            }
            int tsType = body.get(pos);
            int second = body.get(pos + 1);
            int length = u16(body, pos + 2);
            if (length < 4 || length > end - pos) {
                throw syntax(base + pos + 2, "selector length " + length + " with " + (end - pos) + " octets left");
            }
            int addr = Ikev2AddressRangeSelector.addressLength(tsType);
            if (addr > 0) {
                if (length != 8 + 2 * addr) {
                    throw syntax(base + pos + 2, "selector type " + tsType + " with length " + length);
                }
                out.add(new Ikev2AddressRangeSelector(tsType, second, u16(body, pos + 4), u16(body, pos + 6),
                        body.slice(pos + 8, addr), body.slice(pos + 8 + addr, addr)));
            } else {
                out.add(new Ikev2RawTrafficSelector(tsType, second, body.slice(pos + 4, length - 4)));
            }
            pos += length;
        }
        if (out.size(mark) != count) {
            throw syntax(base, "TS payload announces " + count + " selectors, has " + out.size(mark));
        }
        return new Ikev2TsPayload(initiator, u24(body, 1), out.list(mark), flags);
    }

    private static Ikev2CpPayload decodeCp(Bytes body, int base, int flags) {
        need(body, 4, base, "CP");
        List<Ikev2CpAttribute> out = new ArrayList<>();
        int pos = 4;
        int end = body.length();
        while (pos < end) {
            if (end - pos < 4) {
                throw syntax(base + pos, "configuration attribute truncated");
            }
            int typeField = u16(body, pos);
            int len = u16(body, pos + 2);
            if (len > end - pos - 4) {
                throw syntax(base + pos + 2, "attribute length " + len + " with " + (end - pos - 4) + " octets left");
            }
            out.add(new Ikev2CpAttribute((typeField & 0x8000) != 0, typeField & 0x7fff, body.slice(pos + 4, len)));
            pos += 4 + len;
        }
        return new Ikev2CpPayload(body.get(0), u24(body, 1), out, flags);
    }
}
