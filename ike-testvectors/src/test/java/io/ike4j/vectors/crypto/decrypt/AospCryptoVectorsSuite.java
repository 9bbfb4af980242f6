package io.ike4j.vectors.crypto.decrypt;

import io.ike4j.crypto.vectors.MiniJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2EncryptedParts;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.crypto.kdf.Ikev2KeyLengths;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.vectors.Resources;
import io.ike4j.vectors.crypto.kdf.KdfSuiteSupport;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Android's IKEv2 library test constants ({@code aosp-ipsec-tests/}): the SaRecordTest key chain (g^ir →
 * SKEYSEED → SK_* → first CHILD_SA keys, MACedID), the PSK AUTH of IkeAuthPskPayloadTest, the SK payload of
 * IkeSkPayloadTest (decrypt, ICV, plaintext, tamper), the SKF fragment layout of IkeSkfPayloadTest (IV,
 * ICV, padding), and the cipher cases of IkeNormalModeCipherTest (AES-CBC, AES-CTR) and
 * IkeCombinedModeCipherTest (AES-GCM-16 with IKE AAD, ChaCha20-Poly1305). On every provider.
 */
class AospCryptoVectorsSuite {
    static final HexFormat HEX = HexFormat.of();

    @SuppressWarnings("unchecked")
    static Map<String, String> constants(String test) {
        Map<String, Object> j = (Map<String, Object>) MiniJson.parse(Resources.text("aosp-ipsec-tests/" + test
                + ".constants.json"));
        Map<String, String> out = new HashMap<>();
        for (Object o : (List<Object>) j.get("constants")) {
            Map<String, Object> c = (Map<String, Object>) o;
            Object v = c.containsKey("value") ? c.get("value") : c.get("expr");
            if (v instanceof String s) {
                out.put((String) c.get("name"), s);
            } else if (v instanceof Number n) {
                out.put((String) c.get("name"), Long.toString(n.longValue()));
            }
        }
        return out;
    }

    static byte[] hex(Map<String, String> c, String name) {
        return HEX.parseHex(c.get(name).toLowerCase());
    }

    static long number(Map<String, String> c, String name) {
        String v = c.get(name).replace("L", "");
        return v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
    }

    static byte[] be64(long v) {
        return java.nio.ByteBuffer.allocate(8).putLong(v).array();
    }

    interface Check {
        void run(CryptoProvider p) throws Exception;
    }

    static void run(Counts c, CryptoProvider p, String name, Check check) {
        try {
            check.run(p);
            c.pass();
        } catch (UnsupportedTransformException e) {
            c.unsupported();
        } catch (AssertionError | Exception e) {
            c.fail(name + ": " + e);
        }
    }

    static void eq(byte[] expected, byte[] actual, String what) {
        if (!Arrays.equals(expected, actual)) {
            throw new AssertionError(what + " differs: " + HEX.formatHex(actual));
        }
    }

