package io.ike4j.vectors.crypto.kdf;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import java.util.List;

/** Shared checks of the KDF/decryption suites. */
public final class KdfSuiteSupport {
    /**
     * {@link CryptoProviders#all()}, or empty when a listed provider class is missing: its stream() throws
     * ServiceConfigurationError eagerly in that case (until every listed provider is merged).
     */
    public static List<CryptoProvider> providers() {
        try {
            return CryptoProviders.all();
        } catch (java.util.ServiceConfigurationError e) {
            System.out.println("WARNING: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * Set {@code -Dike4j.requireBc=false} only while the BouncyCastle provider is not merged yet; by default
     * a missing {@code bc} provider fails the suite (crypto brief).
     */
    public static void requireBc(List<CryptoProvider> providers) {
        boolean required = !"false".equals(System.getProperty("ike4j.requireBc"));
        boolean present = providers.stream().anyMatch(p -> p.name().equals("bc"));
        if (!present) {
            System.out.println("WARNING: no 'bc' CryptoProvider on the class path");
            if (required) {
                throw new AssertionError("the BouncyCastle provider 'bc' is required but absent");
            }
        }
    }

    private KdfSuiteSupport() {
    }
}
