package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AddressRangeSelector;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2CertReqPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2CpPayload;
import io.ike4j.codec.v2.Ikev2DeletePayload;
import io.ike4j.codec.v2.Ikev2EapPayload;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2Proposal;
import io.ike4j.codec.v2.Ikev2RawTrafficSelector;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.Ikev2TrafficSelector;
import io.ike4j.codec.v2.Ikev2Transform;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.codec.v2.iana.Ikev2CertEncoding;
import io.ike4j.codec.v2.iana.Ikev2CfgType;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.codec.v2.iana.Ikev2TsType;

import java.util.List;
import java.util.Map;

/**
 * Cisco IOS {@code debug crypto ikev2 packet} rendering of an IKEv2 message, in the exact layout of the
 * seed's IKE_SA_INIT dump (ios-reference.md §2): a header line after the caller's prefix, then
 * {@code Payload contents:} and one block per payload. Quirks kept on purpose: the first transform's
 * "last transform" header is printed on the proposal line (IOS omits the newline there), transform
 * headers use {@code ": length:"}, the nonce is called {@code N} and notifies {@code NOTIFY(name)} with IANA's
 * names except IOS's own ESP_TFC_NO_SUPPORT (16394) and NON_FIRST_FRAGS (16395).
 *
 * <p>Lines the seed shows in its other dumps (IKE_AUTH, translated; re-rendered in IOS English):
 * IDi/IDr {@code "    Id type: IPv4 address, Reserved: 0x0 0x0"}, AUTH
 * {@code "    Auth method PSK, reserved: 0x0, reserved 0x0"}, CFG
 * {@code "    cfg type: CFG_REQUEST, reserved: 0x0, reserved: 0x0"}, TSi/TSr
 * {@code "    Num of TSs: 1, reserved 0x0, reserved 0x0"} then per selector
 * {@code "    TS type: TS_IPV4_ADDR_RANGE, proto id: 0, length: 16"},
 * {@code "    start port: 0, end port: 65535"}, {@code "    start addr: 0.0.0.0, end addr: 255.255.255.255"},
 * CERTREQ {@code "    Cert encoding Hash and URL of PKIX"}; SK is named {@code ENCR} in next-payload fields.
 *
 * <p>Lines designed here in the same style (the seed does not show them): CERT
 * {@code "    Cert encoding <name>"}; notify with SPI adds {@code "    spi: <HEX>"}; notify data is not shown
 * (IOS does not dump it), nor are CFG attributes (the seed's CFG block has only the cfg type line); DELETE
 * {@code "    Security protocol id: ESP, spi size: 4, num of spi: 1"} then {@code "    spi: <HEX>"} per SPI;
 * EAP {@code "    EAP code: <n>, id: <n>, type: <n>"}; SKF is named {@code ENCR_FRAG} and adds
 * {@code "    Fragment number: 1, Total fragments: 4"}; raw traffic selectors
 * {@code "    TS type: TS_FC_ADDR_RANGE, length: <n>"}; unknown payload types {@code UNKNOWN(n)}. Unknown transform
 * IDs print as the number, unknown protocols as {@code Unknown - n}.
 */
