package io.ike4j.negotiator.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CA certificates we trust for peer certificates. Validation is PKIX (RFC 5280 §6) with the JDK's
 * CertPathValidator, revocation checking off (IKE peers rarely reach CRLs/OCSP; RFC 4945 §5.3 leaves it
 * to policy) and the validation time injected so the engine's clock, not the host's, decides expiry.
 */
public final class TrustAnchors {
    private final List<X509Certificate> anchors;

    private TrustAnchors(List<X509Certificate> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    /**
     * The CA certificates of a PEM file (one or more CERTIFICATE blocks).
     *
     * @param caPem the PEM file
     * @return the anchors
     * @throws IOException when the file cannot be read or holds no certificate
     */
    public static TrustAnchors load(Path caPem) throws IOException {
        return new TrustAnchors(Certificates.readPem(caPem));
    }

    /**
     * Anchors from certificates already loaded.
     *
     * @param anchors at least one CA certificate
     * @return the anchors
     */
    public static TrustAnchors of(List<X509Certificate> anchors) {
        if (anchors == null || anchors.isEmpty()) {
            throw new IllegalArgumentException("trust anchors: at least one CA certificate is needed");
        }
        return new TrustAnchors(anchors);
    }

    /** {@return the CA certificates} */
    public List<X509Certificate> certificates() {
        return anchors;
    }

    /** Outcome of {@link #validate}; {@code reason} says why it failed ("ok" when it did not). */
    public record Result(boolean ok, String reason) {
    }

    /**
     * Validates {@code chain} (end-entity first, then intermediates; a copy of an anchor may be included
     * and is ignored) against the anchors at {@code when}. Never throws.
     *
     * @param chain the peer's certificates from its CERT payloads
     * @param when the time to validate at (the engine's clock)
     * @return the outcome
     */
    public Result validate(List<X509Certificate> chain, Instant when) {
        if (chain == null || chain.isEmpty()) {
            return new Result(false, "no certificate");
        }
        if (when == null) {
            return new Result(false, "no validation time");
        }
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate c : chain) {
            if (c == null) {
                return new Result(false, "null certificate in chain");
            }
            if (path.isEmpty() || !anchors.contains(c)) {
                path.add(c);
            }
        }
        Set<TrustAnchor> ta = new HashSet<>();
        for (X509Certificate a : anchors) {
            ta.add(new TrustAnchor(a, null));
        }
        try {
            PKIXParameters params = new PKIXParameters(ta);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(when));
            var certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            CertPathValidator.getInstance("PKIX").validate(certPath, params);
            return new Result(true, "ok");
        } catch (CertPathValidatorException e) {
            String where = e.getIndex() >= 0 && e.getIndex() < path.size()
                    ? " (certificate " + e.getIndex() + ": " + path.get(e.getIndex()).getSubjectX500Principal().getName() + ")" : "";
            return new Result(false, (e.getReason() != null ? e.getReason() + ": " : "") + e.getMessage() + where);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new Result(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** {@return the SHA-1 of each anchor's DER SubjectPublicKeyInfo: the X.509 CERTREQ authority data (RFC 7296 §3.7)} */
    public List<byte[]> certReqHashes() {
        List<byte[]> out = new ArrayList<>();
        for (X509Certificate a : anchors) {
            out.add(sha1(a.getPublicKey().getEncoded()));
        }
        return out;
    }

    static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }
}
