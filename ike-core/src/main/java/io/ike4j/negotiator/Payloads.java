package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2TsPayload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small lookups over a payload list. Indexed loops over the (random-access) lists: an iterator per lookup was
 * among HandshakeBenchmark's allocations where escape analysis did not remove it.
 */
final class Payloads {
    private Payloads() {
    }

    static <T extends Ikev2Payload> Optional<T> first(List<Ikev2Payload> payloads, Class<T> type) {
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            if (type.isInstance(p)) {
                return Optional.of(type.cast(p));
            }
        }
        return Optional.empty();
    }

    static <T extends Ikev2Payload> List<T> all(List<Ikev2Payload> payloads, Class<T> type) {
        List<T> out = null;
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            if (type.isInstance(p)) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(type.cast(p));
            }
        }
        return out == null ? List.of() : out;
    }

    static <T extends Ikev2Payload> int count(List<Ikev2Payload> payloads, Class<T> type) {
        int n = 0;
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            n += type.isInstance(p) ? 1 : 0;
        }
        return n;
    }

    // Loops, not streams: these run several times per message on the handshake path (a stream pipeline is a
    // handful of objects per call; HandshakeBenchmark's allocation profile showed them).
    static Optional<Ikev2NotifyPayload> notify(List<Ikev2Payload> payloads, int type) {
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            if (p instanceof Ikev2NotifyPayload n && n.notifyType() == type) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The first error notify (types below 16384, RFC 7296 §3.10.1). */
    static Optional<Ikev2NotifyPayload> error(List<Ikev2Payload> payloads) {
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            if (p instanceof Ikev2NotifyPayload n && n.notifyType() < 16384) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The first IDi ({@code initiator}) or IDr, or null. */
    static Ikev2IdPayload id(List<Ikev2Payload> payloads, boolean initiator) {
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            if (p instanceof Ikev2IdPayload id && id.initiator() == initiator) {
                return id;
            }
        }
        return null;
    }

    /** The first TSi ({@code initiator}) or TSr, or null. */
    static Ikev2TsPayload ts(List<Ikev2Payload> payloads, boolean initiator) {
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            if (p instanceof Ikev2TsPayload ts && ts.initiator() == initiator) {
                return ts;
            }
        }
        return null;
    }

    /** How many TSi ({@code initiator}) or TSr payloads there are. */
    static int countTs(List<Ikev2Payload> payloads, boolean initiator) {
        int n = 0;
        for (int i = 0, size = payloads.size(); i < size; i++) {
            Ikev2Payload p = payloads.get(i);
            n += p instanceof Ikev2TsPayload ts && ts.initiator() == initiator ? 1 : 0;
        }
        return n;
    }
}
