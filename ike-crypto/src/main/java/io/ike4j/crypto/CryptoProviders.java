package io.ike4j.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds {@link CryptoProvider}s through {@link ServiceLoader} ({@code META-INF/services}). */
public final class CryptoProviders {
    private CryptoProviders() {
    }

    /**
     * {@return every provider on the class path that loads, in ServiceLoader order} A listed provider that
     * cannot be instantiated (its class or a library it needs is missing) is left out; {@link #problems()}
     * says why.
     */
    public static List<CryptoProvider> all() {
        List<CryptoProvider> out = new ArrayList<>();
        // Iterate rather than stream(): a listed class that is missing makes the stream itself throw, which
        // would hide every other provider. The lazy iterator moves past a failing entry, so keep going;
        // the bound only guards against a misbehaving iterator.
        var it = loader().iterator();
        for (int guard = 0; guard < 10_000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // reported by problems()
            }
        }
        return out;
    }

    /** {@return why listed providers could not be loaded (empty when all loaded)} */
    public static List<String> problems() {
        List<String> out = new ArrayList<>();
        var it = loader().iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    private static ServiceLoader<CryptoProvider> loader() {
        return ServiceLoader.load(CryptoProvider.class, CryptoProviders.class.getClassLoader());
    }

    /**
     * The provider whose {@link CryptoProvider#name()} is {@code name}.
     *
     * @param name {@code bc}, {@code jca} or another provider's name
     * @return the provider
     * @throws IllegalArgumentException when no provider has that name
     */
    public static CryptoProvider named(String name) {
        for (CryptoProvider p : all()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no crypto provider named '" + name + "' (have: "
                + all().stream().map(CryptoProvider::name).toList() + ")");
    }

    /**
     * {@return {@code bc} when present, else the first one found}
     *
     * @throws IllegalStateException when there is none
     */
    public static CryptoProvider defaultProvider() {
        List<CryptoProvider> all = all();
        if (all.isEmpty()) {
            throw new IllegalStateException("no io.ike4j.crypto.CryptoProvider on the class path");
        }
        return all.stream().filter(p -> p.name().equals("bc")).findFirst().orElse(all.get(0));
    }
}
