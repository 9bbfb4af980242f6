package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.KeyringPeer;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.diag.FailureReason;
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

    /**
     * A shared-key AUTH value over our octets ({@code local}) or the peer's, from their parts: no copy of the
     * IKE_SA_INIT message per AUTH. InitiatorSignedOctets are ours as initiator and the peer's as responder.
     */
    static byte[] pskAuth(Ikev2Sa sa, byte[] key, boolean local, Ikev2IdPayload id) {
        byte[] body = IdPayloads.body(id);
        return sa.initiator() == local
                ? sa.kdf.pskAuth(key, sa.initRequest, sa.nr.toByteArray(), sa.keys.skPi(), body)
                : sa.kdf.pskAuth(key, sa.initResponse, sa.ni.toByteArray(), sa.keys.skPr(), body);
    }

    static Optional<KeyringPeer> keyringPeer(Ikev2Sa sa) {
        return sa.profile.keyring().flatMap(k -> k.lookup(sa.remoteId, sa.remote.address()));
    }

    /** True when our AUTH is a signature: {@link #sign} leaves it to {@link #signatureWork}. */
    static boolean signs(Ikev2Sa sa) {
        return sa.profile.localAuth() != AuthMethod.PRE_SHARE;
    }

    /**
     * Sets our AUTH for a pre-shared key and goes on with {@code next}; a signature is made later, on the crypto
     * executor. No key for the peer fails the SA (the responder answers AUTHENTICATION_FAILED; the initiator has
     * nobody to tell).
     */
    static Next ownAuth(Ikev2Sa sa, EngineCore core, io.ike4j.sm.v2.Ikev2Event next) {
        if (signs(sa)) {
            return Next.then(next);
        }
        Optional<Ikev2AuthPayload> auth = sign(sa, core);
        if (auth.isEmpty()) {
            return sa.initiator()
                    ? Next.fail(FailureReason.AUTHENTICATION_FAIL, 0,
                            "no pre-shared key for peer " + sa.remote.address().getHostAddress())
                    : Next.fail(FailureReason.AUTHENTICATION_FAIL,
                            io.ike4j.codec.v2.iana.Ikev2NotifyType.AUTHENTICATION_FAILED.number(),
                            "no pre-shared key for " + sa.remoteId);
        }
        sa.localAuth = auth.get();
        return Next.then(next);
    }

    /**
     * Our pre-shared-key AUTH payload, or empty when the keyring has no key for this peer; for a signature, the
     * placeholder empty payload is not made here: {@link #signatureWork} signs on the crypto executor.
     */
    static Optional<Ikev2AuthPayload> sign(Ikev2Sa sa, EngineCore core) {
        if (signs(sa)) {
            throw new IllegalStateException("signature AUTH is made by signatureWork");
        }
        Optional<KeyringPeer> peer = keyringPeer(sa);
        if (peer.isEmpty()) {
            return Optional.empty();
        }
        byte[] key = peer.get().localKey();
        try {
            sa.localAuthName = "PSK";
            return Optional.of(new Ikev2AuthPayload(SHARED_KEY_MIC, Bytes.wrap(pskAuth(sa, key, true, sa.localIdPayload))));
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Signs our AUTH on the engine's {@link CryptoExecutor} (inline by default; RSA signing is the costliest step
     * of a certificate handshake), resuming the SA with {@code resume}; the octets are computed here, on the SA's
     * thread, and the work touches nothing of the SA.
     */
    static Next signatureWork(Ikev2Sa sa, EngineCore core, io.ike4j.sm.v2.Ikev2Event resume) {
        byte[] octets = localOctets(sa);
        var crypto = core.crypto;
        var key = core.credentials.key();
        List<Integer> hashes = List.copyOf(sa.peerHashAlgorithms);
        return PublicKeyWork.check(sa, core, () -> SignatureAuth.sign(crypto, key, octets, hashes), a -> {
            sa.localAuth = a;
            sa.localAuthName = methodName(a.method());
            return null;
        }, a -> { }, resume, e -> Next.fail(io.ike4j.diag.FailureReason.INTERNAL_ERROR, 0, "signing: " + e.getMessage()));
    }

    /**
     * Checks the peer's pre-shared-key AUTH; returns the reason it failed, or empty when it is good. On success
     * records the credential that vouched for the peer's identity ({@link PeerCredential}). Signature AUTH goes
     * through {@link #verifyWork}.
     */
    static Optional<String> verify(Ikev2Sa sa, EngineCore core, Ikev2AuthPayload auth, List<Ikev2CertPayload> certs) {
        if (sa.profile.remoteAuth() != AuthMethod.PRE_SHARE) {
            throw new IllegalStateException("signature AUTH is checked by verifyWork");
        }
        return verifySharedKey(sa, auth);
    }

    /**
     * Checks the peer's signature AUTH on the engine's {@link CryptoExecutor} (chain validation and the signature
     * check are public-key work), resuming the SA with {@code resume}; a refusal fails that row with
     * AUTHENTICATION_FAILED. Everything the check reads is captured here, on the SA's thread; what it found is
     * stored in the SA on that thread again.
     */
    static Next verifyWork(Ikev2Sa sa, EngineCore core, Ikev2AuthPayload auth, List<Ikev2CertPayload> certs,
                           io.ike4j.sm.v2.Ikev2Event resume) {
        SignatureCheck in = new SignatureCheck(core.signaturePolicy, sa.profile.remoteAuth(), auth, List.copyOf(certs),
                peerOctets(sa, sa.peerIdPayload), core.trustAnchors, core.now, sa.remoteId, core.certUsage, core.crypto);
        return PublicKeyWork.check(sa, core, in::run, v -> {
            if (v.refusal() != null) {
                return Next.fail(io.ike4j.diag.FailureReason.AUTHENTICATION_FAIL,
                        io.ike4j.codec.v2.iana.Ikev2NotifyType.AUTHENTICATION_FAILED.number(), v.refusal());
            }
            sa.peerCerts = v.chain();
            sa.remoteAuthName = methodName(auth.method());
            sa.peerCredential = PeerCredential.CertificateKey.of(v.chain().get(0).getPublicKey());
            return null;
        }, v -> { }, resume, e -> Next.fail(io.ike4j.diag.FailureReason.INTERNAL_ERROR, 0, e.getMessage()));
    }

    private static Optional<String> verifySharedKey(Ikev2Sa sa, Ikev2AuthPayload auth) {
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
            byte[] want = pskAuth(sa, key, false, sa.peerIdPayload);
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

    /** What a signature check found: a refusal, or the validated chain (end entity first). */
    record SignatureVerdict(String refusal, List<X509Certificate> chain) {
        static SignatureVerdict refused(String why) {
            return new SignatureVerdict(why, List.of());
        }
    }

    /**
     * Signature AUTH: an algorithm the profile and policy allow (RFC 7427, RFC 8247 §3), a trusted chain
     * whose end entity carries the claimed identity and may sign for IKE (RFC 4945 §5.1.3.2, §5.1.3.12),
     * a key that fits the algorithm, and a signature that verifies. Immutable inputs only: it runs on any thread.
     */
    record SignatureCheck(SignaturePolicy policy, AuthMethod remoteAuth, Ikev2AuthPayload auth,
                          List<Ikev2CertPayload> certs, byte[] octets, TrustAnchors anchors, java.time.Instant now,
                          io.ike4j.config.IkeIdentity remoteId, io.ike4j.negotiator.auth.CertUsage certUsage,
                          io.ike4j.crypto.CryptoProvider crypto) {
        SignatureVerdict run() {
            Optional<String> refused = policy.refusal(remoteAuth, auth);
            if (refused.isPresent()) {
                return SignatureVerdict.refused(refused.get());
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Ikev2CertPayload c : certs) {
                CertPayloads.parse(c).ifPresent(chain::add);
            }
            if (chain.isEmpty()) {
                return SignatureVerdict.refused("no X.509 certificate from the peer");
            }
            if (anchors == null) {
                return SignatureVerdict.refused("no trust anchors configured");
            }
            TrustAnchors.Result r = anchors.validate(chain, now);
            if (!r.ok()) {
                return SignatureVerdict.refused("certificate not trusted: " + r.reason());
            }
            X509Certificate ee = chain.get(0);
            if (!CertIdentity.matches(ee, remoteId)) {
                return SignatureVerdict.refused("identity " + remoteId + " not in certificate " + ee.getSubjectX500Principal());
            }
            Optional<String> usage = certUsage.refusal(ee);
            if (usage.isPresent()) {
                return SignatureVerdict.refused(usage.get());
            }
            SignatureScheme scheme = SignatureAuth.scheme(auth).orElseThrow(); // the policy accepted it, so it parses
            Optional<String> misfit = SignatureKeys.mismatch(scheme, ee.getPublicKey());
            if (misfit.isPresent()) {
                return SignatureVerdict.refused(SignaturePolicy.describe(auth.method(), scheme) + " " + misfit.get()
                        + " of certificate " + ee.getSubjectX500Principal().getName());
            }
            if (!SignatureAuth.verify(crypto, ee.getPublicKey(), auth, octets)) {
                return SignatureVerdict.refused("signature AUTH does not verify");
            }
            return new SignatureVerdict(null, List.copyOf(chain));
        }
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
