package io.ike4j.negotiator.auth;

import io.ike4j.crypto.SignatureScheme;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a key can have made a signature of a given scheme: RSA schemes need an RSA key, ECDSA an EC key —
 * on the curve auth methods 9-11 fix (RFC 4754 §3: P-256, P-384, P-521) — and EdDSA the Edwards curve the
 * AlgorithmIdentifier names (RFC 8420 §3). RFC 7427 ECDSA identifiers carry no curve: any EC key fits.
 */
public final class SignatureKeys {
    private static final Map<String, ECParameterSpec> CURVES = new ConcurrentHashMap<>();

    private SignatureKeys() {
    }

    /**
     * Why {@code key} cannot have made a {@code scheme} signature ("needs an RSA key, the key is EC P-256"), or empty.
     *
     * @param scheme the signature scheme
     * @param key the key
     * @return the reason, or empty when they fit
     */
    public static Optional<String> mismatch(SignatureScheme scheme, Key key) {
        if (key == null) {
            return Optional.of("no key");
        }
        boolean fits = switch (scheme) {
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512,
                    RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512, RSA_PKCS1_NULL -> key instanceof RSAKey;
            case ECDSA_SHA256_DER, ECDSA_SHA384_DER, ECDSA_SHA512_DER -> key instanceof ECKey;
            case ECDSA_P256_SHA256_RAW -> onCurve(key, "secp256r1");
            case ECDSA_P384_SHA384_RAW -> onCurve(key, "secp384r1");
            case ECDSA_P521_SHA512_RAW -> onCurve(key, "secp521r1");
            case ED25519, ED448 -> edwards(key, scheme == SignatureScheme.ED25519 ? "Ed25519" : "Ed448");
        };
        return fits ? Optional.empty() : Optional.of("needs " + needs(scheme) + ", the key is " + describe(key));
    }

    /**
     * "RSA 2048-bit", "EC P-256", "Ed25519": what a log line should say about a key.
     *
     * @param key a public or private key
     * @return its description
     */
    public static String describe(Key key) {
        if (key instanceof RSAKey rsa) {
            return "RSA " + rsa.getModulus().bitLength() + "-bit";
        }
        if (key instanceof ECKey) {
            for (String[] c : new String[][] {{"secp256r1", "P-256"}, {"secp384r1", "P-384"}, {"secp521r1", "P-521"}}) {
                if (onCurve(key, c[0])) {
                    return "EC " + c[1];
                }
            }
            return "EC on a " + ((ECKey) key).getParams().getCurve().getField().getFieldSize() + "-bit curve";
        }
        if (key instanceof EdECKey ed) {
            return ed.getParams().getName();
        }
        return key.getAlgorithm();
    }

    private static String needs(SignatureScheme s) {
        return switch (s) {
            case ECDSA_SHA256_DER, ECDSA_SHA384_DER, ECDSA_SHA512_DER -> "an EC key";
            case ECDSA_P256_SHA256_RAW -> "an EC P-256 key";
            case ECDSA_P384_SHA384_RAW -> "an EC P-384 key";
            case ECDSA_P521_SHA512_RAW -> "an EC P-521 key";
            case ED25519 -> "an Ed25519 key";
            case ED448 -> "an Ed448 key";
            default -> "an RSA key";
        };
    }

    /** Same domain parameters, not just the same field size (brainpoolP256r1 and secp256k1 are 256-bit too). */
    private static boolean onCurve(Key key, String name) {
        if (!(key instanceof ECKey ec)) {
            return false;
        }
        ECParameterSpec want = CURVES.computeIfAbsent(name, SignatureKeys::curve);
        ECParameterSpec have = ec.getParams();
        return have != null && have.getCurve().equals(want.getCurve()) && have.getGenerator().equals(want.getGenerator())
                && have.getOrder().equals(want.getOrder()) && have.getCofactor() == want.getCofactor();
    }

    private static ECParameterSpec curve(String name) {
        try {
            AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec(name));
            return p.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks the NIST curve " + name, e);
        }
    }

    private static boolean edwards(Key key, String curve) {
        if (key instanceof EdECKey ed) {
            return curve.equalsIgnoreCase(ed.getParams().getName());
        }
        // A provider whose EdDSA keys do not expose the curve: the verifier itself refuses the wrong one.
        return !(key instanceof RSAKey) && !(key instanceof ECKey);
    }
}
