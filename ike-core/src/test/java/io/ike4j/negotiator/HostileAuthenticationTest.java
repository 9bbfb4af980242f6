package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.KeyringPeer;
import io.ike4j.crypto.Rfc7427;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.diag.FailureReason;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.auth.Credentials;
import io.ike4j.negotiator.auth.IdPayloads;
import io.ike4j.negotiator.auth.TrustAnchors;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Peers that try to authenticate with what they should not be able to (issue 10 items 7 and 9): the wrong
 * signature family for the profile, an AlgorithmIdentifier that does not fit the certificate's key, SHA-1,
 * certificates not meant for IKE, and INITIAL_CONTACT claimed with a credential that does not bind the
 * identity. Each attack is refused with AUTHENTICATION_FAILED and a reason that names it, and no SA comes
 * up; where it makes sense the same engines then complete a legitimate handshake.
 */
@Tag("hostile")
class HostileAuthenticationTest {
    static final int AUTHENTICATION_FAILED = Ikev2NotifyType.AUTHENTICATION_FAILED.number();
    static final int IKE_SA_INIT = Ikev2ExchangeType.IKE_SA_INIT.number();
    static final int IKE_AUTH = Ikev2ExchangeType.IKE_AUTH.number();
    static final DatagramEndpoint THIRD = DatagramEndpoint.of("10.0.0.3", 500);
    static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

    // ---- item 7: signature algorithm against profile, key and policy --------------------------------

    /** (a) The profile requires rsa-sig; an ECDSA certificate with a valid method-14 ECDSA signature. */
    @Test
    void ecdsaSignatureUnderAnRsaSigProfileIsRefused() throws IOException {
        EnginePair.Config i = ecdsaInitiator();
        EnginePair.Config r = rsaResponder(AuthMethod.RSA_SIG);
        EnginePair p = run(60, i, r);
        assertEquals(14, sentAuth(p.initiator).method(), "the attack signs with RFC 7427");
        assertRefusedByResponder(p, "peer signed with method 14 (ecdsa-with-SHA256), profile expects rsa-sig");

        r.authRemote = AuthMethod.ECDSA_SIG; // the same certificates where the profile allows ECDSA
        assertUp(run(61, i, r));
    }

    /** (b) Method 14 naming sha256WithRSAEncryption over the ECDSA signature of an ECDSA certificate. */
    @Test
    void method14NamingRsaWithAnEcdsaCertificateIsRefused() throws IOException {
        assertRelabelledAuthRefused(62, ecdsaInitiator(), rsaResponder(AuthMethod.RSA_SIG), SignatureScheme.RSA_PKCS1_SHA256,
                "method 14 (sha256WithRSAEncryption) needs an RSA key, the key is EC P-256 of certificate CN=java-ecdsa.ike.test");
    }

    /** (b, reversed) Method 14 naming ecdsa-with-SHA256 over the RSA signature of an RSA certificate. */
    @Test
    void method14NamingEcdsaWithAnRsaCertificateIsRefused() throws IOException {
        assertRelabelledAuthRefused(63, rsaInitiator(), ecdsaResponder(AuthMethod.ECDSA_SIG), SignatureScheme.ECDSA_SHA256_DER,
                "method 14 (ecdsa-with-SHA256) needs an EC key, the key is RSA 2048-bit of certificate CN=java-rsa.ike.test");
    }

    /** The initiator's honest method-14 AUTH relabelled with {@code scheme}'s AlgorithmIdentifier is refused. */
    static void assertRelabelledAuthRefused(long seed, EnginePair.Config i, EnginePair.Config r, SignatureScheme scheme,
                                            String reason) {
        i.impairments = new AuthRewrite(a -> withAlgorithm(a, scheme));
        assertRefusedByResponder(run(seed, i, r), reason);
    }

