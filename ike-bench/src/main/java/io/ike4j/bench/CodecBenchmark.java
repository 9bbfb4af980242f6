package io.ike4j.bench;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Decode and encode cost of two IKEv2 messages: the seed's 344-byte initiator IKE_SA_INIT (SA with 5
 * transforms, KE group 2, Ni, two VIDs, two NAT-D notifies; ios-reference.md §2) and a 556-byte
 * IKE_AUTH whose body is one SK payload (the envelope only; decryption is not part of the codec).
 *
 * <pre>./mvnw -q -B -Pbench -pl ike-bench -am -DskipTests package
 * java -jar ike-bench/target/benchmarks.jar CodecBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
    private byte[] ikeSaInit;
    private byte[] ikeAuth;
    private Ikev2Message ikeSaInitMessage;
    private Ikev2Message ikeAuthMessage;
    private ByteBuf out;

    @Setup
    public void setup() {
        ikeSaInit = load("ike_sa_init_344.hex");
        ikeAuth = load("ike_auth_556.hex");
        ikeSaInitMessage = Ikev2Codec.decode(ikeSaInit);
        ikeAuthMessage = Ikev2Codec.decode(ikeAuth);
        out = Unpooled.buffer(2048);
        if (Ikev2Codec.encode(ikeSaInitMessage).length != 344 || Ikev2Codec.encode(ikeAuthMessage).length != 556) {
            throw new IllegalStateException("benchmark messages do not round-trip");
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = CodecBenchmark.class.getResourceAsStream(name)) {
            return Bytes.fromHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Ikev2Message decodeIkeSaInit344() {
        return Ikev2Codec.decode(ikeSaInit);
    }

    @Benchmark
    public Ikev2Message decodeIkeAuth556() {
        return Ikev2Codec.decode(ikeAuth);
    }

    @Benchmark
    public int encodeIkeSaInit344() {
        out.clear();
        Ikev2Codec.encode(ikeSaInitMessage, out);
        return out.writerIndex();
    }

    @Benchmark
    public int encodeIkeAuth556() {
        out.clear();
        Ikev2Codec.encode(ikeAuthMessage, out);
        return out.writerIndex();
    }
}
