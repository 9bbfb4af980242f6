package io.ike4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.EsnTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strongSwan proposal parser on the brief's examples, keyword aliases, round trips and errors. */
class StrongSwanProposalsTest {

    private static EncryptionAlgorithm enc(EncrTransformId id, int bits) {
        return new EncryptionAlgorithm(id.number(), bits);
    }

    @Test
    void aes128Sha256Modp2048() {
        IkeProposal p = StrongSwanProposals.parseIke("aes128-sha256-modp2048").get(0);
        assertEquals(List.of(enc(EncrTransformId.ENCR_AES_CBC, 128)), p.encryption());
        assertEquals(List.of(12), p.integrity());
        assertEquals(List.of(PrfTransformId.PRF_HMAC_SHA2_256.number()), p.prf(), "integrity implies the PRF");
        assertEquals(List.of(14), p.groups());
        assertEquals("ike-1", p.name());
        assertEquals("aes128-sha256-modp2048", p.toStrongSwanString());
    }

    @Test
    void aes256gcm16Prfsha384Ecp384() {
        IkeProposal p = StrongSwanProposals.parseIke("aes256gcm16-prfsha384-ecp384").get(0);
        assertEquals(List.of(enc(EncrTransformId.ENCR_AES_GCM_16, 256)), p.encryption());
        assertEquals(List.of(), p.integrity());
        assertEquals(List.of(6), p.prf());
        assertEquals(List.of(20), p.groups());
        assertEquals("aes256gcm16-prfsha384-ecp384", p.toStrongSwanString());
    }

    @Test
    void x25519AndCurve25519AreTheSameGroup() {
        IkeProposal a = StrongSwanProposals.parseIke("aes128-sha256-x25519").get(0);
        assertEquals(List.of(31), a.groups());
        assertEquals("aes128-sha256-curve25519", a.toStrongSwanString());
        IkeProposal c = StrongSwanProposals.parseIke("chacha20poly1305-prfsha256-curve25519").get(0);
        assertEquals(List.of(enc(EncrTransformId.ENCR_CHACHA20_POLY1305, 0)), c.encryption());
        assertEquals(List.of(5), c.prf());
        assertEquals(List.of(31), c.groups());
        assertEquals("chacha20poly1305-prfsha256-curve25519", c.toStrongSwanString());
    }

    @Test
    void aes256Sha1Modp1024() {
        IkeProposal p = StrongSwanProposals.parseIke("aes256-sha1-modp1024").get(0);
        assertEquals(List.of(enc(EncrTransformId.ENCR_AES_CBC, 256)), p.encryption());
        assertEquals(List.of(2), p.integrity());
        assertEquals(List.of(2), p.prf());
        assertEquals(List.of(2), p.groups());
    }

    @Test
    void espExamples() {
        EspProposal gcm = StrongSwanProposals.parseEsp("aes128gcm16").get(0);
        assertEquals(List.of(enc(EncrTransformId.ENCR_AES_GCM_16, 128)), gcm.encryption());
        assertEquals(List.of(), gcm.integrity());
        assertEquals(List.of(0), gcm.esn());
        assertEquals("aes128gcm16", gcm.toStrongSwanString());

        EspProposal cbc = StrongSwanProposals.parseEsp("aes128-sha256").get(0);
        assertEquals(List.of(12), cbc.integrity());
        assertEquals(List.of(), cbc.groups());
        assertEquals("aes128-sha256", cbc.toStrongSwanString());

        EspProposal esn = StrongSwanProposals.parseEsp("aes128-sha256-esn").get(0);
        assertEquals(List.of(EsnTransformId.ESN.number()), esn.esn());
        assertEquals("aes128-sha256-esn", esn.toStrongSwanString());

        EspProposal both = StrongSwanProposals.parseEsp("aes256gcm16-modp2048-esn-noesn").get(0);
        assertEquals(List.of(1, 0), both.esn());
        assertEquals(List.of(14), both.groups());
        assertTrue(both.pfs());
        assertEquals("aes256gcm16-modp2048-esn-noesn", both.toStrongSwanString());
    }

