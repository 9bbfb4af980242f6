package io.ike4j.crypto.jca;

import java.math.BigInteger;
import java.security.spec.ECField;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Optional;

/**
 * The prime-field curves of the IKEv2 key exchange registry (RFC 5903, RFC 5114 §2.4-2.5, RFC 6954)
 * by their JCA names, plus the arithmetic needed to validate points and, on public values only, to
 * compute d·G for test vectors ({@code withPrivateKey}) and u1·G + u2·Q for {@link EcdsaReductionCheck}.
 * That scalar multiplication is plain double-and-add, NOT constant time: production keys are generated
 * by the provider's KeyPairGenerator instead.
 */
enum EcCurve {
    ECP_256(19, "secp256r1", 32),
    ECP_384(20, "secp384r1", 48),
    ECP_521(21, "secp521r1", 66),
    ECP_192(25, "secp192r1", 24),
    ECP_224(26, "secp224r1", 28),
    BRAINPOOL_P224R1(27, "brainpoolP224r1", 28),
    BRAINPOOL_P256R1(28, "brainpoolP256r1", 32),
    BRAINPOOL_P384R1(29, "brainpoolP384r1", 48),
    BRAINPOOL_P512R1(30, "brainpoolP512r1", 64);

    final int id;
    final String jcaName;
    /** Octets of one coordinate (the field size). */
    final int fieldLength;

    EcCurve(int id, String jcaName, int fieldLength) {
        this.id = id;
        this.jcaName = jcaName;
        this.fieldLength = fieldLength;
    }

