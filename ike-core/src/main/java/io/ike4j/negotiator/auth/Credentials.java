package io.ike4j.negotiator.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.List;

/**
 * Our own signature credentials: the private key and the certificate chain, end-entity first (sent as
 * CERT payloads in that order, RFC 7296 §3.6).
 */
public record Credentials(PrivateKey key, List<X509Certificate> chain) {
    /**
     * Checks that key and chain are present and copies the chain.
     *
     * @param key the private key our AUTH is signed with
     * @param chain our end-entity certificate first, then any intermediates to send
     */
    public Credentials {
        if (key == null) {
            throw new IllegalArgumentException("credentials: private key must not be null");
        }
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("credentials: certificate chain must not be empty");
        }
        chain = List.copyOf(chain);
    }

    /** {@return the end-entity certificate} */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Reads the chain (one or more CERTIFICATE blocks, end-entity first) from {@code certPem} and the
     * private key (PKCS#8, PKCS#1 RSA or SEC1 EC PEM) from {@code keyPem}, and checks that the key belongs
     * to the first certificate.
     *
     * @param certPem the certificate chain's PEM file
     * @param keyPem the private key's PEM file
     * @return the credentials
     * @throws IOException when a file cannot be read or parsed, or the key does not match the certificate
     */
    public static Credentials load(Path certPem, Path keyPem) throws IOException {
        List<X509Certificate> chain = Certificates.readPem(certPem);
        List<Pem.Block> blocks = Pem.read(keyPem);
        Pem.Block keyBlock = null;
        for (Pem.Block b : blocks) {
            if (b.label().endsWith("PRIVATE KEY")) {
                keyBlock = b;
                break;
            }
        }
        if (keyBlock == null) {
            throw new IOException(keyPem + ": no PRIVATE KEY block (found " + blocks.stream().map(Pem.Block::label).toList() + ")");
        }
        PrivateKey key = PrivateKeys.fromPem(keyPem.toString(), keyBlock);
        if (!matches(key, chain.get(0).getPublicKey())) {
            throw new IOException(keyPem + ": the private key does not belong to the certificate "
                    + chain.get(0).getSubjectX500Principal().getName() + " in " + certPem);
        }
        return new Credentials(key, chain);
    }

    /** Signs a probe with the private key and verifies it with the certificate's public key. */
    static boolean matches(PrivateKey key, PublicKey pub) {
        String alg;
        if (key instanceof RSAKey && pub instanceof RSAKey) {
            alg = "SHA256withRSA";
        } else if (key instanceof ECKey && pub instanceof ECKey) {
            alg = "SHA256withECDSA";
        } else if (key.getAlgorithm().equals(pub.getAlgorithm())) {
            alg = key.getAlgorithm(); // EdDSA: the JDK names key and signature alike
        } else {
            return false;
        }
        try {
            byte[] probe = "ike4j key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature s = Signature.getInstance(alg);
            s.initSign(key);
            s.update(probe);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(alg);
            v.initVerify(pub);
            v.update(probe);
            return v.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
