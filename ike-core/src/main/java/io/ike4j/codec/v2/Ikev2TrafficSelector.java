package io.ike4j.codec.v2;

/**
 * One traffic selector (RFC 7296 §3.13.1): an IPv4/IPv6 address range, or any other type (FC,
 * RFC 4595; security label, RFC 9478; unknown) kept raw.
 */
public sealed interface Ikev2TrafficSelector permits Ikev2AddressRangeSelector, Ikev2RawTrafficSelector {
    /** {@return the {@link io.ike4j.codec.v2.iana.Ikev2TsType} number} */
    int tsType();
}