    @Test
    void commaSeparatedListAndAlternativesInOneProposal() {
        List<IkeProposal> l = StrongSwanProposals.parseIke(
                "aes128-sha256-modp2048, aes256gcm16-prfsha384-ecp384,aes128-aes256-sha256-sha1-ecp256-modp2048");
        assertEquals(3, l.size());
        assertEquals("ike-3", l.get(2).name());
        assertEquals(List.of(enc(EncrTransformId.ENCR_AES_CBC, 128), enc(EncrTransformId.ENCR_AES_CBC, 256)),
                l.get(2).encryption());
        assertEquals(List.of(12, 2), l.get(2).integrity());
        assertEquals(List.of(5, 2), l.get(2).prf());
        assertEquals(List.of(19, 14), l.get(2).groups());
        assertEquals("aes128-sha256-modp2048,aes256gcm16-prfsha384-ecp384,aes128-aes256-sha256-sha1-ecp256-modp2048",
                StrongSwanProposals.formatIke(l));
    }

    @Test
    void gcmAndCcmIcvAliases() {
        assertEquals(StrongSwanProposals.parseEsp("aes128gcm16"), StrongSwanProposals.parseEsp("aes128gcm128"));
        assertEquals(StrongSwanProposals.parseEsp("aes192gcm12"), StrongSwanProposals.parseEsp("aes192gcm96"));
        assertEquals(StrongSwanProposals.parseEsp("aes256gcm8"), StrongSwanProposals.parseEsp("aes256gcm64"));
        assertEquals(EncrTransformId.ENCR_AES_GCM_8.number(),
                StrongSwanProposals.parseEsp("aes256gcm64").get(0).encryption().get(0).transformId());
        assertEquals(EncrTransformId.ENCR_AES_CCM_12.number(),
                StrongSwanProposals.parseEsp("aes128ccm96").get(0).encryption().get(0).transformId());
        assertEquals(EncrTransformId.ENCR_AES_CTR.number(),
                StrongSwanProposals.parseEsp("aes128ctr-sha1").get(0).encryption().get(0).transformId());
    }

    @Test
    void everyKeyExchangeKeyword() {
        String[] kw = {"modp768", "modp1024", "modp1536", "modp2048", "modp3072", "modp4096", "modp6144", "modp8192",
            "modp1024s160", "modp2048s224", "modp2048s256", "ecp192", "ecp224", "ecp256", "ecp384", "ecp521",
            "ecp224bp", "ecp256bp", "ecp384bp", "ecp512bp", "curve25519", "x25519", "curve448", "x448",
            "mlkem512", "mlkem768", "mlkem1024"};
        KeTransformId[] ids = {KeTransformId.MODP_768, KeTransformId.MODP_1024, KeTransformId.MODP_1536,
            KeTransformId.MODP_2048, KeTransformId.MODP_3072, KeTransformId.MODP_4096, KeTransformId.MODP_6144,
            KeTransformId.MODP_8192, KeTransformId.MODP_1024_160, KeTransformId.MODP_2048_224,
            KeTransformId.MODP_2048_256, KeTransformId.ECP_192, KeTransformId.ECP_224, KeTransformId.ECP_256,
            KeTransformId.ECP_384, KeTransformId.ECP_521, KeTransformId.BRAINPOOL_P224R1,
            KeTransformId.BRAINPOOL_P256R1, KeTransformId.BRAINPOOL_P384R1, KeTransformId.BRAINPOOL_P512R1,
            KeTransformId.CURVE25519, KeTransformId.CURVE25519, KeTransformId.CURVE448, KeTransformId.CURVE448,
            KeTransformId.ML_KEM_512, KeTransformId.ML_KEM_768, KeTransformId.ML_KEM_1024};
        for (int i = 0; i < kw.length; i++) {
            IkeProposal p = StrongSwanProposals.parseIke("aes128-sha256-" + kw[i]).get(0);
            assertEquals(List.of(ids[i].number()), p.groups(), kw[i]);
            assertEquals(p, StrongSwanProposals.parseIke(p.toStrongSwanString()).get(0), kw[i]);
        }
    }

