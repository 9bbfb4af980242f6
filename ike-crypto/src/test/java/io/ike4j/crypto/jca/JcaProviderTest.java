package io.ike4j.crypto.jca;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.IntegrityIds;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.UnsupportedTransformException;
import org.junit.jupiter.api.Test;

import java.security.Security;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the JCA provider reports it can serve on this JDK, and that it refuses the rest up front. */
class JcaProviderTest {
    static final JcaProvider JCA = JcaMacTest.JCA;

    @Test
    void reportsSupportOnJdk17() {
        for (TransformKind k : TransformKind.values()) {
            System.out.println("JcaProvider [" + JCA + "] " + k + ": supported " + JCA.supported(k)
                    + ", unsupported " + JCA.unsupported(k));
        }
        System.out.println("JcaProvider [" + JCA + "] signatures: " + JCA.supportedSignatureSchemes());
        assertEquals("jca", JCA.name());
        assertNull(JCA.jcaProvider());
        assertEquals(Set.of(1, 2, 4, 5, 6, 7, 8), JCA.supported(TransformKind.PRF));
        assertEquals(Set.of(1, 2, 5, 8, 12, 13, 14, IntegrityIds.LEGACY_HMAC_SHA2_256_96), JCA.supported(TransformKind.INTEG));
        // the JDK has no AES-CCM (built on AES/ECB + AES/CTR here); GCM-8 is served by tag truncation
        assertEquals(Set.of(3, 11, 12, 13, 14, 15, 16, 18, 19, 20, 28), JCA.supported(TransformKind.ENCR));
        assertEquals(Set.of(), JCA.unsupported(TransformKind.ENCR));
        Set<Integer> ke = JCA.supported(TransformKind.KE);
        assertTrue(ke.containsAll(Set.of(1, 2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 31, 32)), ke.toString());
        // brainpool is gone from SunEC since JDK 16, ML-KEM needs javax.crypto.KEM (Java 21+)
        assertTrue(JCA.unsupported(TransformKind.KE).containsAll(Set.of(27, 28, 29, 30, 35, 36, 37)));
        Set<Integer> union = new TreeSet<>(ke);
        union.addAll(JCA.unsupported(TransformKind.KE));
        assertEquals(25, union.size());
    }

    @Test
    void unsupportedIdsFailAtCreation() {
        assertThrows(UnsupportedTransformException.class, () -> JCA.keyExchange(28));
        UnsupportedTransformException e = assertThrows(UnsupportedTransformException.class, () -> JCA.keyExchange(36));
        assertEquals(TransformKind.KE, e.kind());
        assertEquals(36, e.transformId());
        assertTrue(e.getMessage().contains("ML_KEM_768"), e.getMessage());
        assertThrows(UnsupportedTransformException.class, () -> JCA.prf(3));
        assertThrows(UnsupportedTransformException.class, () -> JCA.integrity(9));
        assertThrows(UnsupportedTransformException.class, () -> JCA.cipher(2, 0));
        assertFalse(JCA.supports(TransformKind.ENCR, 23)); // Camellia: not in the list
        assertThrows(UnsupportedTransformException.class, () -> JCA.aeadCipher(25, 128));
        assertTrue(JCA.supports(TransformKind.ENCR, 20));
    }

    @Test
    void singleProviderSeesOnlyItsAlgorithms() throws Exception {
        // SunJCE alone: MACs, AES, DH, ChaCha20 — but no EC, XDH or signatures (those live in SunEC / SunRsaSign)
        JcaProvider sunJce = new JcaProvider("SunJCE");
        assertSame(Security.getProvider("SunJCE"), sunJce.jcaProvider());
        assertTrue(sunJce.supports(TransformKind.PRF, 5));
        assertTrue(sunJce.supports(TransformKind.ENCR, 20));
        assertTrue(sunJce.supports(TransformKind.KE, 14));
        assertFalse(sunJce.supports(TransformKind.KE, 19));
        assertFalse(sunJce.supports(TransformKind.KE, 31));
        // (NONEwithRSA, IKEv1's raw PKCS#1 signature, is SunJCE's own, on its RSA cipher)
        assertTrue(sunJce.supportedSignatureSchemes().stream().allMatch(x -> x == io.ike4j.crypto.SignatureScheme.RSA_PKCS1_NULL),
                sunJce.supportedSignatureSchemes().toString());
        // MODP through SunJCE's KeyAgreement "DH" gives the same secret as the installed providers
        var a = sunJce.keyExchange(14).initiator(RandomSource.deterministic(1));
        var b = JCA.keyExchange(14).initiator(RandomSource.deterministic(2));
        assertEquals(java.util.HexFormat.of().formatHex(a.sharedSecret(b.publicValue()).copy()),
                java.util.HexFormat.of().formatHex(b.sharedSecret(a.publicValue()).copy()));

        JcaProvider sunEc = new JcaProvider(Security.getProvider("SunEC"));
        assertTrue(sunEc.supports(TransformKind.KE, 19));
        assertTrue(sunEc.supports(TransformKind.KE, 31));
        assertFalse(sunEc.supports(TransformKind.PRF, 5));
        assertFalse(sunEc.supports(TransformKind.ENCR, 12));
        // MODP is still served (BigInteger arithmetic) without any DH provider
        assertTrue(sunEc.supports(TransformKind.KE, 14));
        var c = sunEc.keyExchange(14).initiator(RandomSource.deterministic(1));
        assertEquals(java.util.HexFormat.of().formatHex(a.sharedSecret(b.publicValue()).copy()),
                java.util.HexFormat.of().formatHex(c.sharedSecret(b.publicValue()).copy()));

        assertThrows(IllegalArgumentException.class, () -> new JcaProvider("NoSuchProvider"));
    }

    @Test
    void foundByServiceLoader() {
        CryptoProvider p = CryptoProviders.named("jca");
        assertTrue(p instanceof JcaProvider);
        assertTrue(CryptoProviders.all().stream().anyMatch(x -> x.name().equals("jca")));
    }
}
