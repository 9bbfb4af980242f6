package io.ike4j.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/** A UDP address and port: one side of a datagram. */
public record DatagramEndpoint(InetAddress address, int port) {

    /**
     * Checks the port range.
     *
     * @param address the IP address
     * @param port the UDP port, 0..65535
     */
    public DatagramEndpoint {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("UDP port out of range 0..65535: " + port);
        }
    }

    /**
     * Parses a literal address (no DNS lookup for literals) and a port.
     *
     * @param address an IPv4 or IPv6 literal (a host name is resolved)
     * @param port the UDP port
     * @return the endpoint
     * @throws IllegalArgumentException when the address cannot be resolved
     */
    public static DatagramEndpoint of(String address, int port) {
        try {
            return new DatagramEndpoint(InetAddress.getByName(address), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + address, e);
        }
    }

    /**
     * The endpoint of a socket address.
     *
     * @param socketAddress a resolved socket address
     * @return its address and port
     */
    public static DatagramEndpoint of(InetSocketAddress socketAddress) {
        return new DatagramEndpoint(socketAddress.getAddress(), socketAddress.getPort());
    }

    /** {@return this endpoint as a socket address} */
    public InetSocketAddress toSocketAddress() {
        return new InetSocketAddress(address, port);
    }

    /**
     * This address with another port (e.g. 4500 after NAT detection).
     *
     * @param newPort the port
     * @return the new endpoint
     */
    public DatagramEndpoint withPort(int newPort) {
        return new DatagramEndpoint(address, newPort);
    }

    @Override
    public String toString() {
        String host = address.getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
