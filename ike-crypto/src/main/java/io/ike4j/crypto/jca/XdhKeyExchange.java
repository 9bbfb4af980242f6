package io.ike4j.crypto.jca;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;

import javax.crypto.KeyAgreement;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;

/**
 * Curve25519 (31) and Curve448 (32) per RFC 8031 with the provider's {@code KeyAgreement "XDH"}. KE data
 * is the raw little-endian u-coordinate (32 / 56 octets, RFC 7748 §5). The JDK's XECPublicKeySpec wants
 * u as a BigInteger, so the octets are reversed; for X25519 the most significant bit of the last octet
 * is masked first (RFC 7748 §5: "implementations of X25519 MUST mask"). The scalar is the caller's
 * random octets (the provider clamps it, RFC 7748 §5); our public value is X(k, base point u = 9 / 5).
 * An all-zero shared secret (a small-order peer value) is rejected (RFC 8031 §2, RFC 7748 §6).
 */
final class XdhKeyExchange implements KeyExchange {
    private final Jca jca;
    private final int id;
    private final NamedParameterSpec spec;
    private final int length;
    private final byte[] basePoint;

    private XdhKeyExchange(Jca jca, int id, NamedParameterSpec spec, int length, int base) {
        this.jca = jca;
        this.id = id;
        this.spec = spec;
        this.length = length;
        this.basePoint = new byte[length];
        this.basePoint[0] = (byte) base;
    }

    static XdhKeyExchange x25519(Jca jca) {
        return new XdhKeyExchange(jca, 31, NamedParameterSpec.X25519, 32, 9);
    }

    static XdhKeyExchange x448(Jca jca) {
        return new XdhKeyExchange(jca, 32, NamedParameterSpec.X448, 56, 5);
    }

    @Override
    public int transformId() {
        return id;
    }

    @Override
    public int publicValueLength(boolean initiator) {
        return length;
    }

    @Override
    public boolean isKem() {
        return false;
    }

    @Override
    public KeyExchangeParty initiator(RandomSource random) {
        return withPrivateKey(random.nextBytes(length));
    }

    @Override
    public KeyExchangeParty responder(byte[] initiatorValue, RandomSource random)
            throws InvalidKeyExchangeValueException {
        checkLength(initiatorValue);
        return initiator(random);
    }

    @Override
    public KeyExchangeParty withPrivateKey(byte[] privateKey) {
        if (privateKey.length != length) {
            throw new IllegalArgumentException(spec.getName() + " private key must be " + length + " octets");
        }
        byte[] scalar = privateKey.clone();
        try {
            KeyFactory kf = jca.keyFactory("XDH");
            PrivateKey priv = kf.generatePrivate(new XECPrivateKeySpec(spec, scalar));
            byte[] publicValue = agree(kf, priv, basePoint);
            return new DhParty(publicValue, peer -> {
                checkLength(peer);
                return agree(kf, priv, peer);
            }, scalar, priv);
        } catch (GeneralSecurityException e) {
            throw Jca.broken(spec.getName() + " private key", e);
        } catch (InvalidKeyExchangeValueException e) {
            throw new IllegalStateException("the base point cannot give an all-zero result", e);
        }
    }

    private void checkLength(byte[] value) throws InvalidKeyExchangeValueException {
        if (value.length != length) {
            throw new InvalidKeyExchangeValueException(spec.getName() + " public value must be " + length
                    + " octets, got " + value.length);
        }
    }

    private byte[] agree(KeyFactory kf, PrivateKey priv, byte[] peer) throws InvalidKeyExchangeValueException {
        byte[] secret;
        try {
            KeyAgreement ka = jca.keyAgreement("XDH");
            ka.init(priv);
            ka.doPhase(kf.generatePublic(new XECPublicKeySpec(spec, toU(peer))), true);
            secret = ka.generateSecret();
        } catch (java.security.InvalidKeyException | IllegalStateException e) {
            // the JDK refuses small-order points / all-zero results itself
            throw new InvalidKeyExchangeValueException(spec.getName() + " peer value refused: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw Jca.broken(spec.getName() + " key agreement", e);
        }
        int acc = 0;
        for (byte b : secret) {
            acc |= b;
        }
        if (acc == 0) {
            throw new InvalidKeyExchangeValueException(spec.getName() + " shared secret is all zero (RFC 7748 §6)");
        }
        return secret;
    }

    /** RFC 7748 §5 decodeUCoordinate: little-endian, top bit masked for X25519. */
    private BigInteger toU(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        if (length == 32) {
            be[0] &= 0x7f;
        }
        return new BigInteger(1, be);
    }

    static boolean available(Jca jca, NamedParameterSpec spec, int length) {
        try {
            KeyFactory kf = jca.keyFactory("XDH");
            PrivateKey priv = kf.generatePrivate(new XECPrivateKeySpec(spec, new byte[length]));
            KeyAgreement ka = jca.keyAgreement("XDH");
            ka.init(priv);
            byte[] base = new byte[length];
            base[0] = (byte) (length == 32 ? 9 : 5);
            BigInteger u = new BigInteger(1, reverse(base));
            ka.doPhase(kf.generatePublic(new XECPublicKeySpec(spec, u)), true);
            return ka.generateSecret().length == length;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] reverse(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "JcaXdh[" + id + ", " + spec.getName() + "]";
    }
}
