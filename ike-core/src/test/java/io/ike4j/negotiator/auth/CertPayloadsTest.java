package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2CertReqPayload;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** CERT payloads carry the exact DER; anything else parses to empty. */
class CertPayloadsTest {
    private static byte[] rsaDer() {
        try {
            return TestPki.cert(TestPki.pki("java/x509/java-rsa.pem")).getEncoded();
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void certRoundTrip() throws Exception {
        var c = TestPki.cert(TestPki.pki("java/x509/java-ecdsa.pem"));
        Ikev2CertPayload p = CertPayloads.cert(c);
        assertEquals(4, p.encoding());
        assertArrayEquals(c.getEncoded(), p.data().toByteArray());
        assertEquals(c, CertPayloads.parse(p).orElseThrow());
    }

    @Test
    void otherEncodingsAndBadDerAreEmpty() {
        byte[] der = rsaDer();
        assertEquals(Optional.empty(), CertPayloads.parse(new Ikev2CertPayload(1, Bytes.wrap(der))));
        assertEquals(Optional.empty(), CertPayloads.parse(new Ikev2CertPayload(4, Bytes.wrap(Arrays.copyOf(der, der.length - 1)))));
        assertEquals(Optional.empty(), CertPayloads.parse(new Ikev2CertPayload(4, Bytes.wrap(Arrays.copyOf(der, der.length + 1)))));
        assertEquals(Optional.empty(), CertPayloads.parse(new Ikev2CertPayload(4, Bytes.EMPTY)));
        byte[] pem = "-----BEGIN CERTIFICATE-----\n".getBytes();
        assertEquals(Optional.empty(), CertPayloads.parse(new Ikev2CertPayload(4, Bytes.wrap(pem))));
    }

    @Test
    void certReqHashesSplit() {
        byte[] data = new byte[45];
        data[0] = 1;
        data[20] = 2;
        List<Bytes> h = CertPayloads.certReqHashes(new Ikev2CertReqPayload(4, Bytes.wrap(data)));
        assertEquals(2, h.size());
        assertEquals(1, h.get(0).get(0));
        assertEquals(2, h.get(1).get(0));
        assertTrue(CertPayloads.certReqHashes(new Ikev2CertReqPayload(12, Bytes.wrap(data))).isEmpty());
    }

    /** Random octets and mutations (bit flips, truncations) of a real certificate: parse never throws. */
    @Property(tries = 100000)
    void parseNeverThrows(@ForAll("hostile") byte[] data) {
        Optional<java.security.cert.X509Certificate> c = CertPayloads.parse(new Ikev2CertPayload(4, Bytes.wrap(data)));
        if (c.isPresent()) {
            try {
                assertArrayEquals(data, c.get().getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> hostile() {
        byte[] base = rsaDer();
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                .map(b -> { if (b.length > 0) { b[0] = 0x30; } return b; });
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, base.length * 8 - 1).map(bit -> {
            byte[] b = base.clone();
            b[bit / 8] ^= (byte) (1 << (bit % 8));
            return b;
        });
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, base.length).map(n -> Arrays.copyOf(base, n));
        return Arbitraries.oneOf(random, flipped, cut);
    }
}
