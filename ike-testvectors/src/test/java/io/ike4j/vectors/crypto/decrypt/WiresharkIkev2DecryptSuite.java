package io.ike4j.vectors.crypto.decrypt;

import io.ike4j.crypto.vectors.MiniJson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.kdf.WiresharkKeyTable;
import io.ike4j.vectors.Resources;
import io.ike4j.vectors.crypto.kdf.KdfSuiteSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five Wireshark IKEv2 decryption captures (3DES/HMAC-SHA1-160, AES-CCM-128/12, AES-CTR-192/HMAC-SHA2-512,
 * AES-CCM-256/16, AES-GCM-256/16) with Wireshark's key table: every SK payload decrypts, the ICV/tag verifies,
 * the plaintext (payloads + padding + pad length) equals tshark's {@code decrypted_hex}, the inner payloads
 * decode, the AUTH data of {@code suite_decryption_ike_expectations.json} appears, and a flipped bit in the
 * ciphertext or ICV fails the integrity check. On every provider.
 */
class WiresharkIkev2DecryptSuite {
    static final List<String> CAPTURES = List.of("ikev2-decrypt-3des-sha1_160.pcap", "ikev2-decrypt-aes128ccm12.pcap",
            "ikev2-decrypt-aes192ctr.pcap", "ikev2-decrypt-aes256ccm16.pcapng", "ikev2-decrypt-aes256gcm16.pcap");

    @Test
    @SuppressWarnings("unchecked")
    void decryptsEveryMessageOnEveryProvider() throws Exception {
        List<WiresharkKeyTable.Ikev2Entry> table = WiresharkKeyTable.readIkev2(
                Resources.vector("wireshark/config/ikev2_decryption_table.tmpl"));
        List<Object> expectations = (List<Object>) MiniJson.parse(
                Resources.text("wireshark/decoded/suite_decryption_ike_expectations.json"));
        List<CryptoProvider> providers = KdfSuiteSupport.providers();
        for (CryptoProvider provider : providers) {
            Counts c = new Counts();
            Counts tamper = new Counts();
            int authFound = 0;
            int authExpected = 0;
            for (String capture : CAPTURES) {
                Map<String, Object> json = (Map<String, Object>) MiniJson.parse(
                        Resources.text("wireshark/decoded/" + capture + ".messages.json"));
                Map<Integer, String> expected = new HashMap<>();
                for (Object o : (List<Object>) json.get("messages")) {
                    Map<String, Object> m = (Map<String, Object>) o;
                    List<Object> dec = (List<Object>) m.get("decrypted_hex");
                    if (dec != null && !dec.isEmpty()) {
                        expected.put(((Number) m.get("frame")).intValue(), (String) dec.get(0));
                    }
                }
                StringBuilder authHex = new StringBuilder();
                int decrypted = 0;
                for (CapturedDatagram d : CaptureReader.read(Resources.vector("wireshark/captures/" + capture))) {
                    if (!Ikev2Decryptor.isIkev2(d.ike())) {
                        continue;
                    }
                    Ikev2Message m = Ikev2Codec.decode(d.ike());
                    if (!Ikev2Decryptor.isEncrypted(m)) {
                        continue;
                    }
                    String label = capture + " frame " + d.frame();
                    var entry = Ikev2Decryptor.entry(table, m).orElseThrow(() -> new AssertionError("no key for " + label));
                    try {
                        Ikev2SkPlaintext pt = Ikev2Decryptor.decrypt(provider, entry, d.ike());
                        String hex = pt.payloadBytes().toHex() + pt.padding().toHex()
                                + String.format("%02x", pt.padding().length());
                        if (!pt.icvVerified()) {
                            c.fail(label + ": ICV not verified");
                        } else if (!hex.equals(expected.get(d.frame()))) {
                            c.fail(label + ": plaintext differs from tshark's");
                        } else {
                            List<Ikev2Payload> inner = pt.payloads();
                            for (Ikev2Payload p : inner) {
                                if (p instanceof Ikev2AuthPayload a) {
                                    authHex.append(a.data().toHex()).append('\n');
                                }
                            }
                            c.pass();
                            decrypted++;
                        }
                        checkTamper(provider, entry, d.ike(), label, tamper);
                    } catch (UnsupportedTransformException e) {
                        c.unsupported();
                    } catch (IcvMismatchException | RuntimeException e) {
                        c.fail(label + ": " + e);
                    }
                }
                for (Object o : expectations) {
                    Map<String, Object> e = (Map<String, Object>) o;
                    if (capture.equals(e.get("capture")) && ((List<Object>) e.get("tshark_fields")).contains("isakmp.auth.data")
                            && decrypted == expected.size()) {
                        authExpected++;
                        if (authHex.toString().contains((String) e.get("expected_output_contains"))) {
                            authFound++;
                        } else {
                            c.fail(capture + ": expected AUTH data " + e.get("expected_output_contains") + " not found");
                        }
                    }
                }
            }
            System.out.println(c.line("WiresharkIkev2DecryptSuite", provider.name()) + " (AUTH expectations "
                    + authFound + "/" + authExpected + ")");
            System.out.println(tamper.line("WiresharkIkev2DecryptSuite tampered", provider.name()));
            assertEquals(List.of(), c.failures, provider.name());
            assertEquals(List.of(), tamper.failures, provider.name());
            if (provider.name().equals("bc")) {
                assertEquals(18, c.passed, "bc must decrypt all 18 encrypted messages");
                assertEquals(5, authExpected);
                assertEquals(36, tamper.passed);
            }
        }
        KdfSuiteSupport.requireBc(providers);
    }

    /** A flipped bit in the last ciphertext octet and in the ICV must both fail the integrity check. */
    static void checkTamper(CryptoProvider provider, WiresharkKeyTable.Ikev2Entry entry, Bytes datagram, String label,
                            Counts tamper) {
        int icv = Ikev2Decryptor.protector(provider, entry).icvLength();
        for (int fromEnd : new int[] {icv + 1, 1}) {
            try {
                Ikev2Decryptor.decrypt(provider, entry, Ikev2Decryptor.flip(datagram, fromEnd));
                tamper.fail(label + ": flipped bit " + fromEnd + " octets from the end was accepted");
            } catch (IcvMismatchException e) {
                tamper.pass();
            } catch (RuntimeException e) {
                tamper.fail(label + ": flipped bit gave " + e);
            }
        }
    }
}
