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
    /** Value 0 (IANA reference: RFC 2408). */
    NONE(0, "NONE", "NONE"),
    /** Value 1 (IANA reference: RFC 2408). */
    SA(1, "Security Association (SA)", "SA"),
    /** Value 2 (IANA reference: RFC 2408). */
    PROPOSAL(2, "Proposal (P)", "PROP"),
    /** Value 3 (IANA reference: RFC 2408). */
    TRANSFORM(3, "Transform (T)", "TRANS"),
    /** Value 4 (IANA reference: RFC 2408). */
    KE(4, "Key Exchange (KE)", "KE"),
    /** Value 5 (IANA reference: RFC 2408). */
    ID(5, "Identification (ID)", "ID"),
    /** Value 6 (IANA reference: RFC 2408). */
    CERT(6, "Certificate (CERT)", "CERT"),
    /** Value 7 (IANA reference: RFC 2408). */
    CR(7, "Certificate Request (CR)", "CERTREQ"),
    /** Value 8 (IANA reference: RFC 2408). */
    HASH(8, "Hash (HASH)", "HASH"),
    /** Value 9 (IANA reference: RFC 2408). */
    SIG(9, "Signature (SIG)", "SIG"),
    /** Value 10 (IANA reference: RFC 2408). */
    NONCE(10, "Nonce (NONCE)", "No"),
    /** Value 11 (IANA reference: RFC 2408). */
    N(11, "Notification (N)", "N"),
    /** Value 12 (IANA reference: RFC 2408). */
    D(12, "Delete (D)", "D"),
    /** Value 13 (IANA reference: RFC 2408). */
    VID(13, "Vendor ID (VID)", "V"),
    /** Value 14. */
    ATTRIBUTE(14, "Attribute (mode-config, draft-dukes-ike-mode-cfg)", "CP"),
    /** Value 15 (IANA references: RFC 3547, RFC 6407). */
    SAK(15, "SA KEK Payload (SAK)", "SAK"),
    /** Value 16 (IANA references: RFC 3547, RFC 6407). */
    SAT(16, "SA TEK Payload (SAT)", "SAT"),
    /** Value 17 (IANA reference: RFC 3547). */
    KD(17, "Key Download (KD)", "KD"),
    /** Value 18 (IANA reference: RFC 3547). */
    SEQ(18, "Sequence Number (SEQ)", "SEQ"),
    /** Value 19 (IANA reference: RFC 3547). */
    POP(19, "Proof of Possession (POP)", "POP"),
    /** Value 20 (IANA reference: RFC 3947). */
    NAT_D(20, "NAT Discovery (NAT-D)", "NAT-D"),
    /** Value 21 (IANA reference: RFC 3947). */
    NAT_OA(21, "NAT Original Address (NAT-OA)", "NAT-OA"),
    /** Value 22 (IANA reference: RFC 6407). */
    GAP(22, "Group Associated Policy (GAP)", "GAP"),
    /** Value 130: NAT-D of draft-ietf-ipsec-nat-t-ike-02/03 (private range). */
    NAT_D_DRAFT(130, "NAT Discovery, draft-ietf-ipsec-nat-t-ike-02/03", "NAT-D"),
    /** Value 131: NAT-OA of draft-ietf-ipsec-nat-t-ike-02/03 (private range). */
    NAT_OA_DRAFT(131, "NAT Original Address, draft-ietf-ipsec-nat-t-ike-02/03", "NAT-OA"),
    /** Value 132: IKE fragment as Cisco and strongSwan send it (private range). */
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

    /** {@return the strongSwan short name (e.g. {@code SA}, {@code No})} */
    public String shortName() {
        return shortName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<IsakmpPayloadType> of(int number) {
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
