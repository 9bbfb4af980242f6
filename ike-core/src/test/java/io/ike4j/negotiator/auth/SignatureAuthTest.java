package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.jca.JcaProvider;
import io.ike4j.crypto.Rfc7427;
import io.ike4j.crypto.SignatureScheme;
import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sign → verify for RSA and ECDSA (JCA provider); method and encoding choice; wrong input is false. */
class SignatureAuthTest {
    private static final byte[] OCTETS = "real message | peer nonce | prf(SK_p, IDx')".getBytes();
    private static final byte[] OTHER = "real message | peer nonce | prf(SK_p, IDy')".getBytes();
    private static final List<Integer> STRONGSWAN = List.of(2, 3, 4, 5);

    /**
     * ike-core's test class path has no BouncyCastle (the pom excludes it), so only the JCA provider runs here;
     * ike-testvectors' SignatureAuthProvidersTest repeats the round trips on bc and across providers.
     */
    private static List<CryptoProvider> providers() {
        return List.of(new JcaProvider());
    }

    private static Credentials rsa() throws IOException {
        return Credentials.load(TestPki.pki("java/x509/java-rsa.pem"), TestPki.pki("java/private/java-rsa-key.pem"));
    }

    private static Credentials ecdsa() throws IOException {
        return Credentials.load(TestPki.pki("java/x509/java-ecdsa.pem"), TestPki.pki("java/private/java-ecdsa-key.pem"));
    }

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    private static void assertVerifies(java.security.PublicKey pub, Ikev2AuthPayload a) {
        for (CryptoProvider v : providers()) {
            assertTrue(SignatureAuth.verify(v, pub, a, OCTETS), v.name() + " method " + a.method());
            assertFalse(SignatureAuth.verify(v, pub, a, OTHER), v.name());
            byte[] d = a.data().toByteArray();
            d[d.length - 1] ^= 1;
            assertFalse(SignatureAuth.verify(v, pub, new Ikev2AuthPayload(a.method(), Bytes.wrap(d)), OCTETS), v.name() + " flipped");
        }
    }

    @Test
    void rsaMethod14WhenPeerSupports7427ElseMethod1() throws IOException {
        Credentials c = rsa();
        for (CryptoProvider p : providers()) {
            Ikev2AuthPayload a = SignatureAuth.sign(p, c.key(), OCTETS, STRONGSWAN);
            assertEquals(14, a.method());
            byte[] alg = Rfc7427.algorithmIdentifier(SignatureScheme.RSA_PKCS1_SHA256);
            assertEquals("0f" + HexFormat.of().formatHex(alg), a.data().slice(0, 16).toHex());
            assertEquals("0f300d06092a864886f70d01010b0500", a.data().slice(0, 16).toHex());
            assertEquals(16 + 256, a.data().length());
            assertVerifies(c.certificate().getPublicKey(), a);

            Ikev2AuthPayload a1 = SignatureAuth.sign(p, c.key(), OCTETS, List.of());
            assertEquals(1, a1.method());
            assertEquals(256, a1.data().length());
            assertVerifies(c.certificate().getPublicKey(), a1);

            Ikev2AuthPayload a384 = SignatureAuth.sign(p, c.key(), OCTETS, List.of(3));
            assertEquals("0f300d06092a864886f70d01010c0500", a384.data().slice(0, 16).toHex());
            assertVerifies(c.certificate().getPublicKey(), a384);
        }
    }

    @Test
    void ecdsaP256Method14DerElseMethod9() throws IOException {
        Credentials c = ecdsa();
        for (CryptoProvider p : providers()) {
            Ikev2AuthPayload a = SignatureAuth.sign(p, c.key(), OCTETS, STRONGSWAN);
            assertEquals(14, a.method());
            assertEquals("0c300a06082a8648ce3d040302", a.data().slice(0, 13).toHex());
            assertEquals(0x30, a.data().get(13), "DER Ecdsa-Sig-Value");
            assertVerifies(c.certificate().getPublicKey(), a);

            Ikev2AuthPayload a9 = SignatureAuth.sign(p, c.key(), OCTETS, List.of());
            assertEquals(9, a9.method());
            assertEquals(64, a9.data().length());
            assertVerifies(c.certificate().getPublicKey(), a9);
            // a peer that announced only SHA1 gets method 9 too
            assertEquals(9, SignatureAuth.sign(p, c.key(), OCTETS, List.of(1)).method());
        }
    }

