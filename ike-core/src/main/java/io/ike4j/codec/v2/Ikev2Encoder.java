package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.netty.buffer.ByteBuf;

import java.util.List;

/**
 * The IKEv2 encoder: writes lengths, counts, next-payload and last-substruc fields itself; everything
 * else comes from the records. Length fields are back-patched, so nothing is encoded twice.
 * Values that do not fit their field throw {@link IllegalArgumentException} (programming errors).
 */
final class Ikev2Encoder {
    private Ikev2Encoder() {
    }

    static void encodeMessage(Ikev2Message m, ByteBuf out) {
        Ikev2Header h = m.header();
        int start = out.writerIndex();
        h.initiatorSpi().writeTo(out);
        h.responderSpi().writeTo(out);
        out.writeByte(u8(m.firstPayloadType(), "next payload"));
        out.writeByte(u4(h.majorVersion(), "major version") << 4 | u4(h.minorVersion(), "minor version"));
        out.writeByte(u8(h.exchangeType(), "exchange type"));
        out.writeByte(u8(h.flags(), "flags"));
        if (h.messageId() < 0 || h.messageId() > 0xffffffffL) {
            throw new IllegalArgumentException("message ID " + h.messageId());
        }
        out.writeInt((int) h.messageId());
        int lengthAt = out.writerIndex();
        out.writeInt(0);
        encodeChain(m.payloads(), out, true);
        out.setInt(lengthAt, out.writerIndex() - start);
    }

    static void encodeChain(List<Ikev2Payload> payloads, ByteBuf out, boolean outer) {
        for (int i = 0; i < payloads.size(); i++) {
            Ikev2Payload p = payloads.get(i);
            int next;
            if (p instanceof Ikev2SkPayload sk) {
                next = sk.innerNextPayload();
                lastOnly(payloads, i, outer);
            } else if (p instanceof Ikev2SkfPayload skf) {
                next = skf.innerNextPayload();
                lastOnly(payloads, i, outer);
            } else {
                next = i + 1 < payloads.size() ? payloads.get(i + 1).type() : 0;
            }
            int start = out.writerIndex();
            out.writeByte(u8(next, "next payload"));
            out.writeByte(u8(p.flags(), "payload flags"));
            out.writeShort(0);
            encodeBody(p, out);
            setLength16(out, start + 2, out.writerIndex() - start);
        }
    }

    private static void lastOnly(List<Ikev2Payload> payloads, int i, boolean outer) {
        if (!outer || i != payloads.size() - 1) {
            throw new IllegalArgumentException("SK/SKF must be the last payload of the outer chain");
        }
    }

    private static void encodeBody(Ikev2Payload p, ByteBuf out) {
        if (p instanceof Ikev2SaPayload sa) {
            encodeProposals(sa.proposals(), out);
        } else if (p instanceof Ikev2KePayload ke) {
            out.writeShort(u16(ke.group(), "group"));
            out.writeShort(u16(ke.reserved(), "KE reserved"));
            ke.keyData().writeTo(out);
        } else if (p instanceof Ikev2IdPayload id) {
            out.writeByte(u8(id.idType(), "ID type"));
            out.writeMedium(u24(id.reserved(), "ID reserved"));
            id.data().writeTo(out);
        } else if (p instanceof Ikev2CertPayload c) {
            out.writeByte(u8(c.encoding(), "cert encoding"));
            c.data().writeTo(out);
        } else if (p instanceof Ikev2CertReqPayload c) {
            out.writeByte(u8(c.encoding(), "cert encoding"));
            c.authority().writeTo(out);
        } else if (p instanceof Ikev2AuthPayload a) {
            out.writeByte(u8(a.method(), "auth method"));
            out.writeMedium(u24(a.reserved(), "AUTH reserved"));
            a.data().writeTo(out);
        } else if (p instanceof Ikev2NoncePayload n) {
            n.nonce().writeTo(out);
        } else if (p instanceof Ikev2NotifyPayload n) {
            out.writeByte(u8(n.protocolId(), "protocol ID"));
            out.writeByte(u8(n.spi().length(), "SPI size"));
            out.writeShort(u16(n.notifyType(), "notify type"));
            n.spi().writeTo(out);
            n.data().writeTo(out);
        } else if (p instanceof Ikev2DeletePayload d) {
            out.writeByte(u8(d.protocolId(), "protocol ID"));
            out.writeByte(u8(d.spiSize(), "SPI size"));
            out.writeShort(u16(d.spis().size(), "SPI count"));
            for (Bytes spi : d.spis()) {
                spi.writeTo(out);
            }
        } else if (p instanceof Ikev2VendorIdPayload v) {
            v.vendorId().writeTo(out);
        } else if (p instanceof Ikev2TsPayload ts) {
            out.writeByte(u8(ts.selectors().size(), "TS count"));
            out.writeMedium(u24(ts.reserved(), "TS reserved"));
            for (Ikev2TrafficSelector s : ts.selectors()) {
                encodeSelector(s, out);
            }
        } else if (p instanceof Ikev2SkPayload sk) {
            sk.body().writeTo(out);
        } else if (p instanceof Ikev2CpPayload cp) {
            out.writeByte(u8(cp.cfgType(), "CFG type"));
            out.writeMedium(u24(cp.reserved(), "CP reserved"));
            for (Ikev2CpAttribute a : cp.attributes()) {
                out.writeShort((a.reservedBit() ? 0x8000 : 0) | u15(a.attributeType(), "CP attribute type"));
                out.writeShort(u16(a.value().length(), "CP attribute length"));
                a.value().writeTo(out);
            }
        } else if (p instanceof Ikev2EapPayload e) {
            e.message().writeTo(out);
        } else if (p instanceof Ikev2SkfPayload skf) {
            out.writeShort(u16(skf.fragmentNumber(), "fragment number"));
            out.writeShort(u16(skf.totalFragments(), "total fragments"));
            skf.body().writeTo(out);
        } else if (p instanceof Ikev2UnknownPayload u) {
            u.body().writeTo(out);
        }
    }

