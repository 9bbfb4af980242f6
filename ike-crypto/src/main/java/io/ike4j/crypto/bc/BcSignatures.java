package io.ike4j.crypto.bc;

import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.Signer;
import io.ike4j.crypto.Verifier;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.Ed448PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed448PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.Ed448Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.util.BigIntegers;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Signers and verifiers for every {@link SignatureScheme} on BouncyCastle's lightweight API. Keys come
 * as {@code java.security} keys and are converted through their PKCS#8 / SubjectPublicKeyInfo
 * encodings. ECDSA signs deterministically (RFC 6979); verification accepts only strict DER (or exactly
 * 2 × the order's length for r ‖ s) with 0 &lt; r, s &lt; n; RSA PKCS#1 v1.5 verification compares the
 * whole encoded message (EMSA-PKCS1-v1_5 with the DigestInfo NULL parameters, RFC 8017 §8.2.2).
 */
final class BcSignatures {
    private BcSignatures() {
    }

    static Signer signer(SignatureScheme scheme, PrivateKey key) {
        AsymmetricKeyParameter k;
        try {
            k = PrivateKeyFactory.createKey(key.getEncoded());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unusable private key for " + scheme + ": " + e.getMessage(), e);
        }
        checkKeyType(scheme, k);
        return new Signer() {
            @Override
            public SignatureScheme scheme() {
                return scheme;
            }

            @Override
            public byte[] sign(byte[] data) {
                return doSign(scheme, k, data);
            }
        };
    }

    static Verifier verifier(SignatureScheme scheme, PublicKey key) {
        AsymmetricKeyParameter k;
        try {
            k = PublicKeyFactory.createKey(key.getEncoded());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unusable public key for " + scheme + ": " + e.getMessage(), e);
        }
        checkKeyType(scheme, k);
        return new Verifier() {
            @Override
            public SignatureScheme scheme() {
                return scheme;
            }

            @Override
            public boolean verify(byte[] data, byte[] signature) {
                if (data == null || signature == null) {
                    return false;
                }
                try {
                    return doVerify(scheme, k, data, signature);
                } catch (RuntimeException e) {
                    return false; // malformed signature or key/parameter mismatch: not valid
                }
            }
        };
    }

    private static void checkKeyType(SignatureScheme s, AsymmetricKeyParameter k) {
        boolean ok = switch (family(s)) {
            case RSA_PKCS1, RSA_PSS -> k instanceof RSAKeyParameters;
            case ECDSA_DER, ECDSA_RAW -> k instanceof ECKeyParameters;
            case ED25519 -> k instanceof Ed25519PrivateKeyParameters || k instanceof Ed25519PublicKeyParameters;
            case ED448 -> k instanceof Ed448PrivateKeyParameters || k instanceof Ed448PublicKeyParameters;
        };
        if (!ok) {
            throw new IllegalArgumentException("key of type " + k.getClass().getSimpleName() + " cannot be used for " + s);
        }
        if (family(s) == Family.ECDSA_RAW) {
            int bits = ((ECKeyParameters) k).getParameters().getN().bitLength();
            int want = switch (s) {
                case ECDSA_P256_SHA256_RAW -> 256;
                case ECDSA_P384_SHA384_RAW -> 384;
                default -> 521;
            };
            if (bits != want) {
                throw new IllegalArgumentException(s + " needs a P-" + want + " key (RFC 4754)");
            }
        }
    }

    enum Family { RSA_PKCS1, RSA_PSS, ECDSA_DER, ECDSA_RAW, ED25519, ED448 }

    static Family family(SignatureScheme s) {
        return switch (s) {
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512, RSA_PKCS1_NULL -> Family.RSA_PKCS1;
            case RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> Family.RSA_PSS;
            case ECDSA_SHA256_DER, ECDSA_SHA384_DER, ECDSA_SHA512_DER -> Family.ECDSA_DER;
            case ECDSA_P256_SHA256_RAW, ECDSA_P384_SHA384_RAW, ECDSA_P521_SHA512_RAW -> Family.ECDSA_RAW;
            case ED25519 -> Family.ED25519;
            case ED448 -> Family.ED448;
        };
    }

    private static Supplier<Digest> digest(SignatureScheme s) {
        return switch (s.hashLength()) {
            case 20 -> SHA1Digest::new;
            case 32 -> SHA256Digest::new;
            case 48 -> SHA384Digest::new;
            default -> SHA512Digest::new;
        };
    }

    private static ASN1ObjectIdentifier digestOid(SignatureScheme s) {
        return switch (s.hashLength()) {
            case 20 -> new ASN1ObjectIdentifier("1.3.14.3.2.26"); // id-sha1
            case 32 -> NISTObjectIdentifiers.id_sha256;
            case 48 -> NISTObjectIdentifiers.id_sha384;
            default -> NISTObjectIdentifiers.id_sha512;
        };
    }

    private static byte[] hash(SignatureScheme s, byte[] data) {
        Digest d = digest(s).get();
        d.update(data, 0, data.length);
        byte[] h = new byte[d.getDigestSize()];
        d.doFinal(h, 0);
        return h;
    }

    private static byte[] digestInfo(SignatureScheme s, byte[] data) {
        try {
            return new DigestInfo(new AlgorithmIdentifier(digestOid(s), DERNull.INSTANCE), hash(s, data))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** EMSA-PKCS1-v1_5 (RFC 8017 §9.2) of {@code data} for a modulus of {@code k} octets. */
    private static byte[] emsaPkcs1(SignatureScheme s, byte[] data, int k) {
        byte[] t = s == SignatureScheme.RSA_PKCS1_NULL ? data : digestInfo(s, data); // NULL (IKEv1): the hash as it is
        if (k < t.length + 11) {
            throw new IllegalArgumentException("RSA modulus too short");
        }
        byte[] em = new byte[k];
        em[1] = 1;
        Arrays.fill(em, 2, k - t.length - 1, (byte) 0xff);
        System.arraycopy(t, 0, em, k - t.length, t.length);
        return em;
    }

    private static byte[] doSign(SignatureScheme s, AsymmetricKeyParameter k, byte[] data) {
        switch (family(s)) {
            case RSA_PKCS1 -> {
                RSAKeyParameters rk = (RSAKeyParameters) k;
                int len = (rk.getModulus().bitLength() + 7) / 8;
                RSABlindedEngine e = new RSABlindedEngine();
                e.init(true, rk);
                byte[] em = emsaPkcs1(s, data, len);
                byte[] sig = e.processBlock(em, 0, em.length);
                return BigIntegers.asUnsignedByteArray(len, new BigInteger(1, sig));
            }
            case RSA_PSS -> {
                PSSSigner p = new PSSSigner(new RSABlindedEngine(), digest(s).get(), digest(s).get(), s.hashLength());
                p.init(true, k);
                p.update(data, 0, data.length);
                try {
                    return p.generateSignature();
                } catch (CryptoException e) {
                    throw new IllegalStateException(e);
                }
            }
            case ECDSA_DER, ECDSA_RAW -> {
                ECPrivateKeyParameters ek = (ECPrivateKeyParameters) k;
                ECDSASigner e = new ECDSASigner(new HMacDSAKCalculator(digest(s).get()));
                e.init(true, ek);
                BigInteger[] rs = e.generateSignature(hash(s, data));
                if (family(s) == Family.ECDSA_RAW) {
                    int n = (ek.getParameters().getN().bitLength() + 7) / 8;
                    byte[] out = new byte[2 * n];
                    BigIntegers.asUnsignedByteArray(rs[0], out, 0, n);
                    BigIntegers.asUnsignedByteArray(rs[1], out, n, n);
                    return out;
                }
                try {
                    return new DERSequence(new ASN1Integer[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])})
                            .getEncoded(ASN1Encoding.DER);
                } catch (IOException e2) {
                    throw new IllegalStateException(e2);
                }
            }
            case ED25519 -> {
                Ed25519Signer e = new Ed25519Signer();
                e.init(true, k);
                e.update(data, 0, data.length);
                return e.generateSignature();
            }
            case ED448 -> {
                Ed448Signer e = new Ed448Signer(new byte[0]);
                e.init(true, k);
                e.update(data, 0, data.length);
                return e.generateSignature();
            }
            default -> throw new IllegalStateException();
        }
    }

    private static boolean doVerify(SignatureScheme s, AsymmetricKeyParameter k, byte[] data, byte[] sig) {
        switch (family(s)) {
            case RSA_PKCS1 -> {
                RSAKeyParameters rk = (RSAKeyParameters) k;
                int len = (rk.getModulus().bitLength() + 7) / 8;
                if (sig.length != len || new BigInteger(1, sig).compareTo(rk.getModulus()) >= 0) {
                    return false;
                }
                RSAEngine e = new RSAEngine();
                e.init(false, rk);
                byte[] m = e.processBlock(sig, 0, sig.length);
                byte[] em = BigIntegers.asUnsignedByteArray(len, new BigInteger(1, m));
                return MessageDigest.isEqual(em, emsaPkcs1(s, data, len));
            }
            case RSA_PSS -> {
                PSSSigner p = new PSSSigner(new RSAEngine(), digest(s).get(), digest(s).get(), s.hashLength());
                p.init(false, k);
                p.update(data, 0, data.length);
                return p.verifySignature(sig);
            }
            case ECDSA_DER, ECDSA_RAW -> {
                ECPublicKeyParameters ek = (ECPublicKeyParameters) k;
                BigInteger[] rs = family(s) == Family.ECDSA_RAW ? rawRs(ek, sig) : derRs(sig);
                if (rs == null) {
                    return false;
                }
                BigInteger n = ek.getParameters().getN();
                for (BigInteger v : rs) {
                    if (v.signum() <= 0 || v.compareTo(n) >= 0) {
                        return false;
                    }
                }
                ECDSASigner e = new ECDSASigner();
                e.init(false, ek);
                return e.verifySignature(hash(s, data), rs[0], rs[1]);
            }
            case ED25519 -> {
                Ed25519Signer e = new Ed25519Signer();
                e.init(false, k);
                e.update(data, 0, data.length);
                return e.verifySignature(sig);
            }
            case ED448 -> {
                Ed448Signer e = new Ed448Signer(new byte[0]);
                e.init(false, k);
                e.update(data, 0, data.length);
                return e.verifySignature(sig);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static BigInteger[] rawRs(ECPublicKeyParameters k, byte[] sig) {
        int n = (k.getParameters().getN().bitLength() + 7) / 8;
        if (sig.length != 2 * n) {
            return null;
        }
        return new BigInteger[] {new BigInteger(1, Arrays.copyOfRange(sig, 0, n)),
                new BigInteger(1, Arrays.copyOfRange(sig, n, 2 * n))};
    }

    /** Strict DER Ecdsa-Sig-Value (RFC 3279 §2.2.3): re-encoding must reproduce the input exactly. */
    private static BigInteger[] derRs(byte[] sig) {
        try {
            ASN1Primitive p = ASN1Primitive.fromByteArray(sig);
            if (!(p instanceof ASN1Sequence seq) || seq.size() != 2
                    || !(seq.getObjectAt(0) instanceof ASN1Integer r) || !(seq.getObjectAt(1) instanceof ASN1Integer s)) {
                return null;
            }
            if (!Arrays.equals(p.getEncoded(ASN1Encoding.DER), sig)) {
                return null;
            }
            return new BigInteger[] {r.getValue(), s.getValue()};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

}
