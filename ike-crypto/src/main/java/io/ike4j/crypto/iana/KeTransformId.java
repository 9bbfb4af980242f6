package io.ike4j.crypto.iana;

import java.util.Map;
import java.util.Optional;

/**
 * IKEv2 transform type 4, key exchange method transform IDs (DH groups, RFC 7296 §3.3.2, RFC 9370; ML-KEM per draft-ietf-ipsecme-ikev2-mlkem).
 *
 * <p>Generated from IANA's <code>ikev2-parameters-8</code> (ikev2-parameters.xml) and checked
 * against it by {@code io.ike4j.vectors.iana.Ikev2RegistryTest}. Every assigned value is present; reserved,
 * unassigned and private-use ranges are not. {@link #ianaName()} is IANA's description verbatim; the
 * constant name is that description upper-cased with every run of other characters turned into {@code _},
 * except where a shorter conventional name reads better (those keep the verbatim IANA text in
 * {@code ianaName}, so the test still ties them to the registry).
 */
public enum KeTransformId implements IanaValue {
    /** Value 0 (IANA reference: RFC 7296). */
    NONE(0, "NONE"),
    /** Value 1 (IANA references: RFC 8247, RFC 6989, RFC 7296). */
    MODP_768(1, "768-bit MODP Group"),
    /** Value 2 (IANA references: RFC 6989, RFC 7296). */
    MODP_1024(2, "1024-bit MODP Group"),
    /** Value 5 (IANA references: RFC 6989, RFC 3526). */
    MODP_1536(5, "1536-bit MODP Group"),
    /** Value 14 (IANA references: RFC 6989, RFC 3526). */
    MODP_2048(14, "2048-bit MODP Group"),
    /** Value 15 (IANA references: RFC 6989, RFC 3526). */
    MODP_3072(15, "3072-bit MODP Group"),
    /** Value 16 (IANA references: RFC 6989, RFC 3526). */
    MODP_4096(16, "4096-bit MODP Group"),
    /** Value 17 (IANA references: RFC 6989, RFC 3526). */
    MODP_6144(17, "6144-bit MODP Group"),
    /** Value 18 (IANA references: RFC 6989, RFC 3526). */
    MODP_8192(18, "8192-bit MODP Group"),
    /** Value 19 (IANA references: RFC 6989, RFC 5903). */
    ECP_256(19, "256-bit random ECP group"),
    /** Value 20 (IANA references: RFC 6989, RFC 5903). */
    ECP_384(20, "384-bit random ECP group"),
    /** Value 21 (IANA references: RFC 6989, RFC 5903). */
    ECP_521(21, "521-bit random ECP group"),
    /** Value 22 (IANA references: RFC 8247, RFC 6989, RFC 5114). */
    MODP_1024_160(22, "1024-bit MODP Group with 160-bit Prime Order Subgroup"),
    /** Value 23 (IANA references: RFC 6989, RFC 5114). */
    MODP_2048_224(23, "2048-bit MODP Group with 224-bit Prime Order Subgroup"),
    /** Value 24 (IANA references: RFC 6989, RFC 5114). */
    MODP_2048_256(24, "2048-bit MODP Group with 256-bit Prime Order Subgroup"),
    /** Value 25 (IANA references: RFC 6989, RFC 5114). */
    ECP_192(25, "192-bit Random ECP Group"),
    /** Value 26 (IANA references: RFC 6989, RFC 5114). */
    ECP_224(26, "224-bit Random ECP Group"),
    /** Value 27 (IANA references: RFC 6989, RFC 6954). */
    BRAINPOOL_P224R1(27, "brainpoolP224r1"),
    /** Value 28 (IANA references: RFC 6989, RFC 6954). */
    BRAINPOOL_P256R1(28, "brainpoolP256r1"),
    /** Value 29 (IANA references: RFC 6989, RFC 6954). */
    BRAINPOOL_P384R1(29, "brainpoolP384r1"),
    /** Value 30 (IANA references: RFC 6989, RFC 6954). */
    BRAINPOOL_P512R1(30, "brainpoolP512r1"),
    /** Value 31 (IANA reference: RFC 8031). */
    CURVE25519(31, "Curve25519"),
    /** Value 32 (IANA reference: RFC 8031). */
    CURVE448(32, "Curve448"),
    /** Value 33 (IANA reference: RFC 9385). */
    GOST3410_2012_256(33, "GOST3410_2012_256"),
    /** Value 34 (IANA reference: RFC 9385). */
    GOST3410_2012_512(34, "GOST3410_2012_512"),
    /** Value 35 (IANA reference: RFC-ietf-ipsecme-ikev2-mlkem-09). */
    ML_KEM_512(35, "ml-kem-512"),
    /** Value 36 (IANA reference: RFC-ietf-ipsecme-ikev2-mlkem-09). */
    ML_KEM_768(36, "ml-kem-768"),
    /** Value 37 (IANA reference: RFC-ietf-ipsecme-ikev2-mlkem-09). */
    ML_KEM_1024(37, "ml-kem-1024");

    private static final Map<Integer, KeTransformId> BY_NUMBER = IanaValue.index(values());

    private final int number;
    private final String ianaName;

    KeTransformId(int number, String ianaName) {
        this.number = number;
        this.ianaName = ianaName;
    }

    /** The number IANA assigned. */
    public int number() {
        return number;
    }

    /** IANA's description, verbatim. */
    public String ianaName() {
        return ianaName;
    }

    /**
     * The constant IANA assigned {@code number} to.
     *
     * @param number the IANA value
     * @return the constant, or empty for a number this enum does not know
     */
    public static Optional<KeTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * The constant name, or {@code UNKNOWN(n)} for a value without an enum constant.
     *
     * @param number the IANA value
     * @return the constant's name or {@code UNKNOWN(number)}
     */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
