package io.ike4j.crypto;

/** Signs AUTH octets with a private key bound at creation. */
public interface Signer {
    SignatureScheme scheme();

    byte[] sign(byte[] data);
}
