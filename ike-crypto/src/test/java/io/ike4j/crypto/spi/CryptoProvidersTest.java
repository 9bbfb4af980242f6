package io.ike4j.crypto.spi;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.jca.JcaProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CryptoProviders: every line of META-INF/services either loads or is reported by problems(); a missing
 * class (e.g. a provider not built into this branch) does not hide the others; lookup by name.
 */
class CryptoProvidersTest {
    private static List<String> listedClasses() throws IOException {
        try (InputStream in = CryptoProvider.class.getClassLoader()
                .getResourceAsStream("META-INF/services/io.ike4j.crypto.CryptoProvider")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void everyListedProviderLoadsOrIsReported() throws IOException {
        List<CryptoProvider> all = CryptoProviders.all();
        List<String> problems = CryptoProviders.problems();
        System.out.println("CryptoProviders: " + all.stream().map(CryptoProvider::name).toList() + ", problems " + problems);
        List<String> listed = listedClasses();
        assertTrue(listed.contains(JcaProvider.class.getName()), listed.toString());
        assertEquals(listed.size(), all.size() + problems.size());
        for (CryptoProvider p : all) {
            assertTrue(listed.contains(p.getClass().getName()), p.getClass().getName());
        }
        assertEquals(all.size(), all.stream().map(CryptoProvider::name).distinct().count(), "names are unique");
    }

    @Test
    void lookupByName() {
        assertTrue(CryptoProviders.named("jca") instanceof JcaProvider);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CryptoProviders.named("nope"));
        assertTrue(e.getMessage().contains("jca"), e.getMessage());
        CryptoProvider d = CryptoProviders.defaultProvider();
        boolean hasBc = CryptoProviders.all().stream().anyMatch(p -> p.name().equals("bc"));
        assertEquals(hasBc ? "bc" : CryptoProviders.all().get(0).name(), d.name());
    }

    @Test
    void unsupportedTransformNamesTheTransform() {
        UnsupportedTransformException e = new UnsupportedTransformException(TransformKind.ENCR, 14, "x");
        assertEquals(TransformKind.ENCR, e.kind());
        assertEquals(14, e.transformId());
        assertTrue(e.getMessage().startsWith("x does not support ENCR transform"), e.getMessage());
        assertTrue(e.getMessage().contains("CCM"), e.getMessage());
    }
}
