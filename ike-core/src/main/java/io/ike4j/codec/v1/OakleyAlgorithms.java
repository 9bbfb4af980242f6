package io.ike4j.codec.v1;

/**
 * What the Oakley numbers of phase-1 attributes (RFC 2409 App. A) mean to the crypto SPI, which speaks IKEv2 transform
 * IDs and JDK digest names: the cipher is IKEv2's ENCR of the same algorithm in CBC mode, the hash a JDK digest (and its
 * HMAC the PRF, RFC 2409 §5). Used by the capture decryptor and the IKEv1 engine alike.
 */
public final class OakleyAlgorithms {
    private OakleyAlgorithms() {
    }

    /**
     * The IKEv2 ENCR ID serving an IKEv1 encryption algorithm (1 DES-CBC, 5 3DES-CBC, 7 AES-CBC of RFC 3602).
     *
     * @param ikev1Alg the Oakley encryption algorithm
     * @return the IKEv2 ENCR ID
     * @throws IllegalStateException for another algorithm
     */
    public static int ikev2EncrId(int ikev1Alg) {
        return switch (ikev1Alg) {
            case 1 -> 2; // DES-CBC
            case 5 -> 3; // 3DES-CBC
            case 7 -> 12; // AES-CBC
            default -> throw new IllegalStateException("IKEv1 encryption algorithm " + ikev1Alg + " not supported");
        };
    }

    /**
     * The JDK digest name of an IKEv1 hash algorithm (RFC 2409 App. A, RFC 4868: 1 MD5, 2 SHA, 4/5/6 SHA2-256/384/512).
     *
     * @param ikev1Hash the Oakley hash algorithm
     * @return the JDK name
     * @throws IllegalStateException for another algorithm
     */
    public static String hashName(int ikev1Hash) {
        return switch (ikev1Hash) {
            case 1 -> "MD5";
            case 2 -> "SHA-1";
            case 4 -> "SHA-256";
            case 5 -> "SHA-384";
            case 6 -> "SHA-512";
            default -> throw new IllegalStateException("IKEv1 hash algorithm " + ikev1Hash + " not supported");
        };
    }
}
