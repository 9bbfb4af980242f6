package io.ike4j.bench;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.codec.v2.Ikev2VendorIdPayload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.crypto.kdf.Ikev2KeyLengths;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The symmetric crypto of one IKE SA: the full IKEv2 key derivation (SKEYSEED and the seven SK_* keys
 * for aes128-sha256 with a 256-octet MODP 2048 secret, RFC 7296 §2.14) and the protection of a 500-octet
 * IKE_AUTH body in an SK payload, sealed and opened, with AES-GCM-128 (16-octet ICV) and with
 * AES-CBC-128 + HMAC-SHA2-256-128.
 *
 * <pre>java -jar ike-bench/target/benchmarks.jar IkeSaCryptoBenchmark -p provider=bc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class IkeSaCryptoBenchmark {
    @Param({"bc"})
    public String provider;

    private Ikev2Kdf kdf;
    private Ikev2KeyLengths lengths;
    private SecretBytes sharedSecret;
    private byte[] ni;
    private byte[] nr;
    private byte[] spiI;
    private byte[] spiR;
    private Ikev2SkProtector gcm;
    private Ikev2SkProtector cbcHmac;
    private Ikev2SkKeys gcmKeys;
    private Ikev2SkKeys cbcKeys;
    private Ikev2Header header;
    private List<Ikev2Payload> body;
    private byte[] iv16;
    private byte[] iv8;
    private byte[] sealedGcm;
    private byte[] sealedCbc;
    private Ikev2Message sealedGcmMessage;
    private Ikev2Message sealedCbcMessage;

    @Setup
    public void setup() throws Exception {
        CryptoProvider p = CryptoProviders.named(provider);
        RandomSource random = RandomSource.deterministic(2);
        kdf = new Ikev2Kdf(p.prf(5));
        lengths = Ikev2KeyLengths.of(p.prf(5), p.cipher(12, 128), p.integrity(12));
        sharedSecret = SecretBytes.owning(random.nextBytes(256));
        ni = random.nextBytes(32);
        nr = random.nextBytes(32);
        spiI = random.nextBytes(8);
        spiR = random.nextBytes(8);
        gcm = Ikev2SkProtector.forTransforms(p, 20, 128, 0, 0);
        cbcHmac = Ikev2SkProtector.forTransforms(p, 12, 128, 12, 0);
        gcmKeys = Ikev2SkKeys.of(random.nextBytes(20), new byte[0], random.nextBytes(20), new byte[0]);
        cbcKeys = Ikev2SkKeys.of(random.nextBytes(16), random.nextBytes(32), random.nextBytes(16), random.nextBytes(32));
        header = new Ikev2Header(Bytes.wrap(spiI), Bytes.wrap(spiR), 35, Ikev2Header.FLAG_INITIATOR, 1);
        body = List.of(new Ikev2VendorIdPayload(Bytes.wrap(random.nextBytes(496)), 0)); // 500 octets inner
        iv16 = random.nextBytes(16);
        iv8 = random.nextBytes(8);
        sealedGcm = gcm.protect(header, List.of(), body, gcmKeys, iv8, 0);
        sealedCbc = cbcHmac.protect(header, List.of(), body, cbcKeys, iv16, 0);
        sealedGcmMessage = Ikev2Codec.decode(sealedGcm);
        sealedCbcMessage = Ikev2Codec.decode(sealedCbc);
        if (gcm.unprotect(Bytes.wrap(sealedGcm), sealedGcmMessage, gcmKeys).payloadBytes().length() != 500
                || cbcHmac.unprotect(Bytes.wrap(sealedCbc), sealedCbcMessage, cbcKeys).payloadBytes().length() != 500) {
            throw new IllegalStateException("benchmark messages do not round-trip");
        }
    }

    /** SKEYSEED = prf(Ni | Nr, g^ir), then prf+ for SK_d, SK_ai/ar, SK_ei/er, SK_pi/pr. */
    @Benchmark
    public Ikev2SaKeys ikeSaKeyDerivation() {
        return kdf.initialSaKeys(sharedSecret, ni, nr, spiI, spiR, lengths);
    }

    @Benchmark
    public byte[] protectAesGcm128() {
        return gcm.protect(header, List.of(), body, gcmKeys, iv8, 0);
    }

    @Benchmark
    public Ikev2SkPlaintext unprotectAesGcm128() throws Exception {
        return gcm.unprotect(Bytes.wrap(sealedGcm), sealedGcmMessage, gcmKeys);
    }

    @Benchmark
    public byte[] protectAesCbc128HmacSha256() {
        return cbcHmac.protect(header, List.of(), body, cbcKeys, iv16, 0);
    }

    @Benchmark
    public Ikev2SkPlaintext unprotectAesCbc128HmacSha256() throws Exception {
        return cbcHmac.unprotect(Bytes.wrap(sealedCbc), sealedCbcMessage, cbcKeys);
    }
}
