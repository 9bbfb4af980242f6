package io.ike4j.crypto;

/**
 * A key exchange method of the IKEv2 registry (transform type 4): MODP and ECP Diffie-Hellman groups,
 * Montgomery curves and KEMs behind one interface (RFC 9370 §2.2 treats them alike).
 *
 * <p>Diffie-Hellman: both sides generate a key pair; each KE payload carries a public value; both
 * derive the same secret. KEM (ML-KEM, draft-ietf-ipsecme-ikev2-mlkem): the initiator's KE data is
 * its encapsulation key, the responder encapsulates to it and sends the ciphertext, the initiator
 * decapsulates. Either way the host calls {@link #initiator} or {@link #responder}, sends
 * {@link KeyExchangeParty#publicValue()} and calls {@link KeyExchangeParty#sharedSecret(byte[])} with
 * the peer's KE data.
 */
public interface KeyExchange {
    /** {@return the IANA key exchange method (DH group) number} */
    int transformId();

    /**
     * Length in octets of the KE data the initiator (true) or responder (false) sends.
     *
     * @param initiator which side
     * @return the KE data length
     */
    int publicValueLength(boolean initiator);

    /** {@return true for KEMs, where the two sides' KE data differ in kind and length} */
    boolean isKem();

    /**
     * The initiator's side: a fresh key pair (DH) or decapsulation key (KEM).
     *
     * @param random where the private key comes from
     * @return the party, to be destroyed after use
     */
    KeyExchangeParty initiator(RandomSource random);

    /**
     * The responder's side, given the initiator's KE data, which is validated here: a fresh key pair
     * (DH) or an encapsulation to the initiator's key (KEM).
     *
     * @param initiatorValue the initiator's KE data
     * @param random where the private key (or encapsulation randomness) comes from
     * @return the party, to be destroyed after use
     * @throws InvalidKeyExchangeValueException when the initiator's KE data fails validation
     */
    KeyExchangeParty responder(byte[] initiatorValue, RandomSource random) throws InvalidKeyExchangeValueException;

    /**
     * A Diffie-Hellman party with a given private key, for test vectors (RFC 5903 §8, RFC 5114 App. A,
     * RFC 7748 §6). KEMs throw UnsupportedOperationException.
     *
     * @param privateKey the private key in the method's encoding
     * @return the party
     */
    KeyExchangeParty withPrivateKey(byte[] privateKey);
}
