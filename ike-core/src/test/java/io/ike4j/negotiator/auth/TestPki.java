package io.ike4j.negotiator.auth;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Paths of the interop PKI (repo's interop/strongswan) and of this package's test certificates. */
final class TestPki {
    /** A time inside every test certificate's validity. */
    static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    private TestPki() {
    }

    /** {@code interop/strongswan} of this repository (tests run in the ike-core module directory). */
    static Path interop() {
        Path p = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 3 && p != null; i++, p = p.getParent()) {
            Path c = p.resolve("interop/strongswan");
            if (Files.isDirectory(c.resolve("pki"))) {
                return c;
            }
        }
        throw new AssertionError("interop/strongswan/pki not found above " + Paths.get("").toAbsolutePath());
    }

    static Path pki(String rel) {
        return interop().resolve("pki").resolve(rel);
    }

    static Path res(String name) {
        try {
            var url = TestPki.class.getResource(name);
            if (url == null) {
                throw new AssertionError("missing test resource " + name);
            }
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static X509Certificate cert(Path p) throws IOException {
        return Certificates.readPem(p).get(0);
    }
}
