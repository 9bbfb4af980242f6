package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.config.IkeIdentity;
import java.util.HexFormat;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** ID payloads of every type: exact octets, round trips, malformed data read as empty. */
class IdPayloadsTest {
    private static String hex(Ikev2IdPayload p) {
        return p.data().toHex();
    }

    @Test
    void octetsPerType() {
        Ikev2IdPayload v4 = IdPayloads.toPayload(true, IkeIdentity.infer("192.0.2.7"));
        assertEquals(35, v4.type());
        assertEquals(1, v4.idType());
        assertEquals("c0000207", hex(v4));
        Ikev2IdPayload v6 = IdPayloads.toPayload(false, IkeIdentity.infer("2001:db8::7"));
        assertEquals(36, v6.type());
        assertEquals(5, v6.idType());
        assertEquals("20010db8000000000000000000000007", hex(v6));
        Ikev2IdPayload fqdn = IdPayloads.toPayload(true, IkeIdentity.infer("moon.strongswan.org"));
        assertEquals(2, fqdn.idType());
        assertEquals(HexFormat.of().formatHex("moon.strongswan.org".getBytes()), hex(fqdn));
        Ikev2IdPayload mail = IdPayloads.toPayload(true, IkeIdentity.infer("carol@strongswan.org"));
        assertEquals(3, mail.idType());
        assertEquals(HexFormat.of().formatHex("carol@strongswan.org".getBytes()), hex(mail));
        Ikev2IdPayload keyHex = IdPayloads.toPayload(true, IkeIdentity.infer("keyid:0x0102ff"));
        assertEquals(11, keyHex.idType());
        assertEquals("0102ff", hex(keyHex));
        assertEquals("6b657931", hex(IdPayloads.toPayload(true, IkeIdentity.infer("keyid:key1"))));
        Ikev2IdPayload dn = IdPayloads.toPayload(true, IkeIdentity.infer("C=CH, O=IKE Interop Test, CN=java-rsa.ike.test"));
        assertEquals(9, dn.idType());
        assertArrayEquals(new X500Principal("C=CH, O=IKE Interop Test, CN=java-rsa.ike.test").getEncoded(), dn.data().toByteArray());
    }

    @Test
    void bodyIsTypeReservedData() {
        Ikev2IdPayload v4 = IdPayloads.toPayload(true, IkeIdentity.infer("10.1.2.3"));
        assertEquals("010000000a010203", HexFormat.of().formatHex(IdPayloads.body(v4)));
        Ikev2IdPayload odd = new Ikev2IdPayload(false, 2, 0x123456, Bytes.wrap(new byte[] {'a'}), 0);
        assertEquals("0212345661", HexFormat.of().formatHex(IdPayloads.body(odd)));
    }

    @Test
    void roundTripsEveryType() {
        for (String text : new String[] {"192.0.2.7", "2001:db8::7", "moon.strongswan.org", "carol@strongswan.org",
                "keyid:key1", "keyid:0x0102ff", "C=CH,O=IKE Interop Test,CN=java-rsa.ike.test"}) {
            IkeIdentity id = IkeIdentity.infer(text);
            for (boolean initiator : new boolean[] {true, false}) {
                Ikev2IdPayload p = IdPayloads.toPayload(initiator, id);
                Optional<IkeIdentity> back = IdPayloads.fromPayload(p);
                assertTrue(back.isPresent(), text);
                assertEquals(p, IdPayloads.toPayload(initiator, back.get()), text);
                if (id.type() != IkeIdentity.Type.IPV6_ADDR) {
                    assertEquals(id, back.get(), text);
                }
            }
        }
        // a certificate subject (PrintableString values, as strongSwan's pki writes) survives text and back
        assertEquals("CN=java-rsa.ike.test,O=IKE Interop Test,C=CH", id(subject()).value());
        assertEquals(Bytes.wrap(subject()), IdPayloads.toPayload(true, id(subject())).data());
    }

    private static IkeIdentity id(byte[] dn) {
        return IdPayloads.fromPayload(new Ikev2IdPayload(true, 9, Bytes.wrap(dn))).orElseThrow();
    }

