package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.KeyringPeer;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.negotiator.auth.CertIdentity;
import io.ike4j.negotiator.auth.CertPayloads;
import io.ike4j.negotiator.auth.IdPayloads;
import io.ike4j.negotiator.auth.SignatureAuth;
import io.ike4j.negotiator.auth.SignatureKeys;
import io.ike4j.negotiator.auth.SignaturePolicy;
import io.ike4j.negotiator.auth.TrustAnchors;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AUTH payloads (RFC 7296 §2.15): the octets each side signs — its own IKE_SA_INIT message, the peer's
 * nonce and prf(SK_px, IDx') — with a pre-shared key (method 2) or a private key (methods 1, 9-11, 14).
 */
final class Authentication {
    static final int SHARED_KEY_MIC = 2;

    private Authentication() {
    }

    /** The octets our AUTH covers. */
    static byte[] localOctets(Ikev2Sa sa) {
        byte[] body = IdPayloads.body(sa.localIdPayload);
        return sa.initiator()
                ? sa.kdf.signedOctets(sa.initRequest, sa.nr.toByteArray(), sa.keys.skPi(), body)
                : sa.kdf.signedOctets(sa.initResponse, sa.ni.toByteArray(), sa.keys.skPr(), body);
    }

    /** The octets the peer's AUTH must cover. */
    static byte[] peerOctets(Ikev2Sa sa, Ikev2IdPayload peerId) {
        byte[] body = IdPayloads.body(peerId);
        return sa.initiator()
                ? sa.kdf.signedOctets(sa.initResponse, sa.ni.toByteArray(), sa.keys.skPr(), body)
                : sa.kdf.signedOctets(sa.initRequest, sa.nr.toByteArray(), sa.keys.skPi(), body);
    }

    static Optional<KeyringPeer> keyringPeer(Ikev2Sa sa) {
        return sa.profile.keyring().flatMap(k -> k.lookup(sa.remoteId, sa.remote.address()));
    }

    /** Our AUTH payload, or empty when the keyring has no key for this peer. */
    static Optional<Ikev2AuthPayload> sign(Ikev2Sa sa, EngineCore core) {
        byte[] octets = localOctets(sa);
        if (sa.profile.localAuth() == AuthMethod.PRE_SHARE) {
            Optional<KeyringPeer> peer = keyringPeer(sa);
            if (peer.isEmpty()) {
                return Optional.empty();
            }
            byte[] key = peer.get().localKey();
            try {
                sa.localAuthName = "PSK";
                return Optional.of(new Ikev2AuthPayload(SHARED_KEY_MIC, Bytes.wrap(sa.kdf.pskAuth(key, octets))));
            } finally {
                java.util.Arrays.fill(key, (byte) 0);
            }
        }
        Ikev2AuthPayload a = SignatureAuth.sign(core.crypto, core.credentials.key(), octets, sa.peerHashAlgorithms);
        sa.localAuthName = methodName(a.method());
        return Optional.of(a);
    }

    /**
     * Checks the peer's AUTH; returns the reason it failed, or empty when it is good. On success records
     * the credential that vouched for the peer's identity ({@link PeerCredential}).
     */
    static Optional<String> verify(Ikev2Sa sa, EngineCore core, Ikev2AuthPayload auth, List<Ikev2CertPayload> certs) {
        byte[] octets = peerOctets(sa, sa.peerIdPayload);
        return sa.profile.remoteAuth() == AuthMethod.PRE_SHARE ? verifySharedKey(sa, auth, octets)
                : verifySignature(sa, core, auth, certs, octets);
    }

    private static Optional<String> verifySharedKey(Ikev2Sa sa, Ikev2AuthPayload auth, byte[] octets) {
        int m = auth.method();
        if (m != SHARED_KEY_MIC) {
            return Optional.of("peer used auth method " + m + ", profile expects pre-share");
        }
        Optional<KeyringPeer> peer = keyringPeer(sa);
        if (peer.isEmpty()) {
            return Optional.of("no pre-shared key for " + sa.remoteId + " / " + sa.remote.address().getHostAddress());
        }
        byte[] key = peer.get().remoteKey();
        try {
            byte[] want = sa.kdf.pskAuth(key, octets);
            // constant time: the AUTH value is a MAC (RFC 7296 §2.15)
            if (!MessageDigest.isEqual(want, auth.data().toByteArray())) {
                return Optional.of("pre-shared key AUTH mismatch");
            }
            sa.remoteAuthName = "PSK";
            sa.peerCredential = PeerCredential.SharedKey.of(peer.get(), sa.remoteId);
            return Optional.empty();
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Signature AUTH: an algorithm the profile and policy allow (RFC 7427, RFC 8247 §3), a trusted chain
     * whose end entity carries the claimed identity and may sign for IKE (RFC 4945 §5.1.3.2, §5.1.3.12),
     * a key that fits the algorithm, and a signature that verifies.
     */
    private static Optional<String> verifySignature(Ikev2Sa sa, EngineCore core, Ikev2AuthPayload auth,
                                                    List<Ikev2CertPayload> certs, byte[] octets) {
        Optional<String> refused = core.signaturePolicy.refusal(sa.profile.remoteAuth(), auth);
        if (refused.isPresent()) {
            return refused;
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Ikev2CertPayload c : certs) {
            CertPayloads.parse(c).ifPresent(chain::add);
        }
        if (chain.isEmpty()) {
            return Optional.of("no X.509 certificate from the peer");
        }
        TrustAnchors anchors = core.trustAnchors;
        if (anchors == null) {
            return Optional.of("no trust anchors configured");
        }
        TrustAnchors.Result r = anchors.validate(chain, core.now);
        if (!r.ok()) {
            return Optional.of("certificate not trusted: " + r.reason());
        }
        X509Certificate ee = chain.get(0);
        if (!CertIdentity.matches(ee, sa.remoteId)) {
            return Optional.of("identity " + sa.remoteId + " not in certificate " + ee.getSubjectX500Principal());
        }
        Optional<String> usage = core.certUsage.refusal(ee);
        if (usage.isPresent()) {
            return usage;
        }
        SignatureScheme scheme = SignatureAuth.scheme(auth).orElseThrow(); // the policy accepted it, so it parses
        Optional<String> misfit = SignatureKeys.mismatch(scheme, ee.getPublicKey());
        if (misfit.isPresent()) {
            return Optional.of(SignaturePolicy.describe(auth.method(), scheme) + " " + misfit.get()
                    + " of certificate " + ee.getSubjectX500Principal().getName());
        }
        if (!SignatureAuth.verify(core.crypto, ee.getPublicKey(), auth, octets)) {
            return Optional.of("signature AUTH does not verify");
        }
        sa.peerCerts = chain;
        sa.remoteAuthName = methodName(auth.method());
        sa.peerCredential = PeerCredential.CertificateKey.of(ee.getPublicKey());
        return Optional.empty();
    }

    static String methodName(int m) {
        return switch (m) {
            case 1 -> "RSA";
            case 2 -> "PSK";
            case 9, 10, 11 -> "ECDSA";
            case 14 -> "Digital signature (RFC 7427)";
            default -> "method " + m;
        };
    }
}
