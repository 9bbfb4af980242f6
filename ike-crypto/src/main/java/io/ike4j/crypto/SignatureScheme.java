package io.ike4j.crypto;

/**
 * Signature algorithms for IKEv2 AUTH: RSA PKCS#1 v1.5 (auth method 1, and 14 per RFC 7427), ECDSA
 * (methods 9-11 with the raw r ‖ s encoding of RFC 4754, method 14 with DER per RFC 7427 §3),
 * RSASSA-PSS (RFC 7427 with RFC 8247's MGF1 of the same hash and salt length = hash length), EdDSA
 * (RFC 8420). Signers return, and verifiers take, the encoding named by the constant.
 */
public enum SignatureScheme {
    /** RSASSA-PKCS1-v1_5 with SHA-1 (auth method 1, or 14); refused unless SHA-1 is allowed (RFC 8247 §3.2). */
    RSA_PKCS1_SHA1("SHA-1", 20),
    /** RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7427 method 14). */
    RSA_PKCS1_SHA256("SHA-256", 32),
    /** RSASSA-PKCS1-v1_5 with SHA-384 (RFC 7427 method 14). */
    RSA_PKCS1_SHA384("SHA-384", 48),
    /** RSASSA-PKCS1-v1_5 with SHA-512 (RFC 7427 method 14). */
    RSA_PKCS1_SHA512("SHA-512", 64),
    /** RSASSA-PSS with SHA-256, MGF1-SHA-256, 32-octet salt (RFC 7427 method 14). */
    RSA_PSS_SHA256("SHA-256", 32),
    /** RSASSA-PSS with SHA-384, MGF1-SHA-384, 48-octet salt (RFC 7427 method 14). */
    RSA_PSS_SHA384("SHA-384", 48),
    /** RSASSA-PSS with SHA-512, MGF1-SHA-512, 64-octet salt (RFC 7427 method 14). */
    RSA_PSS_SHA512("SHA-512", 64),
    /** ECDSA, DER-encoded Ecdsa-Sig-Value (RFC 7427 method 14). */
    ECDSA_SHA256_DER("SHA-256", 32),
    /** ECDSA with SHA-384, DER-encoded Ecdsa-Sig-Value (RFC 7427 method 14). */
    ECDSA_SHA384_DER("SHA-384", 48),
    /** ECDSA with SHA-512, DER-encoded Ecdsa-Sig-Value (RFC 7427 method 14). */
    ECDSA_SHA512_DER("SHA-512", 64),
    /** ECDSA with SHA-256 on P-256, r ‖ s of 32 octets each (RFC 4754, auth method 9). */
    ECDSA_P256_SHA256_RAW("SHA-256", 32),
    /** ECDSA with SHA-384 on P-384, r ‖ s (auth method 10). */
    ECDSA_P384_SHA384_RAW("SHA-384", 48),
    /** ECDSA with SHA-512 on P-521, r ‖ s of 66 octets each (auth method 11). */
    ECDSA_P521_SHA512_RAW("SHA-512", 64),
    /** Ed25519 (RFC 8420, method 14). */
    ED25519(null, 0),
    /** Ed448 (RFC 8420, method 14). */
    ED448(null, 0),
    /**
     * RSA PKCS#1 v1.5 type-1 padding over the given octets as they are, no digest and no DigestInfo: IKEv1's RSA
     * signatures of HASH_I / HASH_R (RFC 2409 §5.1: the signature algorithm applied to the hash; what IOS and
     * strongSwan, SIGN_RSA_EMSA_PKCS1_NULL, sign). Never an IKEv2 AUTH method.
     */
    RSA_PKCS1_NULL(null, 0);

    private final String hash;
    private final int hashLength;

    SignatureScheme(String hash, int hashLength) {
        this.hash = hash;
        this.hashLength = hashLength;
    }

    /** {@return the JCA name of the hash, or null for EdDSA (which hashes internally)} */
    public String hash() {
        return hash;
    }

    /** {@return the hash's output length in octets, 0 for EdDSA} */
    public int hashLength() {
        return hashLength;
    }
}
