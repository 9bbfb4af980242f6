package io.ike4j.vectors.crypto.kdf;

import io.ike4j.crypto.Prf;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.TransformKind;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test-only HMAC PRF on {@code javax.crypto.Mac}: a reference independent of both providers, so the KDF
 * code is checked against CAVP even when a provider is missing.
 */
public record JdkReferencePrf(int transformId, String macName, int outputLength) implements Prf {

    public static JdkReferencePrf forHash(String hash) {
        return switch (io.ike4j.crypto.kdf.HashFunction.canonical(hash)) {
            case "MD5" -> new JdkReferencePrf(1, "HmacMD5", 16);
            case "SHA-1" -> new JdkReferencePrf(2, "HmacSHA1", 20);
            case "SHA-224" -> new JdkReferencePrf(0, "HmacSHA224", 28);
            case "SHA-256" -> new JdkReferencePrf(5, "HmacSHA256", 32);
            case "SHA-384" -> new JdkReferencePrf(6, "HmacSHA384", 48);
            case "SHA-512" -> new JdkReferencePrf(7, "HmacSHA512", 64);
            default -> throw new UnsupportedTransformException(TransformKind.PRF, 0, "jdk-reference " + hash);
        };
    }

    public static JdkReferencePrf forId(int id) {
        return switch (id) {
            case 1 -> forHash("MD5");
            case 2 -> forHash("SHA-1");
            case 5 -> forHash("SHA-256");
            case 6 -> forHash("SHA-384");
            case 7 -> forHash("SHA-512");
            default -> throw new UnsupportedTransformException(TransformKind.PRF, id, "jdk-reference");
        };
    }

    @Override
    public int preferredKeyLength() {
        return outputLength;
    }

    @Override
    public byte[] compute(byte[] key, byte[]... data) {
        try {
            Mac mac = Mac.getInstance(macName);
            // HMAC accepts any key length, including 0 (RFC 2104); SecretKeySpec rejects empty keys.
            mac.init(key.length == 0 ? new EmptyKey(macName) : new SecretKeySpec(key, macName));
            for (byte[] d : data) {
                mac.update(d);
            }
            return mac.doFinal();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record EmptyKey(String getAlgorithm) implements javax.crypto.SecretKey {
        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }
}
