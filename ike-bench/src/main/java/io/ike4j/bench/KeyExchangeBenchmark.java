package io.ike4j.bench;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
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
 * One side's key exchange work in an IKE_SA_INIT: generate the public value and compute the shared
 * secret from the peer's value (for ML-KEM: the initiator's keygen + decapsulation; the responder's
 * encapsulation is measured separately). Groups 14 (MODP 2048), 19/20 (ECP 256/384), 31 (Curve25519),
 * 36 (ML-KEM-768).
 *
 * <pre>java -jar ike-bench/target/benchmarks.jar KeyExchangeBenchmark -p provider=bc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class KeyExchangeBenchmark {
    @Param({"14", "19", "20", "31", "36"})
    public int group;

    @Param({"bc"})
    public String provider;

    private KeyExchange kex;
    private RandomSource random;
    private byte[] responderValue;
    private byte[] initiatorValue;

    @Setup
    public void setup() throws Exception {
        CryptoProvider p = CryptoProviders.named(provider);
        kex = p.keyExchange(group);
        random = RandomSource.deterministic(1);
        KeyExchangeParty i = kex.initiator(random);
        initiatorValue = i.publicValue();
        KeyExchangeParty r = kex.responder(initiatorValue, random);
        responderValue = r.publicValue();
        SecretBytes a = i.sharedSecret(responderValue);
        SecretBytes b = r.sharedSecret(initiatorValue);
        if (!a.contentEquals(b.copy())) {
            throw new IllegalStateException("group " + group + ": the two sides disagree");
        }
    }

    /** Initiator: public value, then the secret from the responder's value (KEM: keygen + decapsulate). */
    @Benchmark
    public SecretBytes initiatorSide() throws Exception {
        KeyExchangeParty i = kex.initiator(random);
        i.publicValue();
        SecretBytes s = i.sharedSecret(responderValue);
        i.destroy();
        return s;
    }

    /** Responder: validate the initiator's value, own public value, secret (KEM: encapsulate). */
    @Benchmark
    public SecretBytes responderSide() throws Exception {
        KeyExchangeParty r = kex.responder(initiatorValue, random);
        r.publicValue();
        SecretBytes s = r.sharedSecret(initiatorValue);
        r.destroy();
        return s;
    }
}
