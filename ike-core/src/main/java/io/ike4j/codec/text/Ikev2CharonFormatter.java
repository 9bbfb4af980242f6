package io.ike4j.codec.text;

import io.ike4j.codec.v2.Ikev2CpAttribute;
import io.ike4j.codec.v2.Ikev2CpPayload;
import io.ike4j.codec.v2.Ikev2EapPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;

import java.util.List;
import java.util.Map;

/**
 * strongSwan (charon) style one-line summary of an IKEv2 message, as charon logs it after
 * "generating"/"parsed": {@code IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) ]}.
 *
 * <p>Payload abbreviations: SA KE IDi IDr CERT CERTREQ AUTH No N(...) D V TSi TSr SK, CP as
 * CPRQ/CPRP/CPS/CPA followed by the attribute short names in parentheses (e.g. {@code CPRQ(ADDR DNS)}),
 * EAP as {@code EAP/REQ/ID}, {@code EAP/RES/MD5}, {@code EAP/SUCC}, {@code EAP/FAIL}, SKF as
 * {@code EF(n/m)}, GSPM, other payload types as their number. Notifies use charon's short names where
 * known (NATD_S_IP, FRAG_SUP, NO_PROP, INVAL_KE, ...), otherwise the IANA name, otherwise the number.
 * charon itself lists the decrypted inner payloads of an SK payload; {@link #format(Ikev2Message)} only
 * sees the envelope and prints {@code SK}; {@link #format(Ikev2Message, List)} takes the decrypted chain.
 */
public final class Ikev2CharonFormatter {
    private static final Map<Integer, String> NOTIFY = Map.ofEntries(
            Map.entry(1, "CRIT"), Map.entry(4, "INVAL_IKE_SPI"), Map.entry(5, "INVAL_MAJOR"),
            Map.entry(7, "INVAL_SYN"), Map.entry(9, "INVAL_MID"), Map.entry(11, "INVAL_SPI"),
            Map.entry(14, "NO_PROP"), Map.entry(17, "INVAL_KE"), Map.entry(24, "AUTH_FAILED"),
            Map.entry(34, "SINGLE_PAIR"), Map.entry(35, "NO_ADD_SAS"), Map.entry(36, "INT_ADDR_FAIL"),
            Map.entry(37, "FAIL_CP_REQ"), Map.entry(38, "TS_UNACCEPT"), Map.entry(39, "INVAL_SEL"),
            Map.entry(40, "UNACCEPT_ADDR"), Map.entry(41, "UNEXPECT_NAT"), Map.entry(42, "USE_ASSIGNED_HoA"),
            Map.entry(43, "TEMP_FAIL"), Map.entry(44, "NO_CHILD_SA"),
            Map.entry(16384, "INIT_CONTACT"), Map.entry(16385, "SET_WINSIZE"), Map.entry(16386, "ADD_TS_POSS"),
            Map.entry(16387, "IPCOMP_SUP"), Map.entry(16388, "NATD_S_IP"), Map.entry(16389, "NATD_D_IP"),
            Map.entry(16390, "COOKIE"), Map.entry(16391, "USE_TRANSP"), Map.entry(16392, "HTTP_CERT_LOOK"),
            Map.entry(16393, "REKEY_SA"), Map.entry(16394, "ESP_TFC_PAD_N"), Map.entry(16395, "NON_FIRST_FRAG"),
            Map.entry(16396, "MOBIKE_SUP"), Map.entry(16397, "ADD_4_ADDR"), Map.entry(16398, "ADD_6_ADDR"),
            Map.entry(16399, "NO_ADD_ADDR"), Map.entry(16400, "UPD_SA_ADDR"), Map.entry(16401, "COOKIE2"),
            Map.entry(16402, "NO_NATS"), Map.entry(16403, "AUTH_LFT"), Map.entry(16404, "MULT_AUTH"),
            Map.entry(16405, "AUTH_FOLLOWS"), Map.entry(16406, "REDIR_SUP"), Map.entry(16407, "REDIR"),
            Map.entry(16408, "REDIR_FROM"), Map.entry(16409, "TKT_LT_OPAK"), Map.entry(16410, "TKT_REQ"),
            Map.entry(16411, "TKT_ACK"), Map.entry(16412, "TKT_NACK"), Map.entry(16413, "TKT_OPAK"),
            Map.entry(16414, "LINK_ID"), Map.entry(16415, "WESP_MODE"), Map.entry(16416, "ROHC_SUP"),
            Map.entry(16417, "EAP_ONLY"), Map.entry(16418, "CHDLESS_SUP"), Map.entry(16419, "QCD"),
            Map.entry(16420, "MSG_ID_SYN_SUP"), Map.entry(16421, "RPL_CTR_SYN_SUP"), Map.entry(16422, "MSG_ID_SYN"),
            Map.entry(16423, "RPL_CTR_SYN"), Map.entry(16424, "SEC_PASSWD"), Map.entry(16425, "PSK_PST"),
            Map.entry(16426, "PSK_CFM"), Map.entry(16427, "ERX_SUP"), Map.entry(16428, "IFOM_CAP"),
            Map.entry(16430, "FRAG_SUP"), Map.entry(16431, "HASH_ALG"), Map.entry(16435, "USE_PPK"),
            Map.entry(16436, "PPK_ID"), Map.entry(16437, "NO_PPK"), Map.entry(16438, "IKE_INT_SUP"),
            Map.entry(16441, "ADD_KE"), Map.entry(16442, "USE_AGGFRAG"));
    private static final Map<Integer, String> CP_ATTR = Map.ofEntries(
            Map.entry(1, "ADDR"), Map.entry(2, "MASK"), Map.entry(3, "DNS"), Map.entry(4, "NBNS"),
            Map.entry(6, "DHCP"), Map.entry(7, "VER"), Map.entry(8, "ADDR6"), Map.entry(10, "DNS6"),
            Map.entry(12, "DHCP6"), Map.entry(13, "SUBNET"), Map.entry(14, "SUP"), Map.entry(15, "SUBNET6"),
            Map.entry(16, "MIP6_HPFX"), Map.entry(17, "LINK6"), Map.entry(18, "PFX6"), Map.entry(19, "HAA"),
            Map.entry(20, "PCSCF"), Map.entry(21, "PCSCF6"), Map.entry(25, "DOMAIN"));
    private static final Map<Integer, String> EAP_TYPE = Map.ofEntries(
            Map.entry(1, "ID"), Map.entry(2, "NTF"), Map.entry(3, "NAK"), Map.entry(4, "MD5"), Map.entry(5, "OTP"),
            Map.entry(6, "GTC"), Map.entry(13, "TLS"), Map.entry(18, "SIM"), Map.entry(21, "TTLS"),
            Map.entry(23, "AKA"), Map.entry(25, "PEAP"), Map.entry(26, "MSCHAPV2"), Map.entry(38, "TNC"),
            Map.entry(43, "FAST"), Map.entry(50, "AKA'"), Map.entry(254, "EXP"), Map.entry(255, "XP"));

