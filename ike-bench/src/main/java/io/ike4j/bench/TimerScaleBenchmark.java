package io.ike4j.bench;

import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IpsecProfile;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.RandomSource;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Issue 11's "1M established SAs in one engine, each with a lifetime timer: advancing time costs &lt; 5% of one
 * core" (a program, not a timed test). One responder engine holds {@code --sas} established IKE SAs with their
 * CHILD_SAs, each with its lifetime timer (RFC 7296 §2.8; 24 h less up to 10% jitter) in the engine's timer queue;
 * the initiator engine is dropped once they are up. Then the clock advances in {@code --tick-ms} steps (default 100,
 * a busy host's timer) through {@code --minutes} of simulated time, first at the start of the SAs' lives (nothing
 * due but the cached IKE_AUTH responses expiring), then from a minute before the first lifetime ends (90% of 24 h),
 * where SAs end at the jittered pace of a real gateway (each sends a DELETE nobody answers, retransmits it and
 * gives up). Printed: the engine thread's CPU time per simulated second, as a share of one core.
 *
 * <pre>java -Xmx16g -cp ike-bench/target/benchmarks.jar io.ike4j.bench.TimerScaleBenchmark --sas 1000000</pre>
 */
public final class TimerScaleBenchmark {
    private TimerScaleBenchmark() {
    }

    public static void main(String[] args) {
        int n = 1_000_000;
        int tickMs = 100;
        int minutes = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sas" -> n = Integer.parseInt(args[i + 1]);
                case "--tick-ms" -> tickMs = Integer.parseInt(args[i + 1]);
                case "--minutes" -> minutes = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CryptoProvider crypto = CryptoProviders.named("bc");
        IkeConfiguration config = HandshakeBenchmark.cbcX25519();
        IpsecProfile profile = config.ipsecProfiles().get(0);
        DatagramEndpoint iAddr = DatagramEndpoint.of("10.0.0.1", 500);
        DatagramEndpoint rAddr = DatagramEndpoint.of("10.0.0.2", 500);
        ArrayDeque<Datagram> toI = new ArrayDeque<>();
        ArrayDeque<Datagram> toR = new ArrayDeque<>();
        long[] dropped = {0};
        boolean[] initiatorGone = {false};
        Ikev2Engine responder = Ikev2Engine.builder().configuration(config).crypto(crypto)
                .random(RandomSource.deterministic(2))
                .outbound(d -> {
                    if (initiatorGone[0]) {
                        dropped[0]++;
                    } else {
                        toI.add(d);
                    }
                }).build();
        Ikev2Engine initiator = Ikev2Engine.builder().configuration(config).crypto(crypto)
                .random(RandomSource.deterministic(1)).outbound(toR::add).build();
        Instant start = responder.now();
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            SaHeapBenchmark.handshake(initiator, responder, profile, iAddr, rAddr, toI, toR);
            if ((k + 1) % 100_000 == 0) {
                System.out.printf(Locale.ROOT, "%,d SAs up after %.0f s%n", k + 1, (System.nanoTime() - t0) / 1e9);
            }
        }
        initiator = null;
        initiatorGone[0] = true;
        int up = responder.sas().size();
        System.out.printf(Locale.ROOT, "%,d of %,d responder IKE SAs established in %.0f s%n", up, n,
                (System.nanoTime() - t0) / 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Duration window = Duration.ofMinutes(minutes);
        // 1: early in the SAs' lives (the cached IKE_AUTH responses, 5 min, expire here too)
        report("start of life", measure(responder, threads, start, window, tickMs), window, up, responder);
        // 2: where the jittered lifetimes begin to end (90% of 24 h), a minute before the first one
        Instant late = start.plusSeconds(86_400L * 9 / 10 - 60);
        report("lifetimes ending", measure(responder, threads, late, window, tickMs), window, up, responder);
        System.out.printf(Locale.ROOT, "DELETE requests and retransmissions sent into the void: %,d%n", dropped[0]);
    }

    private static long measure(Ikev2Engine e, ThreadMXBean threads, Instant from, Duration window, int tickMs) {
        e.advanceTime(from);
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (long ms = tickMs; ms <= window.toMillis(); ms += tickMs) {
            e.advanceTime(from.plusMillis(ms));
        }
        return threads.getCurrentThreadCpuTime() - cpu0;
    }

    private static void report(String phase, long cpuNanos, Duration window, int sas, Ikev2Engine e) {
        double share = cpuNanos / (double) window.toNanos();
        System.out.printf(Locale.ROOT, "%s: %,d SAs, %d min simulated: engine CPU %.3f s = %.4f%% of one core (%,d SAs left)%n",
                phase, sas, window.toMinutes(), cpuNanos / 1e9, share * 100, e.sas().size());
    }
}
