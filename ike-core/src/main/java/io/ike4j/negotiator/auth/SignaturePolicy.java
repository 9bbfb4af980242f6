package io.ike4j.negotiator.auth;

import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.config.AuthMethod;
import io.ike4j.crypto.SignatureScheme;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Which signature algorithms a peer's AUTH may use, checked before the signature itself: the algorithm
 * must be one ike4j implements, belong to the profile's {@code authentication remote} (rsa-sig: RSA
 * PKCS#1 v1.5 or RSASSA-PSS; ecdsa-sig: ECDSA; ike4j has no profile method for EdDSA, so an Ed25519/Ed448
 * AUTH is refused), and not hash with SHA-1 unless {@code allowSha1}.
 *
 * <p>SHA-1: RFC 8247 §3.2 makes sha1WithRSAEncryption, ecdsa-with-sha1 and RSASSA-PSS with empty or
 * default parameters (= SHA-1) MUST NOT for Digital Signature (method 14). Method 1 (RSASSA-PKCS1-v1_5
 * with SHA-1, RFC 7296 §3.8) is refused by default for the same reason, although RFC 8247 §3.1 still lists
 * it as MUST for interoperability: {@code allowSha1} exists for peers without RFC 7427 (no
 * SIGNATURE_HASH_ALGORITHMS). ecdsa-with-sha1 and PSS/SHA-1 are not implemented, so they are refused
 * even then, with a reason that names SHA-1.
 */
public record SignaturePolicy(boolean allowSha1) {
    /** RFC 8247: no SHA-1. */
    public static final SignaturePolicy DEFAULT = new SignaturePolicy(false);

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] OID_ECDSA_SHA1 = HEX.parseHex("06072a8648ce3d0401"); // 1.2.840.10045.4.1
    private static final byte[] OID_SHA1 = HEX.parseHex("06052b0e03021a"); // 1.3.14.3.2.26
    private static final byte[] OID_PSS = HEX.parseHex("06092a864886f70d01010a"); // 1.2.840.113549.1.1.10

    /**
     * Why the peer may not sign {@code auth} under a profile expecting {@code expected}, or empty.
     *
     * @param expected the profile's {@code authentication remote}
     * @param auth the peer's AUTH payload
     * @return the reason, or empty when it may
     */
    public Optional<String> refusal(AuthMethod expected, Ikev2AuthPayload auth) {
        int m = auth.method();
        Optional<SignatureScheme> s = SignatureAuth.scheme(auth);
        if (s.isEmpty()) {
            if (m != SignatureAuth.METHOD_DIGITAL_SIGNATURE) {
                return Optional.of("peer used auth method " + m + ", profile expects " + expected.iosName());
            }
            return Optional.of(SignatureAuth.algorithmIdentifier(auth).map(SignaturePolicy::namesSha1).orElse(false)
                    ? "method 14 AlgorithmIdentifier names a SHA-1 signature, refused (RFC 8247 §3.2)"
                    : "method 14 with an unknown or malformed AlgorithmIdentifier (RFC 7427 §3)");
        }
        if (family(s.get()) != expected) {
            return Optional.of("peer signed with " + describe(m, s.get()) + ", profile expects " + expected.iosName());
        }
        if (s.get() == SignatureScheme.RSA_PKCS1_SHA1 && !allowSha1) {
            return Optional.of("peer signed with " + describe(m, s.get())
                    + ": SHA-1 signatures are refused (RFC 8247 §3.2; engine option allowSha1Signatures)");
        }
        return Optional.empty();
    }

    /**
     * "method 14 (ecdsa-with-SHA256)", "method 1 (sha1WithRSAEncryption)": the AUTH in log lines.
     *
     * @param method the auth method
     * @param s its signature scheme
     * @return the description
     */
    public static String describe(int method, SignatureScheme s) {
        String name = switch (s) {
            case RSA_PKCS1_SHA1 -> "sha1WithRSAEncryption";
            case RSA_PKCS1_SHA256 -> "sha256WithRSAEncryption";
            case RSA_PKCS1_SHA384 -> "sha384WithRSAEncryption";
            case RSA_PKCS1_SHA512 -> "sha512WithRSAEncryption";
            case RSA_PKCS1_NULL -> "RSA PKCS#1 over the IKEv1 hash";
            case RSA_PSS_SHA256 -> "RSASSA-PSS with SHA-256";
            case RSA_PSS_SHA384 -> "RSASSA-PSS with SHA-384";
            case RSA_PSS_SHA512 -> "RSASSA-PSS with SHA-512";
            case ECDSA_SHA256_DER -> "ecdsa-with-SHA256";
            case ECDSA_SHA384_DER -> "ecdsa-with-SHA384";
            case ECDSA_SHA512_DER -> "ecdsa-with-SHA512";
            case ECDSA_P256_SHA256_RAW -> "ECDSA P-256 with SHA-256";
            case ECDSA_P384_SHA384_RAW -> "ECDSA P-384 with SHA-384";
            case ECDSA_P521_SHA512_RAW -> "ECDSA P-521 with SHA-512";
            case ED25519 -> "Ed25519";
            case ED448 -> "Ed448";
        };
        return "method " + method + " (" + name + ")";
    }

    /** The profile method a scheme belongs to; null for EdDSA, which no profile method names. */
    private static AuthMethod family(SignatureScheme s) {
        return switch (s) {
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512,
                    RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512, RSA_PKCS1_NULL -> AuthMethod.RSA_SIG;
            case ECDSA_SHA256_DER, ECDSA_SHA384_DER, ECDSA_SHA512_DER,
                    ECDSA_P256_SHA256_RAW, ECDSA_P384_SHA384_RAW, ECDSA_P521_SHA512_RAW -> AuthMethod.ECDSA_SIG;
            case ED25519, ED448 -> null;
        };
    }

    /**
     * An AlgorithmIdentifier ike4j does not implement that is a SHA-1 one (RFC 8247 §3.2 table): it holds
     * ecdsa-with-SHA1 or id-sha1, or is RSASSA-PSS whose parameters name no hash ("empty or default
     * parameters means it is using SHA1"). Only used to word the refusal.
     */
    static boolean namesSha1(byte[] algorithmIdentifier) {
        byte[] a = algorithmIdentifier;
        if (indexOf(a, OID_ECDSA_SHA1) >= 0 || indexOf(a, OID_SHA1) >= 0) {
            return true;
        }
        int pss = indexOf(a, OID_PSS);
        if (pss < 0) {
            return false;
        }
        int params = pss + OID_PSS.length;
        // absent, NULL, an empty SEQUENCE, or a SEQUENCE whose first field is not [0] hashAlgorithm
        return params >= a.length || a[params] == 0x05
                || (a[params] == 0x30 && (params + 2 >= a.length || a[params + 2] != (byte) 0xa0));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        for (int i = 0; i + needle.length <= hay.length; i++) {
            if (java.util.Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
