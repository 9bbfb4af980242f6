package io.ike4j.crypto.jca;

import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.Signer;
import io.ike4j.crypto.Verifier;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * Signers and verifiers on {@code java.security.Signature}: SHAxwithRSA (PKCS#1 v1.5), RSASSA-PSS with
 * MGF1 of the same hash and salt length = hash length (RFC 8247 §3.2 / RFC 7427), SHAxwithECDSA (DER;
 * the raw RFC 4754 r ‖ s forms are converted here so no provider-specific P1363 format is needed),
 * Ed25519 / Ed448 (RFC 8420).
 */
final class JcaSignatures {
    private JcaSignatures() {
    }

    static String algorithm(SignatureScheme scheme) {
        return switch (scheme) {
            case RSA_PKCS1_SHA1 -> "SHA1withRSA";
            case RSA_PKCS1_SHA256 -> "SHA256withRSA";
            case RSA_PKCS1_SHA384 -> "SHA384withRSA";
            case RSA_PKCS1_SHA512 -> "SHA512withRSA";
            case RSA_PKCS1_NULL -> "NONEwithRSA"; // PKCS#1 v1.5 over the data as given (IKEv1)
            case RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> "RSASSA-PSS";
            case ECDSA_SHA256_DER, ECDSA_P256_SHA256_RAW -> "SHA256withECDSA";
            case ECDSA_SHA384_DER, ECDSA_P384_SHA384_RAW -> "SHA384withECDSA";
            case ECDSA_SHA512_DER, ECDSA_P521_SHA512_RAW -> "SHA512withECDSA";
            case ED25519 -> "Ed25519";
            case ED448 -> "Ed448";
        };
    }

    /** Octets of r and of s in the raw RFC 4754 encoding, or 0 for the other schemes. */
    static int rawComponentLength(SignatureScheme scheme) {
        return switch (scheme) {
            case ECDSA_P256_SHA256_RAW -> 32;
            case ECDSA_P384_SHA384_RAW -> 48;
            case ECDSA_P521_SHA512_RAW -> 66;
            default -> 0;
        };
    }

    static Signature newSignature(Jca jca, SignatureScheme scheme) throws GeneralSecurityException {
        Signature sig = jca.signature(algorithm(scheme));
        if (scheme.name().startsWith("RSA_PSS")) {
            sig.setParameter(new PSSParameterSpec(scheme.hash(), "MGF1", new MGF1ParameterSpec(scheme.hash()),
                    scheme.hashLength(), PSSParameterSpec.TRAILER_FIELD_BC));
        }
        return sig;
    }

    /** RFC 4754 binds each raw scheme to one curve: refuse keys of another size. */
    private static void checkCurve(SignatureScheme scheme, Object key) {
        int len = rawComponentLength(scheme);
        if (len == 0) {
            return;
        }
        if (!(key instanceof ECKey ec) || (ec.getParams().getOrder().bitLength() + 7) / 8 != len) {
            throw new IllegalArgumentException(scheme + " needs an EC key on its curve (RFC 4754)");
        }
    }

    static Signer signer(Jca jca, SignatureScheme scheme, PrivateKey key) {
        checkCurve(scheme, key);
        try {
            newSignature(jca, scheme).initSign(key); // fail now on a wrong key type
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(scheme + " cannot use this " + key.getAlgorithm() + " key", e);
        } catch (GeneralSecurityException e) {
            throw Jca.broken(algorithm(scheme), e);
        }
        return new Signer() {
            @Override
            public SignatureScheme scheme() {
                return scheme;
            }

            @Override
            public byte[] sign(byte[] data) {
                try {
                    Signature sig = newSignature(jca, scheme);
                    sig.initSign(key);
                    sig.update(data);
                    byte[] out = sig.sign();
                    int len = rawComponentLength(scheme);
                    return len == 0 ? out : EcdsaEncoding.derToRaw(out, len);
                } catch (GeneralSecurityException e) {
                    throw Jca.broken(algorithm(scheme), e);
                }
            }

            @Override
            public String toString() {
                return "JcaSigner[" + scheme + "]";
            }
        };
    }

    static Verifier verifier(Jca jca, SignatureScheme scheme, PublicKey key) {
        checkCurve(scheme, key);
        try {
            newSignature(jca, scheme).initVerify(key);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(scheme + " cannot use this " + key.getAlgorithm() + " key", e);
        } catch (GeneralSecurityException e) {
            throw Jca.broken(algorithm(scheme), e);
        }
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
                byte[] encoded = signature;
                int len = rawComponentLength(scheme);
                if (len != 0) {
                    if (signature.length != 2 * len) {
                        return false;
                    }
                    encoded = EcdsaEncoding.rawToDer(signature);
                } else if (scheme.name().startsWith("ECDSA") && EcdsaEncoding.parseDer(signature) == null) {
                    return false; // only strict DER (RFC 7427 §3 / X.690): no BER variants, no trailing data
                }
                int edLength = scheme == SignatureScheme.ED25519 ? 64 : scheme == SignatureScheme.ED448 ? 114 : 0;
                if (edLength != 0 && signature.length != edLength) {
                    return false; // RFC 8032 §5.1.7 / §5.2.7: exactly 2b bits (JDK 17 ignores trailing octets)
                }
                try {
                    Signature sig = newSignature(jca, scheme);
                    sig.initVerify(key);
                    sig.update(data);
                    if (sig.verify(encoded)) {
                        return true;
                    }
                    if (key instanceof ECPublicKey ec) {
                        BigInteger[] rs = EcdsaEncoding.parseDer(encoded);
                        return rs != null && EcdsaReductionCheck.applies(ec, rs[0])
                                && EcdsaReductionCheck.verify(ec, scheme.hash(), data, rs[0], rs[1]);
                    }
                    return false;
                } catch (GeneralSecurityException e) {
                    // SignatureException for malformed encodings: a bad signature, not an error
                    return false;
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    // some providers' DER/PSS decoders throw these on hostile input; the contract is "false"
                    return false;
                }
            }

            @Override
            public String toString() {
                return "JcaVerifier[" + scheme + "]";
            }
        };
    }

    /** True when the provider has the algorithm (and accepts the PSS parameters). */
    static boolean available(Jca jca, SignatureScheme scheme) {
        try {
            newSignature(jca, scheme);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
