package io.ike4j.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address literals without ever doing a DNS lookup. */
final class IpLiterals {
    private IpLiterals() {
    }

    private static final Pattern V4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]+");

    /** The address if {@code text} is a dotted-quad IPv4 or an RFC 4291 §2.2 IPv6 literal. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        boolean v4 = V4.matcher(t).matches();
        boolean v6 = !v4 && t.indexOf(':') >= 0 && V6.matcher(t).matches() && t.length() <= 45;
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // A literal of this shape is parsed, not resolved, by InetAddress (JDK contract for literals).
            return Optional.of(InetAddress.getByName(v6 ? "[" + t + "]" : t));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static InetAddress require(String what, String text) {
        return parse(text).orElseThrow(() -> new ConfigException(what + ": '" + text + "' is not an IP address"));
    }
}
