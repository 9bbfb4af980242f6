package io.ike4j.vectors.crypto.decrypt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.vectors.crypto.kdf.KdfSuiteSupport;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 7634 Appendix B, the whole IKEv2 message: an INFORMATIONAL request protected with ChaCha20-Poly1305
 * (key 0x80..0x9f, salt 0xa0..0xa3, IV 0x10..0x17). {@link Ikev2SkProtector} must open it to the Notify
 * SET_WINDOW_SIZE(10) with no padding, reject a flipped bit, and re-protect it to exactly the RFC's octets
 * (which also proves the AAD = IKE header ‖ SK header with final lengths).
 */
class Rfc7634IkeMessageSuite {
    static final HexFormat HEX = HexFormat.of();
    // RFC 7634 App. B "The IKE Message".
    static final byte[] MESSAGE = HEX.parseHex("c0c1c2c3c4c5c6c7d0d1d2d3d4d5d6d72e20250000000009000000452900002910111213"
            + "14151617610394701f8d017f7c12924889" + "6b71bfe25236efd7cdc67066906315b2");

    @Test
    void rfc7634AppendixBMessage() throws Exception {
        byte[] km = new byte[36];
        for (int i = 0; i < 32; i++) {
            km[i] = (byte) (0x80 + i);
        }
        for (int i = 0; i < 4; i++) {
            km[32 + i] = (byte) (0xa0 + i);
        }
        Ikev2SkKeys keys = Ikev2SkKeys.of(km, null, km, null);
        List<CryptoProvider> providers = KdfSuiteSupport.providers();
        for (CryptoProvider provider : providers) {
            Counts c = new Counts();
            try {
                Ikev2SkProtector p = Ikev2SkProtector.aead(provider.aeadCipher(28, 0));
                Ikev2Message m = Ikev2Codec.decode(MESSAGE);
                Ikev2SkPlaintext pt = p.unprotect(Bytes.wrap(MESSAGE), m, keys);
                assertEquals(0, pt.padding().length());
                assertEquals(List.of(new Ikev2NotifyPayload(0, Bytes.EMPTY, 16385, Bytes.wrap(new byte[] {0, 0, 0, 10}))),
                        pt.payloads());
                byte[] again = p.protect(m.header(), List.of(), pt.payloads(), keys, HEX.parseHex("1011121314151617"), 0);
                assertArrayEquals(MESSAGE, again);
                c.pass();
                byte[] bad = MESSAGE.clone();
                bad[45] ^= 1;
                try {
                    p.unprotect(Bytes.wrap(bad), Ikev2Codec.decode(bad), keys);
                    c.fail("flipped bit accepted");
                } catch (IcvMismatchException expected) {
                    c.pass();
                }
            } catch (UnsupportedTransformException e) {
                c.unsupported();
            }
            System.out.println(c.line("Rfc7634IkeMessageSuite", provider.name()));
            assertEquals(List.of(), c.failures);
            assertTrue(c.passed == 2 || c.unsupported == 1);
            if (provider.name().equals("bc")) {
                assertEquals(2, c.passed);
            }
        }
        KdfSuiteSupport.requireBc(providers);
    }
}