    /** (c) Without the responder's N(SIGNATURE_HASH_ALGORITHMS) the RSA initiator falls back to method 1. */
    @Test
    void method1Sha1IsRefusedByDefault() throws IOException {
        EnginePair.Config i = rsaInitiator();
        EnginePair.Config r = ecdsaResponder(AuthMethod.RSA_SIG);
        StripHashAlgorithms strip = new StripHashAlgorithms();
        r.impairments = strip;
        EnginePair p = run(64, i, r);
        assertEquals(1, sentAuth(p.initiator).method(), "the initiator was made to sign with method 1");
        assertRefusedByResponder(p, "peer signed with method 1 (sha1WithRSAEncryption): SHA-1 signatures are refused");

        strip.armed = false; // the same engines, the responder announcing SHA-2 again: method 14, accepted
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(1, p.responder.up.size());
        assertEquals("Digital signature (RFC 7427)", p.responder.up.get(0).remoteAuth());
    }

    @Test
    void method1Sha1IsAcceptedWithAllowSha1Signatures() throws IOException {
        EnginePair.Config i = rsaInitiator();
        EnginePair.Config r = ecdsaResponder(AuthMethod.RSA_SIG);
        r.impairments = new StripHashAlgorithms();
        r.engineTweak = b -> b.allowSha1Signatures(true);
        EnginePair p = run(65, i, r);
        assertUp(p);
        assertEquals("RSA", p.responder.up.get(0).remoteAuth(), "method 1");
    }

    /** (c) Method 14 with sha1WithRSAEncryption and a valid signature over the real AUTH octets. */
    @Test
    void method14Sha1WithRsaIsRefusedByDefault() throws IOException {
        EnginePair.Config i = rsaInitiator();
        EnginePair.Config r = ecdsaResponder(AuthMethod.RSA_SIG);
        ForgedAuth forged = forge(i, SignatureScheme.RSA_PKCS1_SHA1);
        EnginePair p = pair(66, i, r, forged);
        assertRefusedByResponder(p, "peer signed with method 14 (sha1WithRSAEncryption): SHA-1 signatures are refused");

        forged.armed = false;
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(1, p.responder.up.size(), "the same engines without the SHA-1 AUTH");
    }

    /** Proves the forged SHA-1 AUTH of the test above is a valid signature: only the policy refuses it. */
    @Test
    void method14Sha1WithRsaIsAcceptedWithAllowSha1Signatures() throws IOException {
        EnginePair.Config i = rsaInitiator();
        EnginePair.Config r = ecdsaResponder(AuthMethod.RSA_SIG);
        ForgedAuth forged = forge(i, SignatureScheme.RSA_PKCS1_SHA1);
        r.engineTweak = b -> b.allowSha1Signatures(true);
        EnginePair p = pair(67, i, r, forged);
        assertEquals(1, forged.forgeries);
        assertUp(p);
    }

    /** ecdsa-with-SHA1 is not even implemented: refused with a reason naming SHA-1, whatever the option says. */
    @Test
    void method14EcdsaWithSha1IsRefusedEvenWhenSha1IsAllowed() throws IOException {
        EnginePair.Config i = ecdsaInitiator();
        EnginePair.Config r = rsaResponder(AuthMethod.RSA_SIG);
        byte[] ecdsaWithSha1 = HexFormat.of().parseHex("300906072a8648ce3d0401");
        i.impairments = new AuthRewrite(a -> withAlgorithm(a, ecdsaWithSha1));
        r.engineTweak = b -> b.allowSha1Signatures(true);
        EnginePair p = run(68, i, r);
        assertRefusedByResponder(p, "method 14 AlgorithmIdentifier names a SHA-1 signature, refused (RFC 8247 §3.2)");
    }

    // ---- item 7: keyUsage and extendedKeyUsage (RFC 4945 §5.1.3.2, §5.1.3.12) -----------------------

    @Test
    void certificateWithOnlyKeyEnciphermentIsRefused() throws IOException {
        EnginePair p = run(70, usageInitiator("ku-keyencipherment.pem", "ku-keyenc.ike.test"),
                usageResponder("ku-keyenc.ike.test"));
        assertRefusedByResponder(p, "certificate CN=ku-keyenc.ike.test,O=IKE Interop Test,C=CH keyUsage lacks"
                + " digitalSignature/nonRepudiation (RFC 4945 §5.1.3.2)");
    }

