package io.ike4j.cli;

import io.ike4j.config.ConfigException;
import io.ike4j.negotiator.Ikev2Engine;

import java.util.Set;
import java.util.function.Function;

/**
 * The engine's hostile-network limits and authentication policy on the {@code ike peer} command line
 * (SECURITY.md lists them all). An option wins; without it the system property {@code ike4j.NAME} is used (for
 * scripts that can only pass JVM options, e.g. {@code IKE_JAVA_OPTS=-Dike4j.halfOpenPerAddress=100000} for a
 * load test from one address); without either, the library's default.
 */
final class SecurityOptions {
    static final Set<String> VALUED = Set.of("cookie-threshold", "half-open-per-address", "half-open-limit", "accept-eku",
            "puzzles");
    static final Set<String> FLAGS = Set.of("allow-sha1-signatures");
    static final String SYNOPSIS = "[--cookie-threshold N] [--half-open-per-address N] [--half-open-limit N]\n"
            + "               [--allow-sha1-signatures] [--accept-eku OID[,OID...]] [--puzzles BITS[,LEGACY-PERCENT]]";
    static final String SUMMARY = "--cookie-threshold N (half-open SAs before IKE_SA_INIT needs a COOKIE; default 100, 0 always,\n"
            + "      negative never), --half-open-per-address N (default 5), --half-open-limit N (default 10000), each also\n"
            + "      as -Dike4j.cookieThreshold / halfOpenPerAddress / halfOpenLimit; --allow-sha1-signatures accepts RSA\n"
            + "      method 1 and SHA-1 RFC 7427 signatures (refused by default, RFC 8247); --accept-eku adds extended key\n"
            + "      usages besides id-kp-ipsecIKE and anyExtendedKeyUsage (e.g. 1.3.6.1.5.5.7.3.1 serverAuth); --puzzles 16,10:\n"
            + "      RFC 8019 client puzzles with every COOKIE (0 or 8..255 zero bits; 10% of clients without a solution let in)";

    private SecurityOptions() {
    }

    static void apply(Options o, Ikev2Engine.Builder b, Function<String, String> properties) throws UsageException {
        Integer cookies = integer(o, "cookie-threshold", "ike4j.cookieThreshold", properties, false);
        if (cookies != null) {
            b.cookieThreshold(cookies);
        }
        Integer perAddress = integer(o, "half-open-per-address", "ike4j.halfOpenPerAddress", properties, true);
        if (perAddress != null) {
            b.halfOpenPerAddress(perAddress);
        }
        Integer total = integer(o, "half-open-limit", "ike4j.halfOpenLimit", properties, true);
        if (total != null) {
            b.halfOpenLimit(total);
        }
        if (o.has("puzzles")) {
            String[] f = o.get("puzzles").get().split(",", -1);
            try {
                b.puzzles(Integer.parseInt(f[0].trim()), f.length > 1 ? Integer.parseInt(f[1].trim()) : 0);
                if (f.length > 2) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new UsageException("--puzzles: BITS[,LEGACY-PERCENT], got '" + o.get("puzzles").get() + "'");
            } catch (ConfigException e) {
                throw new UsageException("--puzzles: " + e.getMessage());
            }
        }
        if (o.has("allow-sha1-signatures")) {
            b.allowSha1Signatures(true);
        }
        if (o.has("accept-eku")) {
            try {
                b.acceptExtendedKeyUsage(o.get("accept-eku").get().split(","));
            } catch (ConfigException e) {
                throw new UsageException("--accept-eku: " + e.getMessage());
            }
        }
    }

    private static Integer integer(Options o, String option, String property, Function<String, String> properties,
                                   boolean positive) throws UsageException {
        String v = o.get(option).orElse(null);
        String from = "--" + option;
        if (v == null) {
            v = properties.apply(property);
            from = "-D" + property;
        }
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (!positive || n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(from + " must be " + (positive ? "a positive" : "an") + " integer, got '" + v + "'");
    }
}
