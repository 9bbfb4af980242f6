package io.ike4j.cli;

import io.ike4j.negotiator.Ikev2Runtime;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * How an {@code ike peer} initiator ends: {@code --hold} (its SAs stay up, rekeyed and checked by the running
 * engine, until the time is up or a signal comes), then one DELETE per IKE SA under the SA's current ID.
 */
final class SaTeardown {
    private SaTeardown() {
    }

    /**
     * Deletes every IKE SA we still hold (those that came up, and any kept without a CHILD_SA or still negotiating),
     * each by its current ID (an IKE SA rekey gives it a new one, RFC 7296 §1.3.2), and waits for the peer's answers
     * (§1.4.1), at most 5 s. Returns how many of the SAs in {@code up} were deleted.
     */
    static int deleteAll(Ikev2Runtime rt, PeerListener listener, List<Integer> startedIds, List<Integer> up) {
        Map<Integer, Integer> deleting = new LinkedHashMap<>(); // first ID -> the ID being deleted
        for (int first : startedIds) {
            int id = deleteCurrent(rt, listener, first);
            if (id != 0) {
                deleting.put(first, id);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Set<Integer> wasUp = new HashSet<>(up);
        int deleted = 0;
        for (Map.Entry<Integer, Integer> e : deleting.entrySet()) {
            int id = e.getValue();
            Optional<String> why;
            while (true) {
                why = Engines.await(listener.deletion(id), Duration.ofNanos(deadline - System.nanoTime()));
                if (why.isEmpty() || !why.get().startsWith("rekeyed")) {
                    break;
                }
                // a rekey that completed as the DELETE went out moved the SA to a new ID: delete that one
                id = deleteCurrent(rt, listener, e.getKey());
                if (id == 0) {
                    break;
                }
            }
            if (why.isPresent() && !why.get().startsWith("rekeyed") && wasUp.contains(e.getKey())) {
                deleted++;
            }
        }
        return deleted;
    }

    /** Starts deleting SA {@code first} under its current ID, on its engine's thread; that ID, or 0 when it is gone. */
    private static int deleteCurrent(Ikev2Runtime rt, PeerListener listener, int first) {
        return rt.callForSa(first, e -> {
            int id = listener.currentId(first);
            return e.delete(id) ? id : 0;
        });
    }

    /**
     * {@code --hold}: the SAs stay up for {@code hold} (the runtime keeps running: rekeys, DPD) or until SIGINT/SIGTERM
     * or an interrupt, then {@code deletes} runs; a JVM shutting down waits for it, as for the responder.
     */
    static int afterHold(Duration hold, PrintStream err, IntSupplier deletes) {
        CountDownLatch signal = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            signal.countDown();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ike-peer-shutdown");
        boolean hooked = addHook(hook);
        try {
            try {
                if (signal.await(hold.toMillis(), TimeUnit.MILLISECONDS)) {
                    err.println("ike peer: signal: --hold ended early, deleting the SAs");
                }
            } catch (InterruptedException e) {
                // the interrupt asks the run to end, which it now does (the flag stays clear for the deletes)
                err.println("ike peer: interrupted: --hold ended early, deleting the SAs");
            }
            return deletes.getAsInt();
        } finally {
            done.countDown();
            if (hooked) {
                removeHook(hook);
            }
        }
    }

    static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false; // already shutting down
        }
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is running
        }
    }
}
