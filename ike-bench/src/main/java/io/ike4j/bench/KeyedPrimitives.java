package io.ike4j.bench;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.SecretBytes;

import java.util.function.Function;

/**
 * The SK_e/SK_a primitives an IKE SA keys, by name, as "key it" and "protect one message with it": the shared
 * material of {@link KeyedPrimitiveBenchmark} (time) and {@link KeyedHeapBenchmark} (live heap).
 */
final class KeyedPrimitives {
    static final String[] NAMES = {"hmac-sha1", "hmac-sha256", "hmac-sha512", "aes-xcbc", "aes-cmac", "3des-cbc",
            "aes128-cbc", "aes256-cbc", "aes128-ctr", "aes128-gcm", "aes128-ccm", "chacha20-poly1305"};

    /** A keyed instance and one message's work on it (MAC, encrypt, or seal then open). */
    interface Keyed {
        Object message(byte[] data);

        void destroy();
    }

    private KeyedPrimitives() {
    }

    /** How to key one {@code name} primitive, and its key length (SK_e with the salt or CTR nonce, SK_a). */
    record Kind(int keyLength, Function<SecretBytes, Keyed> make) {
    }

    static Kind kind(CryptoProvider p, String name) {
        return switch (name) {
            case "hmac-sha1" -> integrity(p.integrity(2));
            case "hmac-sha256" -> integrity(p.integrity(12));
            case "hmac-sha512" -> integrity(p.integrity(14));
            case "aes-xcbc" -> integrity(p.integrity(5));
            case "aes-cmac" -> integrity(p.integrity(8));
            case "3des-cbc" -> cipher(p.cipher(3, 192));
            case "aes128-cbc" -> cipher(p.cipher(12, 128));
            case "aes256-cbc" -> cipher(p.cipher(12, 256));
            case "aes128-ctr" -> cipher(p.cipher(13, 128));
            case "aes128-gcm" -> aead(p.aeadCipher(20, 128));
            case "aes128-ccm" -> aead(p.aeadCipher(16, 128));
            case "chacha20-poly1305" -> aead(p.aeadCipher(28, 256));
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Kind integrity(Integrity alg) {
        return new Kind(alg.keyLength(), key -> {
            var k = alg.keyed(key);
            return keyed(k::destroy, d -> k.compute(d, 0, d.length));
        });
    }

    private static Kind cipher(Cipher alg) {
        byte[] iv = new byte[alg.ivLength()];
        return new Kind(alg.keyMaterialLength(), key -> {
            var k = alg.keyed(key);
            return keyed(k::destroy, d -> k.encrypt(iv, d, 0, d.length));
        });
    }

    private static Kind aead(AeadCipher alg) {
        byte[] iv = new byte[8];
        byte[] aad = new byte[28];
        return new Kind(alg.keyMaterialLength(), key -> {
            var k = alg.keyed(key);
            return keyed(k::destroy, d -> {
                byte[] sealed = k.seal(iv, aad, d, 0, d.length);
                try {
                    return k.open(iv, aad, sealed, 0, sealed.length);
                } catch (IcvMismatchException e) {
                    throw new IllegalStateException(e);
                }
            });
        });
    }

    private static Keyed keyed(Runnable destroy, Function<byte[], Object> work) {
        return new Keyed() {
            @Override
            public Object message(byte[] data) {
                return work.apply(data);
            }

            @Override
            public void destroy() {
                destroy.run();
            }
        };
    }
}
