package io.ike4j.negotiator.auth;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2CertReqPayload;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** CERT and CERTREQ payloads for X.509 certificates (RFC 7296 §3.6, §3.7). */
public final class CertPayloads {
    /** "X.509 Certificate - Signature" (RFC 7296 §3.6): a DER certificate. */
    public static final int X509_SIGNATURE = 4;

    private CertPayloads() {
    }

    /**
     * A CERT payload of encoding 4 (X.509 Certificate - Signature, RFC 7296 §3.6) carrying {@code c}.
     *
     * @param c the certificate
     * @return the payload
     */
    public static Ikev2CertPayload cert(X509Certificate c) {
        try {
            return new Ikev2CertPayload(X509_SIGNATURE, Bytes.wrap(c.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * The certificate of an encoding-4 CERT payload; empty for other encodings or bad DER (never throws).
     *
     * @param p a received CERT payload
     * @return the certificate, or empty
     */
    public static Optional<X509Certificate> parse(Ikev2CertPayload p) {
        if (p == null || p.encoding() != X509_SIGNATURE || p.data() == null) {
            return Optional.empty();
        }
        return Certificates.parse(p.data().toByteArray());
    }

    /**
     * CERTREQ naming our anchors: encoding 4, the SHA-1 hashes of their SubjectPublicKeyInfo concatenated.
     *
     * @param anchors our trust anchors
     * @return the payload
     */
    public static Ikev2CertReqPayload certReq(TrustAnchors anchors) {
        List<byte[]> hashes = anchors.certReqHashes();
        byte[] out = new byte[20 * hashes.size()];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i), 0, out, 20 * i, 20);
        }
        return new Ikev2CertReqPayload(X509_SIGNATURE, Bytes.wrap(out));
    }

    /**
     * The 20-octet hashes of an X.509 CERTREQ (encoding 4); empty for other encodings. A trailing partial
     * hash is ignored.
     *
     * @param p a received CERTREQ payload
     * @return the authority hashes
     */
    public static List<Bytes> certReqHashes(Ikev2CertReqPayload p) {
        if (p == null || p.encoding() != X509_SIGNATURE) {
            return List.of();
        }
        java.util.ArrayList<Bytes> out = new java.util.ArrayList<>();
        for (int off = 0; off + 20 <= p.authority().length(); off += 20) {
            out.add(p.authority().slice(off, 20));
        }
        return out;
    }
}
