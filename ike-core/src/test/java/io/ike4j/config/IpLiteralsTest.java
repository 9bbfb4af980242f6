package io.ike4j.config;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written dotted-quad parser accepts exactly what the regular expression it replaced did. */
class IpLiteralsTest {
    @Test
    void dottedQuadsInDecimalWithoutLeadingZeros() throws Exception {
        assertArrayEquals(new byte[] {10, 0, 0, 1}, IpLiterals.dottedQuad("10.0.0.1"));
        assertArrayEquals(new byte[] {(byte) 255, (byte) 255, (byte) 255, (byte) 255}, IpLiterals.dottedQuad("255.255.255.255"));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, IpLiterals.dottedQuad("0.0.0.0"));
        assertEquals(InetAddress.getByName("192.0.2.200"), IpLiterals.parse(" 192.0.2.200 ").orElseThrow());
        for (String bad : new String[] {"", "1", "1.2.3", "1.2.3.4.", "1.2.3.4.5", "256.1.1.1", "1.2.3.999", "01.2.3.4",
                "1.2.3.00", "1..2.3", ".1.2.3", "1.2.3.4x", "1.2.3.1234", "a.b.c.d", "1.2.3.-4", "+1.2.3.4"}) {
            assertEquals(null, IpLiterals.dottedQuad(bad), bad);
        }
        assertTrue(IpLiterals.parse("01.2.3.4").isEmpty(), "a leading zero is not an address (nor a host name lookup)");
        assertTrue(IpLiterals.parse("vpn.example.com").isEmpty());
    }

    @Test
    void ipv6LiteralsStillParse() throws Exception {
        assertEquals(InetAddress.getByName("2001:db8::1"), IpLiterals.parse("2001:db8::1").orElseThrow());
        assertEquals(InetAddress.getByName("::ffff:10.0.0.1"), IpLiterals.parse("::ffff:10.0.0.1").orElseThrow());
        assertTrue(IpLiterals.parse("2001:db8::g").isEmpty());
    }
}
