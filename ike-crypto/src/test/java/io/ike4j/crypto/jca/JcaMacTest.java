package io.ike4j.crypto.jca;

import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.IntegrityIds;
import io.ike4j.crypto.Prf;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.ike4j.crypto.jca.Hex.b;
import static io.ike4j.crypto.jca.Hex.s;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRFs and integrity algorithms of the JCA provider against RFC 4231/4868, RFC 4493/4494/4615, RFC 3566/4434. */
class JcaMacTest {
    static final JcaProvider JCA = new JcaProvider();

    private static final byte[] CMAC_KEY = b("2b7e151628aed2a6abf7158809cf4f3c");
    private static final String CMAC_MSG = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";

    @Test
    void rfc4231TestCase2HmacSha2Prfs() {
        byte[] key = "Jefe".getBytes(StandardCharsets.US_ASCII);
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                s(JCA.prf(5).compute(key, data)));
        assertEquals("af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e"
                + "8e2240ca5e69e2c78b3239ecfab21649", s(JCA.prf(6).compute(key, data)));
        assertEquals("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                + "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737", s(JCA.prf(7).compute(key, data)));
        // the data may come in pieces: prf(K, S1 | S2) (RFC 7296 §2.13 usage)
        assertEquals(s(JCA.prf(5).compute(key, data)), s(JCA.prf(5).compute(key,
                "what do ya ".getBytes(StandardCharsets.US_ASCII), "want for nothing?".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void rfc4231TestCase1AndRfc2202() {
        byte[] key = b("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        byte[] data = "Hi There".getBytes(StandardCharsets.US_ASCII);
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", s(JCA.prf(5).compute(key, data)));
        // RFC 2202 test case 1 (HMAC-SHA-1 and, with a 16-octet key, HMAC-MD5)
        assertEquals("b617318655057264e28bc0b6fb378c8ef146be00", s(JCA.prf(2).compute(key, data)));
        assertEquals("9294727a3638bb1c13f48ef8158bfc9d", s(JCA.prf(1).compute(b("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), data)));
    }

    @Test
    void rfc4868Truncation() {
        // RFC 4868 §2.7.2.1 test case AUTH256-1: 32-octet key, ICV = first 16 octets
        byte[] data = "Hi There".getBytes(StandardCharsets.US_ASCII);
        Integrity i12 = JCA.integrity(12);
        assertEquals(32, i12.keyLength());
        assertEquals(16, i12.icvLength());
        assertEquals("198a607eb44bfbc69903a0f1cf2bbdc5", s(i12.compute(b("0b".repeat(32)), data, 0, data.length)));
        Integrity i13 = JCA.integrity(13);
        assertEquals("b6a8d5636f5c6a7224f9977dcf7ee6c7fb6d0c48cbdee973",
                s(i13.compute(b("0b".repeat(48)), data, 0, data.length)));
        Integrity i14 = JCA.integrity(14);
        assertEquals("637edc6e01dce7e6742a99451aae82df23da3e92439e590e43e761b33e910fb8",
                s(i14.compute(b("0b".repeat(64)), data, 0, data.length)));
        // legacy HMAC-SHA2-256-96: same MAC, 12 octets
        Integrity legacy = JCA.integrity(IntegrityIds.LEGACY_HMAC_SHA2_256_96);
        assertEquals(12, legacy.icvLength());
        assertEquals("198a607eb44bfbc69903a0f1", s(legacy.compute(b("0b".repeat(32)), data, 0, data.length)));
        assertEquals(12, JCA.integrity(1).icvLength());
        assertEquals(12, JCA.integrity(2).icvLength());
        assertEquals(20, JCA.integrity(2).keyLength());
    }

    @Test
    void integrityOffsetAndVerify() {
        byte[] key = b("0b".repeat(32));
        byte[] framed = ("xx" + "Hi There" + "yy").getBytes(StandardCharsets.US_ASCII);
        Integrity i = JCA.integrity(12);
        byte[] icv = i.compute(key, framed, 2, 8);
        assertEquals("198a607eb44bfbc69903a0f1cf2bbdc5", s(icv));
        assertTrue(i.verify(key, framed, 2, 8, icv, 0));
        icv[15] ^= 1;
        assertFalse(i.verify(key, framed, 2, 8, icv, 0));
    }

    @Test
    void emptyHmacKeyIsTheZeroKey() {
        byte[] data = b("00010203");
        assertArrayEquals(JCA.prf(5).compute(new byte[1], data), JCA.prf(5).compute(new byte[0], data));
        assertArrayEquals(JCA.prf(2).compute(new byte[20], data), JCA.prf(2).compute(new byte[0], data));
    }

    @Test
    void rfc4493CmacAndRfc4494Cmac96() {
        Prf cmac = JCA.prf(8);
        String[] expected = {"bb1d6929e95937287fa37d129b756746", "070a16b46b4d4144f79bdd9dd04a287c",
            "dfa66747de9ae63030ca32611497c827", "51f0bebf7e3b9d92fc49741779363cfe"};
        int[] lengths = {0, 16, 40, 64};
        byte[] msg = b(CMAC_MSG);
        Integrity cmac96 = JCA.integrity(8);
        for (int i = 0; i < 4; i++) {
            byte[] m = java.util.Arrays.copyOf(msg, lengths[i]);
            assertEquals(expected[i], s(cmac.compute(CMAC_KEY, m)), "RFC 4493 example " + (i + 1));
            assertEquals(expected[i].substring(0, 24), s(cmac96.compute(CMAC_KEY, m, 0, m.length)),
                    "RFC 4494 test case " + (i + 1));
        }
    }

    @Test
    void rfc4615CmacPrfKeyLengths() {
        byte[] data = b("000102030405060708090a0b0c0d0e0f10111213");
        Prf prf = JCA.prf(8);
        assertEquals("84a348a4a45d235babfffc0d2b4da09a", s(prf.compute(b("000102030405060708090a0b0c0d0e0fedcb"), data)));
        assertEquals("980ae87b5f4c9c5214f5b6a8455e4c2d", s(prf.compute(b("000102030405060708090a0b0c0d0e0f"), data)));
        assertEquals("290d9e112edb09ee141fcf64c0b72f3d", s(prf.compute(b("00010203040506070809"), data)));
        assertEquals(16, prf.preferredKeyLength());
        assertEquals(16, prf.outputLength());
    }

    @Test
    void rfc3566XcbcAndRfc4434XcbcPrf() {
        byte[] key = b("000102030405060708090a0b0c0d0e0f");
        String[] expected = {"75f0251d528ac01c4573dfd584d79f29", "5b376580ae2f19afe7219ceef172756f",
            "d2a246fa349b68a79998a4394ff7a263", "47f51b4564966215b8985c63055ed308", "f54f0ec8d2b9f3d36807734bd5283fd4"};
        int[] lengths = {0, 3, 16, 20, 32};
        Prf prf = JCA.prf(4);
        Integrity xcbc96 = JCA.integrity(5);
        for (int i = 0; i < lengths.length; i++) {
            byte[] m = new byte[lengths[i]];
            for (int j = 0; j < m.length; j++) {
                m[j] = (byte) j;
            }
            assertEquals(expected[i], s(prf.compute(key, m)), "RFC 3566 test case " + (i + 1));
            assertEquals(expected[i].substring(0, 24), s(xcbc96.compute(key, m, 0, m.length)));
        }
        // RFC 3566 test case 6: 34-octet message
        byte[] m34 = new byte[34];
        for (int j = 0; j < 34; j++) {
            m34[j] = (byte) j;
        }
        assertEquals("becbb3bccdb518a30677d5481fb6b4d8", s(prf.compute(key, m34)));
        byte[] data = b("000102030405060708090a0b0c0d0e0f10111213");
        assertEquals("47f51b4564966215b8985c63055ed308", s(prf.compute(key, data)));
        assertEquals("0fa087af7d866e7653434e602fdde835", s(prf.compute(b("00010203040506070809"), data)));
        assertEquals("8cd3c93ae598a9803006ffb67c40e9e4", s(prf.compute(b("000102030405060708090a0b0c0d0e0fedcb"), data)));
    }

    @Test
    void hmacPrfByHashName() {
        // RFC 4231 test case 2, HMAC-SHA-224 (no IKEv2 PRF ID: served for IKEv1 hashes and NIST CAVP)
        Prf sha224 = JCA.hmacPrf("SHA-224");
        assertEquals(0, sha224.transformId());
        assertEquals(28, sha224.outputLength());
        assertEquals("a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44",
                s(sha224.compute("Jefe".getBytes(StandardCharsets.US_ASCII),
                        "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(5, JCA.hmacPrf("sha256").transformId());
        assertEquals(2, JCA.hmacPrf("SHA").transformId());
        assertEquals(1, JCA.hmacPrf("MD5").transformId());
        org.junit.jupiter.api.Assertions.assertThrows(io.ike4j.crypto.UnsupportedTransformException.class,
                () -> JCA.hmacPrf("TIGER"));
    }
}
