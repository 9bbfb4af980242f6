package io.ike4j.vectors.crypto.decrypt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.vectors.Resources;
import io.ike4j.vectors.crypto.kdf.KdfSuiteSupport;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tcpdump's {@code ikev2pI2} IKE_AUTH request with {@code ikev2pI2-secrets.txt} (AES-CBC-128, HMAC-SHA1-96):
 * decrypt-only, because its ICV does not verify with the published SK_ai (hand-edited test data; see the
 * folder's PROVENANCE). The plaintext must hold what tcpdump printed (IDi fqdn "west", an RSA AUTH of 196
 * octets), and the normal, verifying path must report the ICV mismatch rather than decrypt.
 */
class TcpdumpIkev2DecryptSuite {
    @Test
    void ikev2pI2DecryptsAndItsIcvIsReportedAsBad() throws Exception {
        String[] initiatorLine = Resources.text("tcpdump/tests/ikev2pI2-secrets.txt").lines()
                .filter(l -> l.startsWith("ikev2 I ")).findFirst().orElseThrow().split("\\s+");
        byte[] skAi = HexFormat.of().parseHex(initiatorLine[4].substring("sha1:0x".length()));
        byte[] skEi = HexFormat.of().parseHex(initiatorLine[5].substring("aes128:0x".length()));
        Ikev2SkKeys keys = Ikev2SkKeys.of(skEi, skAi, new byte[16], new byte[20]);
        List<CryptoProvider> providers = KdfSuiteSupport.providers();
        for (CryptoProvider provider : providers) {
            Counts c = new Counts();
            for (CapturedDatagram d : CaptureReader.read(Resources.vector("tcpdump/tests/ikev2pI2.pcap"))) {
                Ikev2Message m = Ikev2Codec.decode(d.ike());
                if (!Ikev2Decryptor.isEncrypted(m)) {
                    continue;
                }
                try {
                    Ikev2SkPlaintext pt = Ikev2SkProtector.decryptOnly(provider.cipher(12, 128), 12)
                            .unprotect(d.ike(), m, keys);
                    List<Ikev2Payload> inner = pt.payloads();
                    Ikev2IdPayload id = (Ikev2IdPayload) inner.get(0);
                    assertEquals(2, id.idType());
                    assertEquals("west", new String(id.data().toByteArray(), java.nio.charset.StandardCharsets.US_ASCII));
                    Ikev2AuthPayload auth = (Ikev2AuthPayload) inner.get(1);
                    assertEquals(1, auth.method());
                    assertEquals(196 - 4, auth.data().length()); // tcpdump len = body after the generic header
                    try {
                        Ikev2SkProtector.normal(provider.cipher(12, 128), provider.integrity(2)).unprotect(d.ike(), m, keys);
                        c.fail("frame " + d.frame() + ": the known-bad ICV verified");
                    } catch (IcvMismatchException expected) {
                        c.pass();
                    }
                } catch (UnsupportedTransformException e) {
                    c.unsupported();
                }
            }
            System.out.println(c.line("TcpdumpIkev2DecryptSuite (decrypt-only)", provider.name()));
            assertEquals(List.of(), c.failures);
            assertTrue(c.passed + c.unsupported == 1);
            if (provider.name().equals("bc")) {
                assertEquals(1, c.passed);
            }
        }
        KdfSuiteSupport.requireBc(providers);
    }
}
