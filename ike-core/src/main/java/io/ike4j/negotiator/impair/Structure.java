package io.ike4j.negotiator.impair;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2UnknownPayload;

import java.util.ArrayList;
import java.util.List;

/**
 * IKEv2 payload-structure impairments (libreswan's add-unknown-v2-payload-to(-sk), unknown-v2-payload-critical,
 * omit-v2-notification, add-v2-notification class): payloads left out, repeated, reordered or added, before
 * protection (for SK messages these are the inner payloads, so the ICV is valid).
 */
public final class Structure {
    private Structure() {
    }

    /**
     * Leaves out every payload of a type (e.g. 39 AUTH, 34 KE, 41 Notify).
     *
     * @param s which messages
     * @param payloadType the payload type number
     * @return the impairment
     */
    public static MessageImpairment omit(Select s, int payloadType) {
        return MessageImpairment.payloads("omit-payload-" + payloadType, s,
                ps -> ps.stream().filter(p -> p.type() != payloadType).toList());
    }

    /**
     * Repeats the first payload of a type right after it.
     *
     * @param s which messages
     * @param payloadType the payload type number
     * @return the impairment
     */
    public static MessageImpairment duplicate(Select s, int payloadType) {
        return MessageImpairment.payloads("duplicate-payload-" + payloadType, s, ps -> {
            List<Ikev2Payload> out = new ArrayList<>(ps);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).type() == payloadType) {
                    out.add(i + 1, out.get(i));
                    break;
                }
            }
            return out;
        });
    }

    /**
     * Sends the payloads in reverse order (§3.2 fixes no order, but peers expect SA, KE, Ni first).
     *
     * @param s which messages
     * @return the impairment
     */
    public static MessageImpairment reverse(Select s) {
        return MessageImpairment.payloads("reorder-payloads", s, ps -> {
            List<Ikev2Payload> out = new ArrayList<>(ps);
            java.util.Collections.reverse(out);
            return out;
        });
    }

    /**
     * Adds a payload of a type the peer does not know (default 200, unassigned): without the critical bit the peer
     * must skip it; with it, reject the message with UNSUPPORTED_CRITICAL_PAYLOAD (RFC 7296 §2.5).
     *
     * @param s which messages
     * @param payloadType an unassigned type
     * @param critical whether to set the critical bit
     * @return the impairment
     */
    public static MessageImpairment addUnknown(Select s, int payloadType, boolean critical) {
        Ikev2UnknownPayload p = new Ikev2UnknownPayload(payloadType, Bytes.wrap(new byte[] {1, 2, 3, 4}),
                critical ? Ikev2Payload.CRITICAL : 0);
        return MessageImpairment.payloads((critical ? "add-critical-payload-" : "add-unknown-payload-") + payloadType, s,
                ps -> append(ps, p));
    }

    /**
     * Adds a notification (a status, or an error the peer should act on).
     *
     * @param s which messages
     * @param notifyType the notify message type number
     * @param data its notification data
     * @return the impairment
     */
    public static MessageImpairment addNotify(Select s, int notifyType, byte[] data) {
        Ikev2NotifyPayload n = Ikev2NotifyPayload.of(notifyType, Bytes.wrap(data.clone()));
        return MessageImpairment.payloads("add-notify-" + notifyType, s, ps -> append(ps, n));
    }

    static <T> List<T> append(List<T> ps, T p) {
        List<T> out = new ArrayList<>(ps);
        out.add(p);
        return out;
    }
}
