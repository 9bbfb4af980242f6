package io.ike4j.crypto;

/** Signs AUTH octets with a private key bound at creation. */
public interface Signer {
    /** {@return the scheme this signer uses} */
    SignatureScheme scheme();

    /**
     * Signs {@code data}.
     *
     * @param data the signed octets of RFC 7296 §2.15
     * @return the signature in the scheme's encoding
     */
    byte[] sign(byte[] data);
}