    private static void encodeProposals(List<Ikev2Proposal> proposals, ByteBuf out) {
        for (int i = 0; i < proposals.size(); i++) {
            Ikev2Proposal pr = proposals.get(i);
            int start = out.writerIndex();
            out.writeByte(i + 1 < proposals.size() ? 2 : 0);
            out.writeByte(u8(pr.reserved(), "proposal reserved"));
            out.writeShort(0);
            out.writeByte(u8(pr.proposalNumber(), "proposal number"));
            out.writeByte(u8(pr.protocolId(), "protocol ID"));
            out.writeByte(u8(pr.spi().length(), "SPI size"));
            out.writeByte(u8(pr.transforms().size(), "transform count"));
            pr.spi().writeTo(out);
            List<Ikev2Transform> ts = pr.transforms();
            for (int j = 0; j < ts.size(); j++) {
                Ikev2Transform t = ts.get(j);
                int tStart = out.writerIndex();
                out.writeByte(j + 1 < ts.size() ? 3 : 0);
                out.writeByte(u8(t.reserved1(), "transform reserved"));
                out.writeShort(0);
                out.writeByte(u8(t.transformType(), "transform type"));
                out.writeByte(u8(t.reserved2(), "transform reserved"));
                out.writeShort(u16(t.transformId(), "transform ID"));
                for (Ikev2TransformAttribute a : t.attributes()) {
                    if (a.tvFormat()) {
                        out.writeShort(0x8000 | u15(a.attributeType(), "attribute type"));
                        a.value().writeTo(out);
                    } else {
                        out.writeShort(u15(a.attributeType(), "attribute type"));
                        out.writeShort(u16(a.value().length(), "attribute length"));
                        a.value().writeTo(out);
                    }
                }
                setLength16(out, tStart + 2, out.writerIndex() - tStart);
            }
            setLength16(out, start + 2, out.writerIndex() - start);
        }
    }

    private static void encodeSelector(Ikev2TrafficSelector s, ByteBuf out) {
        int start = out.writerIndex();
        if (s instanceof Ikev2AddressRangeSelector r) {
            out.writeByte(r.tsType());
            out.writeByte(u8(r.ipProtocol(), "IP protocol"));
            out.writeShort(0);
            out.writeShort(u16(r.startPort(), "start port"));
            out.writeShort(u16(r.endPort(), "end port"));
            r.startAddress().writeTo(out);
            r.endAddress().writeTo(out);
        } else if (s instanceof Ikev2RawTrafficSelector r) {
            out.writeByte(u8(r.tsType(), "TS type"));
            out.writeByte(u8(r.secondOctet(), "TS octet 1"));
            out.writeShort(0);
            r.body().writeTo(out);
        }
        setLength16(out, start + 2, out.writerIndex() - start);
    }

    private static void setLength16(ByteBuf out, int at, int length) {
        out.setShort(at, u16(length, "length"));
    }

    static int u4(int v, String what) {
        return check(v, 0xf, what);
    }

    static int u8(int v, String what) {
        return check(v, 0xff, what);
    }

    static int u15(int v, String what) {
        return check(v, 0x7fff, what);
    }

    static int u16(int v, String what) {
        return check(v, 0xffff, what);
    }

    static int u24(int v, String what) {
        return check(v, 0xffffff, what);
    }

    private static int check(int v, int max, String what) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(what + " " + v + " does not fit its field");
        }
        return v;
    }
}