    static Optional<EcCurve> of(int id) {
        for (EcCurve c : values()) {
            if (c.id == id) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static BigInteger prime(ECParameterSpec params) {
        ECField field = params.getCurve().getField();
        if (!(field instanceof ECFieldFp fp)) {
            throw new IllegalArgumentException("not a prime-field curve");
        }
        return fp.getP();
    }

    /** y² = x³ + ax + b with 0 ≤ x, y < p (RFC 6989 §2.3 / SP 800-56A §5.6.2.3.3 partial validation). */
    static boolean onCurve(ECParameterSpec params, BigInteger x, BigInteger y) {
        BigInteger p = prime(params);
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger a = params.getCurve().getA();
        BigInteger b = params.getCurve().getB();
        BigInteger lhs = y.multiply(y).mod(p);
        BigInteger rhs = x.multiply(x).multiply(x).add(a.multiply(x)).add(b).mod(p);
        return lhs.equals(rhs);
    }

    /** k·G in affine coordinates; for test vectors only (not constant time). */
    static ECPoint multiplyGenerator(ECParameterSpec params, BigInteger k) {
        return multiply(params, params.getGenerator(), k);
    }

    /**
     * k·P in affine coordinates; for public data only (not constant time). Left-to-right double-and-add
     * in Jacobian coordinates (x = X/Z², y = Y/Z³), so the only inversion is the final one.
     */
    static ECPoint multiply(ECParameterSpec params, ECPoint point, BigInteger k) {
        if (k.signum() == 0 || point.equals(ECPoint.POINT_INFINITY)) {
            return ECPoint.POINT_INFINITY;
        }
        BigInteger p = prime(params);
        BigInteger a = params.getCurve().getA();
        BigInteger px = point.getAffineX();
        BigInteger py = point.getAffineY();
        BigInteger[] r = {BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO}; // infinity
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = jacobianDouble(r, a, p);
            if (k.testBit(i)) {
                r = jacobianAddAffine(r, px, py, a, p);
            }
        }
        if (r[2].signum() == 0) {
            return ECPoint.POINT_INFINITY;
        }
        BigInteger zInv = r[2].modInverse(p);
        BigInteger zInv2 = zInv.multiply(zInv).mod(p);
        return new ECPoint(r[0].multiply(zInv2).mod(p), r[1].multiply(zInv2).multiply(zInv).mod(p));
    }

    /** 2·(X, Y, Z): S = 4XY², M = 3X² + aZ⁴, X' = M² - 2S, Y' = M(S - X') - 8Y⁴, Z' = 2YZ. */
    private static BigInteger[] jacobianDouble(BigInteger[] q, BigInteger a, BigInteger p) {
        BigInteger x = q[0];
        BigInteger y = q[1];
        BigInteger z = q[2];
        if (z.signum() == 0 || y.signum() == 0) {
            return new BigInteger[] {BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO};
        }
        BigInteger yy = y.multiply(y).mod(p);
        BigInteger s = x.multiply(yy).shiftLeft(2).mod(p);
        BigInteger zz = z.multiply(z).mod(p);
        BigInteger m = x.multiply(x).multiply(BigInteger.valueOf(3)).add(a.multiply(zz.multiply(zz))).mod(p);
        BigInteger x3 = m.multiply(m).subtract(s.shiftLeft(1)).mod(p);
        BigInteger y3 = m.multiply(s.subtract(x3)).subtract(yy.multiply(yy).shiftLeft(3)).mod(p);
        BigInteger z3 = y.multiply(z).shiftLeft(1).mod(p);
        return new BigInteger[] {x3, y3, z3};
    }

    /** (X1, Y1, Z1) + (x2, y2) with the second point affine (mixed addition). */
    private static BigInteger[] jacobianAddAffine(BigInteger[] q, BigInteger x2, BigInteger y2, BigInteger a,
                                                  BigInteger p) {
        if (q[2].signum() == 0) {
            return new BigInteger[] {x2, y2, BigInteger.ONE};
        }
        BigInteger z1z1 = q[2].multiply(q[2]).mod(p);
        BigInteger u2 = x2.multiply(z1z1).mod(p);
        BigInteger s2 = y2.multiply(q[2]).multiply(z1z1).mod(p);
        BigInteger h = u2.subtract(q[0]).mod(p);
        BigInteger r = s2.subtract(q[1]).mod(p);
        if (h.signum() == 0) {
            return r.signum() == 0 ? jacobianDouble(q, a, p)
                    : new BigInteger[] {BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO};
        }
        BigInteger hh = h.multiply(h).mod(p);
        BigInteger hhh = h.multiply(hh).mod(p);
        BigInteger v = q[0].multiply(hh).mod(p);
        BigInteger x3 = r.multiply(r).subtract(hhh).subtract(v.shiftLeft(1)).mod(p);
        BigInteger y3 = r.multiply(v.subtract(x3)).subtract(q[1].multiply(hhh)).mod(p);
        BigInteger z3 = q[2].multiply(h).mod(p);
        return new BigInteger[] {x3, y3, z3};
    }

    /** S + T on the curve of {@code params}. */
    static ECPoint add(ECParameterSpec params, ECPoint s, ECPoint t) {
        return add(s, t, params.getCurve().getA(), prime(params));
    }

    private static ECPoint add(ECPoint s, ECPoint t, BigInteger a, BigInteger p) {
        if (s.equals(ECPoint.POINT_INFINITY)) {
            return t;
        }
        if (t.equals(ECPoint.POINT_INFINITY)) {
            return s;
        }
        BigInteger x1 = s.getAffineX();
        BigInteger y1 = s.getAffineY();
        BigInteger x2 = t.getAffineX();
        BigInteger y2 = t.getAffineY();
        BigInteger lambda;
        if (x1.equals(x2)) {
            if (y1.add(y2).mod(p).signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            lambda = x1.multiply(x1).multiply(BigInteger.valueOf(3)).add(a)
                    .multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = lambda.multiply(lambda).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }

    /** {@code v} as an unsigned big-endian integer of exactly {@code length} octets. */
    static byte[] fixed(BigInteger v, int length) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[length];
        int n = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - n, out, length - n, n);
        return out;
    }
}