public final class Ikev2IosFormatter {
    private static final Map<Integer, String> PAYLOAD = Map.ofEntries(
            Map.entry(0, "NONE"), Map.entry(33, "SA"), Map.entry(34, "KE"), Map.entry(35, "IDi"), Map.entry(36, "IDr"),
            Map.entry(37, "CERT"), Map.entry(38, "CERTREQ"), Map.entry(39, "AUTH"), Map.entry(40, "N"),
            Map.entry(41, "NOTIFY"), Map.entry(42, "DELETE"), Map.entry(43, "VID"), Map.entry(44, "TSi"),
            Map.entry(45, "TSr"), Map.entry(46, "ENCR"), Map.entry(47, "CFG"), Map.entry(48, "EAP"),
            Map.entry(53, "ENCR_FRAG"));
    private static final Map<Integer, String> ENCR = Map.ofEntries(
            Map.entry(2, "DES"), Map.entry(3, "3DES"), Map.entry(11, "NULL"), Map.entry(12, "AES-CBC"),
            Map.entry(13, "AES-CTR"), Map.entry(18, "AES-GCM-8"), Map.entry(19, "AES-GCM-12"), Map.entry(20, "AES-GCM"),
            Map.entry(28, "CHACHA20-POLY1305"));
    private static final Map<Integer, String> PRF = Map.of(1, "MD5", 2, "SHA1", 5, "SHA256", 6, "SHA384", 7, "SHA512",
            4, "AES-XCBC");
    private static final Map<Integer, String> INTEG = Map.of(0, "NONE", 1, "MD596", 2, "SHA96", 5, "AES-XCBC-96",
            12, "SHA256", 13, "SHA384", 14, "SHA512");
    private static final Map<Integer, String> DH = Map.ofEntries(
            Map.entry(0, "NONE"), Map.entry(1, "DH_GROUP_768_MODP/Group 1"), Map.entry(2, "DH_GROUP_1024_MODP/Group 2"),
            Map.entry(5, "DH_GROUP_1536_MODP/Group 5"), Map.entry(14, "DH_GROUP_2048_MODP/Group 14"),
            Map.entry(15, "DH_GROUP_3072_MODP/Group 15"), Map.entry(16, "DH_GROUP_4096_MODP/Group 16"),
            Map.entry(19, "DH_GROUP_256_ECP/Group 19"), Map.entry(20, "DH_GROUP_384_ECP/Group 20"),
            Map.entry(21, "DH_GROUP_521_ECP/Group 21"), Map.entry(24, "DH_GROUP_2048_256_MODP/Group 24"),
            Map.entry(31, "DH_GROUP_CURVE25519/Group 31"));
    /** IOS's own spellings where they differ from IANA's (seed 002 IKE_AUTH dump). */
    private static final Map<Integer, String> NOTIFY = Map.of(16394, "ESP_TFC_NO_SUPPORT", 16395, "NON_FIRST_FRAGS");
    private static final Map<Integer, String> ESN = Map.of(0, "Don't use ESN", 1, "Use ESN");
    private static final Map<Integer, String> PROTOCOL = Map.of(1, "IKE", 2, "AH", 3, "ESP");
    private static final Map<Integer, String> ID_TYPE = Map.of(1, "IPv4 address", 2, "FQDN", 3, "Email",
            5, "IPv6 address", 9, "DER ASN1 DN", 10, "DER ASN1 GN", 11, "Key ID", 13, "NULL");
    private static final Map<Integer, String> AUTH = Map.of(1, "RSA sig", 2, "PSK", 3, "DSS sig", 9, "ECDSA sig 256",
            10, "ECDSA sig 384", 11, "ECDSA sig 521", 13, "NULL", 14, "Digital Signature");

    private Ikev2IosFormatter() {
    }

    /**
     * The dump, lines separated by {@code \n}, no trailing newline; {@code firstLinePrefix} e.g. "IKEv2:(SA ID = 1):".
     *
     * @param m the message
     * @param firstLinePrefix text before the first line
     * @return the dump
     */
    public static String format(Ikev2Message m, String firstLinePrefix) {
        return format(m, m.payloads(), firstLinePrefix);
    }

    /**
     * The dump of a protected message as IOS prints it: the header line of the message as sent (next payload
     * ENCR, encrypted length) and, under {@code Payload contents:}, the decrypted inner payloads
     * (seed 002's IKE_AUTH dump).
     *
     * @param m the message as sent
     * @param decrypted its inner payloads
     * @param firstLinePrefix text before the first line
     * @return the dump
     */
    public static String formatDecrypted(Ikev2Message m, List<Ikev2Payload> decrypted, String firstLinePrefix) {
        return format(m, decrypted, firstLinePrefix);
    }

