package io.ike4j.crypto;

/** Verifies a signature over AUTH octets with a public key bound at creation. */
public interface Verifier {
    SignatureScheme scheme();

    /** False for a wrong or malformed signature; never throws for bad input. */
    boolean verify(byte[] data, byte[] signature);
}
