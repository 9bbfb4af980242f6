package io.ike4j.config;

import java.util.Optional;

/** IOS {@code authentication local|remote pre-share|rsa-sig|ecdsa-sig} (RFC 7296 §3.8, RFC 7427). */
public enum AuthMethod {
    PRE_SHARE("pre-share"), RSA_SIG("rsa-sig"), ECDSA_SIG("ecdsa-sig");

    private final String iosName;

    AuthMethod(String iosName) {
        this.iosName = iosName;
    }

    public String iosName() {
        return iosName;
    }

    public static Optional<AuthMethod> ofIos(String name) {
        for (AuthMethod m : values()) {
            if (m.iosName.equalsIgnoreCase(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
