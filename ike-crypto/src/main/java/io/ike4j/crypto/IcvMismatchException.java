package io.ike4j.crypto;

/** An ICV or AEAD tag did not verify: the message is discarded (RFC 7296 §2.21.2). */
public final class IcvMismatchException extends Exception {
    /**
     * A message whose ICV did not verify.
     *
     * @param message what did not verify
     */
    public IcvMismatchException(String message) {
        super(message, null, false, false);
    }
}
