package io.ike4j.crypto.kdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JDK digests made from an unused prototype: a clone, not a provider lookup by reflection per hash (the one place
 * ike4j does this: NAT-D and cookie hashes, the HMAC scratch of the {@code bc} provider, retransmission digests).
 */
public final class JdkDigests {
    /** One digest per thread and algorithm, for hashes computed in one call ({@link #perThread}); before SHA1/SHA256. */
    private static final ConcurrentHashMap<String, ThreadLocal<MessageDigest>> LOCAL = new ConcurrentHashMap<>();
    /** SHA-1 for NAT detection (RFC 7296 §2.23), hashed four times per IKE_SA_INIT on each side. */
    static final HashFunction SHA1 = HashFunction.jdk("SHA-1");
    /** SHA-256 for stateless cookies (RFC 7296 §2.6), one per IKE_SA_INIT under a flood. */
    static final HashFunction SHA256 = HashFunction.jdk("SHA-256");

    private JdkDigests() {
    }

    /**
     * Each thread's digest {@code name}, for hashes computed and finished in one call, which must end in
     * {@link MessageDigest#digest()} or {@link MessageDigest#reset()} (a clone per hash cost about 300 octets). Callers
     * keep the result: one per algorithm, shared by all of them.
     *
     * @param name the JCA name, e.g. {@code SHA-256}
     * @return the per-thread digests, each in its initial state between uses
     * @throws IllegalArgumentException when the JDK has no such digest
     */
    public static ThreadLocal<MessageDigest> perThread(String name) {
        MessageDigest prototype = prototype(name); // fails here, not at the first hash
        return LOCAL.computeIfAbsent(name, n -> ThreadLocal.withInitial(() -> copy(prototype)));
    }

    /**
     * The JDK's digest {@code name}, to keep unused as a prototype for {@link #copy}.
     *
     * @param name the JCA name, e.g. {@code SHA-256}
     * @return a digest in its initial state
     * @throws IllegalArgumentException when the JDK has no such digest
     */
    public static MessageDigest prototype(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("no hash " + name, e);
        }
    }

    /**
     * A digest in its initial state, of the same algorithm and provider as {@code prototype} (which must never be
     * updated: clones of it are made from any thread).
     *
     * @param prototype an unused digest
     * @return a fresh digest
     */
    public static MessageDigest copy(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance(prototype.getAlgorithm(), prototype.getProvider());
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
