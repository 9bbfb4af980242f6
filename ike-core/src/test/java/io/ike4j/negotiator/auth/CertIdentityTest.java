package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.config.IkeIdentity;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Identity-to-certificate binding by subject DN and subjectAltName. */
class CertIdentityTest {
    @Test
    void subjectDn() throws IOException {
        var rsa = TestPki.cert(TestPki.pki("java/x509/java-rsa.pem"));
        IkeIdentity dn = CertIdentity.subjectDn(rsa);
        assertEquals(IkeIdentity.Type.DER_ASN1_DN, dn.type());
        assertEquals("CN=java-rsa.ike.test,O=IKE Interop Test,C=CH", dn.value());
        assertTrue(CertIdentity.matches(rsa, dn));
        assertTrue(CertIdentity.matches(rsa, IkeIdentity.infer("cn=java-rsa.ike.test, o=IKE Interop Test, c=CH")));
        assertFalse(CertIdentity.matches(rsa, IkeIdentity.infer("C=CH, O=IKE Interop Test, CN=java-ecdsa.ike.test")));
        assertFalse(CertIdentity.matches(rsa, IkeIdentity.infer("C=CH, O=IKE Interop Test")));
        // the same DN read from an ID payload matches too
        var fromWire = IdPayloads.fromPayload(IdPayloads.toPayload(true, dn)).orElseThrow();
        assertTrue(CertIdentity.matches(rsa, fromWire));
    }

    @Test
    void subjectAltNames() throws IOException {
        var leaf = TestPki.cert(TestPki.res("chained-leaf.pem"));
        assertTrue(CertIdentity.matches(leaf, IkeIdentity.infer("leaf.ike.test")));
        assertTrue(CertIdentity.matches(leaf, IkeIdentity.infer("LEAF.ike.test.")));
        assertTrue(CertIdentity.matches(leaf, IkeIdentity.infer("leaf@ike.test")));
        assertTrue(CertIdentity.matches(leaf, IkeIdentity.infer("192.0.2.7")));
        assertTrue(CertIdentity.matches(leaf, IkeIdentity.infer("2001:db8:0::7")));
        assertFalse(CertIdentity.matches(leaf, IkeIdentity.infer("other.ike.test")));
        assertFalse(CertIdentity.matches(leaf, IkeIdentity.infer("root@ike.test")));
        assertFalse(CertIdentity.matches(leaf, IkeIdentity.infer("192.0.2.8")));
        assertFalse(CertIdentity.matches(leaf, IkeIdentity.infer("keyid:leaf.ike.test")));
        var rsa = TestPki.cert(TestPki.pki("java/x509/java-rsa.pem"));
        assertTrue(CertIdentity.matches(rsa, IkeIdentity.infer("java-rsa.ike.test")));
        assertFalse(CertIdentity.matches(rsa, IkeIdentity.infer("java-ecdsa.ike.test")));
        // the CA has no SAN: an FQDN never matches it
        assertFalse(CertIdentity.matches(TestPki.cert(TestPki.pki("ca.pem")), IkeIdentity.infer("ike.test")));
    }
}