    /** RFC 4945 §5.1.3.2 accepts nonRepudiation alone. */
    @Test
    void certificateWithOnlyNonRepudiationIsAccepted() throws IOException {
        assertUp(run(71, usageInitiator("ku-nonrepudiation.pem", "ku-nonrep.ike.test"), usageResponder("ku-nonrep.ike.test")));
    }

    @Test
    void certificateForEmailProtectionIsRefused() throws IOException {
        EnginePair p = run(72, usageInitiator("eku-email.pem", "eku-email.ike.test"), usageResponder("eku-email.ike.test"));
        assertRefusedByResponder(p, "certificate CN=eku-email.ike.test,O=IKE Interop Test,C=CH extendedKeyUsage"
                + " [1.3.6.1.5.5.7.3.4] excludes IKE: needs id-kp-ipsecIKE or anyExtendedKeyUsage (RFC 4945 §5.1.3.12)");
    }

    @Test
    void certificateForIpsecIkeIsAccepted() throws IOException {
        assertUp(run(73, usageInitiator("eku-ipsecike.pem", "eku-ipsecike.ike.test"), usageResponder("eku-ipsecike.ike.test")));
    }

    @Test
    void serverAuthCertificateIsRefusedByDefault() throws IOException {
        EnginePair p = run(74, usageInitiator("eku-serverauth.pem", "eku-serverauth.ike.test"),
                usageResponder("eku-serverauth.ike.test"));
        assertRefusedByResponder(p, "extendedKeyUsage [1.3.6.1.5.5.7.3.1] excludes IKE");
    }

    @Test
    void serverAuthCertificateIsAcceptedWhenConfigured() throws IOException {
        EnginePair.Config r = usageResponder("eku-serverauth.ike.test");
        r.engineTweak = b -> b.acceptExtendedKeyUsage(SERVER_AUTH);
        assertUp(run(75, usageInitiator("eku-serverauth.pem", "eku-serverauth.ike.test"), r));
    }

    /** The initiator applies the same rules to the responder's certificate (RFC 7296 §2.21.2 INFORMATIONAL). */
    @Test
    void initiatorRefusesAResponderCertificateWithOnlyKeyEncipherment() throws IOException {
        EnginePair.Config i = CertificateAuthTest.certSide("java-rsa", AuthMethod.RSA_SIG, "ku-keyenc.ike.test");
        i.authRemote = AuthMethod.RSA_SIG;
        EnginePair.Config r = usageInitiator("ku-keyencipherment.pem", "ku-keyenc.ike.test"); // as the responder
        r.matchRemoteFqdn = "java-rsa.ike.test";
        r.authRemote = AuthMethod.RSA_SIG;
        EnginePair p = run(76, i, r);
        FailureReasonsTest.assertFailure(p.initiator.failures, FailureReason.AUTHENTICATION_FAIL, AUTHENTICATION_FAILED, 0);
        assertTrue(p.initiator.failures.get(0).detail().contains("keyUsage lacks digitalSignature/nonRepudiation"),
                p.initiator.failures.get(0).detail());
        FailureReasonsTest.assertFailure(p.responder.failures, FailureReason.AUTHENTICATION_FAIL, 0, AUTHENTICATION_FAILED);
        assertEquals(0, p.initiator.up.size());
        assertEquals(0, p.initiator.engine.sas().size() + p.responder.engine.sas().size());
    }

    // ---- item 9: INITIAL_CONTACT only for the same identity bound to the same credential --------------

    /** (e) Two holders of one wildcard PSK (10.0.0.0/8); the second claims the first's identity. */
    @Test
    void initialContactWithASharedWildcardKeyDoesNotEndAnotherAddressesSa() {
        EnginePair.Config alice = psk("alice.ike.test");
        EnginePair p = run(80, alice, new EnginePair.Config());
        Bytes aliceSpi = p.responder.engine.sas().get(0).spiI();

        EnginePair.Config mallory = psk("alice.ike.test");
        EnginePair.Side m = p.attach(mallory, 180, THIRD);
        p.initiate(m, mallory);
        p.net.runUntilIdle();
        assertTrue(sentInitialContact(m), "the attacker sent INITIAL_CONTACT");
        assertEquals(1, m.up.size(), "the attacker holds the shared key: its own SA comes up");
        assertEquals(List.of(), p.responder.deleted);
        assertEquals(2, p.responder.engine.sas().size());
        assertTrue(p.responder.engine.sas().stream().anyMatch(s -> s.spiI().equals(aliceSpi) && s.state() == Ikev2State.READY),
                "alice's SA survives");
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
    }

