package io.ike4j.negotiator.impair;

import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.negotiator.Impairments;

import java.util.List;
import java.util.function.Predicate;

/**
 * Incoming IKEv2 impairments (libreswan's ignore-v2-notification class): the engine acts as if a verified message
 * did not carry some payloads, e.g. a peer that ignores COOKIE, INVALID_KE_PAYLOAD or INITIAL_CONTACT.
 */
public final class Ignore {
    private Ignore() {
    }

    /**
     * Hides the notifications of one type from the engine.
     *
     * @param s which received messages
     * @param notifyType the notify message type number
     * @return the impairment
     */
    public static Impairments notify(Select s, int notifyType) {
        return hide("ignore-notify-" + notifyType + " " + s, s,
                p -> p instanceof Ikev2NotifyPayload n && n.notifyType() == notifyType);
    }

    /**
     * Hides every payload of one type from the engine.
     *
     * @param s which received messages
     * @param payloadType the payload type number
     * @return the impairment
     */
    public static Impairments payload(Select s, int payloadType) {
        return hide("ignore-payload-" + payloadType + " " + s, s, p -> p.type() == payloadType);
    }

    private static Impairments hide(String name, Select s, Predicate<Ikev2Payload> hidden) {
        Select.Matcher m = s.matcher();
        return new Impairments() {
            @Override
            public List<Ikev2Payload> received(int saId, int exchangeType, boolean response, long messageId,
                                               List<Ikev2Payload> payloads) {
                return m.test(exchangeType, response) ? payloads.stream().filter(hidden.negate()).toList() : payloads;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
