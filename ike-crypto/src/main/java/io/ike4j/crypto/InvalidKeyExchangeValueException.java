package io.ike4j.crypto;

/**
 * A peer's key exchange value failed validation (RFC 6989: {@code 1 < y < p-1} and subgroup checks for MODP,
 * point on the curve for ECP, non-zero result for X25519/X448, ML-KEM encapsulation key checks of
 * FIPS 203 §7.2), or has the wrong length. The IKE SA must not be created.
 */
public final class InvalidKeyExchangeValueException extends Exception {
    /**
     * A rejected KE value.
     *
     * @param message which check failed
     */
    public InvalidKeyExchangeValueException(String message) {
        super(message, null, false, false);
    }
}