    /** (e) With the wildcard PSK, a restart at the same address still clears the stale SA. */
    @Test
    void initialContactWithAWildcardKeyFromTheSameAddressEndsTheStaleSa() {
        EnginePair.Config alice = psk("alice.ike.test");
        EnginePair p = run(81, alice, new EnginePair.Config());
        Bytes stale = p.responder.engine.sas().get(0).spiI();
        EnginePair.Side restarted = restart(p, p.initiator, alice, 181, EnginePair.I_ADDR);
        assertTrue(sentInitialContact(restarted));
        assertStaleSaReplaced(p, stale, "fqdn alice.ike.test");
    }

    /** (e) A PSK bound to the identity clears the stale SA even from another address (a roaming peer). */
    @Test
    void initialContactWithAnIdentityBoundKeyEndsTheStaleSaFromAnyAddress() {
        EnginePair.Config alice = psk("alice.ike.test");
        alice.localPsk = alice.remotePsk = "alice-own-key";
        EnginePair.Config r = withAliceKey(new EnginePair.Config());
        EnginePair p = run(82, alice, r);
        Bytes stale = p.responder.engine.sas().get(0).spiI();
        restart(p, p.initiator, alice, 182, THIRD);
        assertStaleSaReplaced(p, stale, "fqdn alice.ike.test");
    }

    /** A wildcard-key holder claiming an identity that has its own key does not even authenticate. */
    @Test
    void wildcardKeyHolderCannotClaimAnIdentityWithItsOwnKey() {
        EnginePair.Config alice = psk("alice.ike.test");
        alice.localPsk = alice.remotePsk = "alice-own-key";
        EnginePair p = run(83, alice, withAliceKey(new EnginePair.Config()));
        EnginePair.Config mallory = psk("alice.ike.test");
        EnginePair.Side m = p.attach(mallory, 183, THIRD);
        p.initiate(m, mallory);
        p.net.runUntilIdle();
        IkeFailure f = p.responder.failures.get(0);
        assertEquals(FailureReason.AUTHENTICATION_FAIL, f.reason(), f.logLine());
        assertEquals(OptionalInt.of(AUTHENTICATION_FAILED), f.notifySent());
        assertEquals("pre-shared key AUTH mismatch", f.detail());
        assertEquals(0, m.up.size());
        assertEquals(1, p.responder.engine.sas().size());
        assertEquals(List.of("authentication fail: pre-shared key AUTH mismatch"), p.responder.deleted, "only its own SA");
    }

    /** (e) The same certificate key from a new engine (another address) clears its stale SA. */
    @Test
    void initialContactFromTheSameCertificateKeyEndsTheStaleSa() throws IOException {
        EnginePair.Config i = rsaInitiator();
        EnginePair p = run(84, i, ecdsaResponder(AuthMethod.RSA_SIG));
        Bytes stale = p.responder.engine.sas().get(0).spiI();
        restart(p, p.initiator, i, 184, THIRD);
        assertStaleSaReplaced(p, stale, "fqdn java-rsa.ike.test");
    }

