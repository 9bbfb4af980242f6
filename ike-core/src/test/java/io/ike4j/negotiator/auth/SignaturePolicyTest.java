package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.config.AuthMethod;
import io.ike4j.crypto.Rfc7427;
import io.ike4j.crypto.SignatureScheme;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Algorithm family against the profile, SHA-1 refused unless allowed (RFC 7427, RFC 8247 §3). */
class SignaturePolicyTest {
    private static final byte[] SIG = new byte[64];

    private static Ikev2AuthPayload m14(byte[] algorithmIdentifier) {
        byte[] out = new byte[1 + algorithmIdentifier.length + SIG.length];
        out[0] = (byte) algorithmIdentifier.length;
        System.arraycopy(algorithmIdentifier, 0, out, 1, algorithmIdentifier.length);
        return new Ikev2AuthPayload(14, Bytes.wrap(out));
    }

    private static Ikev2AuthPayload m14(SignatureScheme s) {
        return m14(Rfc7427.algorithmIdentifier(s));
    }

    private static Optional<String> strict(AuthMethod expected, Ikev2AuthPayload a) {
        return SignaturePolicy.DEFAULT.refusal(expected, a);
    }

    @Test
    void familyMustMatchTheProfile() {
        for (SignatureScheme s : new SignatureScheme[] {SignatureScheme.RSA_PKCS1_SHA256, SignatureScheme.RSA_PSS_SHA256,
                SignatureScheme.RSA_PKCS1_SHA512}) {
            assertEquals(Optional.empty(), strict(AuthMethod.RSA_SIG, m14(s)), s.name());
            assertEquals(Optional.of("peer signed with " + SignaturePolicy.describe(14, s) + ", profile expects ecdsa-sig"),
                    strict(AuthMethod.ECDSA_SIG, m14(s)));
        }
        assertEquals(Optional.empty(), strict(AuthMethod.ECDSA_SIG, m14(SignatureScheme.ECDSA_SHA384_DER)));
        assertEquals(Optional.of("peer signed with method 14 (ecdsa-with-SHA256), profile expects rsa-sig"),
                strict(AuthMethod.RSA_SIG, m14(SignatureScheme.ECDSA_SHA256_DER)));
        assertEquals(Optional.empty(), strict(AuthMethod.ECDSA_SIG, new Ikev2AuthPayload(9, Bytes.wrap(SIG))));
        assertEquals(Optional.of("peer signed with method 10 (ECDSA P-384 with SHA-384), profile expects rsa-sig"),
                strict(AuthMethod.RSA_SIG, new Ikev2AuthPayload(10, Bytes.wrap(SIG))));
        assertEquals(Optional.of("peer signed with method 1 (sha1WithRSAEncryption), profile expects ecdsa-sig"),
                strict(AuthMethod.ECDSA_SIG, new Ikev2AuthPayload(1, Bytes.wrap(SIG))));
        // no profile method names EdDSA
        assertTrue(strict(AuthMethod.RSA_SIG, m14(SignatureScheme.ED25519)).orElseThrow().contains("(Ed25519), profile expects rsa-sig"));
        assertTrue(strict(AuthMethod.ECDSA_SIG, m14(SignatureScheme.ED448)).orElseThrow().contains("(Ed448), profile expects ecdsa-sig"));
    }

    @Test
    void sha1IsRefusedUnlessAllowed() {
        Ikev2AuthPayload m1 = new Ikev2AuthPayload(1, Bytes.wrap(SIG));
        Ikev2AuthPayload sha1Rsa = m14(SignatureScheme.RSA_PKCS1_SHA1);
        assertEquals(Optional.of("peer signed with method 1 (sha1WithRSAEncryption): SHA-1 signatures are refused"
                + " (RFC 8247 §3.2; engine option allowSha1Signatures)"), strict(AuthMethod.RSA_SIG, m1));
        assertTrue(strict(AuthMethod.RSA_SIG, sha1Rsa).orElseThrow().startsWith("peer signed with method 14 (sha1WithRSAEncryption): SHA-1"));
        SignaturePolicy lax = new SignaturePolicy(true);
        assertEquals(Optional.empty(), lax.refusal(AuthMethod.RSA_SIG, m1));
        assertEquals(Optional.empty(), lax.refusal(AuthMethod.RSA_SIG, sha1Rsa));
        // the family check still applies with SHA-1 allowed
        assertTrue(lax.refusal(AuthMethod.ECDSA_SIG, m1).isPresent());
    }

    @Test
    void unimplementedSha1IdentifiersAreNamedAsSuch() {
        String sha1 = "method 14 AlgorithmIdentifier names a SHA-1 signature, refused (RFC 8247 §3.2)";
        HexFormat h = HexFormat.of();
        for (String alg : new String[] {
                "300906072a8648ce3d0401", // ecdsa-with-SHA1
                "300b06092a864886f70d01010a", // RSASSA-PSS, parameters absent
                "300d06092a864886f70d01010a3000", // RSASSA-PSS, empty parameters = SHA-1
                "300f06092a864886f70d01010a0500", // RSASSA-PSS, NULL parameters
                "301a06092a864886f70d01010a300da00b300906052b0e03021a0500"}) { // RSASSA-PSS, hashAlgorithm sha1
            assertEquals(Optional.of(sha1), new SignaturePolicy(true).refusal(AuthMethod.RSA_SIG, m14(h.parseHex(alg))), alg);
        }
        assertEquals(Optional.of("method 14 with an unknown or malformed AlgorithmIdentifier (RFC 7427 §3)"),
                strict(AuthMethod.RSA_SIG, m14(h.parseHex("300d06092a864886f70d01010e0500")))); // sha224WithRSAEncryption
        assertEquals(Optional.of("method 14 with an unknown or malformed AlgorithmIdentifier (RFC 7427 §3)"),
                strict(AuthMethod.RSA_SIG, new Ikev2AuthPayload(14, Bytes.wrap(new byte[] {(byte) 0xff, 1}))));
        assertEquals(Optional.of("method 14 with an unknown or malformed AlgorithmIdentifier (RFC 7427 §3)"),
                strict(AuthMethod.RSA_SIG, new Ikev2AuthPayload(14, Bytes.EMPTY)));
        assertFalse(SignaturePolicy.namesSha1(Rfc7427.algorithmIdentifier(SignatureScheme.RSA_PSS_SHA256)));
        assertFalse(SignaturePolicy.namesSha1(Rfc7427.algorithmIdentifier(SignatureScheme.ECDSA_SHA256_DER)));
    }

    @Test
    void otherMethodsAreRefused() {
        assertEquals(Optional.of("peer used auth method 3, profile expects rsa-sig"),
                strict(AuthMethod.RSA_SIG, new Ikev2AuthPayload(3, Bytes.wrap(SIG))));
        assertEquals(Optional.of("peer used auth method 2, profile expects ecdsa-sig"),
                strict(AuthMethod.ECDSA_SIG, new Ikev2AuthPayload(2, Bytes.wrap(SIG))));
    }
}
