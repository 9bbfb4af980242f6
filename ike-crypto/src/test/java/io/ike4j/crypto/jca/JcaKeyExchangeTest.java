package io.ike4j.crypto.jca;

import io.ike4j.crypto.ModpGroup;

import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static io.ike4j.crypto.jca.Hex.b;
import static io.ike4j.crypto.jca.Hex.s;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key exchange: RFC 7748 §6, RFC 5903 §8, MODP agreement and RFC 6989 validation. */
class JcaKeyExchangeTest {
    static final JcaProvider JCA = JcaMacTest.JCA;

    private static void vector(int group, String privI, String privR, String pubI, String pubR, String shared)
            throws InvalidKeyExchangeValueException {
        KeyExchange ke = JCA.keyExchange(group);
        KeyExchangeParty i = ke.withPrivateKey(b(privI));
        KeyExchangeParty r = ke.withPrivateKey(b(privR));
        assertEquals(pubI, s(i.publicValue()), "group " + group + " initiator public value");
        assertEquals(pubR, s(r.publicValue()), "group " + group + " responder public value");
        assertEquals(shared, s(i.sharedSecret(b(pubR)).copy()), "group " + group + " shared secret");
        assertEquals(shared, s(r.sharedSecret(b(pubI)).copy()), "group " + group + " shared secret (responder)");
        i.destroy();
        assertTrue(i.isDestroyed());
        assertThrows(IllegalStateException.class, () -> i.sharedSecret(b(pubR)));
    }

