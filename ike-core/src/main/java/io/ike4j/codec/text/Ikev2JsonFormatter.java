package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AddressRangeSelector;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2CertReqPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2CpAttribute;
import io.ike4j.codec.v2.Ikev2CpPayload;
import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2EapPayload;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2RawTrafficSelector;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.Ikev2TrafficSelector;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TransformAttribute;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.codec.v2.Ikev2UnknownPayload;
import io.ike4j.codec.v2.Ikev2VendorIdPayload;
import io.ike4j.codec.v2.iana.Ikev2AuthMethod;
import io.ike4j.codec.v2.iana.Ikev2CertEncoding;
import io.ike4j.codec.v2.iana.Ikev2CfgType;
import io.ike4j.codec.v2.iana.Ikev2CpAttributeType;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2IdType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.codec.v2.iana.Ikev2PayloadType;
import io.ike4j.codec.v2.iana.Ikev2ProtocolId;
import io.ike4j.codec.v2.iana.Ikev2TransformType;
import io.ike4j.codec.v2.iana.Ikev2TsType;
import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.EsnTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON form of an IKEv2 message for {@code ike decode --format json}. Top-level keys, in order:
 * {@code frame, version ("2.0"), ispi, rspi (16 lower-case hex digits), next_payload, exchange_type (number),
 * exchange (name), flags (number), flag_names (list of INITIATOR, VERSION, RESPONSE), message_id, length,
 * payloads}. Each payload is {@code {type, name, length, critical, flags, ...fields}}; numbers stay numbers and
 * every registry number has a sibling {@code *_name} ({@code UNKNOWN(n)} when unassigned); opaque data is hex.
 */
public final class Ikev2JsonFormatter {
    private Ikev2JsonFormatter() {
    }

    /**
     * The message as an ordered map of header fields and payloads.
     *
     * @param m the message
     * @param frame the capture frame number
     * @return the map
     */
    public static LinkedHashMap<String, Object> toMap(Ikev2Message m, int frame) {
        Ikev2Header h = m.header();
        LinkedHashMap<String, Object> o = new LinkedHashMap<>();
        o.put("frame", frame);
        o.put("version", h.majorVersion() + "." + h.minorVersion());
        o.put("ispi", h.initiatorSpi().toHex());
        o.put("rspi", h.responderSpi().toHex());
        o.put("next_payload", m.firstPayloadType());
        o.put("exchange_type", h.exchangeType());
        o.put("exchange", Ikev2ExchangeType.nameOf(h.exchangeType()));
        o.put("flags", h.flags());
        List<Object> names = new ArrayList<>();
        if (h.isInitiator()) {
            names.add("INITIATOR");
        }
        if ((h.flags() & Ikev2Header.FLAG_VERSION) != 0) {
            names.add("VERSION");
        }
        if (h.isResponse()) {
            names.add("RESPONSE");
        }
        o.put("flag_names", names);
        o.put("message_id", h.messageId());
        o.put("length", Ikev2Codec.encode(m).length);
        List<Object> ps = new ArrayList<>();
        for (Ikev2Payload p : m.payloads()) {
            ps.add(payload(p));
        }
        o.put("payloads", ps);
        return o;
    }

    /**
     * {@link #toMap} as one line of compact JSON.
     *
     * @param m the message
     * @param frame the capture frame number
     * @return the JSON
     */
    public static String toJson(Ikev2Message m, int frame) {
        return Json.write(toMap(m, frame));
    }

