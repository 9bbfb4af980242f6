package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;

import java.util.List;
import java.util.Optional;

/** Small lookups over a payload list. */
final class Payloads {
    private Payloads() {
    }

    static <T extends Ikev2Payload> Optional<T> first(List<Ikev2Payload> payloads, Class<T> type) {
        for (Ikev2Payload p : payloads) {
            if (type.isInstance(p)) {
                return Optional.of(type.cast(p));
            }
        }
        return Optional.empty();
    }

    static <T extends Ikev2Payload> List<T> all(List<Ikev2Payload> payloads, Class<T> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends Ikev2Payload> int count(List<Ikev2Payload> payloads, Class<T> type) {
        return (int) payloads.stream().filter(type::isInstance).count();
    }

    static Optional<Ikev2NotifyPayload> notify(List<Ikev2Payload> payloads, int type) {
        return all(payloads, Ikev2NotifyPayload.class).stream().filter(n -> n.notifyType() == type).findFirst();
    }

    /** The first error notify (types below 16384, RFC 7296 §3.10.1). */
    static Optional<Ikev2NotifyPayload> error(List<Ikev2Payload> payloads) {
        return all(payloads, Ikev2NotifyPayload.class).stream().filter(n -> n.notifyType() < 16384).findFirst();
    }
}
