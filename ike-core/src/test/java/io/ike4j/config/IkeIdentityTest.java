package io.ike4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Identity type inference (address, FQDN, email, keyid:, DN) and per-type validation. */
class IkeIdentityTest {

    @Test
    void infersEachType() throws Exception {
        assertEquals(new IkeIdentity(IkeIdentity.Type.IPV4_ADDR, "10.0.0.2"), IkeIdentity.infer("10.0.0.2"));
        assertEquals(IkeIdentity.Type.IPV6_ADDR, IkeIdentity.infer("2001:db8::1").type());
        assertEquals(IkeIdentity.Type.IPV6_ADDR, IkeIdentity.infer("::1").type());
        assertEquals(new IkeIdentity(IkeIdentity.Type.FQDN, "vpn.example.com"), IkeIdentity.infer("vpn.example.com"));
        assertEquals(IkeIdentity.Type.FQDN, IkeIdentity.infer("host1").type());
        assertEquals(new IkeIdentity(IkeIdentity.Type.RFC822_ADDR, "alice@example.com"), IkeIdentity.infer("alice@example.com"));
        assertEquals(new IkeIdentity(IkeIdentity.Type.KEY_ID, "0x0102"), IkeIdentity.infer("keyid:0x0102"));
        assertEquals(IkeIdentity.Type.DER_ASN1_DN, IkeIdentity.infer("C=CH, O=ike4j, CN=peer").type());
        assertEquals(IkeIdentity.Type.FQDN, IkeIdentity.infer("10.0.0.256").type(), "not an address: FQDN-shaped");
        assertEquals(InetAddress.getByName("10.0.0.2"), IkeIdentity.infer("10.0.0.2").address().orElseThrow());
        assertTrue(IkeIdentity.infer("vpn.example.com").address().isEmpty());
    }

    @Test
    void typeNumbersAreRfc7296() {
        assertEquals(1, IkeIdentity.Type.IPV4_ADDR.number());
        assertEquals(2, IkeIdentity.Type.FQDN.number());
        assertEquals(3, IkeIdentity.Type.RFC822_ADDR.number());
        assertEquals(5, IkeIdentity.Type.IPV6_ADDR.number());
        assertEquals(9, IkeIdentity.Type.DER_ASN1_DN.number());
        assertEquals(11, IkeIdentity.Type.KEY_ID.number());
        assertEquals(IkeIdentity.Type.KEY_ID, IkeIdentity.Type.of(11).orElseThrow());
        assertTrue(IkeIdentity.Type.of(4).isEmpty());
    }

    @Test
    void rejectsBadValues() {
        assertEquals("identity: cannot infer the type of 'not a name!' (not an address, FQDN, email, keyid: or DN)",
                assertThrows(ConfigException.class, () -> IkeIdentity.infer("not a name!")).getMessage());
        assertEquals("identity: value must not be empty", assertThrows(ConfigException.class, () -> IkeIdentity.infer(" ")).getMessage());
        assertEquals("identity IPV4_ADDR: 'vpn' is not an IPv4 address",
                assertThrows(ConfigException.class, () -> new IkeIdentity(IkeIdentity.Type.IPV4_ADDR, "vpn")).getMessage());
        assertThrows(ConfigException.class, () -> new IkeIdentity(IkeIdentity.Type.IPV6_ADDR, "10.0.0.1"));
        assertThrows(ConfigException.class, () -> new IkeIdentity(IkeIdentity.Type.RFC822_ADDR, "@x"));
        assertThrows(ConfigException.class, () -> new IkeIdentity(IkeIdentity.Type.KEY_ID, ""));
        assertThrows(ConfigException.class, () -> IkeIdentity.infer("keyid:"));
        assertThrows(ConfigException.class, () -> new IkeIdentity(IkeIdentity.Type.DER_ASN1_DN, "peer"));
        assertThrows(ConfigException.class, () -> new IkeIdentity(null, "x"));
    }

    /** The domain-name check without regular expressions accepts exactly what the former pattern accepted. */
    @Test
    void domainNameCheckAgreesWithThePattern() {
        Pattern former = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)"
                + "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");
        for (String v : new String[] {"a", "a.", "vpn.example.com", "vpn.example.com.", "_sip._udp.x", "a-b.c", ".", "..",
                "a..b", ".a", "-a", "a-", "a.-b", "a.b-", "a b", "a.b\n", "\u00e9.fr", "a" .repeat(63), "a".repeat(64),
                ("a".repeat(63) + ".").repeat(3) + "a".repeat(61), ("a".repeat(63) + ".").repeat(3) + "a".repeat(62),
                ("a".repeat(63) + ".").repeat(3) + "a".repeat(61) + "."}) {
            assertEquals(former.matcher(v).matches(), IkeIdentity.isDomainName(v), v);
        }
        Random r = new Random(7296);
        String alphabet = "ab0_-.-.Z\n";
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            char[] c = new char[1 + r.nextInt(12)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            String v = new String(c);
            boolean expected = former.matcher(v).matches();
            assertEquals(expected, IkeIdentity.isDomainName(v), v);
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 10_000, "the random strings reach both answers: " + accepted);
        assertFalse(IkeIdentity.isDomainName(""));
        assertThrows(ConfigException.class, () -> new IkeIdentity(IkeIdentity.Type.FQDN, "a..b"));
    }
}
