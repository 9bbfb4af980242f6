package io.ike4j.negotiator.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AddressRangeSelector;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2RawTrafficSelector;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.config.TrafficSelector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7296 §2.9 narrowing table, payload conversion, subset check. */
class TsNarrowingTest {
    static TrafficSelector c(String cidr) {
        return TrafficSelector.cidr(cidr);
    }

    static List<TrafficSelector> n(List<TrafficSelector> proposed, List<TrafficSelector> allowed) {
        return TsNarrowing.narrow(proposed, allowed);
    }

    @Test
    void narrowingTable() {
        // peer proposes everything, we allow one subnet: narrowed to the subnet (§2.9)
        assertEquals(List.of(c("10.0.0.0/24")), n(List.of(c("0.0.0.0/0")), List.of(c("10.0.0.0/24"))));
        // and the other way round: the peer's narrower request fits inside what we allow
        assertEquals(List.of(c("10.0.0.0/24")), n(List.of(c("10.0.0.0/24")), List.of(c("0.0.0.0/0"))));
        // disjoint: TS_UNACCEPTABLE
        assertEquals(List.of(), n(List.of(c("10.0.0.0/24")), List.of(c("10.0.1.0/24"))));
        // families never mix
        assertEquals(List.of(), n(List.of(c("0.0.0.0/0")), List.of(c("::/0"))));
        assertEquals(List.of(c("2001:db8:1::/48")), n(List.of(c("::/0")), List.of(c("2001:db8:1::/48"), c("10.0.0.0/8"))));
        // partial overlap of ranges
        assertEquals(List.of(TrafficSelector.range("10.0.0.128", "10.0.0.255")),
                n(List.of(TrafficSelector.range("10.0.0.128", "10.0.1.10")), List.of(c("10.0.0.0/24"))));
    }

    @Test
    void protocolsAndPorts() {
        TrafficSelector any = c("10.0.0.0/24");
        TrafficSelector tcp = any.withProtocol(6);
        TrafficSelector udp500 = any.withProtocol(17).withPorts(500, 500);
        assertEquals(List.of(tcp), n(List.of(any), List.of(tcp)));
        assertEquals(List.of(tcp), n(List.of(tcp), List.of(any)));
        assertEquals(List.of(), n(List.of(tcp), List.of(udp500)), "TCP vs UDP");
        assertEquals(List.of(udp500), n(List.of(any.withProtocol(17)), List.of(udp500)));
        assertEquals(List.of(any.withProtocol(6).withPorts(1000, 2000)),
                n(List.of(tcp.withPorts(0, 2000)), List.of(any.withPorts(1000, 65535))));
        assertEquals(List.of(), n(List.of(tcp.withPorts(0, 999)), List.of(any.withPorts(1000, 65535))));
    }

    @Test
    void keepsPeerOrderAndDropsDuplicates() {
        List<TrafficSelector> proposed = List.of(c("10.0.2.0/24"), c("10.0.1.0/24"), c("10.0.1.0/24"));
        List<TrafficSelector> allowed = List.of(c("10.0.1.0/24"), c("10.0.2.0/24"), c("10.0.0.0/16"));
        assertEquals(List.of(c("10.0.2.0/24"), c("10.0.1.0/24")), n(proposed, allowed));
    }

    @Test
    void ipv4MappedIpv6StaysIpv6() throws Exception {
        byte[] lo = new byte[16];
        lo[10] = (byte) 0xff;
        lo[11] = (byte) 0xff;
        byte[] hi = lo.clone();
        java.util.Arrays.fill(hi, 12, 16, (byte) 0xff);
        TrafficSelector mapped = new TrafficSelector(java.net.Inet6Address.getByAddress(null, lo, -1),
                java.net.Inet6Address.getByAddress(null, hi, -1), 0, 0, 65535);
        List<TrafficSelector> r = n(List.of(c("::/0")), List.of(mapped));
        assertEquals(1, r.size());
        assertEquals(8, r.get(0).tsType());
        assertEquals(Bytes.wrap(lo), Bytes.wrap(r.get(0).startAddress().getAddress()));
    }

    @Test
    void subset() {
        List<TrafficSelector> proposed = List.of(c("10.0.0.0/16"), c("2001:db8::/32").withProtocol(17));
        assertTrue(TsNarrowing.isSubset(List.of(c("10.0.5.0/24")), proposed));
        assertTrue(TsNarrowing.isSubset(List.of(c("10.0.5.0/24").withProtocol(6).withPorts(80, 80), c("2001:db8:1::/64").withProtocol(17)), proposed));
        assertFalse(TsNarrowing.isSubset(List.of(c("10.1.0.0/24")), proposed));
        assertFalse(TsNarrowing.isSubset(List.of(c("2001:db8:1::/64")), proposed), "any protocol is wider than UDP");
        assertFalse(TsNarrowing.isSubset(List.of(c("0.0.0.0/0")), proposed));
        assertFalse(TsNarrowing.isSubset(List.of(), proposed), "empty is never acceptable");
    }

    @Test
    void payloadRoundTripAndBytes() {
        Ikev2TsPayload p = TsNarrowing.toPayload(true, List.of(TrafficSelector.anyIpv4()));
        // seed 002: TSi 24 octets, TS_IPV4_ADDR_RANGE, proto 0, ports 0-65535, 0.0.0.0-255.255.255.255
        assertEquals("0000001801000000" + "07000010" + "0000ffff" + "00000000" + "ffffffff",
                Bytes.wrap(Ikev2Codec.encodePayloadChain(List.<Ikev2Payload>of(p))).toHex());
        List<TrafficSelector> sel = List.of(c("10.1.0.0/16").withProtocol(6).withPorts(22, 22), c("2001:db8::/32"));
        Ikev2TsPayload r = TsNarrowing.toPayload(false, sel);
        assertEquals(Ikev2TsPayload.TYPE_TSR, r.type());
        assertEquals(sel, TsNarrowing.fromPayload(r));
    }

    @Test
    void fromPayloadIgnoresWhatItCannotRepresent() {
        Ikev2TsPayload p = new Ikev2TsPayload(true, List.of(
                new Ikev2RawTrafficSelector(10, 0, Bytes.fromHex("0000")),
                new Ikev2AddressRangeSelector(7, 0, 65535, 0, Bytes.fromHex("0a000000"), Bytes.fromHex("0a0000ff")),
                new Ikev2AddressRangeSelector(7, 0, 0, 65535, Bytes.fromHex("0a0000ff"), Bytes.fromHex("0a000000")),
                new Ikev2AddressRangeSelector(7, 1, 0, 65535, Bytes.fromHex("0a000000"), Bytes.fromHex("0a0000ff"))));
        assertEquals(List.of(c("10.0.0.0/24").withProtocol(1)), TsNarrowing.fromPayload(p));
    }
}
