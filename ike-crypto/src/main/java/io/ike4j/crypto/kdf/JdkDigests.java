package io.ike4j.crypto.kdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Fresh JDK digests from an unused prototype: a clone, not a provider lookup by reflection per hash. */
final class JdkDigests {
    /** SHA-1 for NAT detection (RFC 7296 §2.23), hashed four times per IKE_SA_INIT on each side. */
    static final HashFunction SHA1 = HashFunction.jdk("SHA-1");
    /** SHA-256 for stateless cookies (RFC 7296 §2.6), one per IKE_SA_INIT under a flood. */
    static final HashFunction SHA256 = HashFunction.jdk("SHA-256");

    private JdkDigests() {
    }

    /** A digest in its initial state, of the same algorithm and provider as {@code prototype}. */
    static MessageDigest copy(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return prototype.getProvider() == null
                        ? MessageDigest.getInstance(prototype.getAlgorithm())
                        : MessageDigest.getInstance(prototype.getAlgorithm(), prototype.getProvider());
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
