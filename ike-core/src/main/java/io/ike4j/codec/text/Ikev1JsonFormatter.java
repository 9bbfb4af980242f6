package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.AttributePayload;
import io.ike4j.codec.v1.CertPayload;
import io.ike4j.codec.v1.CertReqPayload;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.DeletePayload;
import io.ike4j.codec.v1.EncryptedBody;
import io.ike4j.codec.v1.FragmentPayload;
import io.ike4j.codec.v1.HashPayload;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.codec.v1.Ikev1AttributeClass;
import io.ike4j.codec.v1.Ikev1IdType;
import io.ike4j.codec.v1.IpsecAttributeType;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpNotifyType;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.IsakmpPayloadType;
import io.ike4j.codec.v1.IsakmpProtocolId;
import io.ike4j.codec.v1.IsakmpRawEncoder;
import io.ike4j.codec.v1.KePayload;
import io.ike4j.codec.v1.ModeConfigAttributeType;
import io.ike4j.codec.v1.ModeConfigType;
import io.ike4j.codec.v1.NatDPayload;
import io.ike4j.codec.v1.NatOaPayload;
import io.ike4j.codec.v1.NoncePayload;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.codec.v1.Proposal;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.codec.v1.SigPayload;
import io.ike4j.codec.v1.TrailingBytes;
import io.ike4j.codec.v1.Transform;
import io.ike4j.codec.v1.UnknownPayload;
import io.ike4j.codec.v1.VendorIdPayload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * IKEv1 messages as JSON-ready maps for {@code ike decode --format json}: header keys {@code frame,
 * version ("1.0"), ispi, rspi (16 lower-case hex digits: the cookies), next_payload, exchange_type,
 * exchange, flags, flag_names, message_id, length} and {@code payloads}, one map per payload with
 * {@code type, name, length} (length = Payload Length incl. the 4-octet generic header) and its decoded
 * fields; opaque data is lower-case hex. An encrypted body is one entry {@code {type: -1, name:
 * "ENCRYPTED", length, first_payload}}; trailing padding one entry {@code {type: -1, name: "TRAILING"}}.
 */
public final class Ikev1JsonFormatter {
    private Ikev1JsonFormatter() {
    }

    /**
     * {@link #toMap} as one line of compact JSON.
     *
     * @param m the message
     * @param frame the capture frame number
     * @return the JSON
     */
    public static String toJson(IsakmpMessage m, int frame) {
        return Json.write(toMap(m, frame));
    }

    /**
     * The message as an ordered map of header fields and payloads.
     *
     * @param m the message
     * @param frame the capture frame number
     * @return the map
     */
    public static LinkedHashMap<String, Object> toMap(IsakmpMessage m, int frame) {
        IsakmpHeader h = m.header();
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("frame", frame);
        out.put("version", h.majorVersion() + "." + h.minorVersion());
        out.put("ispi", String.format("%016x", h.initiatorCookie()));
        out.put("rspi", String.format("%016x", h.responderCookie()));
        out.put("next_payload", h.nextPayload());
        out.put("exchange_type", h.exchangeType());
        out.put("exchange", IsakmpExchangeType.nameOf(h.exchangeType()));
        out.put("flags", h.flags());
        List<Object> names = new ArrayList<>();
        if (h.encrypted()) {
            names.add("ENCRYPTION");
        }
        if (h.commit()) {
            names.add("COMMIT");
        }
        if (h.authOnly()) {
            names.add("AUTH_ONLY");
        }
        out.put("flag_names", names);
        out.put("message_id", h.messageIdUnsigned());
        int length = IsakmpHeader.SIZE;
        List<Object> payloads = new ArrayList<>();
        for (IsakmpPayload p : m.payloads()) {
            LinkedHashMap<String, Object> pm = payload(p, h.nextPayload());
            length += ((Number) pm.get("length")).intValue();
            payloads.add(pm);
        }
        out.put("length", length);
        out.put("payloads", payloads);
        return out;
    }