    @Test
    void androidVectorsOnEveryProvider() {
        Map<String, String> sa = constants("SaRecordTest");
        Map<String, String> psk = constants("IkeAuthPskPayloadTest");
        Map<String, String> sk = constants("IkeSkPayloadTest");
        Map<String, String> skf = constants("IkeSkfPayloadTest");
        Map<String, String> normal = constants("IkeNormalModeCipherTest");
        Map<String, String> combined = constants("IkeCombinedModeCipherTest");
        List<CryptoProvider> providers = KdfSuiteSupport.providers();
        for (CryptoProvider provider : providers) {
            Counts c = new Counts();
            run(c, provider, "SaRecordTest IKE keys", p -> {
                Ikev2Kdf kdf = new Ikev2Kdf(p.prf(2)); // PRF_HMAC_SHA1
                byte[] ni = hex(sa, "IKE_NONCE_INIT_HEX_STRING");
                byte[] nr = hex(sa, "IKE_NONCE_RESP_HEX_STRING");
                SecretBytes seed = kdf.skeyseed(ni, nr, SecretBytes.copyOf(hex(sa, "IKE_SHARED_DH_KEY_HEX_STRING")));
                eq(hex(sa, "IKE_SKEYSEED_HEX_STRING"), seed.copy(), "SKEYSEED");
                Ikev2SaKeys k = kdf.saKeys(seed, ni, nr, be64(number(sa, "IKE_INIT_SPI")), be64(number(sa, "IKE_RESP_SPI")),
                        new Ikev2KeyLengths(20, 20, 16, 20));
                eq(hex(sa, "IKE_SK_D_HEX_STRING"), k.skD().copy(), "SK_d");
                eq(hex(sa, "IKE_SK_AUTH_INIT_HEX_STRING"), k.skAi().copy(), "SK_ai");
                eq(hex(sa, "IKE_SK_AUTH_RESP_HEX_STRING"), k.skAr().copy(), "SK_ar");
                eq(hex(sa, "IKE_SK_ENCR_INIT_HEX_STRING"), k.skEi().copy(), "SK_ei");
                eq(hex(sa, "IKE_SK_ENCR_RESP_HEX_STRING"), k.skEr().copy(), "SK_er");
                eq(hex(sa, "IKE_SK_PRF_INIT_HEX_STRING"), k.skPi().copy(), "SK_pi");
                eq(hex(sa, "IKE_SK_PRF_RESP_HEX_STRING"), k.skPr().copy(), "SK_pr");
                // First CHILD_SA (no PFS): KEYMAT = prf+(SK_d, Ni | Nr) = encr_i | auth_i | encr_r | auth_r.
                SecretBytes km = kdf.childKeymat(k.skD(), 72, ni, nr);
                byte[] expected = PeersIkev2DecryptSuite.concat(hex(sa, "FIRST_CHILD_ENCR_INIT_HEX_STRING"),
                        hex(sa, "FIRST_CHILD_AUTH_INIT_HEX_STRING"), hex(sa, "FIRST_CHILD_ENCR_RESP_HEX_STRING"),
                        hex(sa, "FIRST_CHILD_AUTH_RESP_HEX_STRING"));
                eq(expected, km.copy(), "first CHILD_SA KEYMAT");
                eq(hex(sa, "CALCULATED_MAC_HEX_STRING"), kdf.macedId(SecretBytes.copyOf(hex(sa, "PRF_KEY_HEX_STRING")),
                        hex(sa, "DATA_TO_SIGN_HEX_STRING")), "prf(SK_p, ID)");
            });
            run(c, provider, "IkeAuthPskPayloadTest", p -> {
                Ikev2Kdf kdf = new Ikev2Kdf(p.prf(2));
                byte[] octets = kdf.signedOctets(hex(psk, "PSK_IKE_INIT_REQUEST_HEX_STRING"),
                        hex(psk, "PSK_NONCE_RESP_HEX_STRING"), SecretBytes.copyOf(hex(psk, "PSK_SKP_HEX_STRING")),
                        hex(psk, "PSK_ID_INITIATOR_PAYLOAD_HEX_STRING"));
                eq(hex(psk, "PSK_AUTH_PAYLOAD_SIGNATURE_HEX_STRING"), kdf.pskAuth(hex(psk, "PSK_HEX_STRING"), octets),
                        "PSK AUTH");
            });
            run(c, provider, "IkeSkPayloadTest", p -> {
                Bytes msg = Bytes.wrap(hex(sk, "IKE_AUTH_INIT_REQUEST_HEX_STRING"));
                Ikev2Message m = Ikev2Codec.decode(msg);
                Ikev2SkProtector prot = Ikev2SkProtector.normal(p.cipher(12, 128), p.integrity(2));
                Ikev2SkKeys keys = Ikev2SkKeys.of(hex(sk, "ENCR_KEY_FROM_INIT_TO_RESP"),
                        hex(sk, "INTE_KEY_FROM_INIT_TO_RESP"), new byte[16], new byte[20]);
                Ikev2SkPlaintext pt = prot.unprotect(msg, m, keys);
                eq(hex(sk, "IKE_AUTH_INIT_REQUEST_DECRYPTED_BODY_HEX_STRING"), pt.payloadBytes().toByteArray(), "plaintext");
                assertEquals(8, pt.payloads().size());
                byte[] bad = msg.toByteArray();
                bad[60] ^= 0x40;
                try {
                    prot.unprotect(Bytes.wrap(bad), Ikev2Codec.decode(bad), keys);
                    throw new AssertionError("tampered SK payload accepted");
                } catch (IcvMismatchException expected) {
                    // the ICV check fails before decryption
                }
            });
            run(c, provider, "IkeSkfPayloadTest layout", p -> {
                Ikev2Message m = Ikev2Codec.decode(hex(skf, "IKE_FRAG_MSG_HEX_STRING"));
                Ikev2SkfPayload f = (Ikev2SkfPayload) m.payloads().get(0);
                assertEquals(number(skf, "FRAGMENT_NUM"), f.fragmentNumber());
                assertEquals(number(skf, "TOTAL_FRAGMENTS"), f.totalFragments());
                Ikev2EncryptedParts parts = f.split(16, 16); // AES-CBC + HMAC-SHA2-256-128
                eq(hex(skf, "IKE_FRAG_MSG_CHECKSUM"), parts.icv().toByteArray(), "SKF ICV");
                assertEquals(hex(skf, "IKE_FRAG_MSG_DECRYPTED_BODY_HEX_STRING").length
                        + hex(skf, "IKE_FRAG_MSG_PADDING").length, parts.ciphertext().length());
            });
            run(c, provider, "IkeNormalModeCipherTest AES-CBC", p -> {
                Cipher cbc = p.cipher(12, 128);
                byte[] ct = hex(normal, "IKE_AUTH_INIT_REQUEST_ENCRYPT_PADDED_DATA");
                eq(hex(normal, "IKE_AUTH_INIT_REQUEST_UNENCRYPTED_PADDED_DATA"), cbc.decrypt(hex(normal, "ENCR_KEY_FROM_INIT_TO_RESP"),
                        hex(normal, "IKE_AUTH_INIT_REQUEST_IV"), ct, 0, ct.length), "AES-CBC plaintext");
            });
            run(c, provider, "IkeNormalModeCipherTest AES-CTR", p -> {
                Cipher ctr = p.cipher(13, 128);
                byte[] ct = hex(normal, "AES_CTR_ENCRYPT_DATA");
                eq(hex(normal, "AES_CTR_UNENCRYPTED_DATA"), ctr.decrypt(hex(normal, "AES_CTR_KEY"),
                        hex(normal, "AES_CTR_IV"), ct, 0, ct.length), "AES-CTR plaintext");
            });
            run(c, provider, "IkeCombinedModeCipherTest AES-GCM-16", p -> {
                AeadCipher gcm = p.aeadCipher(20, 256);
                byte[] ct = hex(combined, "ENCRYPTED_PADDED_DATA_WITH_CHECKSUM");
                eq(hex(combined, "UNENCRYPTED_PADDED_DATA"), gcm.open(hex(combined, "KEY"), hex(combined, "IV"),
                        hex(combined, "ADDITIONAL_AUTH_DATA"), ct, 0, ct.length), "AES-GCM plaintext");
            });
            run(c, provider, "IkeCombinedModeCipherTest ChaCha20-Poly1305", p -> {
                AeadCipher cc = p.aeadCipher(28, 0);
                byte[] ct = hex(combined, "CHACHA_POLY_ENCRYPTED_DATA_WITH_CHECKSUM");
                eq(hex(combined, "CHACHA_POLY_UNENCRYPTED_DATA"), cc.open(hex(combined, "CHACHA_POLY_KEY"),
                        hex(combined, "CHACHA_POLY_IV"), hex(combined, "CHACHA_POLY_ADDITIONAL_AUTH_DATA"), ct, 0,
                        ct.length), "ChaCha20-Poly1305 plaintext");
            });
            System.out.println(c.line("AospCryptoVectorsSuite", provider.name()));
            assertEquals(List.of(), c.failures, provider.name());
            if (provider.name().equals("bc")) {
                assertEquals(8, c.passed);
            }
            assertTrue(c.passed + c.unsupported == 8);
        }
        KdfSuiteSupport.requireBc(providers);
    }
}