    private static byte[] subject() {
        try {
            return TestPki.cert(TestPki.pki("java/x509/java-rsa.pem")).getSubjectX500Principal().getEncoded();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void malformedIsEmpty() {
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 1, Bytes.wrap(new byte[3]))));
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 5, Bytes.wrap(new byte[4]))));
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 2, Bytes.EMPTY)));
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 2, Bytes.wrap("a b".getBytes()))));
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 9, Bytes.wrap(new byte[] {0x30, 0x05, 1}))));
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 4, Bytes.wrap(new byte[8]))));
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 10, Bytes.wrap(new byte[8]))));
        assertEquals(Optional.empty(), IdPayloads.fromPayload(new Ikev2IdPayload(true, 3, Bytes.wrap(new byte[] {(byte) 0xc3}))));
        // binary key IDs come back as hex
        assertEquals("0x00ff", IdPayloads.fromPayload(new Ikev2IdPayload(true, 11, Bytes.wrap(new byte[] {0, -1}))).orElseThrow().value());
    }

    /** Any octets of any ID type: fromPayload returns or is empty, never throws; what it returns re-encodes. */
    @Property(tries = 100000)
    void fromPayloadNeverThrows(@ForAll @IntRange(min = 0, max = 12) int type, @ForAll("data") byte[] data) {
        Ikev2IdPayload p = new Ikev2IdPayload(true, type, Bytes.wrap(data));
        Optional<IkeIdentity> id = IdPayloads.fromPayload(p);
        if (id.isPresent() && type != 9) {
            // every non-DN type re-encodes to the same octets (DN text may pick other string types)
            assertEquals(p.data(), IdPayloads.toPayload(true, id.get()).data());
        }
    }

    @Provide
    Arbitrary<byte[]> data() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30).map(String::getBytes),
                Arbitraries.bytes().array(byte[].class).ofSize(4), Arbitraries.bytes().array(byte[].class).ofSize(16));
    }

    /** The former check: a strict UTF-8 decoder, then no code unit below 0x21 or equal to 0x7f. */
    private static Optional<String> decoderText(byte[] d) {
        try {
            String s = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(d)).toString();
            return s.chars().anyMatch(c -> c < 0x21 || c == 0x7f) ? Optional.empty() : Optional.of(s);
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The loop accepts exactly what the JDK's strict UTF-8 decoder accepted, with the same text. */
    @Test
    void textAgreesWithTheStrictDecoder() {
        String[] edges = {"", "vpn.example.com", "a b", "a\tb", "a\u007fb", "\u00e9t\u00e9.fr", "\u20ac", "\ud83d\ude00", "x\u0000"};
        for (String e : edges) {
            byte[] d = e.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(decoderText(d), IdPayloads.text(d), e);
        }
        int[][] raw = {{0xc0, 0xaf}, {0xc1, 0xbf}, {0xc2, 0x80}, {0xdf, 0xbf}, {0xe0, 0x9f, 0xbf}, {0xe0, 0xa0, 0x80},
                {0xed, 0x9f, 0xbf}, {0xed, 0xa0, 0x80}, {0xef, 0xbf, 0xbf}, {0xf0, 0x8f, 0xbf, 0xbf}, {0xf0, 0x90, 0x80, 0x80},
                {0xf4, 0x8f, 0xbf, 0xbf}, {0xf4, 0x90, 0x80, 0x80}, {0xf5, 0x80, 0x80, 0x80}, {0xff}, {0x80}, {0xc2},
                {0xe1, 0x80}, {0xf1, 0x80, 0x80}, {0x41, 0xc2, 0x41}, {0xe1, 0x80, 0xc0}};
        for (int[] r : raw) {
            byte[] d = new byte[r.length];
            for (int i = 0; i < r.length; i++) {
                d[i] = (byte) r[i];
            }
            assertEquals(decoderText(d), IdPayloads.text(d), HexFormat.of().formatHex(d));
        }
        // Random octets drawn mostly from the boundaries of RFC 3629's table, so that both answers are common.
        int[] pool = {0x20, 0x21, 0x41, 0x7e, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
                0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
        java.util.Random rnd = new java.util.Random(3629);
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            byte[] d = new byte[1 + rnd.nextInt(8)];
            for (int i = 0; i < d.length; i++) {
                d[i] = (byte) (rnd.nextInt(3) == 0 ? 0x41 : pool[rnd.nextInt(pool.length)]);
            }
            Optional<String> expected = decoderText(d);
            assertEquals(expected, IdPayloads.text(d), HexFormat.of().formatHex(d));
            accepted += expected.isPresent() ? 1 : 0;
        }
        assertTrue(accepted > 5_000, "the random octets reach both answers: " + accepted);
    }
}
