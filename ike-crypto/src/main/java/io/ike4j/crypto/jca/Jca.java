package io.ike4j.crypto.jca;

import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;

/**
 * Where the JCA objects come from: one given {@link Provider} (e.g. a FIPS module a gateway must use),
 * or, when {@code provider} is null, whichever installed provider the JCA picks first. Every getter
 * throws the checked {@link GeneralSecurityException} so callers decide between "unsupported" (at
 * probe time) and "broken platform" (at use time).
 */
final class Jca {
    private final Provider provider;

    Jca(Provider provider) {
        this.provider = provider;
    }

    /** Null when the installed providers are used. */
    Provider provider() {
        return provider;
    }

    Mac mac(String algorithm) throws GeneralSecurityException {
        return provider == null ? Mac.getInstance(algorithm) : Mac.getInstance(algorithm, provider);
    }

    javax.crypto.Cipher cipher(String transformation) throws GeneralSecurityException {
        return provider == null ? javax.crypto.Cipher.getInstance(transformation)
                : javax.crypto.Cipher.getInstance(transformation, provider);
    }

    KeyAgreement keyAgreement(String algorithm) throws GeneralSecurityException {
        return provider == null ? KeyAgreement.getInstance(algorithm) : KeyAgreement.getInstance(algorithm, provider);
    }

    KeyFactory keyFactory(String algorithm) throws GeneralSecurityException {
        return provider == null ? KeyFactory.getInstance(algorithm) : KeyFactory.getInstance(algorithm, provider);
    }

    KeyPairGenerator keyPairGenerator(String algorithm) throws GeneralSecurityException {
        return provider == null ? KeyPairGenerator.getInstance(algorithm)
                : KeyPairGenerator.getInstance(algorithm, provider);
    }

    Signature signature(String algorithm) throws GeneralSecurityException {
        return provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
    }

    java.security.AlgorithmParameters algorithmParameters(String algorithm) throws GeneralSecurityException {
        return provider == null ? java.security.AlgorithmParameters.getInstance(algorithm)
                : java.security.AlgorithmParameters.getInstance(algorithm, provider);
    }

    /** Wraps a failure that should not happen once the algorithm passed its probe. */
    static IllegalStateException broken(String what, Exception e) {
        return new IllegalStateException(what + " failed in the JCA provider", e);
    }
}