    /**
     * One payload as a map; {@code firstPayload} is used only for an encrypted body.
     *
     * @param p the payload
     * @param firstPayload the header's next-payload field
     * @return the map
     */
    public static LinkedHashMap<String, Object> payload(IsakmpPayload p, int firstPayload) {
        LinkedHashMap<String, Object> o = new LinkedHashMap<>();
        if (p instanceof EncryptedBody e) {
            o.put("type", -1);
            o.put("name", "ENCRYPTED");
            o.put("length", e.ciphertext().length());
            o.put("first_payload", firstPayload);
            o.put("first_payload_name", IsakmpPayloadType.nameOf(firstPayload));
            return o;
        }
        if (p instanceof TrailingBytes t) {
            o.put("type", -1);
            o.put("name", "TRAILING");
            o.put("length", t.octets().length());
            o.put("data", t.octets().toHex());
            return o;
        }
        o.put("type", p.type());
        o.put("name", IsakmpPayloadType.nameOf(p.type()));
        o.put("length", 4 + IsakmpRawEncoder.body(p).length());
        if (p instanceof SaPayload sa) {
            o.put("doi", Integer.toUnsignedLong(sa.doi()));
            o.put("situation", sa.situation().toHex());
            List<Object> props = new ArrayList<>();
            for (Proposal pr : sa.proposals()) {
                props.add(proposal(pr));
            }
            o.put("proposals", props);
        } else if (p instanceof KePayload ke) {
            o.put("data", ke.keyExchangeData().toHex());
        } else if (p instanceof IdPayload id) {
            o.put("id_type", id.idType());
            o.put("id_type_name", Ikev1IdType.nameOf(id.idType()));
            o.put("protocol", id.protocolId());
            o.put("port", id.port());
            o.put("data", id.data().toHex());
            if (id.idType() == 1 || id.idType() == 5) {
                o.put("address", Ikev1IosFormatter.address(id.data(), 0, id.data().length()));
            }
        } else if (p instanceof CertPayload c) {
            o.put("encoding", c.encoding());
            o.put("data", c.data().toHex());
        } else if (p instanceof CertReqPayload c) {
            o.put("cert_type", c.certType());
            o.put("authority", c.authority().toHex());
        } else if (p instanceof HashPayload x) {
            o.put("data", x.hash().toHex());
        } else if (p instanceof SigPayload x) {
            o.put("data", x.signature().toHex());
        } else if (p instanceof NoncePayload x) {
            o.put("data", x.nonce().toHex());
        } else if (p instanceof NotifyPayload n) {
            o.put("doi", Integer.toUnsignedLong(n.doi()));
            o.put("protocol_id", n.protocolId());
            o.put("notify_type", n.notifyType());
            o.put("notify_name", IsakmpNotifyType.nameOf(n.notifyType()));
            o.put("spi", n.spi().toHex());
            o.put("data", n.data().toHex());
        } else if (p instanceof DeletePayload d) {
            o.put("doi", Integer.toUnsignedLong(d.doi()));
            o.put("protocol_id", d.protocolId());
            o.put("spi_size", d.spiSize());
            o.put("spis", d.spis().stream().map(Bytes::toHex).map(s -> (Object) s).toList());
        } else if (p instanceof VendorIdPayload v) {
            o.put("data", v.vendorId().toHex());
        } else if (p instanceof AttributePayload a) {
            o.put("cfg_type", a.cfgType());
            o.put("cfg_type_name", ModeConfigType.nameOf(a.cfgType()));
            o.put("identifier", a.identifier());
            List<Object> attrs = new ArrayList<>();
            for (DataAttribute attr : a.attributes()) {
                attrs.add(attribute(attr, ModeConfigAttributeType.nameOf(attr.type())));
            }
            o.put("attributes", attrs);
        } else if (p instanceof NatDPayload n) {
            o.put("data", n.hash().toHex());
        } else if (p instanceof NatOaPayload n) {
            o.put("id_type", n.idType());
            o.put("address", n.address().toHex());
        } else if (p instanceof FragmentPayload f) {
            o.put("fragment_id", f.fragmentId());
            o.put("fragment_number", f.fragmentNumber());
            o.put("flags", f.flags());
            o.put("last", f.last());
            o.put("data", f.data().toHex());
        } else if (p instanceof UnknownPayload u) {
            o.put("data", u.body().toHex());
        }
        return o;
    }

    private static LinkedHashMap<String, Object> proposal(Proposal pr) {
        LinkedHashMap<String, Object> o = new LinkedHashMap<>();
        o.put("number", pr.number());
        o.put("protocol_id", pr.protocolId());
        o.put("protocol", IsakmpProtocolId.nameOf(pr.protocolId()));
        o.put("spi", pr.spi().toHex());
        List<Object> ts = new ArrayList<>();
        boolean phase1 = pr.protocolId() == 1;
        for (Transform t : pr.transforms()) {
            LinkedHashMap<String, Object> to = new LinkedHashMap<>();
            to.put("number", t.number());
            to.put("transform_id", t.transformId());
            List<Object> attrs = new ArrayList<>();
            for (DataAttribute a : t.attributes()) {
                attrs.add(attribute(a, phase1 ? Ikev1AttributeClass.nameOf(a.type()) : IpsecAttributeType.nameOf(a.type())));
            }
            to.put("attributes", attrs);
            ts.add(to);
        }
        o.put("transforms", ts);
        return o;
    }

    private static LinkedHashMap<String, Object> attribute(DataAttribute a, String name) {
        LinkedHashMap<String, Object> o = new LinkedHashMap<>();
        o.put("type", a.type());
        o.put("name", name);
        o.put("format", a.basic() ? "TV" : "TLV");
        if (a.hasNumericValue() && a.value().length() <= 8) {
            o.put("value", a.numericValue());
        }
        o.put("value_hex", a.value().toHex());
        return o;
    }
}
