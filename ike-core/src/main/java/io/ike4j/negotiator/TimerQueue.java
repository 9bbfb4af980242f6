package io.ike4j.negotiator;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * When each SA next needs to be looked at (a retransmission, the half-open deadline, a fragment timeout), so
 * that advancing time visits only the SAs that are due: a tick costs O(due · log n), nothing per idle SA.
 * An SA has at most one live entry; asking for an earlier look queues a new one and makes the old one stale
 * (skipped when it comes up); asking for a later one keeps the earlier entry, which then just finds nothing
 * to do and the SA asks again. Nothing is ever cancelled: a look at an SA with no due timer is harmless.
 */
final class TimerQueue<T extends TimerQueue.Timed> {
    /**
     * What the queue times (an IKEv2 SA; an ISAKMP SA with the IKEv1 engine): it keeps its one live entry's time
     * and number, so that a stale entry is recognised without a search.
     */
    interface Timed {
        boolean dead();

        Instant timerAt();

        long timerSeq();

        void timer(Instant at, long seq);
    }

    private record Entry<T>(Instant at, long seq, T sa) {
    }

    private final PriorityQueue<Entry<T>> heap = new PriorityQueue<>(
            Comparator.<Entry<T>, Instant>comparing(Entry::at).thenComparingLong(Entry::seq));
    private long seq;

    /** Makes sure {@code sa} is looked at no later than {@code at}. */
    void wake(T sa, Instant at) {
        if (at == null || sa.dead() || (sa.timerAt() != null && !sa.timerAt().isAfter(at))) {
            return;
        }
        sa.timer(at, ++seq);
        heap.add(new Entry<>(at, seq, sa));
    }

    /** Runs {@code look} once for every live SA due at {@code now}, earliest first. */
    void due(Instant now, Consumer<T> look) {
        Entry<T> e;
        while ((e = heap.peek()) != null && !e.at().isAfter(now)) {
            heap.poll();
            T sa = e.sa();
            if (sa.dead() || e.seq() != sa.timerSeq()) {
                continue; // stale: the SA died or asked for an earlier look since
            }
            sa.timer(null, sa.timerSeq());
            look.accept(sa);
        }
    }

    /** Entries held, live and stale (for tests and the scale benchmark). */
    int size() {
        return heap.size();
    }
}
