package io.ike4j.negotiator.auth;

import io.ike4j.config.IkeIdentity;
import java.net.InetAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Whether a certificate speaks for an IKE identity (RFC 7296 §3.5, RFC 4945 §3.1 in spirit): a
 * DER_ASN1_DN identity must equal the subject DN, an FQDN / RFC822 / IP identity must equal a
 * subjectAltName dNSName / rfc822Name / iPAddress. KEY_ID never matches a certificate.
 */
public final class CertIdentity {
    private static final int SAN_RFC822 = 1;
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    private CertIdentity() {
    }

    /**
     * Whether {@code cert} names {@code id}: a DN equal to the subject, an FQDN, e-mail address or IP address in
     * its subjectAltName (RFC 4945 §3.1); never for KEY_ID.
     *
     * @param cert the peer's end-entity certificate, or null
     * @param id the identity of its ID payload, or null
     * @return true when the certificate backs the identity
     */
    public static boolean matches(X509Certificate cert, IkeIdentity id) {
        if (cert == null || id == null) {
            return false;
        }
        return switch (id.type()) {
            case DER_ASN1_DN -> dn(id.value()).map(p -> p.equals(cert.getSubjectX500Principal())).orElse(false);
            case FQDN -> san(cert, SAN_DNS).stream().anyMatch(n -> stripDot(n).equalsIgnoreCase(stripDot(id.value())));
            case RFC822_ADDR -> san(cert, SAN_RFC822).stream().anyMatch(n -> n.equalsIgnoreCase(id.value()));
            case IPV4_ADDR, IPV6_ADDR -> {
                Optional<InetAddress> a = id.address();
                yield a.isPresent() && san(cert, SAN_IP).stream().anyMatch(n -> a.get().equals(ip(n)));
            }
            case KEY_ID -> false;
        };
    }

    /**
     * The subject DN as a DER_ASN1_DN identity (RFC 2253 text).
     *
     * @param cert a certificate
     * @return its subject as an identity
     */
    public static IkeIdentity subjectDn(X509Certificate cert) {
        return new IkeIdentity(IkeIdentity.Type.DER_ASN1_DN, cert.getSubjectX500Principal().getName(X500Principal.RFC2253));
    }

    private static Optional<X500Principal> dn(String text) {
        try {
            return Optional.of(new X500Principal(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static InetAddress ip(String literal) {
        // The JDK renders iPAddress SANs as numeric literals; getByName on a literal does no lookup, but guard
        // against anything that is not one (a name would resolve through DNS).
        if (!literal.matches("[0-9A-Fa-f:.%]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    private static List<String> san(X509Certificate cert, int type) {
        Collection<List<?>> names;
        try {
            names = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return List.of();
        }
        if (names == null) {
            return List.of();
        }
        return names.stream()
                .filter(n -> n.size() >= 2 && Integer.valueOf(type).equals(n.get(0)) && n.get(1) instanceof String)
                .map(n -> (String) n.get(1))
                .toList();
    }
}
