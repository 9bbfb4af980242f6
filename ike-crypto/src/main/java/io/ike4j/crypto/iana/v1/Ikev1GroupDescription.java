package io.ike4j.crypto.iana.v1;

import io.ike4j.crypto.iana.IanaValue;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv1 Group Description values (phase-1 class 4, RFC 2409 App. A / RFC 3526 / RFC 5903 / RFC 5114;
 * also the phase-2 Group Description attribute, RFC 2407 §4.5, which refers to the same registry).
 */
public enum Ikev1GroupDescription implements IanaValue {
    /** Value 1 (IANA reference: RFC 2409). */
    MODP_768(1, "default 768-bit MODP group"),
    /** Value 2 (IANA reference: RFC 2409). */
    MODP_1024(2, "alternate 1024-bit MODP group"),
    /** Value 3 (IANA reference: RFC 2409). */
    EC2N_155(3, "EC2N group on GP[2^155]"),
    /** Value 4 (IANA reference: RFC 2409). */
    EC2N_185(4, "EC2N group on GP[2^185]"),
    /** Value 5 (IANA reference: RFC 3526). */
    MODP_1536(5, "1536-bit MODP group"),
    /** Value 6 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_163_A(6, "EC2N group over GF[2^163](see Note)"),
    /** Value 7 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_163_B(7, "EC2N group over GF[2^163](see Note)"),
    /** Value 8 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_283_A(8, "EC2N group over GF[2^283](see Note)"),
    /** Value 9 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_283_B(9, "EC2N group over GF[2^283](see Note)"),
    /** Value 10 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_409_A(10, "EC2N group over GF[2^409](see Note)"),
    /** Value 11 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_409_B(11, "EC2N group over GF[2^409](see Note)"),
    /** Value 12 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_571_A(12, "EC2N group over GF[2^571](see Note)"),
    /** Value 13 (IANA reference: draft-ietf-ipsec-ike-ecc-groups-10). */
    EC2N_571_B(13, "EC2N group over GF[2^571](see Note)"),
    /** Value 14 (IANA reference: RFC 3526). */
    MODP_2048(14, "2048-bit MODP group"),
    /** Value 15 (IANA reference: RFC 3526). */
    MODP_3072(15, "3072-bit MODP group"),
    /** Value 16 (IANA reference: RFC 3526). */
    MODP_4096(16, "4096-bit MODP group"),
    /** Value 17 (IANA reference: RFC 3526). */
    MODP_6144(17, "6144-bit MODP group"),
    /** Value 18 (IANA reference: RFC 3526). */
    MODP_8192(18, "8192-bit MODP group"),
    /** Value 19 (IANA reference: RFC 5903). */
    ECP_256(19, "256-bit random ECP group"),
    /** Value 20 (IANA reference: RFC 5903). */
    ECP_384(20, "384-bit random ECP group"),
    /** Value 21 (IANA reference: RFC 5903). */
    ECP_521(21, "521-bit random ECP group"),
    /** Value 22 (IANA reference: RFC 5114). */
    MODP_1024_S160(22, "1024-bit MODP Group with 160-bit Prime Order Subgroup"),
    /** Value 23 (IANA reference: RFC 5114). */
    MODP_2048_S224(23, "2048-bit MODP Group with 224-bit Prime Order Subgroup"),
    /** Value 24 (IANA reference: RFC 5114). */
    MODP_2048_S256(24, "2048-bit MODP Group with 256-bit Prime Order Subgroup"),
    /** Value 25 (IANA reference: RFC 5114). */
    ECP_192(25, "192-bit Random ECP Group"),
    /** Value 26 (IANA reference: RFC 5114). */
    ECP_224(26, "224-bit Random ECP Group"),
    /** Value 27 (IANA reference: RFC 6932). */
    BRAINPOOL_P224R1(27, "224-bit Brainpool ECP group"),
    /** Value 28 (IANA reference: RFC 6932). */
    BRAINPOOL_P256R1(28, "256-bit Brainpool ECP group"),
    /** Value 29 (IANA reference: RFC 6932). */
    BRAINPOOL_P384R1(29, "384-bit Brainpool ECP group"),
    /** Value 30 (IANA reference: RFC 6932). */
    BRAINPOOL_P512R1(30, "512-bit Brainpool ECP group");

    private static final Map<Integer, Ikev1GroupDescription> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    Ikev1GroupDescription(int number, String ianaName) {
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
    public static Optional<Ikev1GroupDescription> of(int number) {
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
