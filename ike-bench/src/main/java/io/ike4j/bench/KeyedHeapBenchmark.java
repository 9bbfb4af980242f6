package io.ike4j.bench;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Live heap of one keyed SK_e/SK_a primitive (a program, not a timed test): {@code --n} instances of each
 * {@link KeyedPrimitives} kind are keyed with distinct keys and used for one 300-octet message, and the live
 * heap they add, after full collections, is divided by {@code --n}. The key's own SecretBytes is counted too.
 *
 * <pre>java -cp ike-bench/target/benchmarks.jar io.ike4j.bench.KeyedHeapBenchmark [--n 20000] [--provider bc]</pre>
 */
public final class KeyedHeapBenchmark {
    private KeyedHeapBenchmark() {
    }

    public static void main(String[] args) {
        int n = 20_000;
        String provider = "bc";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--n" -> n = Integer.parseInt(args[i + 1]);
                case "--provider" -> provider = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CryptoProvider crypto = CryptoProviders.named(provider);
        RandomSource random = RandomSource.deterministic(7);
        byte[] message = random.nextBytes(304);
        for (String name : KeyedPrimitives.NAMES) {
            KeyedPrimitives.Kind kind = KeyedPrimitives.kind(crypto, name);
            List<KeyedPrimitives.Keyed> held = new ArrayList<>(n);
            long base = liveHeap();
            for (int k = 0; k < n; k++) {
                KeyedPrimitives.Keyed keyed = kind.make().apply(SecretBytes.owning(random.nextBytes(kind.keyLength())));
                keyed.message(message);
                held.add(keyed);
            }
            long used = liveHeap() - base;
            System.out.printf(Locale.ROOT, "%-18s %6.0f bytes per keyed instance%n", name, (double) used / n);
            held.forEach(h -> h.destroy());
        }
    }

    static long liveHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