    @Test
    void rfc7748X25519() throws Exception {
        vector(31, "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
                "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
                "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a",
                "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f",
                "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    }

    @Test
    void rfc7748X25519Section51ScalarMult() throws Exception {
        // RFC 7748 §5.2 test vectors (single scalar multiplications)
        KeyExchangeParty p = JCA.keyExchange(31).withPrivateKey(
                b("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"));
        assertEquals("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552",
                s(p.sharedSecret(b("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")).copy()));
        // second vector: u has its top bit set, which X25519 must mask (RFC 7748 §5)
        KeyExchangeParty q = JCA.keyExchange(31).withPrivateKey(
                b("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d"));
        assertEquals("95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957",
                s(q.sharedSecret(b("e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493")).copy()));
    }

    @Test
    void rfc7748X448() throws Exception {
        vector(32, "9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b",
                "1c306a7ac2a0e2e0990b294470cba339e6453772b075811d8fad0d1d6927c120bb5ee8972b0d3e21374c9c921b09d1b0366f10b65173992d",
                "9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53177f80e532c41fa0",
                "3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609",
                "07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c335543936521c24403085d59a449a5037514a879d");
    }

    @Test
    void xdhRejectsSmallOrderAndBadLengths() {
        KeyExchangeParty p = JCA.keyExchange(31).initiator(RandomSource.deterministic(1));
        assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(new byte[32])); // u = 0
        byte[] one = new byte[32];
        one[0] = 1;
        assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(one)); // u = 1, order 4
        assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(new byte[31]));
        assertThrows(InvalidKeyExchangeValueException.class,
                () -> JCA.keyExchange(32).initiator(RandomSource.deterministic(1)).sharedSecret(new byte[56]));
    }

    @Test
    void rfc5903Section8EcpVectors() throws Exception {
        vector(19, "c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433",
                "c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53",
                "dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180"
                        + "5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3",
                "d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63"
                        + "56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab",
                "d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de");
        vector(20, "099f3c7034d4a2c699884d73a375a67f7624ef7c6b3c0f160647b67414dce655e35b538041e649ee3faef896783ab194",
                "41cb0779b4bdb85d47846725fbec3c9430fab46cc8dc5060855cc9bda0aa2942e0308312916b8ed2960e4bd55a7448fc",
                "667842d7d180ac2cde6f74f37551f55755c7645c20ef73e31634fe72b4c55ee6de3ac808acb4bdb4c88732aee95f41aa"
                        + "9482ed1fc0eeb9cafc4984625ccfc23f65032149e0e144ada024181535a0f38eeb9fcff3c2c947dae69b4c634573a81c",
                "e558dbef53eecde3d3fccfc1aea08a89a987475d12fd950d83cfa41732bc509d0d1ac43a0336def96fda41d0774a3571"
                        + "dcfbec7aacf3196472169e838430367f66eebe3c6e70c416dd5f0c68759dd1fff83fa40142209dff5eaad96db9e6386c",
                "11187331c279962d93d604243fd592cb9d0a926f422e47187521287e7156c5c4d603135569b9e9d09cf5d4a270f59746");
    }

    @Test
    void rfc5903Section83Ecp521() throws Exception {
        vector(21, "0113f82da825735e3d97276683b2b74277bad27335ea71664af2430cc4f33459b9669ee78b3ffb9b8683015d344dcbfef6fb9af4c6c470be254516cd3c1a1fb47362",
                "00cee3480d8645a17d249f2776d28bae616952d1791fdb4b70f7c3378732aa1b22928448bcd1dc2496d435b01048066ebe4f72903c361b1a9dc1193dc2c9d0891b96",
                "01ebb34dd75721abf8adc9dbed17889cbb9765d90a7c60f2cef007bb0f2b26e14881fd4442e689d61cb2dd046ee30e3ffd20f9a45bbdf6413d583a2dbf59924fd35c"
                        + "00f6b632d194c0388e22d8437e558c552ae195adfd153f92d74908351b2f8c4eda94edb0916d1b53c020b5eecaed1a5fc38a233e4830587bb2ee3489b3b42a5a86a4",
                "010ebfafc6e85e08d24bfffcc1a4511db0e634beeb1b6dec8c5939ae44766201af6200430ba97c8ac6a0e9f08b33ce7e9feeb5ba4ee5e0d81510c24295b8a08d0235"
                        + "00a4a6ec300df9e257b0372b5e7abfef093436719a77887ebb0b18cf8099b9f4212b6e30a1419c18e029d36863cc9d448f4dba4d2a0e60711be572915fbd4fef2695",
                "00cdea89621cfa46b132f9e4cfe2261cde2d4368eb5656634c7cc98c7a00cde54ed1866a0dd3e6126c9d2f845daff82ceb1da08f5d87521bb0ebeca77911169c20cc");
    }

    @Test
    void ecpRejectsOffCurveAndWrongLength() throws Exception {
        KeyExchange ke = JCA.keyExchange(19);
        KeyExchangeParty p = ke.initiator(RandomSource.deterministic(7));
        byte[] pub = ke.initiator(RandomSource.deterministic(8)).publicValue();
        assertEquals(64, pub.length);
        SecretBytes ok = p.sharedSecret(pub);
        assertEquals(32, ok.length());
        byte[] bad = pub.clone();
        bad[63] ^= 1; // y changed: off the curve
        assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(bad));
        assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(new byte[64]));
        byte[] prefixed = new byte[65];
        prefixed[0] = 4;
        System.arraycopy(pub, 0, prefixed, 1, 64);
        assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(prefixed));
        assertThrows(InvalidKeyExchangeValueException.class, () -> ke.responder(bad, RandomSource.deterministic(1)));
        // initiator / responder agree
        KeyExchangeParty r = ke.responder(p.publicValue(), RandomSource.deterministic(9));
        assertArrayEquals(p.sharedSecret(r.publicValue()).copy(), r.sharedSecret(p.publicValue()).copy());
    }

    @Test
    void modpGroupsAgreeAndAreDeterministic() throws Exception {
        for (int group : new int[] {1, 2, 5, 14, 15, 22, 23, 24}) {
            KeyExchange ke = JCA.keyExchange(group);
            KeyExchangeParty i = ke.initiator(RandomSource.deterministic(group));
            KeyExchangeParty r = ke.responder(i.publicValue(), RandomSource.deterministic(1000 + group));
            assertEquals(ke.publicValueLength(true), i.publicValue().length);
            assertEquals(ke.publicValueLength(false), r.publicValue().length);
            byte[] si = i.sharedSecret(r.publicValue()).copy();
            assertArrayEquals(si, r.sharedSecret(i.publicValue()).copy(), "group " + group);
            assertEquals(ke.publicValueLength(true), si.length);
            assertArrayEquals(i.publicValue(), ke.initiator(RandomSource.deterministic(group)).publicValue());
            assertFalse(java.util.Arrays.equals(i.publicValue(), r.publicValue()));
        }
    }

    @Test
    void modpKeyAgreementAndBigIntegerPathsMatch() throws Exception {
        ModpGroup g = ModpGroup.MODP_2048_BIT;
        Jca jca = new Jca(null);
        KeyExchange viaJca = new ModpKeyExchange(jca, g, true);
        KeyExchange viaBigInteger = new ModpKeyExchange(jca, g, false);
        KeyExchangeParty a = viaJca.initiator(RandomSource.deterministic(3));
        KeyExchangeParty b = viaBigInteger.initiator(RandomSource.deterministic(3));
        assertArrayEquals(a.publicValue(), b.publicValue());
        byte[] peer = viaJca.initiator(RandomSource.deterministic(4)).publicValue();
        assertArrayEquals(a.sharedSecret(peer).copy(), b.sharedSecret(peer).copy());
    }

    @Test
    void modpPrivateExponentIsTwiceTheStrength() {
        // RFC 3526 §8 upper estimate: group 14 -> 320-bit exponent, so g^x with x < 2^320
        assertEquals(320, ModpGroup.MODP_2048_BIT.exponentBits);
        assertEquals(620, ModpGroup.MODP_8192_BIT.exponentBits);
        assertEquals(160, ModpGroup.MODP_1024_160.q.bitLength());
        // RFC 3526 §3: the 2048-bit prime is 2^2048 - 2^1984 - 1 + 2^64 * ( [2^1918 pi] + 124476 )
        assertEquals(2048, ModpGroup.MODP_2048_BIT.p.bitLength());
        assertTrue(ModpGroup.MODP_2048_BIT.p.isProbablePrime(40));
        assertTrue(ModpGroup.MODP_8192_BIT.p.testBit(0));
    }

    @Test
    void rfc6989ModpValidation() throws Exception {
        for (int group : new int[] {14, 24}) {
            KeyExchange ke = JCA.keyExchange(group);
            ModpGroup g = ModpGroup.of(group).orElseThrow();
            KeyExchangeParty p = ke.initiator(RandomSource.deterministic(5));
            int len = ke.publicValueLength(true);
            for (BigInteger y : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, g.p.subtract(BigInteger.ONE), g.p,
                g.p.add(BigInteger.ONE).mod(BigInteger.ONE.shiftLeft(len * 8))}) {
                byte[] v = EcCurve.fixed(y, len);
                assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(v), "group " + group + " y=" + y);
                assertThrows(InvalidKeyExchangeValueException.class, () -> ke.responder(v, RandomSource.deterministic(1)));
            }
            assertThrows(InvalidKeyExchangeValueException.class, () -> p.sharedSecret(new byte[len - 1]));
        }
        // group 24 (RFC 5114): an element outside the order-q subgroup, e.g. 2 (g is not 2 there) — y^q != 1
        KeyExchangeParty p24 = JCA.keyExchange(24).initiator(RandomSource.deterministic(6));
        ModpGroup g24 = ModpGroup.MODP_2048_256;
        assertFalse(BigInteger.TWO.modPow(g24.q, g24.p).equals(BigInteger.ONE));
        assertThrows(InvalidKeyExchangeValueException.class, () -> p24.sharedSecret(EcCurve.fixed(BigInteger.TWO, 256)));
        // group 14 accepts 2 (the generator itself is a valid public value)
        assertEquals(256, JCA.keyExchange(14).initiator(RandomSource.deterministic(6))
                .sharedSecret(EcCurve.fixed(BigInteger.TWO, 256)).length());
    }

    @Test
    void destroyZeroesPrivateBytes() throws Exception {
        KeyExchangeParty p = JCA.keyExchange(31).initiator(RandomSource.deterministic(11));
        assertFalse(p.isDestroyed());
        assertFalse(p.toString().contains(s(p.publicValue()).substring(0, 8)));
        p.destroy();
        assertTrue(p.isDestroyed());
        assertThrows(IllegalStateException.class, () -> p.sharedSecret(new byte[32]));
    }
}
