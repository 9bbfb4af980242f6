package io.ike4j.crypto.jca;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;

import javax.crypto.KeyAgreement;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

/**
 * ECP Diffie-Hellman (RFC 5903, RFC 5114, RFC 6954) through the provider's {@code KeyPairGenerator "EC"}
 * and {@code KeyAgreement "ECDH"}. KE data is x ‖ y, each left-padded to the field size, without the
 * SEC1 0x04 prefix (RFC 5903 §7); the shared secret is the x-coordinate only (RFC 5903 §7). Peer
 * points are checked to lie on the curve before use (RFC 6989 §2.3; all these curves have cofactor 1,
 * so that is full validation).
 */
final class EcpKeyExchange implements KeyExchange {
    private final Jca jca;
    private final EcCurve curve;
    private final ECParameterSpec params;

    EcpKeyExchange(Jca jca, EcCurve curve, ECParameterSpec params) {
        this.jca = jca;
        this.curve = curve;
        this.params = params;
    }

    @Override
    public int transformId() {
        return curve.id;
    }

    @Override
    public int publicValueLength(boolean initiator) {
        return 2 * curve.fieldLength;
    }

    @Override
    public boolean isKem() {
        return false;
    }

    @Override
    public KeyExchangeParty initiator(RandomSource random) {
        try {
            KeyPairGenerator kpg = jca.keyPairGenerator("EC");
            kpg.initialize(new ECGenParameterSpec(curve.jcaName), random.asSecureRandom());
            KeyPair pair = kpg.generateKeyPair();
            ECPoint w = ((ECPublicKey) pair.getPublic()).getW();
            return party(encode(w), pair.getPrivate());
        } catch (GeneralSecurityException | ClassCastException e) {
            throw Jca.broken("EC key generation on " + curve.jcaName, e);
        }
    }

    @Override
    public KeyExchangeParty responder(byte[] initiatorValue, RandomSource random)
            throws InvalidKeyExchangeValueException {
        decode(initiatorValue);
        return initiator(random);
    }

    @Override
    public KeyExchangeParty withPrivateKey(byte[] privateKey) {
        BigInteger d = new BigInteger(1, privateKey);
        if (d.signum() == 0 || d.compareTo(params.getOrder()) >= 0) {
            throw new IllegalArgumentException("EC private key out of range");
        }
        try {
            PrivateKey priv = jca.keyFactory("EC").generatePrivate(new ECPrivateKeySpec(d, params));
            return party(encode(EcCurve.multiplyGenerator(params, d)), priv);
        } catch (GeneralSecurityException e) {
            throw Jca.broken("EC private key on " + curve.jcaName, e);
        }
    }

    private KeyExchangeParty party(byte[] publicValue, PrivateKey priv) {
        return new DhParty(publicValue, peer -> agree(priv, decode(peer)), null,
                priv);
    }

    private byte[] agree(PrivateKey priv, ECPoint peer) throws InvalidKeyExchangeValueException {
        try {
            KeyFactory kf = jca.keyFactory("EC");
            KeyAgreement ka = jca.keyAgreement("ECDH");
            ka.init(priv);
            ka.doPhase(kf.generatePublic(new ECPublicKeySpec(peer, params)), true);
            byte[] secret = ka.generateSecret();
            if (secret.length == curve.fieldLength) {
                return secret;
            }
            byte[] out = EcCurve.fixed(new BigInteger(1, secret), curve.fieldLength);
            Arrays.fill(secret, (byte) 0);
            return out;
        } catch (java.security.InvalidKeyException e) {
            // the provider's own public-key validation refused the point
            throw new InvalidKeyExchangeValueException("ECDH refused the peer point: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw Jca.broken("ECDH on " + curve.jcaName, e);
        }
    }

    private byte[] encode(ECPoint w) {
        byte[] out = new byte[2 * curve.fieldLength];
        System.arraycopy(EcCurve.fixed(w.getAffineX(), curve.fieldLength), 0, out, 0, curve.fieldLength);
        System.arraycopy(EcCurve.fixed(w.getAffineY(), curve.fieldLength), 0, out, curve.fieldLength,
                curve.fieldLength);
        return out;
    }

    private ECPoint decode(byte[] value) throws InvalidKeyExchangeValueException {
        if (value.length != 2 * curve.fieldLength) {
            throw new InvalidKeyExchangeValueException(curve.jcaName + " public value must be "
                    + 2 * curve.fieldLength + " octets (x ‖ y, RFC 5903 §7), got " + value.length);
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(value, 0, curve.fieldLength));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(value, curve.fieldLength, value.length));
        if (!EcCurve.onCurve(params, x, y)) {
            throw new InvalidKeyExchangeValueException("point is not on " + curve.jcaName + " (RFC 6989 §2.3)");
        }
        return new ECPoint(x, y);
    }

    /**
     * The curve's parameters when the provider can generate a key pair on it and agree on a secret,
     * else null (JDK 17: P-256/384/521 yes; brainpool, and often P-192/P-224, no).
     */
    static ECParameterSpec probe(Jca jca, EcCurve curve) {
        try {
            java.security.AlgorithmParameters ap = jca.algorithmParameters("EC");
            ap.init(new ECGenParameterSpec(curve.jcaName));
            ECParameterSpec params = ap.getParameterSpec(ECParameterSpec.class);
            KeyPairGenerator kpg = jca.keyPairGenerator("EC");
            kpg.initialize(new ECGenParameterSpec(curve.jcaName));
            KeyPair a = kpg.generateKeyPair();
            KeyPair b = kpg.generateKeyPair();
            KeyAgreement ka = jca.keyAgreement("ECDH");
            ka.init(a.getPrivate());
            ka.doPhase(b.getPublic(), true);
            byte[] s1 = ka.generateSecret();
            ka.init(b.getPrivate());
            ka.doPhase(a.getPublic(), true);
            return Arrays.equals(s1, ka.generateSecret()) ? params : null;
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "JcaEcp[" + curve.id + ", " + curve.jcaName + "]";
    }
}