    /** (e) A second CA-issued certificate for the same name but another key does not end the first's SA. */
    @Test
    void initialContactFromAnotherKeyWithTheSameIdentityDoesNotEndTheSa() throws IOException {
        EnginePair.Config i = rsaInitiator();
        EnginePair p = run(85, i, ecdsaResponder(AuthMethod.RSA_SIG));
        Bytes first = p.responder.engine.sas().get(0).spiI();

        EnginePair.Config other = usageInitiator("same-id-other-key.pem", "java-rsa.ike.test");
        other.matchRemoteFqdn = "java-ecdsa.ike.test";
        other.authRemote = AuthMethod.ECDSA_SIG;
        EnginePair.Side o = p.attach(other, 185, THIRD);
        p.initiate(o, other);
        p.net.runUntilIdle();
        assertTrue(sentInitialContact(o));
        assertEquals(1, o.up.size(), "a valid certificate for the name: its own SA comes up");
        assertEquals(List.of(), p.responder.deleted);
        assertEquals(2, p.responder.engine.sas().size());
        assertTrue(p.responder.engine.sas().stream().anyMatch(s -> s.spiI().equals(first)), "the first SA survives");
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    static EnginePair run(long seed, EnginePair.Config i, EnginePair.Config r) {
        EnginePair p = new EnginePair(seed, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        return p;
    }

    /** {@code i} signs its AUTH itself, method 14 with {@code scheme}; its engine exports the keys for that. */
    static ForgedAuth forge(EnginePair.Config i, SignatureScheme scheme) {
        ForgedAuth f = new ForgedAuth(i.credentials, scheme);
        i.impairments = f;
        i.engineTweak = b -> b.exportKeys(true);
        return f;
    }

    /** As {@link #run}, telling {@code forged} which side it forges for. */
    static EnginePair pair(long seed, EnginePair.Config i, EnginePair.Config r, ForgedAuth forged) {
        EnginePair p = new EnginePair(seed, i, r);
        forged.side = p.initiator;
        p.initiate(i);
        p.net.runUntilIdle();
        return p;
    }

    static void assertRefusedByResponder(EnginePair p, String reason) {
        FailureReasonsTest.assertFailure(p.responder.failures, FailureReason.AUTHENTICATION_FAIL, AUTHENTICATION_FAILED, 0);
        String detail = p.responder.failures.get(0).detail();
        assertTrue(detail.contains(reason), detail);
        FailureReasonsTest.assertFailure(p.initiator.failures, FailureReason.AUTHENTICATION_FAIL, 0, AUTHENTICATION_FAILED);
        assertEquals(0, p.responder.up.size() + p.initiator.up.size(), "no SA came up");
        assertEquals(0, p.responder.engine.sas().size() + p.initiator.engine.sas().size());
        assertEquals(1, p.responder.engine.counters().get(FailureReason.AUTHENTICATION_FAIL));
    }

    static void assertUp(EnginePair p) {
        assertEquals(List.of(), p.responder.failures);
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(1, p.initiator.children.size());
    }

    /** The responder holds one SA for {@code id}, not the stale one, and says INITIAL_CONTACT removed it. */
    static void assertStaleSaReplaced(EnginePair p, Bytes stale, String id) {
        assertEquals(List.of("INITIAL_CONTACT received from " + id), p.responder.deleted);
        List<IkeSaInfo> sas = p.responder.engine.sas();
        assertEquals(1, sas.size());
        assertNotEquals(stale, sas.get(0).spiI());
        assertEquals(Ikev2State.READY, sas.get(0).state());
        assertEquals(id, sas.get(0).remoteId().get().toString());
    }

    /** {@code old} crashed; a fresh engine with the same configuration connects from {@code at}. */
    static EnginePair.Side restart(EnginePair p, EnginePair.Side old, EnginePair.Config c, long seed, DatagramEndpoint at) {
        p.detach(old);
        EnginePair.Side fresh = p.attach(c, seed, at);
        p.initiate(fresh, c);
        p.net.runUntilIdle();
        assertEquals(1, fresh.up.size(), "the restarted peer is up");
        return fresh;
    }

    static EnginePair.Config psk(String localId) {
        EnginePair.Config c = new EnginePair.Config();
        c.localId = localId;
        return c;
    }

    /** The responder also has a keyring entry for alice alone, with her own key. */
    static EnginePair.Config withAliceKey(EnginePair.Config r) {
        r.keyringTweak = k -> k.peer(KeyringPeer.builder("alice").identity(IkeIdentity.fqdn("alice.ike.test"))
                .preSharedKey("alice-own-key").build());
        return r;
    }

    /** An RSA initiator with one of this test's certificates (key usage-rsa-key.pem), java-ecdsa as its peer. */
    static EnginePair.Config usageInitiator(String cert, String fqdn) throws IOException {
        EnginePair.Config c = new EnginePair.Config();
        c.authLocal = AuthMethod.RSA_SIG;
        c.authRemote = AuthMethod.ECDSA_SIG;
        c.credentials = Credentials.load(res(cert), res("usage-rsa-key.pem"));
        c.anchors = TrustAnchors.load(CertificateAuthTest.pki("ca.pem"));
        c.localId = fqdn;
        c.matchRemoteFqdn = "java-ecdsa.ike.test";
        return c;
    }

    /** The interop PKI's java-rsa initiator, talking to java-ecdsa. */
    static EnginePair.Config rsaInitiator() throws IOException {
        return CertificateAuthTest.certSide("java-rsa", AuthMethod.RSA_SIG, "java-ecdsa.ike.test");
    }

    static EnginePair.Config ecdsaInitiator() throws IOException {
        return CertificateAuthTest.certSide("java-ecdsa", AuthMethod.ECDSA_SIG, "java-rsa.ike.test");
    }

    /** The java-ecdsa responder, its profile for java-rsa expecting {@code expected}. */
    static EnginePair.Config ecdsaResponder(AuthMethod expected) throws IOException {
        return responder("java-ecdsa", "java-rsa.ike.test", expected);
    }

    /** The java-rsa responder, its profile for java-ecdsa expecting {@code expected}. */
    static EnginePair.Config rsaResponder(AuthMethod expected) throws IOException {
        return responder("java-rsa", "java-ecdsa.ike.test", expected);
    }

    /** The java-ecdsa responder expecting rsa-sig from {@code peerFqdn}. */
    static EnginePair.Config usageResponder(String peerFqdn) throws IOException {
        return responder("java-ecdsa", peerFqdn, AuthMethod.RSA_SIG);
    }

    static EnginePair.Config responder(String name, String peerFqdn, AuthMethod expected) throws IOException {
        EnginePair.Config r = CertificateAuthTest.certSide(name, name.equals("java-rsa") ? AuthMethod.RSA_SIG
                : AuthMethod.ECDSA_SIG, peerFqdn);
        r.authRemote = expected;
        return r;
    }

    static Path res(String name) {
        try {
            var url = HostileAuthenticationTest.class.getResource("auth/" + name);
            if (url == null) {
                throw new AssertionError("missing test resource auth/" + name);
            }
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static Ikev2AuthPayload sentAuth(EnginePair.Side s) {
        return s.packets.stream().filter(x -> x.outbound() && x.message().header().exchangeType() == IKE_AUTH)
                .flatMap(x -> x.inner().stream()).filter(Ikev2AuthPayload.class::isInstance)
                .map(Ikev2AuthPayload.class::cast).findFirst().orElseThrow();
    }

    static boolean sentInitialContact(EnginePair.Side s) {
        return s.packets.stream().filter(x -> x.outbound() && x.message().header().exchangeType() == IKE_AUTH)
                .flatMap(x -> x.inner().stream())
                .anyMatch(x -> x instanceof Ikev2NotifyPayload n && n.notifyType() == Ikev2NotifyType.INITIAL_CONTACT.number());
    }

    /** A method-14 AUTH with its AlgorithmIdentifier replaced, the signature octets kept. */
    static Ikev2AuthPayload withAlgorithm(Ikev2AuthPayload a, SignatureScheme s) {
        return withAlgorithm(a, Rfc7427.algorithmIdentifier(s));
    }

    static Ikev2AuthPayload withAlgorithm(Ikev2AuthPayload a, byte[] algorithmIdentifier) {
        byte[] d = a.data().toByteArray();
        assertEquals(14, a.method(), "the honest AUTH is RFC 7427");
        return digital(algorithmIdentifier, java.util.Arrays.copyOfRange(d, 1 + (d[0] & 0xff), d.length));
    }

    /** RFC 7427 §3: AlgorithmIdentifier length, AlgorithmIdentifier, signature. */
    static Ikev2AuthPayload digital(byte[] algorithmIdentifier, byte[] signature) {
        byte[] out = new byte[1 + algorithmIdentifier.length + signature.length];
        out[0] = (byte) algorithmIdentifier.length;
        System.arraycopy(algorithmIdentifier, 0, out, 1, algorithmIdentifier.length);
        System.arraycopy(signature, 0, out, 1 + algorithmIdentifier.length, signature.length);
        return new Ikev2AuthPayload(14, Bytes.wrap(out));
    }

    /** Rewrites the AUTH payload of our IKE_AUTH request, while {@code armed}. */
    static class AuthRewrite implements Impairments {
        final UnaryOperator<Ikev2AuthPayload> rewrite;
        boolean armed = true;

        AuthRewrite(UnaryOperator<Ikev2AuthPayload> rewrite) {
            this.rewrite = rewrite;
        }

        @Override
        public List<Ikev2Payload> payloads(int saId, int exchangeType, boolean response, long messageId,
                                           List<Ikev2Payload> payloads) {
            if (!armed || exchangeType != IKE_AUTH || response) {
                return payloads;
            }
            List<Ikev2Payload> out = new ArrayList<>();
            for (Ikev2Payload x : payloads) {
                out.add(x instanceof Ikev2AuthPayload a ? rewrite(saId, payloads, a) : x);
            }
            return out;
        }

        Ikev2AuthPayload rewrite(int saId, List<Ikev2Payload> payloads, Ikev2AuthPayload a) {
            return rewrite.apply(a);
        }
    }

    /**
     * Signs the initiator's AUTH octets itself with {@code scheme} (RFC 7296 §2.15: its IKE_SA_INIT request |
     * Nr | prf(SK_pi, IDi body)), from the keys the engine exports and the messages it logged: a valid
     * signature with an algorithm the engine would not choose.
     */
    static final class ForgedAuth extends AuthRewrite {
        final Credentials credentials;
        final SignatureScheme scheme;
        EnginePair.Side side;
        int forgeries;

        ForgedAuth(Credentials credentials, SignatureScheme scheme) {
            super(UnaryOperator.identity());
            this.credentials = credentials;
            this.scheme = scheme;
        }

        @Override
        Ikev2AuthPayload rewrite(int saId, List<Ikev2Payload> payloads, Ikev2AuthPayload a) {
            byte[] initRequest = side.packets.stream()
                    .filter(x -> x.outbound() && x.saId() == saId && x.message().header().exchangeType() == IKE_SA_INIT)
                    .reduce((x, y) -> y).orElseThrow().datagram().payload().toByteArray();
            byte[] nr = side.packets.stream()
                    .filter(x -> !x.outbound() && x.saId() == saId && x.message().header().exchangeType() == IKE_SA_INIT)
                    .flatMap(x -> x.message().payloads().stream()).filter(Ikev2NoncePayload.class::isInstance)
                    .map(n -> ((Ikev2NoncePayload) n).nonce().toByteArray()).reduce((x, y) -> y).orElseThrow();
            Ikev2IdPayload idi = payloads.stream().filter(Ikev2IdPayload.class::isInstance).map(Ikev2IdPayload.class::cast)
                    .findFirst().orElseThrow();
            Ikev2Kdf kdf = new Ikev2Kdf(EnginePair.CRYPTO.prf(side.keyed.get(saId).prfId()));
            byte[] octets = kdf.signedOctets(initRequest, nr, side.keys.get(saId).skPi(), IdPayloads.body(idi));
            forgeries++;
            return digital(Rfc7427.algorithmIdentifier(scheme), EnginePair.CRYPTO.signer(scheme, credentials.key()).sign(octets));
        }
    }

    /** Drops N(SIGNATURE_HASH_ALGORITHMS) from our IKE_SA_INIT response: the peer then cannot use RFC 7427. */
    static final class StripHashAlgorithms implements Impairments {
        boolean armed = true;

        @Override
        public List<Ikev2Payload> payloads(int saId, int exchangeType, boolean response, long messageId,
                                           List<Ikev2Payload> payloads) {
            return armed && exchangeType == IKE_SA_INIT && response ? payloads.stream()
                    .filter(x -> !(x instanceof Ikev2NotifyPayload n
                            && n.notifyType() == Ikev2NotifyType.SIGNATURE_HASH_ALGORITHMS.number())).toList() : payloads;
        }
    }
}
