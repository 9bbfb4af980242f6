package io.ike4j.codec.text;

import io.ike4j.codec.Bytes;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Text forms of 4- and 16-octet addresses for the formatters (no DNS lookups). */
final class Ikev2Addresses {
    private Ikev2Addresses() {
    }

    /** Dotted quad for 4 octets, RFC 5952-ish Java form for 16, hex otherwise. */
    static String format(Bytes b) {
        if (b.length() == 4 || b.length() == 16) {
            try {
                String s = InetAddress.getByAddress(b.toByteArray()).getHostAddress();
                return b.length() == 16 ? compress(s) : s;
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e); // cannot happen for 4 or 16 octets
            }
        }
        return b.toHex();
    }

    /** Java prints 2001:db8:0:0:0:0:0:1; shorten the longest zero run like RFC 5952. */
    private static String compress(String s) {
        String[] g = s.split(":");
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < g.length; ) {
            if (g[i].equals("0")) {
                int j = i;
                while (j < g.length && g[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen && j - i > 1) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return s;
        }
        String left = String.join(":", java.util.Arrays.copyOfRange(g, 0, bestStart));
        String right = String.join(":", java.util.Arrays.copyOfRange(g, bestStart + bestLen, g.length));
        return left + "::" + right;
    }
}
