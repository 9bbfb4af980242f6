package io.ike4j.crypto;

import javax.security.auth.Destroyable;

/** One side of a key exchange; its private key is zeroed on {@link #destroy()}. */
public interface KeyExchangeParty extends Destroyable {
    /** {@return the KE payload data this side sends (DH: public value, RFC 5903 x ‖ y for ECP; KEM: ek or ciphertext)} */
    byte[] publicValue();

    /**
     * The shared secret given the peer's KE data (for a KEM responder: the initiator's data again).
     * MODP secrets are left-padded to the prime's length (RFC 7296 §2.14), ECP secrets are the
     * x-coordinate only (RFC 5903 §7).
     *
     * @param peerValue the peer's KE data
     * @return g^ir (or the KEM shared secret)
     * @throws InvalidKeyExchangeValueException when the peer's KE data fails validation
     */
    SecretBytes sharedSecret(byte[] peerValue) throws InvalidKeyExchangeValueException;

    @Override
    void destroy();
}
