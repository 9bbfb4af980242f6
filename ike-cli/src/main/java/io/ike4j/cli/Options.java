package io.ike4j.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GNU-style long options for {@code ike demo} and {@code ike peer}: {@code --name VALUE}, {@code --name=VALUE}
 * and flags. Unknown options, missing values and repeated options are usage errors naming the option.
 */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options() {
    }

    /**
     * @param valued the options that take a value (names without "--")
     * @param flags  the options that take none
     */
    static Options parse(String[] args, Set<String> valued, Set<String> flags) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || a.length() == 2) {
                throw new UsageException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "";
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 == args.length) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
            if (o.values.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return o;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String get(String name, String def) {
        return values.getOrDefault(name, def);
    }

    /** A positive integer option. */
    int positive(String name, int def) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a positive integer, got '" + v + "'");
    }

    /** A non-negative integer option (0 allowed, e.g. {@code --hold 0}). */
    int nonNegative(String name, int def) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a non-negative integer, got '" + v + "'");
    }

    /** One of {@code choices}. */
    String choice(String name, String def, String... choices) throws UsageException {
        String v = values.getOrDefault(name, def);
        for (String c : choices) {
            if (c.equals(v)) {
                return v;
            }
        }
        throw new UsageException("--" + name + " must be one of " + String.join("|", choices) + ", got '" + v + "'");
    }
}