    @Test
    void ecdsaP384AndP521() throws Exception {
        KeyPair k384 = ec("secp384r1");
        KeyPair k521 = ec("secp521r1");
        for (CryptoProvider p : providers()) {
            Ikev2AuthPayload m10 = SignatureAuth.sign(p, k384.getPrivate(), OCTETS, List.of());
            assertEquals(10, m10.method());
            assertEquals(96, m10.data().length());
            assertVerifies(k384.getPublic(), m10);
            Ikev2AuthPayload m11 = SignatureAuth.sign(p, k521.getPrivate(), OCTETS, List.of());
            assertEquals(11, m11.method());
            assertEquals(132, m11.data().length());
            assertVerifies(k521.getPublic(), m11);
            Ikev2AuthPayload d384 = SignatureAuth.sign(p, k384.getPrivate(), OCTETS, STRONGSWAN);
            assertEquals("0c300a06082a8648ce3d040303", d384.data().slice(0, 13).toHex());
            assertVerifies(k384.getPublic(), d384);
            Ikev2AuthPayload d521 = SignatureAuth.sign(p, k521.getPrivate(), OCTETS, STRONGSWAN);
            assertEquals("0c300a06082a8648ce3d040304", d521.data().slice(0, 13).toHex());
            assertVerifies(k521.getPublic(), d521);
            // method 10 claimed for a P-256 key, or a P-384 signature checked as method 9: false
            assertFalse(SignatureAuth.verify(p, k384.getPublic(), new Ikev2AuthPayload(9, m10.data()), OCTETS));
            assertFalse(SignatureAuth.verify(p, ecdsa().certificate().getPublicKey(), m10, OCTETS));
        }
    }

    @Test
    void wrongKeysMethodsAndMalformedDataAreFalse() throws IOException {
        Credentials r = rsa();
        Credentials e = ecdsa();
        for (CryptoProvider p : providers()) {
            Ikev2AuthPayload ra = SignatureAuth.sign(p, r.key(), OCTETS, STRONGSWAN);
            Ikev2AuthPayload ea = SignatureAuth.sign(p, e.key(), OCTETS, STRONGSWAN);
            assertFalse(SignatureAuth.verify(p, e.certificate().getPublicKey(), ra, OCTETS));
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), ea, OCTETS));
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), new Ikev2AuthPayload(2, ra.data()), OCTETS));
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), new Ikev2AuthPayload(14, Bytes.EMPTY), OCTETS));
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), new Ikev2AuthPayload(14, ra.data().slice(0, 10)), OCTETS));
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), new Ikev2AuthPayload(14, Bytes.wrap(new byte[] {(byte) 0xff, 1})), OCTETS));
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), new Ikev2AuthPayload(1, Bytes.EMPTY), OCTETS));
            assertFalse(SignatureAuth.verify(p, e.certificate().getPublicKey(), new Ikev2AuthPayload(9, Bytes.wrap(new byte[3])), OCTETS));
            assertFalse(SignatureAuth.verify(p, null, ra, OCTETS));
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), ra, null));
            // an RSA signature relabelled as SHA-384 fails
            byte[] d = ra.data().toByteArray();
            d[11] = 0x0c;
            assertFalse(SignatureAuth.verify(p, r.certificate().getPublicKey(), new Ikev2AuthPayload(14, Bytes.wrap(d)), OCTETS));
        }
    }

    @Test
    void signatureHashAlgorithmsNotify() {
        Ikev2NotifyPayload n = SignatureAuth.signatureHashAlgorithms();
        assertEquals(16431, n.notifyType());
        assertEquals(0, n.protocolId());
        assertEquals(0, n.spi().length());
        assertEquals("0002000300040005", n.data().toHex());
        assertEquals(List.of(2, 3, 4, 5), SignatureAuth.parseSignatureHashAlgorithms(n));
        assertEquals(List.of(1, 0x1234), SignatureAuth.parseSignatureHashAlgorithms(Ikev2NotifyPayload.of(16431, Bytes.fromHex("0001123456"))));
        assertEquals(List.of(), SignatureAuth.parseSignatureHashAlgorithms(Ikev2NotifyPayload.of(16430, Bytes.fromHex("0002"))));
        assertEquals(List.of(), SignatureAuth.parseSignatureHashAlgorithms(Ikev2NotifyPayload.of(16431, Bytes.EMPTY)));
    }

    @Test
    void unusableKeyThrowsOnSign() throws Exception {
        KeyPair dsa = KeyPairGenerator.getInstance("DSA").generateKeyPair();
        var e = assertThrows(IllegalArgumentException.class,
                () -> SignatureAuth.sign(providers().get(0), dsa.getPrivate(), OCTETS, STRONGSWAN));
        assertTrue(e.getMessage().contains("DSA"), e.getMessage());
    }
}
