package io.ike4j.crypto.bc;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMExtractor;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMKeyGenerationParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMKeyPairGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPublicKeyParameters;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * ML-KEM-512/768/1024 (FIPS 203) as IKEv2 key exchange methods 35-37
 * (draft-ietf-ipsecme-ikev2-mlkem): the initiator sends its encapsulation key, the responder the
 * ciphertext; the shared secret is the 32-octet ML-KEM key. The responder checks the encapsulation
 * key per FIPS 203 §7.2 (length, and the modulus check: every 12-bit coefficient below q = 3329); the
 * initiator checks the ciphertext length (§7.3). Decapsulation failure is implicit (a pseudo-random
 * key), as FIPS 203 specifies.
 */
final class BcMlKem implements KeyExchange {
    private static final int Q = 3329;
    private final int id;
    private final MLKEMParameters params;
    private final int k;
    private final int ekLen;
    private final int ctLen;

    BcMlKem(int id, MLKEMParameters params, int k) {
        this.id = id;
        this.params = params;
        this.k = k;
        this.ekLen = 384 * k + 32;
        this.ctLen = switch (k) {
            case 2 -> 768;
            case 3 -> 1088;
            default -> 1568;
        };
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int publicValueLength(boolean initiator) {
        return initiator ? ekLen : ctLen;
    }

    @Override
    public boolean isKem() {
        return true;
    }

    @Override
    public KeyExchangeParty initiator(RandomSource random) {
        MLKEMKeyPairGenerator gen = new MLKEMKeyPairGenerator();
        gen.init(new MLKEMKeyGenerationParameters(random.asSecureRandom(), params));
        AsymmetricCipherKeyPair kp = gen.generateKeyPair();
        return new Initiator((MLKEMPrivateKeyParameters) kp.getPrivate(),
                ((MLKEMPublicKeyParameters) kp.getPublic()).getEncoded());
    }

    @Override
    public KeyExchangeParty responder(byte[] initiatorValue, RandomSource random) throws InvalidKeyExchangeValueException {
        checkEncapsulationKey(initiatorValue);
        MLKEMPublicKeyParameters ek = new MLKEMPublicKeyParameters(params, initiatorValue);
        SecretWithEncapsulation swe = new MLKEMGenerator(random.asSecureRandom()).generateEncapsulated(ek);
        byte[] secret = swe.getSecret();
        byte[] ct = swe.getEncapsulation();
        try {
            swe.destroy();
        } catch (javax.security.auth.DestroyFailedException e) {
            // nothing more we can do
        }
        return new Responder(initiatorValue.clone(), ct, secret);
    }

    @Override
    public KeyExchangeParty withPrivateKey(byte[] privateKey) {
        throw new UnsupportedOperationException("ML-KEM has no Diffie-Hellman private key");
    }

    /** FIPS 203 §7.2: type check (length) and modulus check (ByteEncode12(ByteDecode12(ek)) == ek). */
    void checkEncapsulationKey(byte[] ek) throws InvalidKeyExchangeValueException {
        if (ek == null || ek.length != ekLen) {
            throw new InvalidKeyExchangeValueException("ML-KEM (" + id + "): encapsulation key must be " + ekLen
                    + " octets, got " + (ek == null ? "null" : ek.length));
        }
        for (int i = 0; i < 384 * k; i += 3) {
            int b0 = ek[i] & 0xff;
            int b1 = ek[i + 1] & 0xff;
            int b2 = ek[i + 2] & 0xff;
            int c0 = b0 | ((b1 & 0x0f) << 8);
            int c1 = (b1 >> 4) | (b2 << 4);
            if (c0 >= Q || c1 >= Q) {
                throw new InvalidKeyExchangeValueException("ML-KEM (" + id + "): encapsulation key fails the modulus check");
            }
        }
    }

    private final class Initiator implements KeyExchangeParty {
        private MLKEMPrivateKeyParameters dk;
        private final byte[] ek;

        Initiator(MLKEMPrivateKeyParameters dk, byte[] ek) {
            this.dk = dk;
            this.ek = ek;
        }

        @Override
        public byte[] publicValue() {
            return ek.clone();
        }

        @Override
        public SecretBytes sharedSecret(byte[] ct) throws InvalidKeyExchangeValueException {
            if (dk == null) {
                throw new IllegalStateException("key exchange party destroyed");
            }
            if (ct == null || ct.length != ctLen) {
                throw new InvalidKeyExchangeValueException("ML-KEM (" + id + "): ciphertext must be " + ctLen
                        + " octets, got " + (ct == null ? "null" : ct.length));
            }
            return SecretBytes.owning(new MLKEMExtractor(dk).extractSecret(ct));
        }

        @Override
        public void destroy() {
            dk = null; // BouncyCastle keeps the key internally; dropping it is the best available
        }

        @Override
        public boolean isDestroyed() {
            return dk == null;
        }

        @Override
        public String toString() {
            return "BcMlKem.Initiator[" + id + "]";
        }
    }

    private final class Responder implements KeyExchangeParty {
        private final byte[] ek;
        private final byte[] ct;
        private final byte[] secret;
        private boolean destroyed;

        Responder(byte[] ek, byte[] ct, byte[] secret) {
            this.ek = ek;
            this.ct = ct;
            this.secret = secret;
        }

        @Override
        public byte[] publicValue() {
            return ct.clone();
        }

        @Override
        public SecretBytes sharedSecret(byte[] peerValue) throws InvalidKeyExchangeValueException {
            if (destroyed) {
                throw new IllegalStateException("key exchange party destroyed");
            }
            if (peerValue == null || !MessageDigest.isEqual(peerValue, ek)) {
                throw new InvalidKeyExchangeValueException("ML-KEM (" + id + "): not the encapsulation key this responder used");
            }
            return SecretBytes.copyOf(secret);
        }

        @Override
        public void destroy() {
            Arrays.fill(secret, (byte) 0);
            destroyed = true;
        }

        @Override
        public boolean isDestroyed() {
            return destroyed;
        }

        @Override
        public String toString() {
            return "BcMlKem.Responder[" + id + "]";
        }
    }
}