    private static String format(Ikev2Message m, List<Ikev2Payload> ps, String firstLinePrefix) {
        Ikev2Header h = m.header();
        StringBuilder sb = new StringBuilder();
        sb.append(firstLinePrefix).append("Next payload: ").append(payloadName(m.firstPayloadType()))
                .append(", version: ").append(h.majorVersion()).append('.').append(h.minorVersion())
                .append(" Exchange type: ").append(Ikev2ExchangeType.nameOf(h.exchangeType()))
                .append(", flags: ").append(h.isInitiator() ? "INITIATOR" : "RESPONDER")
                .append(h.isResponse() ? " MSG-RESPONSE" : "")
                .append(" Message id: ").append(h.messageId())
                .append(", length: ").append(Ikev2Codec.encode(m).length);
        sb.append("\nPayload contents:");
        for (int i = 0; i < ps.size(); i++) {
            Ikev2Payload p = ps.get(i);
            int next = p instanceof Ikev2SkPayload sk ? sk.innerNextPayload()
                    : p instanceof Ikev2SkfPayload f ? f.innerNextPayload()
                    : i + 1 < ps.size() ? ps.get(i + 1).type() : 0;
            payload(sb, p, next);
        }
        return sb.toString();
    }

    private static void payload(StringBuilder sb, Ikev2Payload p, int next) {
        String heading = p instanceof Ikev2NotifyPayload n
                ? "NOTIFY(" + notifyName(n.notifyType()) + ")" : payloadName(p.type());
        sb.append("\n ").append(heading).append("  Next payload: ").append(payloadName(next))
                .append(", reserved: ").append(hex(p.flags())).append(", length: ").append(Ikev2Codec.payloadLength(p));
        if (p instanceof Ikev2SaPayload sa) {
            List<Ikev2Proposal> props = sa.proposals();
            for (int i = 0; i < props.size(); i++) {
                Ikev2Proposal pr = props.get(i);
                sb.append("\n  last proposal: ").append(i + 1 < props.size() ? "0x2" : "0x0")
                        .append(", reserved: ").append(hex(pr.reserved())).append(", length: ").append(pr.encodedLength());
                sb.append("\n  Proposal: ").append(pr.proposalNumber()).append(", Protocol id: ")
                        .append(protocol(pr.protocolId())).append(", SPI size: ").append(pr.spi().length())
                        .append(", #trans: ").append(pr.transforms().size());
                List<Ikev2Transform> ts = pr.transforms();
                for (int j = 0; j < ts.size(); j++) {
                    Ikev2Transform t = ts.get(j);
                    if (j > 0) {
                        sb.append('\n');
                    }
                    sb.append("    last transform: ").append(j + 1 < ts.size() ? "0x3" : "0x0")
                            .append(", reserved: ").append(hex(t.reserved1())).append(": length: ").append(t.encodedLength());
                    sb.append("\n    type: ").append(t.transformType()).append(", reserved: ").append(hex(t.reserved2()))
                            .append(", id: ").append(transformName(t.transformType(), t.transformId()));
                }
            }
        } else if (p instanceof Ikev2KePayload ke) {
            sb.append("\n    DH group: ").append(ke.group()).append(", Reserved: ").append(hex(ke.reserved()));
        } else if (p instanceof Ikev2NotifyPayload n) {
            sb.append("\n    Security protocol id: ").append(protocol(n.protocolId())).append(", spi size: ")
                    .append(n.spi().length()).append(", type: ").append(notifyName(n.notifyType()));
            if (!n.spi().isEmpty()) {
                sb.append("\n    spi: ").append(upperHex(n.spi()));
            }
        } else if (p instanceof Ikev2IdPayload id) {
            sb.append("\n    Id type: ").append(ID_TYPE.getOrDefault(id.idType(), Integer.toString(id.idType())))
                    .append(", Reserved: ").append(hex(id.reserved() >> 16)).append(' ').append(hex(id.reserved() & 0xffff));
        } else if (p instanceof Ikev2AuthPayload a) {
            sb.append("\n    Auth method ").append(AUTH.getOrDefault(a.method(), Integer.toString(a.method())))
                    .append(", reserved: ").append(hex(a.reserved() >> 16)).append(", reserved ").append(hex(a.reserved() & 0xffff));
        } else if (p instanceof Ikev2CpPayload cp) {
            sb.append("\n    cfg type: ").append(Ikev2CfgType.nameOf(cp.cfgType())).append(", reserved: ")
                    .append(hex(cp.reserved() >> 16)).append(", reserved: ").append(hex(cp.reserved() & 0xffff));
        } else if (p instanceof Ikev2TsPayload ts) {
            sb.append("\n    Num of TSs: ").append(ts.selectors().size()).append(", reserved ").append(hex(ts.reserved() >> 16))
                    .append(", reserved ").append(hex(ts.reserved() & 0xffff));
            for (Ikev2TrafficSelector s : ts.selectors()) {
                selector(sb, s);
            }
        } else if (p instanceof Ikev2CertPayload c) {
            sb.append("\n    Cert encoding ").append(certEncoding(c.encoding()));
        } else if (p instanceof Ikev2CertReqPayload c) {
            sb.append("\n    Cert encoding ").append(certEncoding(c.encoding()));
        } else if (p instanceof Ikev2DeletePayload d) {
            sb.append("\n    Security protocol id: ").append(protocol(d.protocolId())).append(", spi size: ")
                    .append(d.spiSize()).append(", num of spi: ").append(d.spis().size());
            for (Bytes spi : d.spis()) {
                sb.append("\n    spi: ").append(upperHex(spi));
            }
        } else if (p instanceof Ikev2EapPayload e) {
            sb.append("\n    EAP code: ").append(e.code()).append(", id: ").append(e.identifier())
                    .append(", type: ").append(e.eapType());
        } else if (p instanceof Ikev2SkfPayload f) {
            sb.append("\n    Fragment number: ").append(f.fragmentNumber()).append(", Total fragments: ")
                    .append(f.totalFragments());
        }
    }

