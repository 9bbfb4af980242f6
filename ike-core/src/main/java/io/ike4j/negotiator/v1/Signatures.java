package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.CertPayload;
import io.ike4j.codec.v1.CertReqPayload;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.SigPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeIdentity;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.negotiator.auth.CertIdentity;
import io.ike4j.negotiator.auth.CertPayloads;
import io.ike4j.negotiator.auth.TrustAnchors;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Main Mode with RSA signatures (RFC 2409 §5.1): SKEYID = prf(Ni_b | Nr_b, g^xy); MM3/MM4 carry a CR naming our CAs
 * (RFC 2408 §3.10: encoding 4, the CA's DER name), MM5/MM6 carry ID, CERT (X.509, encoding 4) and SIG = RSA PKCS#1 v1.5
 * over HASH_I / HASH_R themselves ({@link SignatureScheme#RSA_PKCS1_NULL}, as IOS and strongSwan sign). The peer's
 * certificate must chain to our trust anchors and name the identity of its ID payload.
 */
final class Signatures {
    static final int RSA_SIG = 3;
    static final int X509_SIGNATURE = 4;

    private Signatures() {
    }

    static boolean signing(IsakmpSa sa) {
        return sa.chosen != null && sa.chosen.auth() == RSA_SIG;
    }

    /** Our identity with certificates: configured, else the certificate's subject. */
    static IkeIdentity localIdentity(Ikev1Core core, IsakmpSa sa) {
        return sa.profile.localIdentity().orElseGet(() -> CertIdentity.subjectDn(core.credentials.certificate()));
    }

    static List<IsakmpPayload> certRequests(Ikev1Core core) {
        List<IsakmpPayload> out = new ArrayList<>();
        if (core.trustAnchors != null) {
            for (X509Certificate ca : core.trustAnchors.certificates()) {
                out.add(new CertReqPayload(X509_SIGNATURE, Bytes.wrap(ca.getSubjectX500Principal().getEncoded())));
            }
        }
        return out;
    }

    /** CERT and SIG of {@code hash} (our certificate, then the chain's intermediates). */
    static List<IsakmpPayload> certAndSignature(Ikev1Core core, byte[] hash) {
        List<IsakmpPayload> out = new ArrayList<>();
        for (X509Certificate c : core.credentials.chain()) {
            try {
                out.add(new CertPayload(X509_SIGNATURE, Bytes.wrap(c.getEncoded())));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("our certificate cannot be encoded", e);
            }
        }
        byte[] sig = core.crypto.signer(SignatureScheme.RSA_PKCS1_NULL, core.credentials.key()).sign(hash);
        out.add(new SigPayload(Bytes.wrap(sig)));
        return out;
    }

    /** Checks the peer's CERT chain, its identity and SIG over {@code expected}: null if good, else why not. */
    static String verify(Ikev1Core core, IsakmpSa sa, Inbound in, IkeIdentity id, byte[] expected) {
        Optional<SigPayload> sig = in.first(SigPayload.class);
        if (sig.isEmpty()) {
            return "no SIG payload";
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (CertPayload c : in.all(CertPayload.class)) {
            CertPayloads.parse(new Ikev2CertPayload(c.encoding(), c.data())).ifPresent(chain::add);
        }
        if (chain.isEmpty()) {
            return "no X.509 certificate in CERT payloads";
        }
        TrustAnchors anchors = core.trustAnchors;
        if (anchors == null) {
            return "no trust anchors configured";
        }
        TrustAnchors.Result r = anchors.validate(chain, core.now);
        if (!r.ok()) {
            return "certificate not trusted: " + r.reason();
        }
        if (id == null || !CertIdentity.matches(chain.get(0), id)) {
            return "the certificate does not name the identity " + id;
        }
        boolean ok;
        try {
            ok = core.crypto.verifier(SignatureScheme.RSA_PKCS1_NULL, chain.get(0).getPublicKey())
                    .verify(expected, sig.get().signature().toByteArray());
        } catch (IllegalArgumentException e) {
            return "the certificate's key cannot verify an RSA signature: " + e.getMessage();
        }
        return ok ? null : "RSA signature mismatch";
    }

    static boolean usable(AuthMethod m) {
        return m == AuthMethod.PRE_SHARE || m == AuthMethod.RSA_SIG;
    }
}
