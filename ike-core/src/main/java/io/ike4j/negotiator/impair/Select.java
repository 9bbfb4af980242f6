package io.ike4j.negotiator.impair;

import io.ike4j.transport.Datagram;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which messages an impairment acts on: an exchange type (or any), requests, responses or both, and every match or
 * only the n-th (1-based, counted per impairment instance in the order the engine handles messages — deterministic
 * because the engine is). For IKEv1 only the exchange type is meaningful: ISAKMP has no response flag (RFC 2408 §3.1).
 *
 * @param exchangeType the exchange type number, or {@link #ANY}
 * @param direction requests, responses or both
 * @param nth 0 for every matching message, else only the n-th
 */
public record Select(int exchangeType, Direction direction, int nth) {
    /** Any exchange type. */
    public static final int ANY = -1;

    /** Requests, responses or both (IKEv2's R flag, RFC 7296 §3.1). */
    public enum Direction {
        /** Requests and responses. */
        BOTH,
        /** Requests only (R flag clear). */
        REQUEST,
        /** Responses only (R flag set). */
        RESPONSE
    }

    /**
     * Checks the occurrence.
     *
     * @param exchangeType the exchange type number, or {@link #ANY}
     * @param direction requests, responses or both
     * @param nth 0 for every match, else the n-th only
     */
    public Select {
        if (nth < 0) {
            throw new IllegalArgumentException("nth must be 0 (every) or positive: " + nth);
        }
        if (direction == null) {
            throw new IllegalArgumentException("direction");
        }
    }

    /** {@return every message} */
    public static Select any() {
        return new Select(ANY, Direction.BOTH, 0);
    }

    /**
     * Every message of one exchange type.
     *
     * @param exchangeType e.g. {@code Ikev2ExchangeType.IKE_AUTH.number()} or ISAKMP's 2 (Main Mode)
     * @return the selection
     */
    public static Select exchange(int exchangeType) {
        return new Select(exchangeType, Direction.BOTH, 0);
    }

    /** {@return only the requests among these} */
    public Select requests() {
        return new Select(exchangeType, Direction.REQUEST, nth);
    }

    /** {@return only the responses among these} */
    public Select responses() {
        return new Select(exchangeType, Direction.RESPONSE, nth);
    }

    /**
     * Only the n-th match.
     *
     * @param n 1-based
     * @return the selection
     */
    public Select nth(int n) {
        return new Select(exchangeType, direction, n);
    }

    /** {@return a fresh counter of this selection's matches} */
    Matcher matcher() {
        return new Matcher(this);
    }

    /** Counts matches; {@link #test} is true for the selected ones. */
    static final class Matcher {
        private final Select select;
        private final AtomicInteger seen = new AtomicInteger();

        Matcher(Select select) {
            this.select = select;
        }

        boolean test(int exchangeType, boolean response) {
            if (select.exchangeType != ANY && select.exchangeType != exchangeType) {
                return false;
            }
            if (select.direction == Direction.REQUEST && response || select.direction == Direction.RESPONSE && !response) {
                return false;
            }
            int n = seen.incrementAndGet();
            return select.nth == 0 || n == select.nth;
        }

        /** A datagram by its header: exchange type at octet 18, flags at 19 (RFC 7296 §3.1, RFC 2408 §3.1). */
        boolean test(Datagram d) {
            if (d.payload().length() < 28) {
                return false; // a NAT keepalive or a fragment of nothing: never selected
            }
            return test(d.payload().get(18), (d.payload().get(19) & 0x20) != 0);
        }
    }
}
