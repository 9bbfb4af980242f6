package io.ike4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Prefixes (CIDR and IOS netmask), traffic selectors, DPD and retransmission arithmetic. */
class NetworkConfigTest {

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void prefixes() throws Exception {
        assertEquals(new IpPrefix(ip("10.0.0.2"), 24), IpPrefix.parse("10.0.0.2 255.255.255.0"));
        assertEquals(new IpPrefix(ip("10.0.0.0"), 8), IpPrefix.parse("10.0.0.0/8"));
        assertEquals(new IpPrefix(ip("2001:db8::"), 32), IpPrefix.parse("2001:db8::/32"));
        assertEquals(32, IpPrefix.parse("192.0.2.1").prefixLength());
        assertTrue(IpPrefix.parse("10.0.0.2 255.255.255.0").contains(ip("10.0.0.77")));
        assertFalse(IpPrefix.parse("10.0.0.2 255.255.255.0").contains(ip("10.0.1.77")));
        assertFalse(IpPrefix.parse("10.0.0.0/8").contains(ip("::1")));
        assertEquals("prefix: '255.0.255.0' is not a contiguous netmask",
                assertThrows(ConfigException.class, () -> IpPrefix.parse("10.0.0.0 255.0.255.0")).getMessage());
        assertEquals("prefix 10.0.0.0: length must be 0..32, got 33",
                assertThrows(ConfigException.class, () -> IpPrefix.parse("10.0.0.0/33")).getMessage());
        assertEquals("prefix: 'example.com' is not an IP address",
                assertThrows(ConfigException.class, () -> IpPrefix.parse("example.com/8")).getMessage());
    }

    @Test
    void trafficSelectors() throws Exception {
        TrafficSelector ts = TrafficSelector.cidr("192.168.1.77/24");
        assertEquals(ip("192.168.1.0"), ts.startAddress());
        assertEquals(ip("192.168.1.255"), ts.endAddress());
        assertEquals(0, ts.protocol());
        assertEquals(0, ts.startPort());
        assertEquals(65535, ts.endPort());
        assertEquals(7, ts.tsType());
        TrafficSelector v6 = TrafficSelector.cidr("2001:db8::/64");
        assertEquals(ip("2001:db8::ffff:ffff:ffff:ffff"), v6.endAddress());
        assertEquals(8, v6.tsType());
        TrafficSelector udp = TrafficSelector.range("10.0.0.1", "10.0.0.9").withProtocol(17).withPorts(500, 500);
        assertEquals(17, udp.protocol());
        assertEquals(500, udp.endPort());
        assertEquals(ip("0.0.0.0"), TrafficSelector.anyIpv4().startAddress());
        assertEquals(ip("255.255.255.255"), TrafficSelector.anyIpv4().endAddress());
        assertTrue(assertThrows(ConfigException.class, () -> TrafficSelector.range("10.0.0.9", "10.0.0.1"))
                .getMessage().endsWith("start address after end address"));
        assertTrue(assertThrows(ConfigException.class, () -> TrafficSelector.range("10.0.0.1", "::1"))
                .getMessage().endsWith("mixes IPv4 and IPv6"));
        assertTrue(assertThrows(ConfigException.class, () -> udp.withPorts(600, 500)).getMessage().endsWith("bad port range 600-500"));
        assertThrows(ConfigException.class, () -> udp.withProtocol(256));
    }

    @Test
    void retransmissionDefaultsAreStrongSwans() {
        Retransmission r = Retransmission.STRONGSWAN_DEFAULT;
        assertEquals(Duration.ofSeconds(4), r.timeout());
        assertEquals(1.8, r.base());
        assertEquals(5, r.tries());
        assertEquals(Duration.ofMillis(4000), r.waitAfter(0));
        assertEquals(Duration.ofMillis(7200), r.waitAfter(1));
        assertEquals(Duration.ofMillis(12960), r.waitAfter(2));
        assertEquals(Duration.ofNanos(75_582_720_000L), r.waitAfter(5));
        assertEquals(Duration.ofNanos(165_061_120_000L), r.giveUpAfter());
        assertThrows(ConfigException.class, () -> r.waitAfter(6));
        assertThrows(ConfigException.class, () -> new Retransmission(Duration.ZERO, 1.8, 5));
        assertThrows(ConfigException.class, () -> new Retransmission(Duration.ofSeconds(1), 0.5, 5));
    }

    @Test
    void dpd() {
        assertEquals(10, new DpdSettings(10, 2, false).intervalSeconds());
        assertEquals("dpd: interval must be 10..3600 seconds, got 5",
                assertThrows(ConfigException.class, () -> new DpdSettings(5, 2, true)).getMessage());
        assertThrows(ConfigException.class, () -> new DpdSettings(10, 61, true));
    }
}
