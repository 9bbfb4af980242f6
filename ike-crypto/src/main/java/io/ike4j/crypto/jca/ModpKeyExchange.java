package io.ike4j.crypto.jca;

import io.ike4j.crypto.ModpGroup;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;

import javax.crypto.KeyAgreement;
import javax.crypto.interfaces.DHPrivateKey;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.DHPrivateKeySpec;
import javax.crypto.spec.DHPublicKeySpec;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;

/**
 * MODP Diffie-Hellman (RFC 2409 §6, RFC 3526, RFC 5114). The private exponent is NOT full length: it
 * has twice the group's security strength ({@link ModpGroup}: 240 bits for group 5 … 620 bits for group
 * 18, 160 bits for groups 1 and 2, uniform in [1, q-1] for the RFC 5114 groups), as RFC 3526 §8 and
 * NIST SP 800-56A allow. The exponent comes from the caller's {@link RandomSource} so runs are
 * reproducible under a deterministic source; g^x mod p is computed with BigInteger. The shared secret
 * is computed by the provider's {@code KeyAgreement "DH"} when it has one (e.g. a FIPS module), with
 * BigInteger otherwise. Peer values are validated per RFC 6989 §2.1/§2.2: exactly the prime's length,
 * 1 < y < p-1, and y^q = 1 mod p for the subgroup groups. Secrets are left-padded to the prime's
 * length (RFC 7296 §2.14).
 */
final class ModpKeyExchange implements KeyExchange {
    private final Jca jca;
    private final ModpGroup group;
    private final boolean useKeyAgreement;

    ModpKeyExchange(Jca jca, ModpGroup group, boolean useKeyAgreement) {
        this.jca = jca;
        this.group = group;
        this.useKeyAgreement = useKeyAgreement;
    }

    @Override
    public int transformId() {
        return group.id;
    }

    @Override
    public int publicValueLength(boolean initiator) {
        return group.length();
    }

    @Override
    public boolean isKem() {
        return false;
    }

    @Override
    public KeyExchangeParty initiator(RandomSource random) {
        return party(newExponent(random));
    }

    @Override
    public KeyExchangeParty responder(byte[] initiatorValue, RandomSource random)
            throws InvalidKeyExchangeValueException {
        validate(initiatorValue);
        return initiator(random);
    }

    @Override
    public KeyExchangeParty withPrivateKey(byte[] privateKey) {
        BigInteger x = new BigInteger(1, privateKey);
        if (x.signum() == 0 || x.compareTo(group.p.subtract(BigInteger.ONE)) >= 0) {
            throw new IllegalArgumentException("MODP private exponent out of range");
        }
        return party(x);
    }

    private BigInteger newExponent(RandomSource random) {
        BigInteger bound = group.q != null ? group.q : BigInteger.ONE.shiftLeft(group.exponentBits);
        int bits = bound.bitLength();
        byte[] buf = new byte[(bits + 7) / 8];
        while (true) {
            random.nextBytes(buf);
            int excess = buf.length * 8 - bits;
            buf[0] &= (byte) (0xff >>> excess);
            BigInteger x = new BigInteger(1, buf);
            java.util.Arrays.fill(buf, (byte) 0);
            // rejection sampling keeps the exponent uniform in [2, bound)
            if (x.compareTo(BigInteger.ONE) > 0 && x.compareTo(bound) < 0) {
                return x;
            }
        }
    }

    private KeyExchangeParty party(BigInteger x) {
        byte[] publicValue = pad(group.g.modPow(x, group.p));
        if (!useKeyAgreement) {
            return new DhParty(publicValue, peer -> pad(validate(peer).modPow(x, group.p)), null, null);
        }
        try {
            KeyFactory kf = jca.keyFactory("DH");
            DHPrivateKey priv = (DHPrivateKey) kf.generatePrivate(new DHPrivateKeySpec(x, group.p, group.g));
            return new DhParty(publicValue, peer -> agree(kf, priv, validate(peer)), null, priv);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw Jca.broken("DH private key", e);
        }
    }

    private byte[] agree(KeyFactory kf, DHPrivateKey priv, BigInteger y) {
        try {
            PublicKey pub = kf.generatePublic(new DHPublicKeySpec(y, group.p, group.g));
            KeyAgreement ka = jca.keyAgreement("DH");
            ka.init(priv, new DHParameterSpec(group.p, group.g));
            ka.doPhase(pub, true);
            return pad(new BigInteger(1, ka.generateSecret()));
        } catch (GeneralSecurityException e) {
            throw Jca.broken("DH key agreement", e);
        }
    }

    /** RFC 6989 checks; returns y. */
    private BigInteger validate(byte[] value) throws InvalidKeyExchangeValueException {
        if (value.length != group.length()) {
            throw new InvalidKeyExchangeValueException("MODP group " + group.id + " public value must be "
                    + group.length() + " octets, got " + value.length);
        }
        BigInteger y = new BigInteger(1, value);
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(group.p.subtract(BigInteger.ONE)) >= 0) {
            throw new InvalidKeyExchangeValueException("MODP public value not in (1, p-1) (RFC 6989 §2.1)");
        }
        if (group.q != null && !y.modPow(group.q, group.p).equals(BigInteger.ONE)) {
            throw new InvalidKeyExchangeValueException("MODP public value not in the order-q subgroup (RFC 6989 §2.2)");
        }
        return y;
    }

    private byte[] pad(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[group.length()];
        int n = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - n, out, out.length - n, n);
        java.util.Arrays.fill(raw, (byte) 0);
        return out;
    }

    /** True when the provider has a DH KeyAgreement/KeyFactory that computes group 1's secret correctly. */
    static boolean keyAgreementAvailable(Jca jca) {
        try {
            ModpGroup g = ModpGroup.MODP_768_BIT;
            BigInteger a = BigInteger.valueOf(0x1234567);
            BigInteger b = BigInteger.valueOf(0x7654321);
            KeyFactory kf = jca.keyFactory("DH");
            KeyAgreement ka = jca.keyAgreement("DH");
            ka.init(kf.generatePrivate(new DHPrivateKeySpec(a, g.p, g.g)));
            ka.doPhase(kf.generatePublic(new DHPublicKeySpec(g.g.modPow(b, g.p), g.p, g.g)), true);
            return new BigInteger(1, ka.generateSecret()).equals(g.g.modPow(a.multiply(b), g.p));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "JcaModp[" + group.id + "]";
    }
}
