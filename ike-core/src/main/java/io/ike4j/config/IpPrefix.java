package io.ike4j.config;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * An address with prefix length, as IOS writes it in keyrings and policies ({@code address 10.0.0.2
 * 255.255.255.0}) or in CIDR form ({@code 10.0.0.0/24}, {@code 2001:db8::/32}).
 */
public record IpPrefix(InetAddress address, int prefixLength) {
    /**
     * Checks the prefix length against the address family.
     *
     * @param address the network address
     * @param prefixLength 0..32 for IPv4, 0..128 for IPv6
     */
    public IpPrefix {
        ConfigException.check(address != null, "prefix: address must not be null");
        int max = address instanceof Inet4Address ? 32 : 128;
        ConfigException.check(prefixLength >= 0 && prefixLength <= max,
                "prefix " + address.getHostAddress() + ": length must be 0.." + max + ", got " + prefixLength);
    }

    /**
     * {@code a.b.c.d/len}, {@code v6/len}, {@code a.b.c.d mask}, or a bare address (host prefix).
     *
     * @param text the prefix
     * @return the prefix
     * @throws ConfigException when it does not parse
     */
    public static IpPrefix parse(String text) {
        ConfigException.check(text != null && !text.isBlank(), "prefix: empty");
        String t = text.trim();
        String[] ws = t.split("\\s+");
        if (ws.length == 2) {
            InetAddress a = IpLiterals.require("prefix", ws[0]);
            return new IpPrefix(a, maskLength(IpLiterals.require("prefix mask", ws[1]), ws[1]));
        }
        ConfigException.check(ws.length == 1, "prefix: cannot parse '" + t + "'");
        int slash = t.indexOf('/');
        if (slash < 0) {
            InetAddress a = IpLiterals.require("prefix", t);
            return new IpPrefix(a, a instanceof Inet4Address ? 32 : 128);
        }
        InetAddress a = IpLiterals.require("prefix", t.substring(0, slash));
        String len = t.substring(slash + 1);
        ConfigException.check(len.matches("\\d{1,3}"), "prefix '" + t + "': bad length '" + len + "'");
        return new IpPrefix(a, Integer.parseInt(len));
    }

    private static int maskLength(InetAddress mask, String text) {
        byte[] b = mask.getAddress();
        int n = 0;
        boolean zero = false;
        for (byte x : b) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean one = ((x >> bit) & 1) == 1;
                ConfigException.check(!(one && zero), "prefix: '" + text + "' is not a contiguous netmask");
                if (one) {
                    n++;
                } else {
                    zero = true;
                }
            }
        }
        return n;
    }

    /**
     * True when {@code a} is inside this prefix (same address family).
     *
     * @param a an address
     * @return whether the prefix covers it
     */
    public boolean contains(InetAddress a) {
        byte[] p = address.getAddress();
        byte[] x = a.getAddress();
        if (p.length != x.length) {
            return false;
        }
        for (int i = 0; i < prefixLength; i++) {
            int m = 0x80 >> (i % 8);
            if ((p[i / 8] & m) != (x[i / 8] & m)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }
}
