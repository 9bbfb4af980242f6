package io.ike4j.crypto.bc;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.Rfc7427;
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
 * Peer-controlled input into the BouncyCastle provider: a KE value, an SK payload body, a signature, an
 * AUTH AlgorithmIdentifier. Each must give the documented rejection (InvalidKeyExchangeValueException,
 * IcvMismatchException, false, empty) or a result, never another exception. Mixed generators: fully
 * random arrays of any length, and right-length arrays (where the values reach the curve/field checks).
 */
class BcHostileInputProperties {
    private static final CryptoProvider BC = new BouncyCastleProvider();
    private static final RandomSource RANDOM = RandomSource.deterministic(42);
    private static final KeyExchangeParty P256 = BC.keyExchange(19).initiator(RANDOM);
    private static final KeyExchangeParty X25519 = BC.keyExchange(31).initiator(RANDOM);
    private static final KeyExchangeParty MLKEM = BC.keyExchange(36).initiator(RANDOM);
    private static final Verifier ECDSA = verifier();

    private static Verifier verifier() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair kp = g.generateKeyPair();
            return BC.verifier(SignatureScheme.ECDSA_SHA256_DER, kp.getPublic());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> ecpValues() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(80),
                Arbitraries.bytes().array(byte[].class).ofSize(64));
    }

    /** Random P-256 KE data: rejected or (if it happens to be a curve point) agreed; nothing else. */
    @Property(tries = 100000)
    void ecpPeerValues(@ForAll("ecpValues") byte[] value) {
        try {
            P256.sharedSecret(value).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // rejected as RFC 6989 requires
        }
    }

    private static final KeyExchangeParty MODP22 = BC.keyExchange(22).initiator(RANDOM);

    @Provide
    Arbitrary<byte[]> modpValues() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(140),
                Arbitraries.bytes().array(byte[].class).ofSize(128));
    }

    /**
     * Group 22 (RFC 5114, order-q subgroup): random 128-octet values are almost never subgroup elements and
     * must be rejected (RFC 6989 §2.2), never throw anything else. 10,000 tries: each costs two modular
     * exponentiations.
     */
    @Property(tries = 10000)
    void modpSubgroupPeerValues(@ForAll("modpValues") byte[] value) {
        try {
            MODP22.sharedSecret(value).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // out of range or outside the subgroup
        }
    }

    @Provide
    Arbitrary<byte[]> x25519Values() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Arbitraries.bytes().array(byte[].class).ofSize(32));
    }

    @Property(tries = 100000)
    void x25519PeerValues(@ForAll("x25519Values") byte[] value) {
        try {
            X25519.sharedSecret(value).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // wrong length or all-zero result
        }
    }

    @Provide
    Arbitrary<byte[]> mlkemCiphertexts() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(1200),
                Arbitraries.bytes().array(byte[].class).ofSize(1088));
    }

    /** ML-KEM-768 ciphertexts: wrong length rejected; right length decapsulates (implicit rejection). */
    @Property(tries = 20000)
    void mlkemCiphertexts(@ForAll("mlkemCiphertexts") byte[] ct) {
        try {
            MLKEM.sharedSecret(ct).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // wrong length
        }
    }

    @Provide
    Arbitrary<byte[]> encapsulationKeys() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(1300),
                Arbitraries.bytes().array(byte[].class).ofSize(1184));
    }

    /** ML-KEM-768 encapsulation keys from an initiator: FIPS 203 §7.2 checks or an encapsulation. */
    @Property(tries = 20000)
    void mlkemEncapsulationKeys(@ForAll("encapsulationKeys") byte[] ek) {
        KeyExchange ke = BC.keyExchange(36);
        try {
            ke.responder(ek, RANDOM).destroy();
        } catch (InvalidKeyExchangeValueException expected) {
            // length or modulus check
        }
    }

    @Provide
    Arbitrary<byte[]> sealed() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** Random SK bodies never open under GCM-16 or ChaCha20-Poly1305: only IcvMismatchException. */
    @Property(tries = 100000)
    void aeadRandomBodies(@ForAll("sealed") byte[] body) {
        for (AeadCipher a : new AeadCipher[] {BC.aeadCipher(20, 128), BC.aeadCipher(28, 0), BC.aeadCipher(16, 128)}) {
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

    @Property(tries = 100000)
    void signaturesNeverThrow(@ForAll("signatures") byte[] sig) {
        assertFalse(ECDSA.verify(new byte[] {1, 2, 3}, sig));
    }

    @Property(tries = 100000)
    void algorithmIdentifiersNeverThrow(@ForAll("signatures") byte[] blob) {
        Rfc7427.schemeOf(blob);
    }
}
