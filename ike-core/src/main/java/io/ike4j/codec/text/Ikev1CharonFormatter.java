package io.ike4j.codec.text;

import io.ike4j.codec.v1.AttributePayload;
import io.ike4j.codec.v1.DataAttribute;
import io.ike4j.codec.v1.EncryptedBody;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpNotifyType;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.IsakmpPayloadType;
import io.ike4j.codec.v1.ModeConfigAttributeType;
import io.ike4j.codec.v1.ModeConfigType;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.codec.v1.TrailingBytes;
import io.ike4j.codec.v1.UnknownPayload;

import java.util.List;

/**
 * One-line summaries of IKEv1 messages as strongSwan's charon logs them ({@code [ENC] generating/parsed}),
 * e.g. {@code ID_PROT request 0 [ SA V V V V ]} or {@code QUICK_MODE request 1331666172 [ HASH SA No ID ID ]}.
 *
 * <p>Exchange names: ID_PROT, AGGRESSIVE, INFORMATIONAL_V1, TRANSACTION, QUICK_MODE (others by
 * {@link IsakmpExchangeType#charonName()}, unknown ones as {@code UNKNOWN(n)}); payload short names SA KE
 * No ID CERT CERTREQ HASH SIG N(type) D V NAT-D NAT-OA FRAG and {@code CPRQ(X_USER X_PWD)}-style
 * attribute payloads. A message whose body is still encrypted prints {@code [ ENCRYPTED ]}; trailing
 * padding is not printed. The message ID is unsigned decimal.
 *
 * <p>ISAKMP has no response flag: charon knows from its state whether it sent a request. Pass it with
 * {@link #format(IsakmpMessage, boolean)}; {@link #format(IsakmpMessage)} says "request", which is right
 * for every message an exchange's initiator sends and for all Informational messages.
 */
public final class Ikev1CharonFormatter {
    private Ikev1CharonFormatter() {
    }

    /**
     * The charon one-liner of a request.
     *
     * @param m the message
     * @return e.g. {@code ID_PROT request 0 [ SA V V V V ]}
     */
    public static String format(IsakmpMessage m) {
        return format(m, true);
    }

    /**
     * The charon one-liner; ISAKMP has no response flag, so the caller says which it is.
     *
     * @param m the message
     * @param request true for a request, false for a response
     * @return the one-liner
     */
    public static String format(IsakmpMessage m, boolean request) {
        return format(m.header(), m.payloads(), request);
    }

    /**
     * For a decrypted body: the header of the encrypted message and the decoded payload chain.
     *
     * @param h the encrypted message's header
     * @param payloads the decrypted payloads
     * @param request true for a request
     * @return the one-liner
     */
    public static String format(IsakmpHeader h, List<IsakmpPayload> payloads, boolean request) {
        StringBuilder sb = new StringBuilder();
        sb.append(IsakmpExchangeType.of(h.exchangeType()).map(IsakmpExchangeType::charonName)
                .orElse("UNKNOWN(" + h.exchangeType() + ")"));
        sb.append(request ? " request " : " response ").append(h.messageIdUnsigned()).append(" [");
        for (IsakmpPayload p : payloads) {
            if (p instanceof TrailingBytes) {
                continue;
            }
            sb.append(' ').append(shortName(p));
        }
        return sb.append(" ]").toString();
    }

    /**
     * The charon short name of one payload.
     *
     * @param p the payload
     * @return e.g. {@code SA}, {@code KE}, {@code No}
     */
    public static String shortName(IsakmpPayload p) {
        if (p instanceof EncryptedBody) {
            return "ENCRYPTED";
        }
        if (p instanceof NotifyPayload n) {
            return "N(" + notifyName(n.notifyType()) + ")";
        }
        if (p instanceof AttributePayload a) {
            StringBuilder sb = new StringBuilder(ModeConfigType.of(a.cfgType()).map(ModeConfigType::shortName)
                    .orElse("CP" + a.cfgType())).append('(');
            for (int i = 0; i < a.attributes().size(); i++) {
                DataAttribute attr = a.attributes().get(i);
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(ModeConfigAttributeType.of(attr.type()).map(ModeConfigAttributeType::shortName)
                        .orElse(String.valueOf(attr.type())));
            }
            return sb.append(')').toString();
        }
        if (p instanceof UnknownPayload u) {
            return IsakmpPayloadType.of(u.type()).map(IsakmpPayloadType::shortName)
                    .orElse("UNKNOWN(" + u.type() + ")");
        }
        return IsakmpPayloadType.of(p.type()).map(IsakmpPayloadType::shortName).orElse("UNKNOWN(" + p.type() + ")");
    }

    /** charon's names for the notifies it prints differently; the ISAKMP name otherwise. */
    static String notifyName(int type) {
        return switch (type) {
            case 36136 -> "DPD";
            case 36137 -> "DPD_ACK";
            default -> IsakmpNotifyType.nameOf(type);
        };
    }
}
