package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * TS_IPV4_ADDR_RANGE (7, 4-octet addresses, selector length 16) or TS_IPV6_ADDR_RANGE (8, 16-octet
 * addresses, length 40), RFC 7296 §3.13.1.
 */
public record Ikev2AddressRangeSelector(int tsType, int ipProtocol, int startPort, int endPort,
                                        Bytes startAddress, Bytes endAddress) implements Ikev2TrafficSelector {
    /** TS_IPV4_ADDR_RANGE (RFC 7296 §3.13.1). */
    public static final int IPV4 = 7;
    /** TS_IPV6_ADDR_RANGE (RFC 7296 §3.13.1). */
    public static final int IPV6 = 8;

    /**
     * Checks that both addresses have the length of the TS type.
     *
     * @param tsType TS_IPV4_ADDR_RANGE (7) or TS_IPV6_ADDR_RANGE (8)
     * @param ipProtocol the IP protocol ID, 0 for any
     * @param startPort the first port
     * @param endPort the last port
     * @param startAddress the first address, 4 or 16 octets
     * @param endAddress the last address, 4 or 16 octets
     */
    public Ikev2AddressRangeSelector {
        int len = addressLength(tsType);
        if (len < 0 || startAddress.length() != len || endAddress.length() != len) {
            throw new IllegalArgumentException("address range selector type " + tsType + " with addresses of "
                    + startAddress.length() + "/" + endAddress.length() + " octets");
        }
    }

    /** 4 for IPv4, 16 for IPv6, -1 for any other type. */
    static int addressLength(int tsType) {
        return tsType == IPV4 ? 4 : tsType == IPV6 ? 16 : -1;
    }
}
