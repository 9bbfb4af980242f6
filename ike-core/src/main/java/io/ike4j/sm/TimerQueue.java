package io.ike4j.sm;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * When each SA next needs to be looked at (a retransmission, the half-open deadline, a fragment timeout, the
 * lifetime), so that advancing time visits only the SAs that are due: a tick costs O(due · log n), nothing per
 * idle SA. An indexed binary heap: each SA holds at most one slot and knows its index, so asking for an earlier
 * look moves the slot up, a later one keeps the earlier time (the look then finds nothing due and the SA asks
 * again), and a dying SA leaves at once ({@link #remove}). Nothing stale stays behind: a gateway whose SAs come
 * and go, or run DPD for a day, holds exactly one slot per live SA, and a dead SA is never kept reachable by it.
 */
public final class TimerQueue<T extends TimerQueue.Timed> {
    /** An empty queue. */
    public TimerQueue() {
    }

    /** What the queue times (an IKEv2 SA; an ISAKMP SA of the IKEv1 engine): its slot's time and index. */
    public interface Timed {
        /** {@return whether the SA is gone (a dead SA is never looked at)} */
        boolean dead();

        /** {@return the queued look's time, null when none} */
        Instant timerAt();

        /** {@return the slot's index in the heap, -1 when none} */
        int timerIndex();

        /**
         * Records the slot.
         *
         * @param at    the look's time, null when none
         * @param index the slot's index, -1 when none
         */
        void timer(Instant at, int index);
    }

    private Object[] heap = new Object[16];
    private int size;

    /**
     * Makes sure {@code sa} is looked at no later than {@code at}.
     *
     * @param sa the SA
     * @param at the time, null for nothing
     */
    public void wake(T sa, Instant at) {
        if (at == null || sa.dead()) {
            return;
        }
        int i = sa.timerIndex();
        if (i < 0) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            sa.timer(at, size);
            heap[size] = sa;
            up(size++);
        } else if (at.isBefore(sa.timerAt())) {
            sa.timer(at, i);
            up(i);
        }
    }

    /**
     * Takes {@code sa} out (it died): O(log n).
     *
     * @param sa the SA
     */
    public void remove(T sa) {
        int i = sa.timerIndex();
        if (i < 0) {
            return;
        }
        sa.timer(null, -1);
        T last = at(--size);
        heap[size] = null;
        if (i < size) {
            place(last, i);
            down(i);
            up(last.timerIndex());
        }
    }

    /**
     * Runs {@code look} once for every live SA due at {@code now}, earliest first.
     *
     * @param now  the time
     * @param look what to do with each
     */
    public void due(Instant now, Consumer<T> look) {
        while (size > 0 && !at(0).timerAt().isAfter(now)) {
            T sa = at(0);
            remove(sa);
            if (!sa.dead()) {
                look.accept(sa);
            }
        }
    }

    /** {@return the slots held (one per SA with a look queued; for tests and the scale benchmark)} */
    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    private T at(int i) {
        return (T) heap[i];
    }

    private void place(T sa, int i) {
        heap[i] = sa;
        sa.timer(sa.timerAt(), i);
    }

    private void up(int i) {
        T sa = at(i);
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            T p = at(parent);
            if (!sa.timerAt().isBefore(p.timerAt())) {
                break;
            }
            place(p, i);
            i = parent;
        }
        place(sa, i);
    }

    private void down(int i) {
        T sa = at(i);
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && at(c + 1).timerAt().isBefore(at(c).timerAt())) {
                c++;
            }
            if (!at(c).timerAt().isBefore(sa.timerAt())) {
                break;
            }
            place(at(c), i);
            i = c;
        }
        place(sa, i);
    }
}
