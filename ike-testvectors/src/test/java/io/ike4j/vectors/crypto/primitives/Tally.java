package io.ike4j.vectors.crypto.primitives;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Counts of one suite on one provider. {@code requiredUnsupported} counts the cases the issue requires
 * of every complete provider (BouncyCastle must have none); {@code unsupported} counts all.
 */
final class Tally {
    static final HexFormat HEX = HexFormat.of();

    int passed;
    int failed;
    int unsupported;
    int requiredUnsupported;
    final List<String> failures = new ArrayList<>();

    /** Records a case; {@code ok} false is a failure named {@code name}. */
    void check(boolean ok, String name) {
        if (ok) {
            passed++;
        } else {
            failed++;
            failures.add(name);
        }
    }

    /** A structural expectation (e.g. how many cases a file holds): a failure when false, not a case. */
    void expect(boolean ok, String what) {
        if (!ok) {
            failed++;
            failures.add(what);
        }
    }

    void unsupported(boolean requiredOfBc, String name) {
        unsupported++;
        if (requiredOfBc) {
            requiredUnsupported++;
            failures.add("unsupported: " + name);
        }
    }

    /** Runs an exception-throwing check: an exception is a failure. */
    void run(String name, CheckedBool body) {
        try {
            check(body.get(), name);
        } catch (Exception | AssertionError e) {
            check(false, name + ": " + e);
        }
    }

    @FunctionalInterface
    interface CheckedBool {
        boolean get() throws Exception;
    }

    static byte[] hex(String s) {
        return HEX.parseHex(s.replaceAll("\\s", "").toLowerCase());
    }

    /**
     * Runs {@code suite} on every provider found, prints {@code <suite> [name]: N passed, M failed, K
     * unsupported} and fails when any case failed, when the {@code bc} provider is missing, or when bc
     * left a required case unsupported.
     */
    static void onAllProviders(String suite, Function<CryptoProvider, Tally> body) {
        List<CryptoProvider> providers = CryptoProviders.all();
        assertTrue(providers.stream().anyMatch(p -> p.name().equals("bc")),
                "the BouncyCastle provider must be present; problems: " + CryptoProviders.problems());
        List<String> problems = new ArrayList<>();
        for (CryptoProvider p : providers) {
            Tally t = body.apply(p);
            System.out.println(suite + " [" + p.name() + "]: " + t.passed + " passed, " + t.failed + " failed, "
                    + t.unsupported + " unsupported");
            if (t.failed > 0) {
                problems.add(p.name() + ": " + t.failures.stream().limit(20).toList());
            }
            if (p.name().equals("bc") && t.requiredUnsupported > 0) {
                problems.add("bc left required cases unsupported: " + t.failures.stream()
                        .filter(f -> f.startsWith("unsupported")).limit(20).toList());
            }
            if (p.name().equals("bc")) {
                assertTrue(t.passed > 0, suite + " ran nothing on bc");
            }
        }
        if (!problems.isEmpty()) {
            fail(suite + ": " + problems);
        }
        assertEquals(List.of(), problems);
    }
}
