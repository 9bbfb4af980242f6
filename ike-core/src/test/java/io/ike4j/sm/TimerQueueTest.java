package io.ike4j.sm;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The indexed timer heap: one slot per SA whatever it asks (a day of DPD must not pile up entries), dead SAs
 * out at once, looks in time order; checked against a sorted reference on random wakes, re-wakes and removals.
 */
class TimerQueueTest {
    static final class Sa implements TimerQueue.Timed {
        final int id;
        boolean dead;
        Instant at;
        int index = -1;
        /** The earliest time asked for since the last look (the reference). */
        Instant want;

        Sa(int id) {
            this.id = id;
        }

        @Override
        public boolean dead() {
            return dead;
        }

        @Override
        public Instant timerAt() {
            return at;
        }

        @Override
        public int timerIndex() {
            return index;
        }

        @Override
        public void timer(Instant at, int index) {
            this.at = at;
            this.index = index;
        }
    }

    private static Instant t(long ms) {
        return Instant.EPOCH.plusMillis(ms);
    }

    @Test
    void oneSlotPerSaHoweverOftenItAsks() {
        TimerQueue<Sa> q = new TimerQueue<>();
        Sa sa = new Sa(1);
        q.wake(sa, t(86_400_000)); // lifetime
        for (int k = 0; k < 2_880; k++) { // a day of DPD every 30 s: earlier, then the lifetime again
            q.wake(sa, t(30_000L * k + 10));
            List<Sa> looked = new ArrayList<>();
            q.due(t(30_000L * k + 10), looked::add);
            assertEquals(List.of(sa), looked);
            q.wake(sa, t(86_400_000));
            assertEquals(1, q.size());
        }
        sa.dead = true;
        q.remove(sa);
        assertEquals(0, q.size());
        assertEquals(-1, sa.index);
    }

    @Test
    void looksComeInTimeOrderAndRemovedSasNever() {
        Random r = new Random(7);
        TimerQueue<Sa> q = new TimerQueue<>();
        List<Sa> all = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            all.add(new Sa(i));
        }
        long now = 0;
        for (int round = 0; round < 200; round++) {
            for (int k = 0; k < 50; k++) {
                Sa sa = all.get(r.nextInt(all.size()));
                if (sa.dead) {
                    continue;
                }
                if (r.nextInt(20) == 0) {
                    sa.dead = true;
                    q.remove(sa);
                    continue;
                }
                Instant at = t(now + r.nextInt(10_000));
                q.wake(sa, at);
                sa.want = sa.want == null || at.isBefore(sa.want) ? at : sa.want;
            }
            now += r.nextInt(3_000);
            Instant n = t(now);
            List<Sa> expect = all.stream().filter(s -> !s.dead && s.want != null && !s.want.isAfter(n))
                    .sorted(Comparator.comparing((Sa s) -> s.want)).toList();
            List<Sa> got = new ArrayList<>();
            q.due(n, got::add);
            assertEquals(expect.stream().map(s -> s.want).toList(), got.stream().map(s -> s.want).toList(), "round " + round);
            assertEquals(new java.util.HashSet<>(expect), new java.util.HashSet<>(got), "round " + round);
            got.forEach(s -> s.want = null);
            long live = all.stream().filter(s -> !s.dead && s.want != null).count();
            assertEquals(live, q.size(), "one slot per SA with a look pending, none for the dead");
        }
    }
}
