package io.ike4j.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A traffic selector (RFC 7296 §3.13.1): address range, IP protocol (0 = any) and port range
 * (0..65535 = any). Both ends of the range are of the same family (TS_IPV4_ADDR_RANGE or
 * TS_IPV6_ADDR_RANGE).
 */
public record TrafficSelector(InetAddress startAddress, InetAddress endAddress, int protocol, int startPort,
                              int endPort) {
    /**
     * Checks that the range is ordered and of one address family, and the ports and protocol in range.
     *
     * @param startAddress the first address
     * @param endAddress the last address, same family
     * @param protocol the IP protocol ID, 0 for any
     * @param startPort the first port
     * @param endPort the last port
     */
    public TrafficSelector {
        // Checked without building a message unless one fails: a handshake makes several selectors (decoded TSi/TSr,
        // narrowed results), and the messages' address formatting was most of their cost.
        if (startAddress == null || endAddress == null) {
            throw new ConfigException("traffic selector: addresses must not be null");
        }
        if (startAddress.getClass() != endAddress.getClass()) {
            throw invalid(startAddress, endAddress, "mixes IPv4 and IPv6");
        }
        if (Arrays.compareUnsigned(startAddress.getAddress(), endAddress.getAddress()) > 0) {
            throw invalid(startAddress, endAddress, "start address after end address");
        }
        if (protocol < 0 || protocol > 255) {
            throw invalid(startAddress, endAddress, "protocol must be 0..255, got " + protocol);
        }
        if (startPort < 0 || endPort > 65535 || startPort > endPort) {
            throw invalid(startAddress, endAddress, "bad port range " + startPort + "-" + endPort);
        }
    }

    private static ConfigException invalid(InetAddress start, InetAddress end, String what) {
        return new ConfigException("traffic selector " + start.getHostAddress() + "-" + end.getHostAddress() + ": " + what);
    }

    /**
     * All addresses of {@code cidr} (e.g. {@code 10.1.0.0/16}), any protocol and port.
     *
     * @param cidr an address and prefix length
     * @return the selector
     */
    public static TrafficSelector cidr(String cidr) {
        return of(IpPrefix.parse(cidr), 0, 0, 65535);
    }

    /**
     * The addresses of {@code prefix} with a protocol and port range.
     *
     * @param prefix the addresses
     * @param protocol the IP protocol ID, 0 for any
     * @param startPort the first port
     * @param endPort the last port
     * @return the selector
     */
    public static TrafficSelector of(IpPrefix prefix, int protocol, int startPort, int endPort) {
        byte[] lo = prefix.address().getAddress();
        byte[] hi = lo.clone();
        for (int i = 0; i < lo.length * 8; i++) {
            if (i >= prefix.prefixLength()) {
                int m = 0x80 >> (i % 8);
                lo[i / 8] &= (byte) ~m;
                hi[i / 8] |= (byte) m;
            }
        }
        return new TrafficSelector(addr(lo), addr(hi), protocol, startPort, endPort);
    }

    /**
     * An address range {@code a-b}, any protocol and port.
     *
     * @param start the first address (a literal)
     * @param end the last address, same family
     * @return the selector
     */
    public static TrafficSelector range(String start, String end) {
        return new TrafficSelector(IpLiterals.require("traffic selector", start),
                IpLiterals.require("traffic selector", end), 0, 0, 65535);
    }

    /** {@return 0.0.0.0/0, any protocol and port} */
    public static TrafficSelector anyIpv4() {
        return cidr("0.0.0.0/0");
    }

    /** {@return ::/0, any protocol and port} */
    public static TrafficSelector anyIpv6() {
        return cidr("::/0");
    }

    /**
     * This selector with another IP protocol.
     *
     * @param proto the IP protocol ID, 0 for any
     * @return the new selector
     */
    public TrafficSelector withProtocol(int proto) {
        return new TrafficSelector(startAddress, endAddress, proto, startPort, endPort);
    }

    /**
     * This selector with another port range.
     *
     * @param start the first port
     * @param end the last port
     * @return the new selector
     */
    public TrafficSelector withPorts(int start, int end) {
        return new TrafficSelector(startAddress, endAddress, protocol, start, end);
    }

    /** {@return true for IPv4 addresses} */
    public boolean ipv4() {
        return startAddress instanceof Inet4Address;
    }

    /** {@return the RFC 7296 §3.13.1 TS Type: 7 = TS_IPV4_ADDR_RANGE, 8 = TS_IPV6_ADDR_RANGE} */
    public int tsType() {
        return ipv4() ? 7 : 8;
    }

    private static InetAddress addr(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // unreachable: length is 4 or 16
        }
    }

    @Override
    public String toString() {
        return startAddress.getHostAddress() + "-" + endAddress.getHostAddress() + " proto " + protocol
                + " ports " + startPort + "-" + endPort;
    }
}
