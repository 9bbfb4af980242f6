package io.ike4j.codec.v1;

import io.ike4j.crypto.iana.IanaValue;
import java.util.Map;
import java.util.Optional;

/**
 * ISAKMP Next Payload types (RFC 2408 §3.1, RFC 3947 §3, IANA ipsec-registry-21) with the short
 * names strongSwan prints. 14 (mode-config attribute payload, draft-dukes-ike-mode-cfg) is marked
 * reserved by IANA but used by every XAUTH/mode-config peer; 130/131 are the NAT-T draft numbers and
 * 132 the Cisco/strongSwan IKEv1 fragment payload.
 */
public enum IsakmpPayloadType implements IanaValue {
    NONE(0, "NONE", "NONE"),
    SA(1, "Security Association (SA)", "SA"),
    PROPOSAL(2, "Proposal (P)", "PROP"),
    TRANSFORM(3, "Transform (T)", "TRANS"),
    KE(4, "Key Exchange (KE)", "KE"),
    ID(5, "Identification (ID)", "ID"),
    CERT(6, "Certificate (CERT)", "CERT"),
    CR(7, "Certificate Request (CR)", "CERTREQ"),
    HASH(8, "Hash (HASH)", "HASH"),
    SIG(9, "Signature (SIG)", "SIG"),
    NONCE(10, "Nonce (NONCE)", "No"),
    N(11, "Notification (N)", "N"),
    D(12, "Delete (D)", "D"),
    VID(13, "Vendor ID (VID)", "V"),
    ATTRIBUTE(14, "Attribute (mode-config, draft-dukes-ike-mode-cfg)", "CP"),
    SAK(15, "SA KEK Payload (SAK)", "SAK"),
    SAT(16, "SA TEK Payload (SAT)", "SAT"),
    KD(17, "Key Download (KD)", "KD"),
    SEQ(18, "Sequence Number (SEQ)", "SEQ"),
    POP(19, "Proof of Possession (POP)", "POP"),
    NAT_D(20, "NAT Discovery (NAT-D)", "NAT-D"),
    NAT_OA(21, "NAT Original Address (NAT-OA)", "NAT-OA"),
    GAP(22, "Group Associated Policy (GAP)", "GAP"),
    NAT_D_DRAFT(130, "NAT Discovery, draft-ietf-ipsec-nat-t-ike-02/03", "NAT-D"),
    NAT_OA_DRAFT(131, "NAT Original Address, draft-ietf-ipsec-nat-t-ike-02/03", "NAT-OA"),
    FRAGMENT(132, "IKE fragment (Cisco/strongSwan)", "FRAG");

    private static final Map<Integer, IsakmpPayloadType> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;
    private final String shortName;

    IsakmpPayloadType(int number, String ianaName, String shortName) {
        this.number = number;
        this.ianaName = ianaName;
        this.shortName = shortName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String ianaName() {
        return ianaName;
    }

    public String shortName() {
        return shortName;
    }

    public static Optional<IsakmpPayloadType> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant's name, or {@code UNKNOWN(n)} for a number this enum does not know. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
