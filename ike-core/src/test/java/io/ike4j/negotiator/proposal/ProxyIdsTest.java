package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.config.TrafficSelector;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Quick Mode proxy IDs (RFC 2407 §4.6.2) from and to traffic selectors. */
class ProxyIdsTest {
    @Test
    void selectorsBecomeTheNarrowestIdType() {
        assertEquals(new IdPayload(4, 0, 0, Bytes.fromHex("0a010000ffff0000")),
                ProxyIds.toPayload(TrafficSelector.cidr("10.1.0.0/16")).orElseThrow(), "ID_IPV4_ADDR_SUBNET");
        assertEquals(new IdPayload(1, 17, 500, Bytes.fromHex("c0000201")),
                ProxyIds.toPayload(TrafficSelector.cidr("192.0.2.1/32").withProtocol(17).withPorts(500, 500)).orElseThrow(),
                "ID_IPV4_ADDR, protocol 17, port 500 (as seed 004's 'protocol : 17 port : 500')");
        assertEquals(new IdPayload(7, 0, 0, Bytes.fromHex("0a000001" + "0a000005")),
                ProxyIds.toPayload(TrafficSelector.range("10.0.0.1", "10.0.0.5")).orElseThrow(), "ID_IPV4_ADDR_RANGE");
        assertEquals(6, ProxyIds.toPayload(TrafficSelector.cidr("2001:db8::/32")).orElseThrow().idType(), "ID_IPV6_ADDR_SUBNET");
        assertEquals(4, ProxyIds.toPayload(TrafficSelector.cidr("0.0.0.0/0")).orElseThrow().idType(), "any: 0.0.0.0/0.0.0.0");
    }

    @Test
    void aPortRangeHasNoIkev1Form() {
        assertEquals(Optional.empty(), ProxyIds.toPayload(TrafficSelector.cidr("10.0.0.0/8").withProtocol(6).withPorts(1000, 2000)));
    }

    @Test
    void idPayloadsComeBackAsTheSameSelectors() {
        for (TrafficSelector ts : List.of(TrafficSelector.cidr("10.1.0.0/16"), TrafficSelector.cidr("192.0.2.1/32"),
                TrafficSelector.range("10.0.0.1", "10.0.0.5"), TrafficSelector.cidr("2001:db8::/32"),
                TrafficSelector.cidr("0.0.0.0/0"), TrafficSelector.cidr("198.51.100.7/32").withProtocol(17).withPorts(4500, 4500))) {
            assertEquals(ts, ProxyIds.fromPayload(ProxyIds.toPayload(ts).orElseThrow()).orElseThrow(), ts.toString());
        }
    }

    @Test
    void malformedIdsHaveNoSelector() {
        assertEquals(Optional.empty(), ProxyIds.fromPayload(new IdPayload(4, 0, 0, Bytes.fromHex("0a010000ff00ff00"))),
                "a mask that is not a prefix");
        assertEquals(Optional.empty(), ProxyIds.fromPayload(new IdPayload(1, 0, 0, Bytes.fromHex("0a0100"))), "3 octets");
        assertEquals(Optional.empty(), ProxyIds.fromPayload(new IdPayload(7, 0, 0, Bytes.fromHex("0a000005" + "0a000001"))),
                "a range ending before it starts");
        assertEquals(Optional.empty(), ProxyIds.fromPayload(new IdPayload(2, 0, 0, Bytes.wrap("vpn.example".getBytes()))),
                "an FQDN is no proxy identity");
        assertEquals(TrafficSelector.cidr("10.1.0.0/16"),
                ProxyIds.fromPayload(new IdPayload(4, 0, 0, Bytes.fromHex("0a0105ffffff0000"))).orElseThrow(),
                "host bits under the mask are cleared");
    }
}
