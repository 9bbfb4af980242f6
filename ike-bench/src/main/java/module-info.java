/**
 * JMH benchmarks of the codec, handshakes, key exchanges, keyed primitives, floods and per-SA heap (profile
 * {@code bench}; run from the fat jar {@code ike-bench/target/benchmarks.jar}). Exports nothing.
 */
@SuppressWarnings("requires-automatic") // jmh.core
module io.ike4j.bench {
    requires io.ike4j.core;
    requires io.ike4j.crypto;
    requires java.management; // heap and GC figures of the heap benchmarks
    requires jmh.core;        // automatic module (jmh-core has no descriptor); the generated classes need it too
}
