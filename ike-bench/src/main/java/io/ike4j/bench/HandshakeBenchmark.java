package io.ike4j.bench;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.IpsecMode;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.crypto.kdf.Ikev2KeyLengths;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
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

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * In-process IKEv2 handshakes: one ike4j initiator against one ike4j responder, wired back to back with
 * no network, PSK, IKE_SA_INIT + IKE_AUTH with the first CHILD_SA, then an INFORMATIONAL DELETE so the SA
 * tables stay flat. {@link #cryptoFloor} runs only the cryptography one such handshake needs on both sides
 * (key exchange, SKEYSEED and SK_* twice, four AUTH PRFs, CHILD_SA KEYMAT twice, four SK protect/unprotect
 * of a 300-octet body): handshake ops/s divided by floor ops/s is the engine's overhead ratio.
 *
 * <pre>java -jar ike-bench/target/benchmarks.jar HandshakeBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class HandshakeBenchmark {
    @Param({"x25519-aes128gcm", "modp2048-aes128-sha256"})
    public String suite;

    @Param({"bc"})
    public String provider;

    private final DatagramEndpoint iAddr = DatagramEndpoint.of("10.0.0.1", 500);
    private final DatagramEndpoint rAddr = DatagramEndpoint.of("10.0.0.2", 500);
    private final ArrayDeque<Datagram> toI = new ArrayDeque<>();
    private final ArrayDeque<Datagram> toR = new ArrayDeque<>();
    private Ikev2Engine initiator;
    private Ikev2Engine responder;
    private IpsecProfile profile;
    private int up;

    private CryptoProvider crypto;
    private KeyExchange kex;
    private RandomSource random;
    private Ikev2Kdf kdf;
    private Ikev2KeyLengths lengths;
    private Ikev2SkProtector protector;

    @Setup
    public void setup() {
        crypto = CryptoProviders.named(provider);
        boolean gcm = suite.startsWith("x25519");
        String ike = gcm ? "aes128gcm16-prfsha256-x25519" : "aes128-sha256-modp2048";
        TransformSet ts = gcm
                ? new TransformSet("ts", new EncryptionAlgorithm(20, 128), TransformSet.NO_INTEGRITY, IpsecMode.TUNNEL)
                : new TransformSet("ts", new EncryptionAlgorithm(12, 128), 12, IpsecMode.TUNNEL);
        IkeConfiguration config = config(ike, ts);
        profile = config.ipsecProfiles().get(0);
        Ikev2Listener count = new Ikev2Listener() {
            @Override
            public void childSaEstablished(IkeSaInfo sa, ChildSa child) {
                up++;
            }
        };
        initiator = Ikev2Engine.builder().configuration(config).crypto(crypto).random(RandomSource.deterministic(1))
                .outbound(toR::add).listener(count).build();
        responder = Ikev2Engine.builder().configuration(config).crypto(crypto).random(RandomSource.deterministic(2))
                .outbound(toI::add).build();
        if (handshake() != 2) {
            throw new IllegalStateException(suite + ": the handshake did not bring up both CHILD_SAs");
        }
        // the floor's material
        IkeProposal p = StrongSwanProposals.parseIke(ike).get(0);
        random = RandomSource.deterministic(3);
        kex = crypto.keyExchange(p.groups().get(0));
        Prf prf = crypto.prf(p.prf().get(0));
        kdf = new Ikev2Kdf(prf);
        int encr = p.encryption().get(0).transformId();
        lengths = gcm ? Ikev2KeyLengths.of(prf, crypto.aeadCipher(encr, 128))
                : Ikev2KeyLengths.of(prf, crypto.cipher(encr, 128), crypto.integrity(p.integrity().get(0)));
        protector = Ikev2SkProtector.forTransforms(crypto, encr, 128, gcm ? 0 : p.integrity().get(0), 0);
    }

    /** The scale benchmarks' suite: x25519 with AES-CBC-128 + HMAC-SHA2-256-128 for IKE and ESP, PSK. */
    static IkeConfiguration cbcX25519() {
        return config("aes128-sha256-x25519", new TransformSet("ts", new EncryptionAlgorithm(12, 128), 12, IpsecMode.TUNNEL));
    }

    static IkeConfiguration config(String ike, TransformSet ts) {
        IkePolicy.Builder pol = IkePolicy.builder("pol");
        StrongSwanProposals.parseIke(ike).forEach(pol::proposal);
        Keyring kr = Keyring.builder("kr").peer(KeyringPeer.builder("any").address("0.0.0.0/0")
                .preSharedKey("bench-psk").build()).build();
        IkeProfile prof = IkeProfile.builder("prof").matchRemoteAddress("0.0.0.0").authenticationLocal(AuthMethod.PRE_SHARE)
                .authenticationRemote(AuthMethod.PRE_SHARE).keyring(kr).build();
        IpsecProfile ip = IpsecProfile.builder("ipsec").transformSet(ts).ikeProfile(prof).build();
        return IkeConfiguration.builder().policy(pol.build()).profile(prof).ipsecProfile(ip).build();
    }

    private void pump() {
        pump(initiator, responder, iAddr, rAddr, toI, toR);
    }

    /** Delivers what two engines wired back to back through {@code toI} / {@code toR} send, until both are quiet. */
    static void pump(Ikev2Engine initiator, Ikev2Engine responder, DatagramEndpoint iAddr, DatagramEndpoint rAddr,
                     ArrayDeque<Datagram> toI, ArrayDeque<Datagram> toR) {
        while (!toI.isEmpty() || !toR.isEmpty()) {
            Datagram d;
            while ((d = toR.poll()) != null) {
                responder.receive(new Datagram(d.payload(), rAddr, iAddr));
            }
            while ((d = toI.poll()) != null) {
                initiator.receive(new Datagram(d.payload(), iAddr, rAddr));
            }
        }
    }

    /** IKE_SA_INIT + IKE_AUTH (+ CHILD_SA) + INFORMATIONAL DELETE; returns CHILD_SAs up on the initiator (1). */
    @Benchmark
    public int handshake() {
        int before = up;
        int id = initiator.initiate(profile, new Ikev2Peer(iAddr, rAddr));
        pump();
        initiator.delete(id);
        pump();
        return up - before + 1;
    }

    /** The cryptography of one handshake, both sides, nothing else. */
    @Benchmark
    public int cryptoFloor() throws Exception {
        KeyExchangeParty i = kex.initiator(random);
        KeyExchangeParty r = kex.responder(i.publicValue(), random);
        SecretBytes si = i.sharedSecret(r.publicValue());
        SecretBytes sr = r.sharedSecret(i.publicValue());
        byte[] ni = random.nextBytes(32);
        byte[] nr = random.nextBytes(32);
        byte[] spiI = random.nextBytes(8);
        byte[] spiR = random.nextBytes(8);
        Ikev2SaKeys ki = kdf.initialSaKeys(si, ni, nr, spiI, spiR, lengths);
        Ikev2SaKeys kr = kdf.initialSaKeys(sr, ni, nr, spiI, spiR, lengths);
        byte[] octets = new byte[400];
        int n = 0;
        for (int k = 0; k < 4; k++) {
            n += kdf.pskAuth("bench-psk".getBytes(), kdf.signedOctets(octets, nr, ki.skPi(), octets)).length;
        }
        kdf.childKeymat(ki.skD(), 64, ni, nr).destroy();
        kdf.childKeymat(kr.skD(), 64, ni, nr).destroy();
        Ikev2SkKeys sk = Ikev2SkKeys.of(ki);
        List<Ikev2Payload> body = List.of(new Ikev2NoncePayload(Bytes.wrap(new byte[300])));
        Ikev2Header h = new Ikev2Header(Bytes.wrap(spiI), Bytes.wrap(spiR), 35, Ikev2Header.FLAG_INITIATOR, 1);
        for (int k = 0; k < 2; k++) {
            byte[] m = protector.protect(h, List.of(), body, sk, random.nextBytes(protector.ivLength()), 0);
            n += protector.unprotect(Bytes.wrap(m), io.ike4j.codec.v2.Ikev2Codec.decode(m), sk).payloadBytes().length();
        }
        i.destroy();
        r.destroy();
        ki.destroy();
        kr.destroy();
        return n;
    }
}
