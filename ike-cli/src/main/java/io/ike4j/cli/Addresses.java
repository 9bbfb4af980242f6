package io.ike4j.cli;

import io.ike4j.transport.DatagramEndpoint;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Address text as people write it: IPv6 in the RFC 5952 canonical form ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}). */
final class Addresses {
    private Addresses() {
    }

    static String text(InetAddress a) {
        if (!(a instanceof Inet6Address)) {
            return a.getHostAddress();
        }
        byte[] b = a.getAddress();
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // RFC 5952 §4.2: the longest run (first if tied) of two or more zero groups becomes "::"
        int best = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                best = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == best) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }

    /** An identity's value, IPv6 addresses canonical. */
    static String id(io.ike4j.config.IkeIdentity id) {
        return id.address().map(Addresses::text).orElse(id.value());
    }

    /** {@code 10.0.0.1:500}, {@code [2001:db8::1]:500}. */
    static String endpoint(DatagramEndpoint e) {
        String h = text(e.address());
        return (h.indexOf(':') >= 0 ? "[" + h + "]" : h) + ":" + e.port();
    }
}
