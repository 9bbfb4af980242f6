package io.ike4j.vectors.crypto.primitives;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.TransformKind;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

/**
 * ChaCha20-Poly1305 (ENCR 28) from the RFC texts: RFC 8439 §2.8.2 (seal) and App. A.5 (open), RFC 7634
 * App. A (ESP: AAD = SPI ‖ sequence number) and App. B (the IKEv2 INFORMATIONAL example: AAD = IKE header
 * ‖ SK payload header, and the whole message equals AAD ‖ IV ‖ ciphertext ‖ ICV). The 12-octet RFC 8439
 * nonce is the RFC 7634 salt (4) ‖ IV (8). Each vector also checks that a modified tag is rejected.
 */
class RfcChaChaPolySuite {
    private static final String DIR = "rfc-test-vector-excerpts/";

    @Test
    void rfcVectors() {
        Tally.onAllProviders("RfcChaChaPolySuite", p -> {
            Tally t = new Tally();
            if (!p.supports(TransformKind.ENCR, 28)) {
                t.unsupported(true, "RFC 8439 §2.8.2");
                t.unsupported(true, "RFC 8439 A.5");
                t.unsupported(true, "RFC 7634 App. A");
                t.unsupported(true, "RFC 7634 App. B");
                return t;
            }
            Map<String, byte[]> s = RfcHexdump.sections(Resources.text(DIR + "rfc8439-section-2.8.2-aead-example.txt"));
            byte[] tag = Tally.hex(Resources.text(DIR + "rfc8439-section-2.8.2-aead-example.txt")
                    .replaceAll("(?s).*\\n\\s*Tag:\\s*\\n\\s*([0-9a-f:]+).*", "$1").replace(":", ""));
            aead(p, t, "RFC 8439 §2.8.2", concat(s.get("Key"), s.get("32-bit fixed-common part")), s.get("IV"),
                    s.get("AAD"), s.get("Plaintext"), concat(s.get("Ciphertext"), tag));

            Map<String, byte[]> a5 = RfcHexdump.sections(Resources.text(DIR + "rfc8439-appendix-A.5-aead-test-vector.txt"));
            byte[] nonce = a5.get("The nonce");
            t.expect(Arrays.equals(a5.get("Received Tag"), a5.get("Calculated Tag")), "RFC 8439 A.5 tags differ in the text");
            aead(p, t, "RFC 8439 A.5", concat(a5.get("The ChaCha20 Key"), Arrays.copyOf(nonce, 4)),
                    Arrays.copyOfRange(nonce, 4, 12), a5.get("The AAD"), a5.get("Plaintext:"),
                    concat(a5.get("Ciphertext"), a5.get("Received Tag")));

            Map<String, byte[]> b = RfcHexdump.sections(Resources.text(DIR + "rfc7634-appendices-A-B-esp-ikev2-examples.txt"));
            byte[] km = b.get("KEYMAT");
            byte[] iv = Arrays.copyOfRange(b.get("The nonce"), 4, 12);
            t.expect(Arrays.equals(Arrays.copyOfRange(km, 32, 36), Arrays.copyOf(b.get("The nonce"), 4)),
                    "RFC 7634: nonce = salt ‖ IV");
            aead(p, t, "RFC 7634 App. A (ESP)", km, iv, b.get("number"),
                    b.get("Plaintext (includes padding and pad length)"), concat(b.get("Ciphertext"), b.get("Tag")));
            byte[] ikeSealed = concat(b.get("Ciphertext #2"), b.get("Tag #2"));
            aead(p, t, "RFC 7634 App. B (IKEv2)", km, iv, b.get("AAD"),
                    b.get("Plaintext (with no padding and a zero pad length)"), ikeSealed);
            t.check(Arrays.equals(b.get("The IKE Message"), concat(concat(b.get("AAD"), iv), ikeSealed)),
                    "RFC 7634 App. B: IKE message = AAD ‖ IV ‖ ciphertext ‖ ICV");
            return t;
        });
    }

    private static void aead(CryptoProvider p, Tally t, String name, byte[] km, byte[] iv, byte[] aad, byte[] pt, byte[] sealed) {
        t.run(name, () -> {
            AeadCipher a = p.aeadCipher(28, 0);
            boolean sealOk = Arrays.equals(a.seal(km, iv, aad, pt, 0, pt.length), sealed);
            boolean openOk = Arrays.equals(a.open(km, iv, aad, sealed, 0, sealed.length), pt);
            byte[] bad = sealed.clone();
            bad[bad.length - 16] ^= 0x01;
            try {
                a.open(km, iv, aad, bad, 0, bad.length);
                return false;
            } catch (IcvMismatchException e) {
                return sealOk && openOk;
            }
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return KeyExchangeVectors.concat(a, b);
    }
}
