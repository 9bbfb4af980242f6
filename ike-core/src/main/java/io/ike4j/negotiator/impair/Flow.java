package io.ike4j.negotiator.impair;

import io.ike4j.transport.Datagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Message-flow impairments (libreswan's drop-, duplicate-, replay- and block- inbound/outbound class, and
 * suppress-retransmits): which datagrams go and come, how often and in which order. Each works for IKEv2 and IKEv1.
 * A held datagram is sent with a later one; nothing here reads a clock, so runs stay deterministic.
 */
public final class Flow {
    private Flow() {
    }

    /**
     * Drops the selected outgoing messages (a lost datagram; with {@link Select#nth} the peer's retransmission
     * logic is what is tested).
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment dropOutgoing(Select s) {
        return perMatch("drop-outbound", s, true, d -> List.of());
    }

    /**
     * Sends the selected outgoing messages twice.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment duplicateOutgoing(Select s) {
        return perMatch("duplicate-outbound", s, true, d -> List.of(d, d));
    }

    /** {@return every message sent twice} */
    public static DatagramImpairment everyMessageTwice() {
        return duplicateOutgoing(Select.any());
    }

    /**
     * Holds each selected outgoing message until {@code later} more datagrams have gone, then sends it after them:
     * a delay measured in messages (with later = 1, two messages swap places: reordering).
     *
     * @param s which messages
     * @param later how many datagrams overtake it (≥ 1)
     * @return the impairment
     */
    public static DatagramImpairment delayOutgoing(Select s, int later) {
        if (later < 1) {
            throw new IllegalArgumentException("later must be at least 1: " + later);
        }
        Select.Matcher m = s.matcher();
        return new DatagramImpairment("delay-outbound " + s + " by " + later) {
            private final ArrayDeque<Held> held = new ArrayDeque<>();

            @Override
            List<Datagram> out(Datagram d) {
                List<Datagram> now = new ArrayList<>();
                boolean hold = m.test(d);
                if (!hold) {
                    now.add(d);
                }
                for (Held h : held) {
                    h.remaining--;
                }
                while (!held.isEmpty() && held.peekFirst().remaining <= 0) {
                    now.add(held.pollFirst().datagram);
                }
                if (hold) {
                    held.addLast(new Held(d, later));
                }
                return now;
            }
        };
    }

    /**
     * Swaps each selected outgoing message with the one sent after it.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment reorderOutgoing(Select s) {
        return delayOutgoing(s, 1);
    }

    /**
     * Before each selected outgoing message, sends the previous datagram again: an old message replayed.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment replayOutgoing(Select s) {
        Select.Matcher m = s.matcher();
        return new DatagramImpairment("replay-outbound " + s) {
            private Datagram previous;

            @Override
            List<Datagram> out(Datagram d) {
                Datagram old = previous;
                previous = d;
                return m.test(d) && old != null ? List.of(old, d) : List.of(d);
            }
        };
    }

    /**
     * Sends until the first selected message has gone, then nothing more: a peer that stops responding after a
     * state (e.g. after its IKE_SA_INIT response, so the peer's IKE_AUTH is never answered).
     *
     * @param s the last message sent
     * @return the impairment
     */
    public static DatagramImpairment stopAfter(Select s) {
        Select.Matcher m = s.matcher();
        return new DatagramImpairment("block-outbound after " + s) {
            private boolean stopped;

            @Override
            List<Datagram> out(Datagram d) {
                if (stopped) {
                    return List.of();
                }
                stopped = m.test(d);
                return List.of(d);
            }
        };
    }

    /**
     * Drops the selected incoming messages before the engine sees them.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment dropIncoming(Select s) {
        return perMatch("drop-inbound", s, false, d -> List.of());
    }

    /**
     * Processes the selected incoming messages twice.
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment duplicateIncoming(Select s) {
        return perMatch("duplicate-inbound", s, false, d -> List.of(d, d));
    }

    /**
     * After each selected incoming message, processes the previously received datagram again (a replay the
     * engine must recognise as old).
     *
     * @param s which messages
     * @return the impairment
     */
    public static DatagramImpairment replayIncoming(Select s) {
        Select.Matcher m = s.matcher();
        return new DatagramImpairment("replay-inbound " + s) {
            private Datagram previous;

            @Override
            List<Datagram> in(Datagram d) {
                Datagram old = previous;
                previous = d;
                return m.test(d) && old != null ? List.of(d, old) : List.of(d);
            }
        };
    }

    /** Each selected datagram (sent, or received) replaced by {@code onMatch}'s list; the others pass. */
    private static DatagramImpairment perMatch(String label, Select s, boolean outgoing,
                                               java.util.function.Function<Datagram, List<Datagram>> onMatch) {
        Select.Matcher m = s.matcher();
        return new DatagramImpairment(label + " " + s) {
            @Override
            List<Datagram> out(Datagram d) {
                return outgoing && m.test(d) ? onMatch.apply(d) : List.of(d);
            }

            @Override
            List<Datagram> in(Datagram d) {
                return !outgoing && m.test(d) ? onMatch.apply(d) : List.of(d);
            }
        };
    }

    private static final class Held {
        final Datagram datagram;
        int remaining;

        Held(Datagram datagram, int remaining) {
            this.datagram = datagram;
            this.remaining = remaining;
        }
    }
}
