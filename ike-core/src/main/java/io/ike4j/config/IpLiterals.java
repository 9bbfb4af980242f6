package io.ike4j.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address literals without ever doing a DNS lookup. */
final class IpLiterals {
    private IpLiterals() {
    }

    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]+");

    /** The address if {@code text} is a dotted-quad IPv4 or an RFC 4291 §2.2 IPv6 literal. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        byte[] quad = dottedQuad(t);
        if (quad != null) {
            try {
                return Optional.of(InetAddress.getByAddress(quad));
            } catch (UnknownHostException impossible) {
                return Optional.empty(); // four octets are always an address
            }
        }
        if (t.indexOf(':') < 0 || t.length() > 45 || !V6.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            // A literal of this shape is parsed, not resolved, by InetAddress (JDK contract for literals).
            return Optional.of(InetAddress.getByName("[" + t + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The four octets of a dotted quad in decimal without leading zeros ({@code 10.0.0.1}; not {@code 010.0.0.1},
     * which some parsers read as octal), or null. Parsed by hand: address identities are made per handshake.
     */
    static byte[] dottedQuad(String t) {
        byte[] out = new byte[4];
        int i = 0;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= t.length() || t.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
            int start = i;
            int v = 0;
            while (i < t.length() && i - start < 3 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                v = v * 10 + (t.charAt(i++) - '0');
            }
            int digits = i - start;
            if (digits == 0 || v > 255 || (digits > 1 && t.charAt(start) == '0')) {
                return null;
            }
            out[part] = (byte) v;
        }
        return i == t.length() ? out : null;
    }

    static InetAddress require(String what, String text) {
        return parse(text).orElseThrow(() -> new ConfigException(what + ": '" + text + "' is not an IP address"));
    }
}
