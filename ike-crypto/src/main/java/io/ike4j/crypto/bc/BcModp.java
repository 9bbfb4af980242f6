package io.ike4j.crypto.bc;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;

/**
 * A MODP Diffie-Hellman group (RFC 2409 §6, RFC 3526, RFC 5114). The private exponent is NOT
 * full-length: it has {@code exponentBits} random bits, at least twice the group's security strength
 * (RFC 3526 §8, NIST SP 800-56A / SP 800-57), which is as strong and much faster; for the RFC 5114
 * groups it is drawn from [1, q-1]. Peer values are checked per RFC 6989 §2.1: exactly the prime's
 * length, 1 &lt; y &lt; p-1, and for the prime-order-subgroup groups 22-24 also y^q = 1 (mod p).
 */
final class BcModp implements KeyExchange {
    private final int id;
    private final BigInteger p;
    private final BigInteger g;
    private final BigInteger q; // null for safe-prime groups
    private final int exponentBits;
    private final int len;

    BcModp(int id, BigInteger p, BigInteger g, BigInteger q, int exponentBits) {
        this.id = id;
        this.p = p;
        this.g = g;
        this.q = q;
        this.exponentBits = exponentBits;
        this.len = (p.bitLength() + 7) / 8;
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
        return new Party(randomExponent(random));
    }

    @Override
    public KeyExchangeParty responder(byte[] initiatorValue, RandomSource random) throws InvalidKeyExchangeValueException {
        validate(initiatorValue);
        return new Party(randomExponent(random));
    }

    @Override
    public KeyExchangeParty withPrivateKey(byte[] privateKey) {
        BigInteger x = new BigInteger(1, privateKey);
        if (x.signum() <= 0) {
            throw new IllegalArgumentException("private exponent must be positive");
        }
        return new Party(x);
    }

    private BigInteger randomExponent(RandomSource random) {
        while (true) {
            byte[] b = random.nextBytes((exponentBits + 7) / 8 + (q != null ? 8 : 0));
            BigInteger x = new BigInteger(1, b);
            java.util.Arrays.fill(b, (byte) 0);
            if (q != null) {
                x = x.mod(q.subtract(BigInteger.ONE)).add(BigInteger.ONE); // [1, q-1], bias < 2^-64
            } else {
                x = x.mod(BigInteger.ONE.shiftLeft(exponentBits));
            }
            if (x.compareTo(BigInteger.ONE) > 0) {
                return x;
            }
        }
    }

    private BigInteger validate(byte[] y) throws InvalidKeyExchangeValueException {
        if (y == null || y.length != len) {
            throw new InvalidKeyExchangeValueException("MODP group " + id + ": public value must be " + len
                    + " octets, got " + (y == null ? "null" : y.length));
        }
        BigInteger v = new BigInteger(1, y);
        if (v.compareTo(BigInteger.ONE) <= 0 || v.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            throw new InvalidKeyExchangeValueException("MODP group " + id + ": public value not in (1, p-1) (RFC 6989)");
        }
        if (q != null && !v.modPow(q, p).equals(BigInteger.ONE)) {
            throw new InvalidKeyExchangeValueException("MODP group " + id + ": public value not in the order-q subgroup (RFC 6989)");
        }
        return v;
    }

    private final class Party implements KeyExchangeParty {
        private BigInteger x;
        private final byte[] pub;

        Party(BigInteger x) {
            this.x = x;
            this.pub = BigIntegers.asUnsignedByteArray(len, g.modPow(x, p));
        }

        @Override
        public byte[] publicValue() {
            return pub.clone();
        }

        @Override
        public SecretBytes sharedSecret(byte[] peerValue) throws InvalidKeyExchangeValueException {
            if (x == null) {
                throw new IllegalStateException("key exchange party destroyed");
            }
            BigInteger y = validate(peerValue);
            BigInteger z = y.modPow(x, p);
            if (z.compareTo(BigInteger.ONE) <= 0) {
                throw new InvalidKeyExchangeValueException("MODP group " + id + ": degenerate shared secret");
            }
            // RFC 7296 §2.14: left-padded with zeros to the length of the prime.
            return SecretBytes.owning(BigIntegers.asUnsignedByteArray(len, z));
        }

        @Override
        public void destroy() {
            // BigInteger is immutable and cannot be wiped; dropping the reference is the best Java allows.
            x = null;
        }

        @Override
        public boolean isDestroyed() {
            return x == null;
        }

        @Override
        public String toString() {
            return "BcModp.Party[group " + id + "]";
        }
    }
}
