package io.ike4j.crypto.bc;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An elliptic-curve group over a prime field (RFC 5903: NIST P-256/384/521; RFC 5114: P-192/224;
 * RFC 6954: brainpool). KE data is x ‖ y, each the field's octet length, without the 0x04 prefix
 * (RFC 5903 §7); the shared secret is the x-coordinate only (RFC 5903 §9). Peer points are checked:
 * right length, coordinates below p, on the curve, not the point at infinity (RFC 6989 §2.3; all
 * these curves have cofactor 1).
 */
final class BcEcp implements KeyExchange {
    private final int id;
    private final ECCurve curve;
    private final ECPoint g;
    private final BigInteger n;
    private final int flen;

    BcEcp(int id, X9ECParameters x9) {
        this.id = id;
        this.curve = x9.getCurve();
        this.g = x9.getG();
        this.n = x9.getN();
        this.flen = (curve.getFieldSize() + 7) / 8;
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int publicValueLength(boolean initiator) {
        return 2 * flen;
    }

    @Override
    public boolean isKem() {
        return false;
    }

    @Override
    public KeyExchangeParty initiator(RandomSource random) {
        return new Party(randomScalar(random));
    }

    @Override
    public KeyExchangeParty responder(byte[] initiatorValue, RandomSource random) throws InvalidKeyExchangeValueException {
        decode(initiatorValue);
        return new Party(randomScalar(random));
    }

    @Override
    public KeyExchangeParty withPrivateKey(byte[] privateKey) {
        BigInteger d = new BigInteger(1, privateKey);
        if (d.signum() <= 0 || d.compareTo(n) >= 0) {
            throw new IllegalArgumentException("private key must be in [1, n-1]");
        }
        return new Party(d);
    }

    private BigInteger randomScalar(RandomSource random) {
        // FIPS 186-4 B.4.1: n's length plus 64 extra bits, reduced into [1, n-1].
        byte[] b = random.nextBytes((n.bitLength() + 64 + 7) / 8);
        BigInteger d = new BigInteger(1, b).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        Arrays.fill(b, (byte) 0);
        return d;
    }

    ECPoint decode(byte[] v) throws InvalidKeyExchangeValueException {
        if (v == null || v.length != 2 * flen) {
            throw new InvalidKeyExchangeValueException("ECP group " + id + ": public value must be " + 2 * flen
                    + " octets, got " + (v == null ? "null" : v.length));
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(v, 0, flen));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(v, flen, 2 * flen));
        BigInteger p = curve.getField().getCharacteristic();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw new InvalidKeyExchangeValueException("ECP group " + id + ": coordinate not below p");
        }
        ECPoint pt;
        try {
            pt = curve.validatePoint(x, y);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyExchangeValueException("ECP group " + id + ": point not on the curve (RFC 6989)");
        }
        if (pt.isInfinity()) {
            throw new InvalidKeyExchangeValueException("ECP group " + id + ": point at infinity");
        }
        return pt;
    }

    private final class Party implements KeyExchangeParty {
        private BigInteger d;
        private final byte[] pub;

        Party(BigInteger d) {
            this.d = d;
            ECPoint q = g.multiply(d).normalize();
            byte[] out = new byte[2 * flen];
            BigIntegers.asUnsignedByteArray(q.getAffineXCoord().toBigInteger(), out, 0, flen);
            BigIntegers.asUnsignedByteArray(q.getAffineYCoord().toBigInteger(), out, flen, flen);
            this.pub = out;
        }

        @Override
        public byte[] publicValue() {
            return pub.clone();
        }

        @Override
        public SecretBytes sharedSecret(byte[] peerValue) throws InvalidKeyExchangeValueException {
            if (d == null) {
                throw new IllegalStateException("key exchange party destroyed");
            }
            ECPoint s = decode(peerValue).multiply(d).normalize();
            if (s.isInfinity()) {
                throw new InvalidKeyExchangeValueException("ECP group " + id + ": shared point at infinity");
            }
            return SecretBytes.owning(BigIntegers.asUnsignedByteArray(flen, s.getAffineXCoord().toBigInteger()));
        }

        @Override
        public void destroy() {
            d = null; // BigInteger cannot be wiped
        }

        @Override
        public boolean isDestroyed() {
            return d == null;
        }

        @Override
        public String toString() {
            return "BcEcp.Party[group " + id + "]";
        }
    }
}