    private Ikev2CharonFormatter() {
    }

    /**
     * The one-liner with SK shown as the envelope.
     *
     * @param m the message
     * @return e.g. {@code IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) ]}
     */
    public static String format(Ikev2Message m) {
        return header(m) + payloads(m.payloads());
    }

    /**
     * The one-liner as charon logs it: the decrypted {@code inner} payloads replace the SK envelope, or
     * the last SKF fragment once the message is reassembled (RFC 7383 §2.6).
     *
     * @param m the message
     * @param inner the decrypted payloads
     * @return the one-liner
     */
    public static String format(Ikev2Message m, List<Ikev2Payload> inner) {
        StringBuilder sb = new StringBuilder(header(m)).append("[ ");
        for (Ikev2Payload p : m.payloads()) {
            if (p.type() == 46 || p.type() == 53) {
                for (Ikev2Payload q : inner) {
                    sb.append(name(q)).append(' ');
                }
            } else {
                sb.append(name(p)).append(' ');
            }
        }
        return sb.append(']').toString();
    }

    private static String header(Ikev2Message m) {
        int x = m.header().exchangeType();
        String exchange = Ikev2ExchangeType.of(x).map(Enum::name).orElse(Integer.toString(x));
        return exchange + (m.header().isResponse() ? " response " : " request ") + m.header().messageId() + " ";
    }

    private static String payloads(List<Ikev2Payload> payloads) {
        StringBuilder sb = new StringBuilder("[ ");
        for (Ikev2Payload p : payloads) {
            sb.append(name(p)).append(' ');
        }
        return sb.append(']').toString();
    }

    /**
     * charon's short name of one payload.
     *
     * @param p the payload
     * @return e.g. {@code SA}, {@code N(NATD_S_IP)}
     */
    public static String name(Ikev2Payload p) {
        switch (p.type()) {
            case 33: return "SA";
            case 34: return "KE";
            case 35: return "IDi";
            case 36: return "IDr";
            case 37: return "CERT";
            case 38: return "CERTREQ";
            case 39: return "AUTH";
            case 40: return "No";
            case 41: return "N(" + notifyName(((Ikev2NotifyPayload) p).notifyType()) + ")";
            case 42: return "D";
            case 43: return "V";
            case 44: return "TSi";
            case 45: return "TSr";
            case 46: return "SK";
            case 47: return cp((Ikev2CpPayload) p);
            case 48: return eap((Ikev2EapPayload) p);
            case 49: return "GSPM";
            case 53: {
                Ikev2SkfPayload f = (Ikev2SkfPayload) p;
                return "EF(" + f.fragmentNumber() + "/" + f.totalFragments() + ")";
            }
            default: return Integer.toString(p.type());
        }
    }

    /**
     * charon's short notify name, else the IANA name, else the number.
     *
     * @param type the notify message type
     * @return the name
     */
    public static String notifyName(int type) {
        String s = NOTIFY.get(type);
        if (s != null) {
            return s;
        }
        return Ikev2NotifyType.of(type).map(Enum::name).orElse(Integer.toString(type));
    }

    private static String cp(Ikev2CpPayload cp) {
        String kind = switch (cp.cfgType()) {
            case 1 -> "CPRQ";
            case 2 -> "CPRP";
            case 3 -> "CPS";
            case 4 -> "CPA";
            default -> "CP" + cp.cfgType();
        };
        if (cp.attributes().isEmpty()) {
            return kind;
        }
        StringBuilder sb = new StringBuilder(kind).append('(');
        for (int i = 0; i < cp.attributes().size(); i++) {
            Ikev2CpAttribute a = cp.attributes().get(i);
            sb.append(i == 0 ? "" : " ").append(CP_ATTR.getOrDefault(a.attributeType(), Integer.toString(a.attributeType())));
        }
        return sb.append(')').toString();
    }

    private static String eap(Ikev2EapPayload e) {
        return switch (e.code()) {
            case 1 -> "EAP/REQ" + eapType(e);
            case 2 -> "EAP/RES" + eapType(e);
            case 3 -> "EAP/SUCC";
            case 4 -> "EAP/FAIL";
            default -> "EAP";
        };
    }

    private static String eapType(Ikev2EapPayload e) {
        int t = e.eapType();
        return t < 0 ? "" : "/" + EAP_TYPE.getOrDefault(t, Integer.toString(t));
    }
}
