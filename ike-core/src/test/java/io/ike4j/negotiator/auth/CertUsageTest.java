package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** keyUsage (RFC 4945 §5.1.3.2) and extendedKeyUsage (§5.1.3.12) of the peer's end-entity certificate. */
class CertUsageTest {

    private static Optional<String> strict(String res) throws IOException {
        return CertUsage.STRICT.refusal(TestPki.cert(TestPki.res(res)));
    }

    @Test
    void noExtensionsContinue() throws IOException {
        assertEquals(Optional.empty(), CertUsage.STRICT.refusal(TestPki.cert(TestPki.pki("java/x509/java-rsa.pem"))));
        assertEquals(Optional.empty(), strict("same-id-other-key.pem"));
    }

    @Test
    void keyUsageNeedsDigitalSignatureOrNonRepudiation() throws IOException {
        assertEquals(Optional.of("certificate CN=ku-keyenc.ike.test,O=IKE Interop Test,C=CH keyUsage lacks"
                + " digitalSignature/nonRepudiation (RFC 4945 §5.1.3.2)"), strict("ku-keyencipherment.pem"));
        assertEquals(Optional.empty(), strict("ku-nonrepudiation.pem"));
    }

    @Test
    void extendedKeyUsageMustAllowIke() throws IOException {
        assertEquals(Optional.of("certificate CN=eku-email.ike.test,O=IKE Interop Test,C=CH extendedKeyUsage"
                + " [1.3.6.1.5.5.7.3.4] excludes IKE: needs id-kp-ipsecIKE or anyExtendedKeyUsage (RFC 4945 §5.1.3.12)"),
                strict("eku-email.pem"));
        assertEquals(Optional.empty(), strict("eku-ipsecike.pem"));
        assertTrue(strict("eku-serverauth.pem").orElseThrow().contains("[1.3.6.1.5.5.7.3.1] excludes IKE"));
    }

    @Test
    void furtherUsagesCanBeAccepted() throws IOException {
        CertUsage windows = new CertUsage(Set.of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.8.2.2"));
        assertEquals(Optional.empty(), windows.refusal(TestPki.cert(TestPki.res("eku-serverauth.pem"))));
        assertTrue(windows.refusal(TestPki.cert(TestPki.res("eku-email.pem"))).orElseThrow()
                .endsWith("(RFC 4945 §5.1.3.12) or one of [1.3.6.1.5.5.7.3.1, 1.3.6.1.5.5.8.2.2]"));
        assertThrows(IllegalArgumentException.class, () -> new CertUsage(Set.of("serverAuth")));
        assertThrows(IllegalArgumentException.class, () -> new CertUsage(Set.of("1.3.06")));
    }
}
