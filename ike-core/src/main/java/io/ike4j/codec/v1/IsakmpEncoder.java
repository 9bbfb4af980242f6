package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.netty.buffer.ByteBuf;

import java.util.List;

/** The encoder: writes records, computing every Length and Next Payload field. */
final class IsakmpEncoder {
    private IsakmpEncoder() {
    }

    static void encodeMessage(IsakmpMessage m, ByteBuf out) {
        int start = out.writerIndex();
        writeHeader(m.header(), out);
        if (m.isEncrypted()) {
            m.encryptedBody().ciphertext().writeTo(out);
        } else {
            encodeChain(m.payloads(), out);
        }
        out.setInt(start + 24, out.writerIndex() - start);
    }

    /** The header with a zero Length field (patched by the caller). */
    static void writeHeader(IsakmpHeader h, ByteBuf out) {
        out.writeLong(h.initiatorCookie());
        out.writeLong(h.responderCookie());
        out.writeByte(h.nextPayload());
        out.writeByte((h.majorVersion() << 4) | h.minorVersion());
        out.writeByte(h.exchangeType());
        out.writeByte(h.flags());
        out.writeInt(h.messageId());
        out.writeInt(0);
    }

    static void encodeChain(List<IsakmpPayload> payloads, ByteBuf out) {
        for (int i = 0; i < payloads.size(); i++) {
            IsakmpPayload p = payloads.get(i);
            if (p instanceof TrailingBytes t) {
                t.octets().writeTo(out);
                continue;
            }
            int next = i + 1 < payloads.size() && !(payloads.get(i + 1) instanceof TrailingBytes)
                    ? payloads.get(i + 1).type() : 0;
            int start = out.writerIndex();
            out.writeByte(next);
            out.writeByte(0);
            out.writeShort(0);
            writeBody(p, out);
            patchLength(out, start, "payload type " + p.type());
        }
    }

    static void patchLength(ByteBuf out, int start, String what) {
        int len = out.writerIndex() - start;
        if (len > 0xffff) {
            throw new IllegalArgumentException(what + " would be " + len + " octets, over 65535");
        }
        out.setShort(start + 2, len);
    }

    /** The payload body, without the generic header. */
    static void writeBody(IsakmpPayload p, ByteBuf out) {
        if (p instanceof SaPayload sa) {
            out.writeInt(sa.doi());
            sa.situation().writeTo(out);
            List<Proposal> props = sa.proposals();
            for (int i = 0; i < props.size(); i++) {
                writeProposal(props.get(i), i + 1 < props.size(), out);
            }
        } else if (p instanceof KePayload ke) {
            ke.keyExchangeData().writeTo(out);
        } else if (p instanceof IdPayload id) {
            out.writeByte(id.idType());
            out.writeByte(id.protocolId());
            out.writeShort(id.port());
            id.data().writeTo(out);
        } else if (p instanceof CertPayload c) {
            out.writeByte(c.encoding());
            c.data().writeTo(out);
        } else if (p instanceof CertReqPayload c) {
            out.writeByte(c.certType());
            c.authority().writeTo(out);
        } else if (p instanceof HashPayload h) {
            h.hash().writeTo(out);
        } else if (p instanceof SigPayload s) {
            s.signature().writeTo(out);
        } else if (p instanceof NoncePayload n) {
            n.nonce().writeTo(out);
        } else if (p instanceof NotifyPayload n) {
            out.writeInt(n.doi());
            out.writeByte(n.protocolId());
            out.writeByte(n.spi().length());
            out.writeShort(n.notifyType());
            n.spi().writeTo(out);
            n.data().writeTo(out);
        } else if (p instanceof DeletePayload d) {
            out.writeInt(d.doi());
            out.writeByte(d.protocolId());
            out.writeByte(d.spiSize());
            out.writeShort(d.spis().size());
            for (Bytes spi : d.spis()) {
                spi.writeTo(out);
            }
        } else if (p instanceof VendorIdPayload v) {
            v.vendorId().writeTo(out);
        } else if (p instanceof AttributePayload a) {
            out.writeByte(a.cfgType());
            out.writeByte(0);
            out.writeShort(a.identifier());
            writeAttributes(a.attributes(), out);
        } else if (p instanceof NatDPayload n) {
            n.hash().writeTo(out);
        } else if (p instanceof NatOaPayload n) {
            out.writeByte(n.idType());
            out.writeByte(0);
            out.writeShort(0);
            n.address().writeTo(out);
        } else if (p instanceof FragmentPayload f) {
            out.writeShort(f.fragmentId());
            out.writeByte(f.fragmentNumber());
            out.writeByte(f.flags());
            f.data().writeTo(out);
        } else if (p instanceof UnknownPayload u) {
            u.body().writeTo(out);
        } else {
            throw new IllegalArgumentException("not a payload on the wire: " + p);
        }
    }

    private static void writeProposal(Proposal pr, boolean more, ByteBuf out) {
        int start = out.writerIndex();
        out.writeByte(more ? 2 : 0);
        out.writeByte(0);
        out.writeShort(0);
        out.writeByte(pr.number());
        out.writeByte(pr.protocolId());
        out.writeByte(pr.spi().length());
        out.writeByte(pr.transforms().size());
        pr.spi().writeTo(out);
        List<Transform> ts = pr.transforms();
        for (int i = 0; i < ts.size(); i++) {
            Transform t = ts.get(i);
            int ts0 = out.writerIndex();
            out.writeByte(i + 1 < ts.size() ? 3 : 0);
            out.writeByte(0);
            out.writeShort(0);
            out.writeByte(t.number());
            out.writeByte(t.transformId());
            out.writeShort(0);
            writeAttributes(t.attributes(), out);
            patchLength(out, ts0, "transform " + t.number());
        }
        patchLength(out, start, "proposal " + pr.number());
    }

    static void writeAttributes(List<DataAttribute> attrs, ByteBuf out) {
        for (DataAttribute a : attrs) {
            if (a.basic()) {
                out.writeShort(0x8000 | a.type());
            } else {
                out.writeShort(a.type());
                out.writeShort(a.value().length());
            }
            a.value().writeTo(out);
        }
    }
}
