package io.ike4j.bench;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One SK_e/SK_a primitive of an IKE SA: {@link #message} protects a 304-octet message with an instance keyed
 * once (MAC, encrypt, or AEAD seal and open), {@link #keyMessageDestroy} keys one, protects one message and
 * destroys it. With {@link KeyedHeapBenchmark}'s bytes per instance these are the figures that decide whether
 * a keyed primitive keeps its key schedule or expands it per message.
 *
 * <pre>java -jar ike-bench/target/benchmarks.jar KeyedPrimitiveBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeyedPrimitiveBenchmark {
    @Param({"hmac-sha256", "aes-xcbc", "aes-cmac", "3des-cbc", "aes128-cbc", "aes256-cbc", "aes128-ctr", "aes128-gcm",
            "aes128-ccm", "chacha20-poly1305"})
    public String primitive;

    @Param({"bc"})
    public String provider;

    private KeyedPrimitives.Kind kind;
    private SecretBytes key;
    private KeyedPrimitives.Keyed keyed;
    private byte[] message;

    @Setup
    public void setup() {
        CryptoProvider crypto = CryptoProviders.named(provider);
        RandomSource random = RandomSource.deterministic(5);
        kind = KeyedPrimitives.kind(crypto, primitive);
        key = SecretBytes.owning(random.nextBytes(kind.keyLength()));
        keyed = kind.make().apply(key);
        message = random.nextBytes(304);
    }

    @Benchmark
    public Object message() {
        return keyed.message(message);
    }

    @Benchmark
    public Object keyMessageDestroy() {
        KeyedPrimitives.Keyed k = kind.make().apply(key);
        try {
            return k.message(message);
        } finally {
            k.destroy();
        }
    }
}