    private static void selector(StringBuilder sb, Ikev2TrafficSelector s) {
        if (s instanceof Ikev2AddressRangeSelector r) {
            int len = r.tsType() == Ikev2AddressRangeSelector.IPV4 ? 16 : 40;
            sb.append("\n    TS type: ").append(Ikev2TsType.nameOf(r.tsType())).append(", proto id: ").append(r.ipProtocol())
                    .append(", length: ").append(len);
            sb.append("\n    start port: ").append(r.startPort()).append(", end port: ").append(r.endPort());
            sb.append("\n    start addr: ").append(Ikev2Addresses.format(r.startAddress())).append(", end addr: ")
                    .append(Ikev2Addresses.format(r.endAddress()));
        } else if (s instanceof Ikev2RawTrafficSelector r) {
            sb.append("\n    TS type: ").append(Ikev2TsType.nameOf(r.tsType())).append(", length: ").append(4 + r.body().length());
        }
    }

    static String payloadName(int type) {
        String s = PAYLOAD.get(type);
        return s != null ? s : "UNKNOWN(" + type + ")";
    }

    /** IOS notify name: its own spelling, else IANA's, else {@code UNKNOWN(n)}. */
    static String notifyName(int type) {
        String s = NOTIFY.get(type);
        return s != null ? s : Ikev2NotifyType.nameOf(type);
    }

    private static String protocol(int id) {
        String s = PROTOCOL.get(id);
        return s != null ? s : "Unknown - " + id;
    }

    private static String certEncoding(int enc) {
        if (enc == 12) {
            return "Hash and URL of PKIX";
        }
        return Ikev2CertEncoding.of(enc).map(Ikev2CertEncoding::ianaName).orElse(Integer.toString(enc));
    }

    private static String transformName(int type, int id) {
        Map<Integer, String> names = switch (type) {
            case 1 -> ENCR;
            case 2 -> PRF;
            case 3 -> INTEG;
            case 4 -> DH;
            case 5 -> ESN;
            default -> Map.of();
        };
        String s = names.get(id);
        return s != null ? s : Integer.toString(id);
    }

    private static String hex(int v) {
        return "0x" + Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
    }

    private static String upperHex(Bytes b) {
        return b.toHex().toUpperCase(java.util.Locale.ROOT);
    }
}
