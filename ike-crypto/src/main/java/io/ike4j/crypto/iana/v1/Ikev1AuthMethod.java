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
    /** Value 1 (IANA reference: RFC 2409). */
    PRE_SHARED_KEY(1, "pre-shared key"),
    /** Value 2 (IANA reference: RFC 2409). */
    DSS_SIGNATURES(2, "DSS signatures"),
    /** Value 3 (IANA reference: RFC 2409). */
    RSA_SIGNATURES(3, "RSA signatures"),
    /** Value 4 (IANA reference: RFC 2409). */
    RSA_ENCRYPTION(4, "Encryption with RSA"),
    /** Value 5 (IANA reference: RFC 2409). */
    RSA_REVISED_ENCRYPTION(5, "Revised encryption with RSA"),
    /** Value 9 (IANA reference: RFC 4754). */
    ECDSA_SHA256_P256(9, "ECDSA with SHA-256 on the P-256 curve"),
    /** Value 10 (IANA reference: RFC 4754). */
    ECDSA_SHA384_P384(10, "ECDSA with SHA-384 on the P-384 curve"),
    /** Value 11 (IANA reference: RFC 4754). */
    ECDSA_SHA512_P521(11, "ECDSA with SHA-512 on the P-521 curve"),
    /** Value 64221: hybrid authentication, initiator authenticated by XAUTH, responder by RSA signature (draft-ietf-ipsec-isakmp-hybrid-auth-05). */
    HYBRID_INIT_RSA(64221, "HybridInitRSA"),
    /** Value 64222: hybrid authentication, responder side of {@link #HYBRID_INIT_RSA}. */
    HYBRID_RESP_RSA(64222, "HybridRespRSA"),
    /** Value 64223: hybrid authentication with a DSS signature, initiator side. */
    HYBRID_INIT_DSS(64223, "HybridInitDSS"),
    /** Value 64224: hybrid authentication with a DSS signature, responder side. */
    HYBRID_RESP_DSS(64224, "HybridRespDSS"),
    /** Value 65001: pre-shared key followed by XAUTH, initiator side (draft-ietf-ipsec-isakmp-xauth-06 §7.2). */
    XAUTH_INIT_PRESHARED(65001, "XAUTHInitPreShared"),
    /** Value 65002: pre-shared key with XAUTH, responder side. */
    XAUTH_RESP_PRESHARED(65002, "XAUTHRespPreShared"),
    /** Value 65003: DSS signatures with XAUTH, initiator side. */
    XAUTH_INIT_DSS(65003, "XAUTHInitDSS"),
    /** Value 65004: DSS signatures with XAUTH, responder side. */
    XAUTH_RESP_DSS(65004, "XAUTHRespDSS"),
    /** Value 65005: RSA signatures with XAUTH, initiator side. */
    XAUTH_INIT_RSA(65005, "XAUTHInitRSA"),
    /** Value 65006: RSA signatures with XAUTH, responder side. */
    XAUTH_RESP_RSA(65006, "XAUTHRespRSA"),
    /** Value 65007: RSA encryption with XAUTH, initiator side. */
    XAUTH_INIT_RSA_ENCRYPTION(65007, "XAUTHInitRSAEncryption"),
    /** Value 65008: RSA encryption with XAUTH, responder side. */
    XAUTH_RESP_RSA_ENCRYPTION(65008, "XAUTHRespRSAEncryption"),
    /** Value 65009: revised RSA encryption with XAUTH, initiator side. */
    XAUTH_INIT_RSA_REVISED_ENCRYPTION(65009, "XAUTHInitRSARevisedEncryption"),
    /** Value 65010: revised RSA encryption with XAUTH, responder side. */
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

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<Ikev1AuthMethod> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
