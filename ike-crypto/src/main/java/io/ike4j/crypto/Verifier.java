package io.ike4j.crypto;

/** Verifies a signature over AUTH octets with a public key bound at creation. */
public interface Verifier {
    /** {@return the scheme this verifier checks} */
    SignatureScheme scheme();

    /**
     * False for a wrong or malformed signature; never throws for bad input.
     *
     * @param data the signed octets of RFC 7296 §2.15
     * @param signature the AUTH payload's signature, in the scheme's encoding
     * @return true when the signature verifies
     */
    boolean verify(byte[] data, byte[] signature);
}
