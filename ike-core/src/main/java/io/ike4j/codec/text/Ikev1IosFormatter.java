package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.AttributePayload;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.DeletePayload;
import io.ike4j.codec.v1.EncryptedBody;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpNotifyType;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.IsakmpRawEncoder;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.codec.v1.Proposal;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.codec.v1.TrailingBytes;
import io.ike4j.codec.v1.Transform;
import io.ike4j.codec.v1.VendorIdPayload;
import io.ike4j.crypto.iana.v1.EspTransformId;
import io.ike4j.crypto.iana.v1.Ikev1AuthMethod;
import io.ike4j.crypto.iana.v1.Ikev1EncryptionAlgorithm;
import io.ike4j.crypto.iana.v1.IpsecAuthAlgorithm;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Cisco IOS {@code debug crypto isakmp}-style lines for an IKEv1 message, in the layout of the IOS
 * dumps of seed 004 (see {@code ios-reference.md} §2–§3): one "processing X payload" line per payload,
 * the ID payload block, phase-1 transform attributes ({@code encryption DES-CBC}, {@code life duration
 * (VPI) of  0x0 0x1 0x51 0x80}) and phase-2 ones ({@code transform 1, ESP_AES}, {@code encaps is 1
 * (Tunnel)}, {@code SA life duration (basic) of 3600}). IOS's policy matching ("against priority 1
 * policy") and SA pointers are negotiator state and are left out. An encrypted body prints one line
 * with its Next Payload and length. Lines end with '\n'.
 */
public final class Ikev1IosFormatter {
    private static final String VID_DPD = "afcad71368a1f1c96b8696fc77570100";
    private static final String VID_XAUTH = "09002689dfd6b712";
    private static final String VID_UNITY = "12f5f28c457168a9702d9fe274cc0100";
    private static final String VID_NATT_RFC = "4a131c81070358455c5728f20e95452f";

    private Ikev1IosFormatter() {
    }

    /**
     * Lines for {@code m} with connection ID 0; {@code linePrefix} (e.g. a timestamp) starts each ISAKMP line.
     *
     * @param m the message
     * @param linePrefix text before each line
     * @return the lines
     */
    public static String format(IsakmpMessage m, String linePrefix) {
        return format(m, linePrefix, 0);
    }

    /**
     * As {@link #format(IsakmpMessage, String)} with IOS's connection ID, e.g. the 1011 of "ISAKMP (1011):".
     *
     * @param m the message
     * @param linePrefix text before each line
     * @param connId the connection ID
     * @return the lines
     */
    public static String format(IsakmpMessage m, String linePrefix, int connId) {
        return format(m.payloads(), m.header().messageIdUnsigned(), linePrefix, connId);
    }

