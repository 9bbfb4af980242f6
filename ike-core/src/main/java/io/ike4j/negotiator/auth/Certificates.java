package io.ike4j.negotiator.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** X.509 certificates from PEM files and DER octets, through the JDK CertificateFactory. */
final class Certificates {
    private Certificates() {
    }

    static List<X509Certificate> readPem(Path file) throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        for (Pem.Block b : Pem.read(file)) {
            if (b.label().equals("CERTIFICATE")) {
                out.add(parse(b.der()).orElseThrow(() -> new IOException(file + ": a CERTIFICATE block is not a valid X.509 certificate")));
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + ": no CERTIFICATE block");
        }
        return out;
    }

    /** The certificate whose DER encoding is exactly {@code der} (no trailing octets, no PEM), or empty. */
    static Optional<X509Certificate> parse(byte[] der) {
        if (der == null || der.length == 0 || der[0] != Der.SEQUENCE) {
            return Optional.empty();
        }
        try {
            var c = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            if (c instanceof X509Certificate x && java.util.Arrays.equals(x.getEncoded(), der)) {
                return Optional.of(x);
            }
            return Optional.empty();
        } catch (CertificateException | IllegalArgumentException e) {
            // the JDK parser reports some malformed encodings as IllegalArgumentException
            return Optional.empty();
        }
    }
}
