package io.ike4j.vectors.crypto.primitives;

import io.ike4j.crypto.Rfc7427;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.vectors.MiniJson;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RFC 7427 App. A AlgorithmIdentifier blobs ↔ {@link SignatureScheme}: libreswan's copies (PSS without the
 * default trailerField, 67 octets) and the RFC's own A.4.3 hex dump (with it, 72 octets) must both map to
 * RSASSA-PSS/SHA-256; DSA and SHA-1 ECDSA identifiers map to nothing; what ike4j sends parses back.
 * Provider-independent (no provider loop), so it prints one line without a provider name.
 */
class Rfc7427Suite {
    private static final Map<String, SignatureScheme> EXPECTED = Map.ofEntries(
            Map.entry("ASN1_PKCS1_1_5_RSA_SHA1_BLOB", SignatureScheme.RSA_PKCS1_SHA1),
            Map.entry("ASN1_PKCS1_1_5_RSA_SHA2_256_BLOB", SignatureScheme.RSA_PKCS1_SHA256),
            Map.entry("ASN1_PKCS1_1_5_RSA_SHA2_384_BLOB", SignatureScheme.RSA_PKCS1_SHA384),
            Map.entry("ASN1_PKCS1_1_5_RSA_SHA2_512_BLOB", SignatureScheme.RSA_PKCS1_SHA512),
            Map.entry("ASN1_ECDSA_SHA2_256_BLOB", SignatureScheme.ECDSA_SHA256_DER),
            Map.entry("ASN1_ECDSA_SHA2_384_BLOB", SignatureScheme.ECDSA_SHA384_DER),
            Map.entry("ASN1_ECDSA_SHA2_512_BLOB", SignatureScheme.ECDSA_SHA512_DER),
            Map.entry("ASN1_RSASSA_PSS_SHA2_256_BLOB", SignatureScheme.RSA_PSS_SHA256),
            Map.entry("ASN1_RSASSA_PSS_SHA2_384_BLOB", SignatureScheme.RSA_PSS_SHA384),
            Map.entry("ASN1_RSASSA_PSS_SHA2_512_BLOB", SignatureScheme.RSA_PSS_SHA512),
            Map.entry("ASN1_EDDSA_IDENTITY_ED25519_BLOB", SignatureScheme.ED25519),
            Map.entry("ASN1_EDDSA_IDENTITY_ED448_BLOB", SignatureScheme.ED448));

    @Test
    @SuppressWarnings("unchecked")
    void appendixA() {
        Tally t = new Tally();
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Resources.text("libreswan/rfc7427_appendixA_blobs.json"));
        List<Map<String, Object>> blobs = (List<Map<String, Object>>) root.values().stream()
                .filter(v -> v instanceof List).findFirst().orElseThrow();
        for (Map<String, Object> b : blobs) {
            String name = (String) b.get("name");
            byte[] der = Tally.hex((String) b.get("hex"));
            Optional<SignatureScheme> got = Rfc7427.schemeOf(der);
            t.check(got.equals(Optional.ofNullable(EXPECTED.get(name))), "libreswan " + name + " -> " + got);
        }
        // RFC 7427 A.4.3 as printed in the RFC: with the explicit trailerField
        String text = Resources.text("rfc-test-vector-excerpts/rfc7427-appendices-A-B-asn1-objects.txt");
        int a43 = text.indexOf("A.4.3.");
        StringBuilder hex = new StringBuilder();
        boolean inDump = false;
        for (String line : text.substring(a43).split("\r?\n")) {
            if (line.trim().startsWith("Length = ")) {
                inDump = true;
                continue;
            }
            if (inDump) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[0-9a-f]{4}:\\s((?:[0-9a-f]{2,4}\\s?)+)$").matcher(line);
                if (!m.matches()) {
                    break;
                }
                hex.append(m.group(1).replaceAll("\\s", ""));
            }
        }
        byte[] rfcPss = Tally.hex(hex.toString());
        t.check(rfcPss.length == 72, "RFC 7427 A.4.3 dump is 72 octets, got " + rfcPss.length);
        t.check(Rfc7427.schemeOf(rfcPss).equals(Optional.of(SignatureScheme.RSA_PSS_SHA256)), "RFC 7427 A.4.3 form");
        t.check(Arrays.equals(Rfc7427.algorithmIdentifier(SignatureScheme.RSA_PSS_SHA256), rfcPss),
                "ike4j sends the RFC 7427 A.4.3 form");
        for (SignatureScheme s : SignatureScheme.values()) {
            if (s.name().endsWith("_RAW") || s == SignatureScheme.RSA_PKCS1_NULL) { // RFC 4754 methods; IKEv1's raw PKCS#1
                assertThrows(IllegalArgumentException.class, () -> Rfc7427.algorithmIdentifier(s));
                continue;
            }
            t.check(Rfc7427.schemeOf(Rfc7427.algorithmIdentifier(s)).equals(Optional.of(s)), "round trip " + s);
        }
        byte[] truncated = Arrays.copyOf(rfcPss, 71);
        t.check(Rfc7427.schemeOf(truncated).isEmpty(), "truncated blob matches nothing");
        System.out.println("Rfc7427Suite: " + t.passed + " passed, " + t.failed + " failed, 0 unsupported");
        assertEquals(List.of(), t.failures);
        assertTrue(t.passed >= 15 + 3 + 12);
    }
}