    /**
     * Lines for a payload chain (e.g. a decrypted body) of the message with ID {@code messageId}.
     *
     * @param payloads the payloads
     * @param messageId the message's ID
     * @param linePrefix text before each line
     * @param connId the connection ID
     * @return the lines
     */
    public static String format(List<IsakmpPayload> payloads, long messageId, String linePrefix, int connId) {
        StringBuilder sb = new StringBuilder();
        String ctx = "ISAKMP: (" + connId + "):";
        for (int i = 0; i < payloads.size(); i++) {
            IsakmpPayload p = payloads.get(i);
            int next = i + 1 < payloads.size() && !(payloads.get(i + 1) instanceof TrailingBytes)
                    ? payloads.get(i + 1).type() : 0;
            if (p instanceof TrailingBytes) {
                continue;
            }
            if (p instanceof EncryptedBody e) {
                line(sb, linePrefix, ctx + " encrypted payloads, length " + e.ciphertext().length()
                        + ". message ID = " + messageId);
            } else if (p instanceof SaPayload sa) {
                line(sb, linePrefix, ctx + " processing SA payload. message ID = " + messageId);
                sa(sb, linePrefix, ctx, sa);
            } else if (p instanceof IdPayload id) {
                line(sb, linePrefix, ctx + " processing ID payload. message ID = " + messageId);
                id(sb, linePrefix, connId, id, next);
            } else if (p instanceof VendorIdPayload v) {
                line(sb, linePrefix, ctx + " processing vendor id payload");
                String known = vendor(v.vendorId());
                if (known != null) {
                    line(sb, linePrefix, ctx + " vendor ID is " + known);
                }
            } else if (p instanceof NotifyPayload n) {
                line(sb, linePrefix, ctx + " processing NOTIFY " + IsakmpNotifyType.nameOf(n.notifyType())
                        + " protocol " + n.protocolId() + " spi " + spiNumber(n.spi()) + ", message ID = " + messageId);
            } else if (p instanceof DeletePayload d) {
                line(sb, linePrefix, ctx + " processing DELETE payload. message ID = " + messageId
                        + ", protocol " + d.protocolId() + ", " + d.spis().size() + " SPI(s)");
            } else if (p instanceof AttributePayload a) {
                line(sb, linePrefix, ctx + " processing transaction payload. from peer. message ID = " + messageId);
                for (DataAttribute attr : a.attributes()) {
                    line(sb, linePrefix, "ISAKMP: Config payload attribute " + attr.type() + " length "
                            + attr.value().length());
                }
            } else {
                line(sb, linePrefix, ctx + " processing " + payloadName(p.type()) + " payload. message ID = " + messageId);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String prefix, String text) {
        sb.append(prefix).append(text).append('\n');
    }

    static String payloadName(int type) {
        return switch (type) {
            case 4 -> "KE";
            case 6 -> "CERT";
            case 7 -> "CERT_REQ";
            case 8 -> "HASH";
            case 9 -> "SIG";
            case 10 -> "NONCE";
            case 20, 130 -> "NAT-D";
            case 21, 131 -> "NAT-OA";
            case 132 -> "FRAGMENT";
            default -> "UNKNOWN(" + type + ")";
        };
    }

    private static String vendor(Bytes v) {
        String hex = v.toHex();
        if (hex.equals(VID_DPD)) {
            return "DPD";
        } else if (hex.equals(VID_XAUTH)) {
            return "XAUTH";
        } else if (hex.equals(VID_UNITY)) {
            return "Unity";
        } else if (hex.equals(VID_NATT_RFC)) {
            return "NAT-T RFC 3947";
        }
        return null;
    }

    /** A 4-octet (IPsec) SPI as a number; IOS prints 0 for the 16-octet ISAKMP "SPI" (the cookies). */
    private static long spiNumber(Bytes spi) {
        long v = 0;
        if (spi.length() > 4) {
            return 0;
        }
        for (int i = 0; i < spi.length(); i++) {
            v = (v << 8) | spi.get(i);
        }
        return v;
    }

    // ---- SA

    private static void sa(StringBuilder sb, String prefix, String ctx, SaPayload sa) {
        for (Proposal pr : sa.proposals()) {
            boolean phase1 = pr.protocolId() == 1;
            if (!phase1) {
                line(sb, prefix, ctx + "Checking IPsec proposal " + pr.number());
            }
            for (Transform t : pr.transforms()) {
                if (phase1) {
                    line(sb, prefix, ctx + "Checking ISAKMP transform " + t.number());
                    for (DataAttribute a : t.attributes()) {
                        line(sb, prefix, "ISAKMP:         " + phase1Attribute(a));
                    }
                } else {
                    line(sb, prefix, "ISAKMP: transform " + t.number() + ", " + transformName(pr.protocolId(), t.transformId()));
                    line(sb, prefix, "ISAKMP: attributes in transform:");
                    for (DataAttribute a : t.attributes()) {
                        line(sb, prefix, "ISAKMP: " + phase2Attribute(a));
                    }
                }
            }
        }
    }

    static String transformName(int protocolId, int id) {
        if (protocolId == 3) {
            return switch (id) {
                case 12 -> "ESP_AES";
                case 20 -> "ESP_GCM";
                default -> EspTransformId.nameOf(id);
            };
        }
        if (protocolId == 2) {
            return io.ike4j.crypto.iana.v1.AhTransformId.nameOf(id);
        }
        return "transform id " + id;
    }

    /** RFC 2409 App. A classes in IOS words. */
    static String phase1Attribute(DataAttribute a) {
        long v = a.hasNumericValue() ? a.numericValue() : -1;
        return switch (a.type()) {
            case 1 -> "encryption " + Ikev1EncryptionAlgorithm.of((int) v).map(Ikev1EncryptionAlgorithm::ianaName)
                    .orElse("UNKNOWN(" + v + ")");
            case 2 -> "hash " + switch ((int) v) {
                case 1 -> "MD5";
                case 2 -> "SHA";
                case 4 -> "SHA256";
                case 5 -> "SHA384";
                case 6 -> "SHA512";
                default -> "UNKNOWN(" + v + ")";
            };
            case 3 -> "auth " + switch ((int) v) {
                case 1 -> "pre-share";
                case 2 -> "DSS sig";
                case 3 -> "RSA sig";
                case 4 -> "RSA encr";
                case 5 -> "RSA revised encr";
                default -> Ikev1AuthMethod.of((int) v).map(Ikev1AuthMethod::ianaName).orElse("UNKNOWN(" + v + ")");
            };
            case 4 -> "default group " + v;
            case 5 -> "group type " + v;
            case 11 -> "life type in " + lifeUnit(v);
            case 12 -> "life duration " + duration(a, "  ");
            case 14 -> "keylength of " + v;
            default -> "attribute " + a.type() + " value " + value(a);
        };
    }

    /** RFC 2407 §4.5 attributes in IOS words. */
    static String phase2Attribute(DataAttribute a) {
        long v = a.hasNumericValue() ? a.numericValue() : -1;
        return switch (a.type()) {
            case 1 -> "SA life type in " + lifeUnit(v);
            case 2 -> "SA life duration " + duration(a, " ");
            case 3 -> "group is " + v;
            case 4 -> "encaps is " + v + " (" + switch ((int) v) {
                case 1 -> "Tunnel";
                case 2 -> "Transport";
                case 3, 61443 -> "Tunnel-UDP";
                case 4, 61444 -> "Transport-UDP";
                default -> "unknown";
            } + ")";
            case 5 -> "authenticator is " + switch ((int) v) {
                case 5 -> "HMAC-SHA256";
                case 6 -> "HMAC-SHA384";
                case 7 -> "HMAC-SHA512";
                default -> IpsecAuthAlgorithm.of((int) v).map(IpsecAuthAlgorithm::ianaName).orElse("UNKNOWN(" + v + ")");
            };
            case 6 -> "key length is " + v;
            default -> "attribute " + a.type() + " is " + value(a);
        };
    }

    private static String lifeUnit(long v) {
        return v == 1 ? "seconds" : v == 2 ? "kilobytes" : "UNKNOWN(" + v + ")";
    }

    /** "(basic) of 3600" for TV, "(VPI) of 0x0 0x1 0x51 0x80" for TLV (one 0x.. per octet). */
    private static String duration(DataAttribute a, String gap) {
        if (a.basic()) {
            return "(basic) of " + a.numericValue();
        }
        StringBuilder sb = new StringBuilder("(VPI) of").append(gap);
        for (int i = 0; i < a.value().length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append("0x").append(Integer.toHexString(a.value().get(i)).toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String value(DataAttribute a) {
        return a.basic() || (a.hasNumericValue() && a.value().length() <= 4)
                ? String.valueOf(a.numericValue()) : "0x" + a.value().toHex();
    }

    // ---- ID

    private static void id(StringBuilder sb, String prefix, int connId, IdPayload id, int next) {
        sb.append(prefix).append("ISAKMP (").append(connId).append("): ID payload\n");
        sb.append("    next-payload : ").append(next).append('\n');
        sb.append("    type          : ").append(id.idType()).append('\n');
        sb.append("    ").append(idField(id)).append('\n');
        sb.append("    protocol      : ").append(id.protocolId()).append('\n');
        sb.append("    port          : ").append(id.port()).append('\n');
        sb.append("    length        : ").append(4 + IsakmpRawEncoder.body(id).length()).append('\n');
    }

    private static String idField(IdPayload id) {
        Bytes d = id.data();
        return switch (id.idType()) {
            case 1, 5 -> "address       : " + address(d, 0, d.length());
            case 4, 6 -> d.length() % 2 == 0
                    ? "subnet        : " + address(d, 0, d.length() / 2) + " mask " + address(d, d.length() / 2, d.length() / 2)
                    : "data          : " + d.toHex();
            case 7, 8 -> d.length() % 2 == 0
                    ? "range         : " + address(d, 0, d.length() / 2) + " - " + address(d, d.length() / 2, d.length() / 2)
                    : "data          : " + d.toHex();
            case 2 -> "FQDN name     : " + new String(d.toByteArray(), StandardCharsets.US_ASCII);
            case 3 -> "user FQDN     : " + new String(d.toByteArray(), StandardCharsets.US_ASCII);
            default -> "data          : " + d.toHex();
        };
    }

    /** IPv4 dotted or IPv6 in IOS style (upper case, longest zero run as "::"); other sizes in hex. */
    static String address(Bytes d, int off, int len) {
        if (len == 4) {
            return d.get(off) + "." + d.get(off + 1) + "." + d.get(off + 2) + "." + d.get(off + 3);
        }
        if (len != 16) {
            return d.slice(off, len).toHex();
        }
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (d.get(off + 2 * i) << 8) | d.get(off + 2 * i + 1);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]).toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
