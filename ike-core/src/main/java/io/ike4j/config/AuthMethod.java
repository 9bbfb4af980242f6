package io.ike4j.config;

import java.util.Optional;

/** IOS {@code authentication local|remote pre-share|rsa-sig|ecdsa-sig} (RFC 7296 §3.8, RFC 7427). */
public enum AuthMethod {
    /** {@code pre-share}: a pre-shared key from the keyring (RFC 7296 §2.15, auth method 2). */
    PRE_SHARE("pre-share"),
    /** {@code rsa-sig}: an RSA signature with a certificate (auth method 1 or 14). */
    RSA_SIG("rsa-sig"),
    /** {@code ecdsa-sig}: an ECDSA signature with a certificate (auth methods 9-11 or 14). */
    ECDSA_SIG("ecdsa-sig");

    private final String iosName;

    AuthMethod(String iosName) {
        this.iosName = iosName;
    }

    /** {@return the IOS keyword ({@code authentication local|remote <keyword>})} */
    public String iosName() {
        return iosName;
    }

    /**
     * The method an IOS keyword names.
     *
     * @param name {@code pre-share}, {@code rsa-sig} or {@code ecdsa-sig}, any case
     * @return the method, or empty
     */
    public static Optional<AuthMethod> ofIos(String name) {
        for (AuthMethod m : values()) {
            if (m.iosName.equalsIgnoreCase(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
