package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;

/**
 * A traffic selector of a type other than 7/8, kept raw: the octet after the type (IP protocol or
 * reserved, depending on the type) and everything after the selector length field.
 */
public record Ikev2RawTrafficSelector(int tsType, int secondOctet, Bytes body) implements Ikev2TrafficSelector {
    /**
     * Rejects the address-range types, which have their own record.
     *
     * @param tsType the TS type
     * @param secondOctet the octet after the TS type (the IP protocol ID for the RFC types)
     * @param body the selector after its length field
     */
    public Ikev2RawTrafficSelector {
        if (Ikev2AddressRangeSelector.addressLength(tsType) > 0) {
            throw new IllegalArgumentException("types 7 and 8 are Ikev2AddressRangeSelector");
        }
    }
}
