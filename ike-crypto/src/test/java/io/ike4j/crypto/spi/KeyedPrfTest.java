package io.ike4j.crypto.spi;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.KeyedPrf;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.bc.BouncyCastleProvider;
import io.ike4j.crypto.jca.JcaProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prf.keyed gives what the stateless Prf.compute gives, call after call, for every PRF of both providers and
 * the default (key-copying) form, with keys shorter than, equal to and longer than the block or the AES key
 * (RFC 2104 §2, RFC 4434 §2, RFC 4615 §3); it refuses work once destroyed and leaves the caller's key alone.
 */
class KeyedPrfTest {
    private static final int[] KEY_LENGTHS = {0, 10, 16, 32, 64, 100, 200};

    static List<Arguments> prfs() {
        List<Arguments> out = new ArrayList<>();
        for (CryptoProvider p : List.of(new BouncyCastleProvider(), new JcaProvider())) {
            for (int id : p.supported(TransformKind.PRF)) {
                Prf prf = p.prf(id);
                out.add(Arguments.of(p.name() + " " + id, prf));
                out.add(Arguments.of(p.name() + " " + id + " default", defaultForm(prf)));
            }
        }
        return out;
    }

    /** The same PRF without its provider's keyed override: Prf.keyed's default. */
    private static Prf defaultForm(Prf prf) {
        return new Prf() {
            @Override
            public int transformId() {
                return prf.transformId();
            }

            @Override
            public int outputLength() {
                return prf.outputLength();
            }

            @Override
            public int preferredKeyLength() {
                return prf.preferredKeyLength();
            }

            @Override
            public byte[] compute(byte[] key, byte[]... data) {
                return prf.compute(key, data);
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prfs")
    void keyedEqualsStateless(String name, Prf prf) {
        Random r = new Random(name.hashCode());
        for (int len : KEY_LENGTHS) {
            byte[] key = new byte[len];
            r.nextBytes(key);
            byte[] keyCopy = key.clone();
            byte[] a = new byte[r.nextInt(200)];
            byte[] b = new byte[17];
            r.nextBytes(a);
            r.nextBytes(b);
            SecretBytes owned = SecretBytes.copyOf(key);
            KeyedPrf k = prf.keyed(owned);
            assertEquals(prf.outputLength(), k.outputLength());
            for (int i = 0; i < 3; i++) {
                b[0] = (byte) i;
                assertArrayEquals(prf.compute(key, a, b), k.compute(a, b), name + " key length " + len + " call " + i);
            }
            assertArrayEquals(prf.compute(key), k.compute(), name + ": no data");
            k.destroy();
            assertTrue(k.isDestroyed());
            assertThrows(IllegalStateException.class, () -> k.compute(a));
            assertArrayEquals(keyCopy, owned.unsafeBytes(), "keyed must copy, not consume, the caller's key");
        }
    }
}
