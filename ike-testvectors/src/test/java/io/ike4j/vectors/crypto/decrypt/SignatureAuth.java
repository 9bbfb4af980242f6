package io.ike4j.vectors.crypto.decrypt;

import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.SignatureScheme;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Verifies a signature AUTH payload (RFC 7296 §2.15 methods 1, 9-11; RFC 7427 method 14) over the AUTH
 * octets with the public key of the first X.509 CERT payload of the same message, through the provider.
 */
final class SignatureAuth {
    private SignatureAuth() {
    }

    static boolean verify(CryptoProvider p, Ikev2AuthPayload auth, List<Ikev2Payload> inner, byte[] octets) {
        Ikev2CertPayload cert = null;
        for (Ikev2Payload x : inner) {
            if (x instanceof Ikev2CertPayload c && cert == null) {
                cert = c;
            }
        }
        if (cert == null) {
            throw new AssertionError("no CERT payload next to the signature AUTH");
        }
        PublicKey key;
        try {
            key = CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(cert.data().toByteArray())).getPublicKey();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        byte[] data = auth.data().toByteArray();
        SignatureScheme scheme;
        byte[] sig;
        switch (auth.method()) {
            case 1 -> {
                scheme = SignatureScheme.RSA_PKCS1_SHA1;
                sig = data;
            }
            case 9 -> {
                scheme = SignatureScheme.ECDSA_P256_SHA256_RAW;
                sig = data;
            }
            case 10 -> {
                scheme = SignatureScheme.ECDSA_P384_SHA384_RAW;
                sig = data;
            }
            case 11 -> {
                scheme = SignatureScheme.ECDSA_P521_SHA512_RAW;
                sig = data;
            }
            case 14 -> {
                // RFC 7427 §3: ASN.1 length octet, AlgorithmIdentifier, signature.
                int len = data[0] & 0xff;
                String alg = HexFormat.of().formatHex(Arrays.copyOfRange(data, 1, 1 + len));
                sig = Arrays.copyOfRange(data, 1 + len, data.length);
                scheme = scheme(alg);
            }
            default -> throw new AssertionError("AUTH method " + auth.method());
        }
        boolean expected = p.verifier(scheme, key).verify(octets, sig);
        // The engine's verifier (io.ike4j.negotiator.auth) must agree with this independent one on strongSwan's
        // real AUTH payloads, both for the true signed octets and for altered ones.
        var parsed = io.ike4j.negotiator.auth.CertPayloads.parse(cert)
                .orElseThrow(() -> new AssertionError("CertPayloads.parse rejected strongSwan's certificate"));
        boolean engine = io.ike4j.negotiator.auth.SignatureAuth.verify(p, parsed.getPublicKey(), auth, octets);
        if (engine != expected) {
            throw new AssertionError("negotiator.auth.SignatureAuth.verify says " + engine + ", the reference " + expected
                    + " (" + p.name() + ", method " + auth.method() + ")");
        }
        ENGINE_AGREED.incrementAndGet();
        return expected;
    }

    /** How many verifications io.ike4j.negotiator.auth.SignatureAuth agreed on (printed by the suite). */
    static final java.util.concurrent.atomic.AtomicInteger ENGINE_AGREED = new java.util.concurrent.atomic.AtomicInteger();

    /** The scheme an RFC 7427 App. A AlgorithmIdentifier names (by its OIDs). */
    static SignatureScheme scheme(String algHex) {
        if (algHex.contains("2a8648ce3d040302")) {
            return SignatureScheme.ECDSA_SHA256_DER;
        } else if (algHex.contains("2a8648ce3d040303")) {
            return SignatureScheme.ECDSA_SHA384_DER;
        } else if (algHex.contains("2a8648ce3d040304")) {
            return SignatureScheme.ECDSA_SHA512_DER;
        } else if (algHex.contains("2a864886f70d01010a")) {
            return algHex.contains("608648016503040203") ? SignatureScheme.RSA_PSS_SHA512
                    : algHex.contains("608648016503040202") ? SignatureScheme.RSA_PSS_SHA384 : SignatureScheme.RSA_PSS_SHA256;
        } else if (algHex.contains("2a864886f70d01010b")) {
            return SignatureScheme.RSA_PKCS1_SHA256;
        } else if (algHex.contains("2a864886f70d01010c")) {
            return SignatureScheme.RSA_PKCS1_SHA384;
        } else if (algHex.contains("2a864886f70d01010d")) {
            return SignatureScheme.RSA_PKCS1_SHA512;
        } else if (algHex.contains("2a864886f70d010105")) {
            return SignatureScheme.RSA_PKCS1_SHA1;
        } else if (algHex.contains("2b6570")) {
            return SignatureScheme.ED25519;
        } else if (algHex.contains("2b6571")) {
            return SignatureScheme.ED448;
        }
        throw new AssertionError("unknown AlgorithmIdentifier " + algHex);
    }
}
