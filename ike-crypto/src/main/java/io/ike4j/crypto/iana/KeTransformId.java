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
    NONE(0, "NONE"),
    MODP_768(1, "768-bit MODP Group"),
    MODP_1024(2, "1024-bit MODP Group"),
    MODP_1536(5, "1536-bit MODP Group"),
    MODP_2048(14, "2048-bit MODP Group"),
    MODP_3072(15, "3072-bit MODP Group"),
    MODP_4096(16, "4096-bit MODP Group"),
    MODP_6144(17, "6144-bit MODP Group"),
    MODP_8192(18, "8192-bit MODP Group"),
    ECP_256(19, "256-bit random ECP group"),
    ECP_384(20, "384-bit random ECP group"),
    ECP_521(21, "521-bit random ECP group"),
    MODP_1024_160(22, "1024-bit MODP Group with 160-bit Prime Order Subgroup"),
    MODP_2048_224(23, "2048-bit MODP Group with 224-bit Prime Order Subgroup"),
    MODP_2048_256(24, "2048-bit MODP Group with 256-bit Prime Order Subgroup"),
    ECP_192(25, "192-bit Random ECP Group"),
    ECP_224(26, "224-bit Random ECP Group"),
    BRAINPOOL_P224R1(27, "brainpoolP224r1"),
    BRAINPOOL_P256R1(28, "brainpoolP256r1"),
    BRAINPOOL_P384R1(29, "brainpoolP384r1"),
    BRAINPOOL_P512R1(30, "brainpoolP512r1"),
    CURVE25519(31, "Curve25519"),
    CURVE448(32, "Curve448"),
    GOST3410_2012_256(33, "GOST3410_2012_256"),
    GOST3410_2012_512(34, "GOST3410_2012_512"),
    ML_KEM_512(35, "ml-kem-512"),
    ML_KEM_768(36, "ml-kem-768"),
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

    public static Optional<KeTransformId> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** The constant name, or {@code UNKNOWN(n)} for a value without an enum constant. */
    public static String nameOf(int number) {
        return IanaValue.nameOf(BY_NUMBER, number);
    }
}
