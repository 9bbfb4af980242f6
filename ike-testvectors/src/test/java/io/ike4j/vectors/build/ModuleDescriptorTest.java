package io.ike4j.vectors.build;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.negotiator.Ikev2Engine;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API is the exported packages (issue 11 point 8). Reads the compiled module-info of ike-core and ike-crypto
 * (target/classes in the reactor, or the jar) and pins what they export, to whom, and what they require, so the
 * API cannot widen silently: a new exported package must be added here on purpose.
 */
class ModuleDescriptorTest {

    /** What embedders use: engine, config, listener, key engine, SA views, transport, codec. */
    private static final Set<String> CORE_EXPORTS = Set.of(
            "io.ike4j.codec",
            "io.ike4j.codec.text",
            "io.ike4j.codec.v1",
            "io.ike4j.codec.v2",
            "io.ike4j.codec.v2.iana",
            "io.ike4j.config",
            "io.ike4j.diag",
            "io.ike4j.negotiator",
            "io.ike4j.negotiator.auth",
            "io.ike4j.negotiator.impair",
            "io.ike4j.negotiator.keylog",
            "io.ike4j.negotiator.v1",
            "io.ike4j.sa",
            "io.ike4j.sm",
            "io.ike4j.sm.v1", "io.ike4j.sm.v2",
            "io.ike4j.transport");

    /** Internals other ike4j modules need, exported to them alone. */
    private static final Map<String, Set<String>> CORE_QUALIFIED = Map.of(
            "io.ike4j.capture", Set.of("io.ike4j.cli", "io.ike4j.testvectors"),
            "io.ike4j.negotiator.proposal", Set.of("io.ike4j.testvectors"));

    private static final Set<String> CRYPTO_EXPORTS = Set.of(
            "io.ike4j.crypto",
            "io.ike4j.crypto.bc",
            "io.ike4j.crypto.iana",
            "io.ike4j.crypto.iana.v1",
            "io.ike4j.crypto.jca",
            "io.ike4j.crypto.kdf");

    private static final Map<String, Set<String>> CRYPTO_QUALIFIED = Map.of(
            "io.ike4j.crypto.vectors", Set.of("io.ike4j.cli", "io.ike4j.testvectors"));

    private static ModuleDescriptor descriptorOf(Class<?> c, String name) {
        Path where;
        try {
            where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ModuleReference ref = ModuleFinder.of(where).find(name)
                .orElseThrow(() -> new AssertionError("no module " + name + " (module-info.class) in " + where));
        return ref.descriptor();
    }

    private static Set<String> unqualified(ModuleDescriptor d) {
        return d.exports().stream().filter(e -> !e.isQualified()).map(Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Set<String>> qualified(ModuleDescriptor d) {
        return d.exports().stream().filter(Exports::isQualified)
                .collect(Collectors.toMap(Exports::source, Exports::targets, (a, b) -> a, TreeMap::new));
    }

    private static Set<String> requires(ModuleDescriptor d) {
        return d.requires().stream().map(Requires::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void coreExportsExactlyTheEmbedderApi() {
        ModuleDescriptor core = descriptorOf(Ikev2Engine.class, "io.ike4j.core");
        assertFalse(core.isOpen(), "io.ike4j.core must not be an open module");
        assertTrue(core.opens().isEmpty(), "io.ike4j.core opens " + core.opens());
        assertEquals(new TreeSet<>(CORE_EXPORTS), unqualified(core));
        assertEquals(new TreeMap<>(CORE_QUALIFIED), qualified(core));
        // Everything else stays internal: the packages that exist are the exported ones plus the qualified ones.
        Set<String> all = new TreeSet<>(CORE_EXPORTS);
        all.addAll(CORE_QUALIFIED.keySet());
        assertEquals(all, new TreeSet<>(core.packages()), "a new ike-core package: export it here on purpose or not");
    }

    @Test
    void coreRequiresCryptoAndNettyTransitivelyAndNeverBouncyCastle() {
        ModuleDescriptor core = descriptorOf(Ikev2Engine.class, "io.ike4j.core");
        assertEquals(Set.of("io.ike4j.crypto", "io.netty.buffer", "org.slf4j", "java.base"), requires(core));
        for (Requires r : core.requires()) {
            boolean transitive = r.modifiers().contains(Requires.Modifier.TRANSITIVE);
            assertEquals(List.of("io.ike4j.crypto", "io.netty.buffer").contains(r.name()), transitive, r.toString());
        }
        assertFalse(requires(core).stream().anyMatch(n -> n.startsWith("org.bouncycastle")));
    }

    @Test
    void cryptoExportsItsSpiRegistriesKdfAndProviders() {
        ModuleDescriptor crypto = descriptorOf(CryptoProvider.class, "io.ike4j.crypto");
        assertFalse(crypto.isOpen());
        assertEquals(new TreeSet<>(CRYPTO_EXPORTS), unqualified(crypto));
        assertEquals(new TreeMap<>(CRYPTO_QUALIFIED), qualified(crypto));
        Set<String> all = new TreeSet<>(CRYPTO_EXPORTS);
        all.addAll(CRYPTO_QUALIFIED.keySet());
        assertEquals(all, new TreeSet<>(crypto.packages()), "a new ike-crypto package: export it here on purpose or not");
        // BouncyCastle stays an implementation detail: not re-exported to ike-core's readers.
        Requires bc = crypto.requires().stream().filter(r -> r.name().equals("org.bouncycastle.provider")).findFirst()
                .orElseThrow();
        assertFalse(bc.modifiers().contains(Requires.Modifier.TRANSITIVE));
        // ServiceLoader finds the providers on the module path too.
        assertTrue(crypto.uses().contains(CryptoProvider.class.getName()));
        assertEquals(List.of("io.ike4j.crypto.bc.BouncyCastleProvider", "io.ike4j.crypto.jca.JcaProvider"),
                crypto.provides().stream().filter(p -> p.service().equals(CryptoProvider.class.getName()))
                        .findFirst().orElseThrow().providers());
    }
}