    /**
     * The map of one payload (also usable for decrypted inner payloads).
     *
     * @param p the payload
     * @return the map
     */
    public static LinkedHashMap<String, Object> payload(Ikev2Payload p) {
        LinkedHashMap<String, Object> o = new LinkedHashMap<>();
        o.put("type", p.type());
        o.put("name", Ikev2PayloadType.nameOf(p.type()));
        o.put("length", Ikev2Codec.payloadLength(p));
        o.put("critical", p.critical());
        o.put("flags", p.flags());
        if (p instanceof Ikev2SaPayload sa) {
            List<Object> props = new ArrayList<>();
            for (Ikev2Proposal pr : sa.proposals()) {
                props.add(proposal(pr));
            }
            o.put("proposals", props);
        } else if (p instanceof Ikev2KePayload ke) {
            o.put("group", ke.group());
            o.put("group_name", KeTransformId.nameOf(ke.group()));
            o.put("reserved", ke.reserved());
            o.put("data", ke.keyData().toHex());
        } else if (p instanceof Ikev2IdPayload id) {
            o.put("id_type", id.idType());
            o.put("id_type_name", Ikev2IdType.nameOf(id.idType()));
            o.put("reserved", id.reserved());
            o.put("data", id.data().toHex());
            String text = idText(id);
            if (text != null) {
                o.put("id", text);
            }
        } else if (p instanceof Ikev2CertPayload c) {
            o.put("encoding", c.encoding());
            o.put("encoding_name", Ikev2CertEncoding.nameOf(c.encoding()));
            o.put("data", c.data().toHex());
        } else if (p instanceof Ikev2CertReqPayload c) {
            o.put("encoding", c.encoding());
            o.put("encoding_name", Ikev2CertEncoding.nameOf(c.encoding()));
            o.put("data", c.authority().toHex());
        } else if (p instanceof Ikev2AuthPayload a) {
            o.put("method", a.method());
            o.put("method_name", Ikev2AuthMethod.nameOf(a.method()));
            o.put("reserved", a.reserved());
            o.put("data", a.data().toHex());
        } else if (p instanceof Ikev2NoncePayload n) {
            o.put("data", n.nonce().toHex());
        } else if (p instanceof Ikev2NotifyPayload n) {
            o.put("protocol_id", n.protocolId());
            o.put("protocol", Ikev2ProtocolId.nameOf(n.protocolId()));
            o.put("spi", n.spi().toHex());
            o.put("notify_type", n.notifyType());
            o.put("notify", Ikev2NotifyType.nameOf(n.notifyType()));
            o.put("data", n.data().toHex());
        } else if (p instanceof Ikev2DeletePayload d) {
            o.put("protocol_id", d.protocolId());
            o.put("protocol", Ikev2ProtocolId.nameOf(d.protocolId()));
            o.put("spi_size", d.spiSize());
            List<Object> spis = new ArrayList<>();
            for (Bytes s : d.spis()) {
                spis.add(s.toHex());
            }
            o.put("spis", spis);
        } else if (p instanceof Ikev2VendorIdPayload v) {
            o.put("data", v.vendorId().toHex());
        } else if (p instanceof Ikev2TsPayload ts) {
            o.put("reserved", ts.reserved());
            List<Object> sel = new ArrayList<>();
            for (Ikev2TrafficSelector s : ts.selectors()) {
                sel.add(selector(s));
            }
            o.put("selectors", sel);
        } else if (p instanceof Ikev2SkPayload sk) {
            o.put("inner_next_payload", sk.innerNextPayload());
            o.put("inner_next_payload_name", Ikev2PayloadType.nameOf(sk.innerNextPayload()));
            o.put("body_length", sk.body().length());
        } else if (p instanceof Ikev2SkfPayload f) {
            o.put("inner_next_payload", f.innerNextPayload());
            o.put("inner_next_payload_name", Ikev2PayloadType.nameOf(f.innerNextPayload()));
            o.put("fragment_number", f.fragmentNumber());
            o.put("total_fragments", f.totalFragments());
            o.put("body_length", f.body().length());
        } else if (p instanceof Ikev2CpPayload cp) {
            o.put("cfg_type", cp.cfgType());
            o.put("cfg_type_name", Ikev2CfgType.nameOf(cp.cfgType()));
            o.put("reserved", cp.reserved());
            List<Object> attrs = new ArrayList<>();
            for (Ikev2CpAttribute a : cp.attributes()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("type", a.attributeType());
                am.put("name", Ikev2CpAttributeType.nameOf(a.attributeType()));
                am.put("value", a.value().toHex());
                attrs.add(am);
            }
            o.put("attributes", attrs);
        } else if (p instanceof Ikev2EapPayload e) {
            o.put("eap_code", e.code());
            o.put("eap_identifier", e.identifier());
            o.put("eap_type", e.eapType());
            o.put("data", e.message().toHex());
        } else if (p instanceof Ikev2UnknownPayload u) {
            o.put("data", u.body().toHex());
        }
        return o;
    }

    private static Map<String, Object> proposal(Ikev2Proposal pr) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("number", pr.proposalNumber());
        o.put("protocol_id", pr.protocolId());
        o.put("protocol", Ikev2ProtocolId.nameOf(pr.protocolId()));
        o.put("spi", pr.spi().toHex());
        List<Object> ts = new ArrayList<>();
        for (Ikev2Transform t : pr.transforms()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("type", t.transformType());
            tm.put("type_name", Ikev2TransformType.nameOf(t.transformType()));
            tm.put("id", t.transformId());
            tm.put("id_name", transformIdName(t.transformType(), t.transformId()));
            List<Object> attrs = new ArrayList<>();
            for (Ikev2TransformAttribute a : t.attributes()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("type", a.attributeType());
                am.put("format", a.tvFormat() ? "TV" : "TLV");
                if (a.tvFormat()) {
                    am.put("value", a.tvValue());
                } else {
                    am.put("value", a.value().toHex());
                }
                attrs.add(am);
            }
            tm.put("attributes", attrs);
            ts.add(tm);
        }
        o.put("transforms", ts);
        return o;
    }

    /**
     * Name of a transform ID within its type's registry, {@code UNKNOWN(n)} if unassigned.
     *
     * @param type the transform type
     * @param id the transform ID
     * @return the name
     */
    public static String transformIdName(int type, int id) {
        return switch (type) {
            case 1 -> EncrTransformId.nameOf(id);
            case 2 -> PrfTransformId.nameOf(id);
            case 3 -> IntegTransformId.nameOf(id);
            case 4, 6, 7, 8, 9, 10, 11, 12 -> KeTransformId.nameOf(id);
            case 5 -> EsnTransformId.nameOf(id);
            default -> "UNKNOWN(" + id + ")";
        };
    }

    private static Map<String, Object> selector(Ikev2TrafficSelector s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ts_type", s.tsType());
        o.put("ts_type_name", Ikev2TsType.nameOf(s.tsType()));
        if (s instanceof Ikev2AddressRangeSelector r) {
            o.put("ip_protocol", r.ipProtocol());
            o.put("start_port", r.startPort());
            o.put("end_port", r.endPort());
            o.put("start_address", Ikev2Addresses.format(r.startAddress()));
            o.put("end_address", Ikev2Addresses.format(r.endAddress()));
        } else if (s instanceof Ikev2RawTrafficSelector r) {
            o.put("octet1", r.secondOctet());
            o.put("data", r.body().toHex());
        }
        return o;
    }

    private static String idText(Ikev2IdPayload id) {
        return switch (id.idType()) {
            case 1, 5 -> id.data().length() == 4 || id.data().length() == 16 ? Ikev2Addresses.format(id.data()) : null;
            case 2, 3 -> printable(id.data());
            default -> null;
        };
    }

    private static String printable(Bytes b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length(); i++) {
            int c = b.get(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }
}
