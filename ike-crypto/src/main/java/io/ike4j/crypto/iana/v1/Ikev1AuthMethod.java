package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv1 phase-1 Authentication Method attribute values (class 3; RFC 2409 App. A, RFC 4754).
 * The XAUTH and hybrid values are from the private range (draft-ietf-ipsec-isakmp-xauth-06 §7.2,
 * draft-ietf-ipsec-isakmp-hybrid-auth-05) because real peers (IOS, strongSwan) send them.
 */
public enum Ikev1AuthMethod implements IanaValue {
    PRE_SHARED_KEY(1, "pre-shared key"),
    DSS_SIGNATURES(2, "DSS signatures"),
    RSA_SIGNATURES(3, "RSA signatures"),
    RSA_ENCRYPTION(4, "Encryption with RSA"),
    RSA_REVISED_ENCRYPTION(5, "Revised encryption with RSA"),
    ECDSA_SHA256_P256(9, "ECDSA with SHA-256 on the P-256 curve"),
    ECDSA_SHA384_P384(10, "ECDSA with SHA-384 on the P-384 curve"),
    ECDSA_SHA512_P521(11, "ECDSA with SHA-512 on the P-521 curve"),
    HYBRID_INIT_RSA(64221, "HybridInitRSA"),
    HYBRID_RESP_RSA(64222, "HybridRespRSA"),
    HYBRID_INIT_DSS(64223, "HybridInitDSS"),
    HYBRID_RESP_DSS(64224, "HybridRespDSS"),
    XAUTH_INIT_PRESHARED(65001, "XAUTHInitPreShared"),
    XAUTH_RESP_PRESHARED(65002, "XAUTHRespPreShared"),
    XAUTH_INIT_DSS(65003, "XAUTHInitDSS"),
    XAUTH_RESP_DSS(65004, "XAUTHRespDSS"),
    XAUTH_INIT_RSA(65005, "XAUTHInitRSA"),
    XAUTH_RESP_RSA(65006, "XAUTHRespRSA"),
    XAUTH_INIT_RSA_ENCRYPTION(65007, "XAUTHInitRSAEncryption"),
    XAUTH_RESP_RSA_ENCRYPTION(65008, "XAUTHRespRSAEncryption"),
    XAUTH_INIT_RSA_REVISED_ENCRYPTION(65009, "XAUTHInitRSARevisedEncryption"),
    XAUTH_RESP_RSA_REVISED_ENCRYPTION(65010, "XAUTHRespRSARevisedEncryption");

    private static final Map<Integer, Ikev1AuthMethod> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1AuthMethod(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    public static Optional<Ikev1AuthMethod> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
