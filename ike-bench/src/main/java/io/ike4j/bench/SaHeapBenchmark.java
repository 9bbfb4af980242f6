package io.ike4j.bench;

import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IpsecProfile;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.RandomSource;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Live heap per established IKE SA with its CHILD_SA, and the cost of a clock tick, with many SAs in one engine
 * (issue 11's figures; a program, not a timed test). One initiator engine brings up {@code --sas} IKE SAs, one
 * after the other (PSK, x25519, AES-CBC-128/HMAC-SHA2-256, ESP the same), with one responder engine, back to back
 * in memory; then the initiator is dropped and, after full collections, the heap the responder holds is divided
 * by the number of SAs. Finally {@code advanceTime} is called 1,000 times in 1-ms steps with nothing due.
 *
 * <pre>java -Xmx8g -cp ike-bench/target/benchmarks.jar io.ike4j.bench.SaHeapBenchmark [--sas 100000] [--histogram]</pre>
 */
public final class SaHeapBenchmark {
    private SaHeapBenchmark() {
    }

    public static void main(String[] args) {
        int n = 100_000;
        boolean histogram = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--histogram")) {
                histogram = true; // the classes that hold the responder's heap (jcmd GC.class_histogram), top 25
                continue;
            }
            if (args[i].equals("--sas") && i + 1 < args.length) {
                n = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CryptoProvider crypto = CryptoProviders.named("bc");
        IkeConfiguration config = HandshakeBenchmark.cbcX25519();
        IpsecProfile profile = config.ipsecProfiles().get(0);
        DatagramEndpoint iAddr = DatagramEndpoint.of("10.0.0.1", 500);
        DatagramEndpoint rAddr = DatagramEndpoint.of("10.0.0.2", 500);
        ArrayDeque<Datagram> toI = new ArrayDeque<>();
        ArrayDeque<Datagram> toR = new ArrayDeque<>();
        long base = liveHeap();
        Ikev2Engine responder = Ikev2Engine.builder().configuration(config).crypto(crypto)
                .random(RandomSource.deterministic(2)).outbound(toI::add).build();
        Ikev2Engine initiator = Ikev2Engine.builder().configuration(config).crypto(crypto)
                .random(RandomSource.deterministic(1)).outbound(toR::add).build();
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            SaHeapBenchmark.handshake(initiator, responder, profile, iAddr, rAddr, toI, toR);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int up = (int) responder.sas().stream().filter(s -> s.childSas() == 1).count();
        long both = liveHeap() - base;
        initiator = null;
        long responderOnly = liveHeap() - base;
        if (histogram) {
            try {
                new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram").inheritIO()
                        .redirectOutput(ProcessBuilder.Redirect.PIPE).start().inputReader().lines().limit(30)
                        .forEach(System.out::println);
            } catch (java.io.IOException e) {
                System.out.println("jcmd: " + e.getMessage());
            }
        }
        Instant now = responder.now();
        long t1 = System.nanoTime();
        for (int i = 1; i <= 1_000; i++) {
            responder.advanceTime(now.plusMillis(i));
        }
        double tickMicros = (System.nanoTime() - t1) / 1e3 / 1_000;
        System.out.printf(Locale.ROOT, "%,d of %,d IKE SAs with a CHILD_SA up in %.1f s (%.0f handshakes/s, both sides in one"
                + " thread)%n", up, n, seconds, n / seconds);
        System.out.printf(Locale.ROOT, "live heap per responder IKE SA + CHILD_SA: %.2f KiB (both sides: %.2f KiB per pair)%n",
                responderOnly / 1024.0 / n, both / 1024.0 / n);
        System.out.printf(Locale.ROOT, "advanceTime with %,d SAs and nothing due: %.2f us per tick%n", up, tickMicros);
        if (up != n) {
            System.exit(1);
        }
    }

    /** One IKE SA with its CHILD_SA between two engines wired back to back through {@code toI} / {@code toR}. */
    static void handshake(Ikev2Engine initiator, Ikev2Engine responder, IpsecProfile profile, DatagramEndpoint iAddr,
                          DatagramEndpoint rAddr, ArrayDeque<Datagram> toI, ArrayDeque<Datagram> toR) {
        initiator.initiate(profile, new Ikev2Peer(iAddr, rAddr));
        HandshakeBenchmark.pump(initiator, responder, iAddr, rAddr, toI, toR);
    }

    private static long liveHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