    @Test
    void integrityImpliesPrf() {
        Object[][] table = {
            {"md5", PrfTransformId.PRF_HMAC_MD5}, {"sha1", PrfTransformId.PRF_HMAC_SHA1},
            {"sha256", PrfTransformId.PRF_HMAC_SHA2_256}, {"sha384", PrfTransformId.PRF_HMAC_SHA2_384},
            {"sha512", PrfTransformId.PRF_HMAC_SHA2_512}, {"aesxcbc", PrfTransformId.PRF_AES128_XCBC},
            {"aescmac", PrfTransformId.PRF_AES128_CMAC}};
        for (Object[] row : table) {
            IkeProposal p = StrongSwanProposals.parseIke("3des-" + row[0] + "-modp1024").get(0);
            assertEquals(List.of(((PrfTransformId) row[1]).number()), p.prf(), (String) row[0]);
            assertEquals("3des-" + row[0] + "-modp1024", p.toStrongSwanString());
        }
        IkeProposal explicit = StrongSwanProposals.parseIke("aes128-sha256-prfsha512-ecp256").get(0);
        assertEquals(List.of(7), explicit.prf());
        assertEquals("aes128-sha256-prfsha512-ecp256", explicit.toStrongSwanString());
        for (String prf : new String[] {"prfmd5", "prfsha1", "prfsha256", "prfsha384", "prfsha512", "prfaesxcbc", "prfaescmac"}) {
            IkeProposal p = StrongSwanProposals.parseIke("aes128gcm16-" + prf + "-ecp256").get(0);
            assertEquals(1, p.prf().size(), prf);
            assertEquals("aes128gcm16-" + prf + "-ecp256", p.toStrongSwanString());
        }
    }

    @Test
    void integrityKeywords() {
        assertEquals(List.of(IntegTransformId.AUTH_HMAC_SHA1_96.number()), StrongSwanProposals.parseEsp("aes128-sha").get(0).integrity());
        assertEquals(List.of(IntegTransformId.AUTH_HMAC_SHA2_512_256.number()), StrongSwanProposals.parseEsp("aes128-sha2_512").get(0).integrity());
        assertEquals(List.of(IntegTransformId.AUTH_HMAC_SHA2_384_192.number()), StrongSwanProposals.parseEsp("aes128-sha384").get(0).integrity());
        assertEquals("null-sha256", StrongSwanProposals.parseEsp("NULL-SHA256").get(0).toStrongSwanString());
    }

    private static String ikeError(String text) {
        return assertThrows(ConfigException.class, () -> StrongSwanProposals.parseIke(text)).getMessage();
    }

    private static String espError(String text) {
        return assertThrows(ConfigException.class, () -> StrongSwanProposals.parseEsp(text)).getMessage();
    }

    @Test
    void errorsNameTheProblem() {
        assertEquals("IKE proposal 'aes128-sha257-modp2048': unknown algorithm keyword 'sha257'", ikeError("aes128-sha257-modp2048"));
        assertEquals("IKE proposal 'aes128--modp2048': empty algorithm keyword", ikeError("aes128--modp2048"));
        assertTrue(ikeError("aes128gcm16-sha256-prfsha256-ecp256").contains("must not be combined with integrity AUTH_HMAC_SHA2_256_128"));
        assertTrue(ikeError("aes128-modp2048").contains("needs an integrity algorithm"));
        assertTrue(ikeError("aes128-sha256").contains("needs a key exchange method"));
        assertTrue(ikeError("aes128gcm16-ecp256").contains("AEAD encryption needs an explicit PRF"));
        assertTrue(ikeError("aes128-aes128gcm16-sha256-ecp256").contains("mixes AEAD and non-AEAD"));
        assertTrue(ikeError("sha256-modp2048").contains("needs at least one encryption algorithm"));
        assertTrue(ikeError("aes128-sha256-modp2048-esn").contains("esn/noesn applies to ESP only"));
        assertTrue(ikeError("null-sha256-modp2048").contains("is not allowed for IKE"));
        assertEquals("empty proposal in 'aes128-sha256-modp2048,'", ikeError("aes128-sha256-modp2048,"));
        assertEquals("empty proposal list", ikeError(" "));
        assertTrue(espError("aes128gcm16-sha256").contains("ESP proposal 'aes128gcm16-sha256': AEAD encryption"));
        assertTrue(espError("aes128").contains("needs an integrity algorithm"));
        assertTrue(espError("aes128-sha256-prfsha256").contains("PRF keywords apply to IKE only"));
        assertEquals("ESP proposal 'aes128-sha256-bogus': unknown algorithm keyword 'bogus'", espError("aes128-sha256-bogus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aes999", "gcm16", "aes128gcm", "modp", "ecp", "x", "des", "sha3"})
    void unknownKeywordsAreRejected(String kw) {
        String msg = espError("aes128-sha1-" + kw);
        assertTrue(msg.contains("unknown algorithm keyword '" + kw + "'"), msg);
    }
}
