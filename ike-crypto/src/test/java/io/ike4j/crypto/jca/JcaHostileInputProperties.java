package io.ike4j.crypto.jca;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.Verifier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Peer-controlled input into the JCA provider: KE values, SK bodies, signatures. Each must give the
 * documented rejection (InvalidKeyExchangeValueException, IcvMismatchException, false) or a result, never
 * another exception (no JCA exception may leak). Mixed generators: random arrays of any length, arrays of
 * the right length (which reach the curve / range / tag checks), and mutations of valid values.
 */
class JcaHostileInputProperties {
    private static final JcaProvider JCA = JcaMacTest.JCA;
    private static final RandomSource RANDOM = RandomSource.deterministic(42);
    private static final KeyExchangeParty P256 = JCA.keyExchange(19).initiator(RANDOM);
    private static final byte[] P256_VALID = JCA.keyExchange(19).initiator(RANDOM).publicValue();
    private static final KeyExchangeParty X25519 = JCA.keyExchange(31).initiator(RANDOM);
    private static final KeyExchangeParty MODP_5114 = JCA.keyExchange(24).initiator(RANDOM);
    private static final Verifier ECDSA_DER;
    private static final Verifier ECDSA_RAW;
    private static final Verifier ED25519;

    static {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair kp = g.generateKeyPair();
            ECDSA_DER = JCA.verifier(SignatureScheme.ECDSA_SHA256_DER, kp.getPublic());
            ECDSA_RAW = JCA.verifier(SignatureScheme.ECDSA_P256_SHA256_RAW, kp.getPublic());
            ED25519 = JCA.verifier(SignatureScheme.ED25519, KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> ecpValues() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(80),
                Arbitraries.bytes().array(byte[].class).ofSize(64),
                // bit flips of a valid point: off the curve, must be rejected
                Arbitraries.integers().between(0, 64 * 8 - 1).map(bit -> {
                    byte[] v = P256_VALID.clone();
                    v[bit / 8] ^= (byte) (1 << (bit % 8));
                    return v;
                }));
    }

    @Property(tries = 100000)
    void ecpPeerValues(@ForAll("ecpValues") byte[] value) {
        try {
            P256.sharedSecret(value).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // rejected as RFC 6989 §2.3 requires
        }
    }

    @Provide
    Arbitrary<byte[]> x25519Values() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Arbitraries.bytes().array(byte[].class).ofSize(32));
    }

    /** Every 32-octet value is a u-coordinate, so these run full scalar multiplications: fewer tries. */
    @Property(tries = 20000)
    void x25519PeerValues(@ForAll("x25519Values") byte[] value) {
        try {
            X25519.sharedSecret(value).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // wrong length or small-order / all-zero result
        }
    }

    @Provide
    Arbitrary<byte[]> modpValues() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.bytes().array(byte[].class).ofSize(256));
    }

    /** RFC 5114 group 24: range and subgroup checks (a 2048-bit modPow each): fewer tries. */
    @Property(tries = 3000)
    void modpSubgroupPeerValues(@ForAll("modpValues") byte[] value) {
        try {
            MODP_5114.sharedSecret(value).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // out of range or not in the order-q subgroup
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** Random SK bodies never open under GCM-8 (truncated tag), GCM-16, CCM-8/16, ChaCha20-Poly1305. */
    @Property(tries = 100000)
    void aeadRandomBodies(@ForAll("bodies") byte[] body) {
        for (AeadCipher a : new AeadCipher[] {JCA.aeadCipher(18, 128), JCA.aeadCipher(20, 128), JCA.aeadCipher(14, 128),
            JCA.aeadCipher(16, 256), JCA.aeadCipher(28, 0)}) {
            byte[] km = new byte[a.keyMaterialLength()];
            assertThrows(IcvMismatchException.class, () -> a.open(km, new byte[8], new byte[4], body, 0, body.length));
        }
    }

    @Provide
    Arbitrary<byte[]> signatures() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(90),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(70).map(b -> {
                    byte[] d = new byte[b.length + 2];
                    d[0] = 0x30; // a DER SEQUENCE header in front of random content
                    d[1] = (byte) b.length;
                    System.arraycopy(b, 0, d, 2, b.length);
                    return d;
                }));
    }

    /**
     * SEQUENCE { INTEGER r, INTEGER s } with small random r, s: every one parses, the provider rejects it,
     * and r + n < p sends it on to {@link EcdsaReductionCheck} (BigInteger point arithmetic, a few ms
     * each): fewer tries.
     */
    @Provide
    Arbitrary<byte[]> smallIntegerSignatures() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16).tuple2().map(t -> {
                    byte[] r = t.get1();
                    byte[] s = t.get2();
                    r[0] &= 0x7f;
                    s[0] &= 0x7f;
                    byte[] d = new byte[6 + r.length + s.length];
                    d[0] = 0x30;
                    d[1] = (byte) (4 + r.length + s.length);
                    d[2] = 0x02;
                    d[3] = (byte) r.length;
                    System.arraycopy(r, 0, d, 4, r.length);
                    d[4 + r.length] = 0x02;
                    d[5 + r.length] = (byte) s.length;
                    System.arraycopy(s, 0, d, 6 + r.length, s.length);
                    return d;
                });
    }

    @Property(tries = 1000)
    void smallIntegerSignaturesAreRejected(@ForAll("smallIntegerSignatures") byte[] sig) {
        assertFalse(ECDSA_DER.verify(new byte[] {1, 2, 3}, sig));
    }

    @Property(tries = 100000)
    void signaturesNeverThrow(@ForAll("signatures") byte[] sig) {
        byte[] data = {1, 2, 3};
        assertFalse(ECDSA_DER.verify(data, sig));
        assertFalse(ECDSA_RAW.verify(data, sig));
        assertFalse(ED25519.verify(data, sig));
    }

    @Provide
    Arbitrary<byte[]> rawSignatures() {
        return Arbitraries.bytes().array(byte[].class).ofSize(64);
    }

    /** Right-length raw r ‖ s: each reaches a full JDK ECDSA verification (about 1 ms): fewer tries. */
    @Property(tries = 5000)
    void rawSignaturesAreRejected(@ForAll("rawSignatures") byte[] sig) {
        assertFalse(ECDSA_RAW.verify(new byte[] {1, 2, 3}, sig));
    }
}
