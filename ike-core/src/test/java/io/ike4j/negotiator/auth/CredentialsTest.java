package io.ike4j.negotiator.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEM certificates and private keys (PKCS#1, SEC1, PKCS#8) of the interop PKI load, and bad input says why. */
class CredentialsTest {

    /** Every PEM under interop/strongswan loads: certificates as certificates, keys as keys matching their cert. */
    @Test
    void everyInteropPemLoads() throws IOException {
        List<Path> pems;
        try (Stream<Path> s = Files.walk(TestPki.interop())) {
            pems = s.filter(p -> p.toString().endsWith(".pem")).sorted().toList();
        }
        int certs = 0;
        int keys = 0;
        List<String> failed = new ArrayList<>();
        for (Path p : pems) {
            String first = Pem.read(p).get(0).label();
            if (first.equals("CERTIFICATE")) {
                assertEquals(1, Certificates.readPem(p).size(), p.toString());
                certs++;
            } else {
                var key = PrivateKeys.fromPem(p.toString(), Pem.read(p).get(0));
                assertTrue(key instanceof RSAPrivateCrtKey || key instanceof ECPrivateKey, p + ": " + key.getClass());
                keys++;
                Path cert = certFor(p);
                if (cert != null) {
                    Credentials c = Credentials.load(cert, p);
                    assertEquals(key, c.key(), p.toString());
                } else if (!p.getFileName().toString().equals("ca-key.pem")) {
                    failed.add(p + ": no certificate found for this key");
                }
            }
        }
        System.out.println("CredentialsTest: " + certs + " certificates, " + keys + " private keys loaded from " + pems.size() + " PEM files");
        assertEquals(List.of(), failed);
        assertTrue(certs >= 12 && keys >= 10, certs + " certs, " + keys + " keys");
    }

    private static Path certFor(Path key) {
        String name = key.getFileName().toString();
        if (name.equals("ca-key.pem")) {
            Path ca = key.resolveSibling("ca.pem");
            return Files.exists(ca) ? ca : null;
        }
        String stem = name.replace("-key.pk8.pem", ".pem").replace("-key.pem", ".pem");
        Path c = key.getParent().getParent().resolve("x509").resolve(stem);
        return Files.exists(c) ? c : null;
    }

    @Test
    void pkcs1AndPkcs8GiveTheSameRsaKey() throws IOException {
        var a = Credentials.load(TestPki.pki("java/x509/java-rsa.pem"), TestPki.pki("java/private/java-rsa-key.pem"));
        var b = Credentials.load(TestPki.pki("java/x509/java-rsa.pem"), TestPki.pki("java/private/java-rsa-key.pk8.pem"));
        assertEquals("RSA", a.key().getAlgorithm());
        assertArrayEquals(a.key().getEncoded(), b.key().getEncoded());
        assertEquals(((RSAPrivateCrtKey) a.key()).getModulus(), ((java.security.interfaces.RSAPublicKey) a.certificate().getPublicKey()).getModulus());
    }

    @Test
    void sec1AndPkcs8GiveTheSameEcKey() throws IOException {
        var a = Credentials.load(TestPki.pki("java/x509/java-ecdsa.pem"), TestPki.pki("java/private/java-ecdsa-key.pem"));
        var b = Credentials.load(TestPki.pki("java/x509/java-ecdsa.pem"), TestPki.pki("java/private/java-ecdsa-key.pk8.pem"));
        assertEquals("EC", a.key().getAlgorithm());
        assertEquals(((ECPrivateKey) a.key()).getS(), ((ECPrivateKey) b.key()).getS());
        assertEquals(256, ((ECPrivateKey) a.key()).getParams().getCurve().getField().getFieldSize());
        var c = Credentials.load(TestPki.res("chained-leaf.pem"), TestPki.res("leaf-key.pem"));
        var d = Credentials.load(TestPki.res("chained-leaf.pem"), TestPki.res("leaf-key.pk8.pem"));
        assertEquals(((ECPrivateKey) c.key()).getS(), ((ECPrivateKey) d.key()).getS());
    }

    @Test
    void chainFileKeepsOrder() throws IOException {
        var c = Credentials.load(TestPki.res("chained-leaf-chain.pem"), TestPki.res("leaf-key.pem"));
        assertEquals(2, c.chain().size());
        assertTrue(c.chain().get(0).getSubjectX500Principal().getName().contains("CN=leaf.ike.test"));
        assertTrue(c.chain().get(1).getSubjectX500Principal().getName().contains("Intermediate"));
    }

    @Test
    void clearMessages(@TempDir Path tmp) throws IOException {
        Path missing = tmp.resolve("nope.pem");
        var e1 = assertThrows(IOException.class, () -> Credentials.load(missing, TestPki.pki("java/private/java-rsa-key.pem")));
        assertTrue(e1.getMessage().contains("nope.pem") && e1.getMessage().contains("no such file"), e1.getMessage());

        var e2 = assertThrows(IOException.class, () -> Credentials.load(TestPki.pki("java/x509/java-rsa.pem"),
                TestPki.interop().resolve("alice/private/alice-rsa-key.pem")));
        assertTrue(e2.getMessage().contains("does not belong"), e2.getMessage());

        Path enc = Files.writeString(tmp.resolve("enc.pem"), "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n");
        var e3 = assertThrows(IOException.class, () -> Credentials.load(TestPki.pki("java/x509/java-rsa.pem"), enc));
        assertTrue(e3.getMessage().contains("encrypted"), e3.getMessage());

        Path text = Files.writeString(tmp.resolve("text.pem"), "hello\n");
        var e4 = assertThrows(IOException.class, () -> Credentials.load(text, enc));
        assertTrue(e4.getMessage().contains("no PEM block"), e4.getMessage());

        var e5 = assertThrows(IOException.class, () -> Credentials.load(TestPki.pki("java/private/java-rsa-key.pem"), enc));
        assertTrue(e5.getMessage().contains("no CERTIFICATE block"), e5.getMessage());

        Path cut = Files.writeString(tmp.resolve("cut.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAojh3qzBE\n-----END RSA PRIVATE KEY-----\n");
        var e6 = assertThrows(IOException.class, () -> Credentials.load(TestPki.pki("java/x509/java-rsa.pem"), cut));
        assertTrue(e6.getMessage().contains("DER"), e6.getMessage());
    }
}
