package io.ike4j.crypto.bc;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import org.bouncycastle.math.ec.rfc7748.X448;

import java.util.Arrays;

/**
 * Curve25519 (31) and Curve448 (32) per RFC 8031: KE data is the raw little-endian u-coordinate
 * (32 / 56 octets); an all-zero shared secret (a low-order peer point) is rejected (RFC 8031 §2.3,
 * RFC 7748 §6). X25519 is ike4j's own, allocating only its results: the shared secret is {@link X25519Ladder}'s
 * Montgomery ladder (faster than BouncyCastle's, 57 vs 70 µs), the public value {@link X25519FixedBase}'s
 * constant-time fixed-base multiplication on edwards25519 (~21 µs against ~24 µs for BouncyCastle's fixed-base comb,
 * which leaves ~1.4 KB of garbage per call, and ~52 µs for the ladder on u = 9). X448 is BouncyCastle's.
 */
final class BcXdh implements KeyExchange {
    private final int id;
    private final boolean x448;
    private final int len;

    BcXdh(int id, boolean x448) {
        this.id = id;
        this.x448 = x448;
        this.len = x448 ? 56 : 32;
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int publicValueLength(boolean initiator) {
        return len;
    }

    @Override
    public boolean isKem() {
        return false;
    }

    @Override
    public KeyExchangeParty initiator(RandomSource random) {
        return new Party(random.nextBytes(len));
    }

    @Override
    public KeyExchangeParty responder(byte[] initiatorValue, RandomSource random) throws InvalidKeyExchangeValueException {
        checkLength(initiatorValue);
        return new Party(random.nextBytes(len));
    }

    @Override
    public KeyExchangeParty withPrivateKey(byte[] privateKey) {
        if (privateKey.length != len) {
            throw new IllegalArgumentException("private key must be " + len + " octets");
        }
        return new Party(privateKey.clone());
    }

    private void checkLength(byte[] v) throws InvalidKeyExchangeValueException {
        if (v == null || v.length != len) {
            throw new InvalidKeyExchangeValueException("group " + id + ": public value must be " + len
                    + " octets, got " + (v == null ? "null" : v.length));
        }
    }

    private final class Party implements KeyExchangeParty {
        private final byte[] k;
        private final byte[] pub;
        private boolean destroyed;

        Party(byte[] k) {
            this.k = k;
            if (x448) {
                pub = new byte[len];
                X448.scalarMultBase(k, 0, pub, 0);
            } else {
                pub = X25519FixedBase.publicValue(k);
            }
        }

        @Override
        public byte[] publicValue() {
            return pub.clone();
        }

        @Override
        public SecretBytes sharedSecret(byte[] peerValue) throws InvalidKeyExchangeValueException {
            if (destroyed) {
                throw new IllegalStateException("key exchange party destroyed");
            }
            checkLength(peerValue);
            byte[] z;
            boolean ok;
            if (x448) {
                z = new byte[len];
                ok = X448.calculateAgreement(k, 0, peerValue, 0, z, 0);
            } else {
                z = X25519Ladder.x25519(k, peerValue);
                ok = !X25519Ladder.isZero(z); // all 32 octets ORed, not a comparison that stops early
            }
            if (!ok) {
                throw new InvalidKeyExchangeValueException("group " + id + ": all-zero shared secret (low-order point)");
            }
            return SecretBytes.owning(z);
        }

        @Override
        public void destroy() {
            Arrays.fill(k, (byte) 0);
            destroyed = true;
        }

        @Override
        public boolean isDestroyed() {
            return destroyed;
        }

        @Override
        public String toString() {
            return "BcXdh.Party[group " + id + "]";
        }
    }
}
