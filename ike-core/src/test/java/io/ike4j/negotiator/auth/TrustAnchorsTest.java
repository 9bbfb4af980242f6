package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PKIX validation against the interop CA at an injected time, and CERTREQ hashes. */
class TrustAnchorsTest {
    private static TrustAnchors interopCa() throws IOException {
        return TrustAnchors.load(TestPki.pki("ca.pem"));
    }

    @Test
    void interopCertificatesValidate() throws IOException {
        TrustAnchors ta = interopCa();
        for (String f : new String[] {"java/x509/java-rsa.pem", "java/x509/java-ecdsa.pem"}) {
            TrustAnchors.Result r = ta.validate(List.of(TestPki.cert(TestPki.pki(f))), TestPki.NOW);
            assertTrue(r.ok(), f + ": " + r.reason());
            assertEquals("ok", r.reason());
        }
        for (String f : new String[] {"alice/x509/alice-rsa.pem", "alice/x509/alice-ecdsa.pem", "bob/x509/bob-rsa.pem", "bob/x509/bob-ecdsa.pem"}) {
            assertTrue(ta.validate(List.of(TestPki.cert(TestPki.interop().resolve(f))), TestPki.NOW).ok(), f);
        }
        // the anchor itself at the end of the chain is tolerated
        var withCa = List.of(TestPki.cert(TestPki.pki("java/x509/java-rsa.pem")), TestPki.cert(TestPki.pki("ca.pem")));
        assertTrue(ta.validate(withCa, TestPki.NOW).ok());
    }

    @Test
    void intermediateIsNeeded() throws IOException {
        TrustAnchors ta = interopCa();
        List<X509Certificate> chain = Certificates.readPem(TestPki.res("chained-leaf-chain.pem"));
        assertEquals(2, chain.size());
        assertTrue(ta.validate(chain, TestPki.NOW).ok(), ta.validate(chain, TestPki.NOW).reason());
        TrustAnchors.Result alone = ta.validate(List.of(chain.get(0)), TestPki.NOW);
        assertFalse(alone.ok());
        assertFalse(alone.reason().isBlank());
    }

    @Test
    void wrongCaSelfSignedExpiredAndNotYetValidFail() throws IOException {
        TrustAnchors ta = interopCa();
        var rsa = TestPki.cert(TestPki.pki("java/x509/java-rsa.pem"));
        assertFalse(ta.validate(List.of(TestPki.cert(TestPki.res("wrong-ca-leaf.pem"))), TestPki.NOW).ok());
        assertFalse(ta.validate(List.of(TestPki.cert(TestPki.res("self-signed.pem"))), TestPki.NOW).ok());
        // java-rsa is valid 2020-01-01 .. 2049-12-31
        TrustAnchors.Result expired = ta.validate(List.of(rsa), Instant.parse("2050-06-01T00:00:00Z"));
        assertFalse(expired.ok());
        assertTrue(expired.reason().toLowerCase().contains("expired") || expired.reason().contains("EXPIRED"), expired.reason());
        assertFalse(ta.validate(List.of(rsa), Instant.parse("2019-06-01T00:00:00Z")).ok());
        // the other CA validates its own leaf, not ours
        TrustAnchors other = TrustAnchors.load(TestPki.res("other-ca.pem"));
        assertTrue(other.validate(List.of(TestPki.cert(TestPki.res("wrong-ca-leaf.pem"))), TestPki.NOW).ok());
        assertFalse(other.validate(List.of(rsa), TestPki.NOW).ok());
        // two anchors: both leaves validate
        TrustAnchors both = TrustAnchors.of(List.of(TestPki.cert(TestPki.pki("ca.pem")), TestPki.cert(TestPki.res("other-ca.pem"))));
        assertTrue(both.validate(List.of(rsa), TestPki.NOW).ok());
        assertTrue(both.validate(List.of(TestPki.cert(TestPki.res("wrong-ca-leaf.pem"))), TestPki.NOW).ok());
        assertFalse(ta.validate(List.of(), TestPki.NOW).ok());
        assertFalse(ta.validate(null, TestPki.NOW).ok());
    }

    /** Expected values: {@code openssl x509 -pubkey -noout | openssl pkey -pubin -outform DER | sha1sum}. */
    @Test
    void certReqHashesAreSha1OfSubjectPublicKeyInfo() throws IOException {
        assertEquals("e736c0a4f1e111c74b547a8f4be62c9b61d02c0a", HexFormat.of().formatHex(interopCa().certReqHashes().get(0)));
        TrustAnchors two = TrustAnchors.of(List.of(TestPki.cert(TestPki.res("other-ca.pem")), TestPki.cert(TestPki.res("intermediate.pem"))));
        assertEquals(List.of("4a8affc4c0bfc683c964b82997aa713d73e521f3", "dadc9f8c72bb012590a1dbca3c7e78f39e564694"),
                two.certReqHashes().stream().map(HexFormat.of()::formatHex).toList());
        assertEquals("4a8affc4c0bfc683c964b82997aa713d73e521f3dadc9f8c72bb012590a1dbca3c7e78f39e564694",
                CertPayloads.certReq(two).authority().toHex());
        assertEquals(4, CertPayloads.certReq(two).encoding());
    }
}
