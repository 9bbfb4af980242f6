package io.ike4j.crypto.kdf;

import java.security.MessageDigest;
import java.util.Locale;

/**
 * A plain (unkeyed) hash, as IKEv1 needs one next to its PRF (RFC 2409 §5: phase-1 IV, the PKE SKEYID
 * key, NAT-D of RFC 3947) and IKEv2 for NAT-D (§2.23, SHA-1) and cookies (§2.6). Unkeyed hashes are no
 * negotiated transform of the provider SPI; the JDK's {@link MessageDigest} serves them.
 */
@FunctionalInterface
public interface HashFunction {
    /**
     * The hash of the concatenation of {@code data}.
     *
     * @param data the octet strings, concatenated
     * @return the digest
     */
    byte[] hash(byte[]... data);

    /**
     * The JDK digest named {@code name}: {@code MD5}, {@code SHA-1}, {@code SHA-224}, {@code SHA-256},
     * {@code SHA-384}, {@code SHA-512} (also {@code SHA1}, {@code SHA256} … and the IKEv1 names
     * {@code SHA}, {@code SHA2-256} …).
     *
     * @param name the hash's name
     * @return the hash
     * @throws IllegalArgumentException when the JDK has no such digest
     */
    static HashFunction jdk(String name) {
        ThreadLocal<MessageDigest> digests = JdkDigests.perThread(canonical(name));
        return data -> {
            MessageDigest md = digests.get();
            try {
                for (byte[] d : data) {
                    md.update(d);
                }
                return md.digest();
            } finally {
                md.reset(); // after a failed update too: the next hash on this thread starts clean
            }
        };
    }

    /**
     * {@code SHA-256} for {@code sha256}, {@code SHA2-256}, {@code SHA-256}; {@code SHA-1} for {@code SHA}.
     *
     * @param name a hash name in any of the accepted spellings
     * @return the JCA name
     */
    static String canonical(String name) {
        String u = name.trim().toUpperCase(Locale.ROOT).replace("_", "-");
        return switch (u) {
            case "MD5" -> "MD5";
            case "SHA", "SHA1", "SHA-1" -> "SHA-1";
            case "SHA224", "SHA-224", "SHA2-224" -> "SHA-224";
            case "SHA256", "SHA-256", "SHA2-256" -> "SHA-256";
            case "SHA384", "SHA-384", "SHA2-384" -> "SHA-384";
            case "SHA512", "SHA-512", "SHA2-512" -> "SHA-512";
            default -> u;
        };
    }
}
