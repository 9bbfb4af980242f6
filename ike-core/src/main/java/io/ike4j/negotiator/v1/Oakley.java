package io.ike4j.negotiator.v1;

import io.ike4j.codec.v1.OakleyAlgorithms;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.kdf.HashFunction;
import io.ike4j.crypto.kdf.Ikev1Kdf;

/**
 * Oakley numbers (RFC 2409 App. A) as the engine's views and KDF need them (the cipher and digest mappings themselves
 * are {@link OakleyAlgorithms}'): the PRF and integrity IDs of HMAC with the negotiated hash (§5), the IPsec
 * authentication algorithm's IKEv2 INTEG ID, names for log lines.
 */
final class Oakley {
    private Oakley() {
    }

    /** IKEv2 PRF id of HMAC with an Oakley hash. */
    static int prf(int oakley) {
        return switch (oakley) {
            case 1 -> 1;
            case 2 -> 2;
            case 4 -> 5;
            case 5 -> 6;
            case 6 -> 7;
            default -> 0;
        };
    }

    /** IKEv2 INTEG id of HMAC with an Oakley hash (for the SA's view). */
    static int integ(int oakley) {
        return switch (oakley) {
            case 1 -> 1;
            case 2 -> 2;
            case 4 -> 12;
            case 5 -> 13;
            case 6 -> 14;
            default -> 0;
        };
    }

    /** IKEv2 INTEG id of an IPsec authentication algorithm (RFC 2407 §4.5: 1 HMAC-MD5, 2 HMAC-SHA, 5-7 SHA2, 9 XCBC). */
    static int espInteg(int auth) {
        return switch (auth) {
            case 1 -> 1;
            case 2 -> 2;
            case 5 -> 12;
            case 6 -> 13;
            case 7 -> 14;
            case 9 -> 5;
            default -> 0;
        };
    }

    /** The KDF of a suite: HMAC of its hash as the PRF (RFC 2409 §5), the hash itself for IVs and NAT-D. */
    static Ikev1Kdf kdf(CryptoProvider crypto, int oakleyHash) {
        String name = OakleyAlgorithms.hashName(oakleyHash);
        return new Ikev1Kdf(crypto.hmacPrf(name), HashFunction.jdk(name));
    }

    /** IOS's name of an Oakley encryption algorithm, for failure lines. */
    static String encrName(int oakley, int bits) {
        return switch (oakley) {
            case 1 -> "DES-CBC";
            case 5 -> "3DES-CBC";
            case 7 -> "AES-CBC-" + bits;
            default -> "encryption " + oakley;
        };
    }
}
