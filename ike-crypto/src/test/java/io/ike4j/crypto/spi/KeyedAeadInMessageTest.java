package io.ike4j.crypto.spi;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.KeyedAeadCipher;
import io.ike4j.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link KeyedAeadCipher#sealInMessage} / {@link KeyedAeadCipher#openInMessage} (an SK payload sealed where it lies
 * in its message, RFC 5282 §5) give exactly what {@code seal}/{@code open} give with the message's first octets as
 * AAD, for every AEAD transform of every provider, and refuse what they must.
 */
class KeyedAeadInMessageTest {
    /** ENCR_AES_CCM_8/12/16 (14-16), ENCR_AES_GCM_8/12/16 (18-20), ENCR_CHACHA20_POLY1305 (28). */
    private static final int[][] TRANSFORMS = {{14, 128}, {16, 256}, {18, 128}, {19, 192}, {20, 128}, {20, 256}, {28, 0}};

    @Test
    void inMessageFormsMatchTheDetachedOnes() throws Exception {
        Random r = new Random(5282);
        List<String> checked = new ArrayList<>();
        for (CryptoProvider p : CryptoProviders.all()) {
            for (int[] t : TRANSFORMS) {
                AeadCipher alg = p.aeadCipher(t[0], t[1]);
                byte[] km = new byte[alg.keyMaterialLength()];
                r.nextBytes(km);
                KeyedAeadCipher k = alg.keyed(SecretBytes.copyOf(km));
                for (int len : new int[] {1, 15, 16, 17, 100, 301}) {
                    int aadLen = 28 + 4; // IKE header + SK generic payload header
                    byte[] iv = new byte[8];
                    r.nextBytes(iv);
                    byte[] msg = new byte[aadLen + 8 + len + alg.icvLength()];
                    r.nextBytes(msg);
                    int off = aadLen + 8;
                    byte[] aad = Arrays.copyOf(msg, aadLen);
                    byte[] plain = Arrays.copyOfRange(msg, off, off + len);
                    byte[] expected = k.seal(iv, aad, plain, 0, len);
                    k.sealInMessage(iv, msg, aadLen, off, len);
                    String what = p.name() + " " + t[0] + "/" + t[1] + " len " + len;
                    assertArrayEquals(expected, Arrays.copyOfRange(msg, off, msg.length), what);
                    assertArrayEquals(aad, Arrays.copyOf(msg, aadLen), what + ": the AAD is left alone");
                    assertArrayEquals(plain, k.openInMessage(iv, msg, aadLen, off, len + alg.icvLength()), what);
                    msg[5] ^= 1; // the AAD is authenticated
                    byte[] tampered = msg;
                    assertThrows(IcvMismatchException.class,
                            () -> k.openInMessage(iv, tampered, aadLen, off, len + alg.icvLength()), what);
                    checked.add(what);
                }
                byte[] small = new byte[40];
                assertThrows(IllegalArgumentException.class, () -> k.sealInMessage(new byte[8], small, 20, 10, 4),
                        "AAD overlapping the plaintext");
                assertThrows(IllegalArgumentException.class, () -> k.sealInMessage(new byte[8], small, 8, 8, 30),
                        "no room for the ICV");
                k.destroy();
            }
        }
        assertTrue(CryptoProviders.all().size() >= 2, "bc and jca");
        assertEquals(CryptoProviders.all().size() * TRANSFORMS.length * 6, checked.size());
    }
}
