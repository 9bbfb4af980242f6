package io.ike4j.crypto.jca;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * Second opinion for ECDSA signatures a provider rejected, needed because JDK 17's SunEC compares r with
 * the x-coordinate of R = u1·G + u2·Q without reducing it mod n (FIPS 186-4 §6.4.2 step 7: r ≡ x mod n),
 * so it refuses the valid signatures whose x lies in [n, p) — Wycheproof's "k*G has a large
 * x-coordinate" and "x = n + r" cases. Only consulted when r + n < p, the one situation where such an x
 * can exist; the check is the textbook verification on public values (timing does not matter), so it
 * can only turn a wrong "invalid" into "valid" for a mathematically valid signature.
 */
final class EcdsaReductionCheck {
    private EcdsaReductionCheck() {
    }

    static boolean applies(ECPublicKey key, BigInteger r) {
        ECParameterSpec params = key.getParams();
        return r.add(params.getOrder()).compareTo(EcCurve.prime(params)) < 0;
    }

    static boolean verify(ECPublicKey key, String hash, byte[] data, BigInteger r, BigInteger s) {
        ECParameterSpec params = key.getParams();
        BigInteger n = params.getOrder();
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
            return false;
        }
        if (!EcCurve.onCurve(params, key.getW().getAffineX(), key.getW().getAffineY())) {
            return false;
        }
        // cheap filter first: x = r + n must be the x-coordinate of some point, i.e. x³ + ax + b must be a
        // square mod p (Euler's criterion); half of all r fail here without any point arithmetic
        BigInteger p = EcCurve.prime(params);
        BigInteger x = r.add(n);
        BigInteger rhs = x.multiply(x).multiply(x).add(params.getCurve().getA().multiply(x))
                .add(params.getCurve().getB()).mod(p);
        if (rhs.signum() != 0 && !rhs.modPow(p.subtract(BigInteger.ONE).shiftRight(1), p).equals(BigInteger.ONE)) {
            return false;
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance(hash).digest(data);
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
        // e = leftmost min(bitlen(n), bitlen(hash)) bits of the digest (FIPS 186-4 §6.4)
        BigInteger e = new BigInteger(1, digest);
        int excess = digest.length * 8 - n.bitLength();
        if (excess > 0) {
            e = e.shiftRight(excess);
        }
        BigInteger w = s.modInverse(n);
        BigInteger u1 = e.multiply(w).mod(n);
        BigInteger u2 = r.multiply(w).mod(n);
        ECPoint point = EcCurve.add(params, EcCurve.multiplyGenerator(params, u1),
                EcCurve.multiply(params, key.getW(), u2));
        if (point.equals(ECPoint.POINT_INFINITY)) {
            return false;
        }
        return point.getAffineX().mod(n).equals(r);
    }
}
