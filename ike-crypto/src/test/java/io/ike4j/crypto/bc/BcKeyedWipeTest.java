package io.ike4j.crypto.bc;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.KeyedAeadCipher;
import io.ike4j.crypto.KeyedCipher;
import io.ike4j.crypto.KeyedIntegrity;
import io.ike4j.crypto.KeyedPrf;
import io.ike4j.crypto.SecretBytes;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 10: a destroyed BouncyCastle keyed primitive leaves no key material in any array it can
 * reach (its own, BouncyCastle's engines, digests, GCM tables, KeyParameters), and wiping never touches
 * the tables all instances share: new instances still give the published answers.
 */
class BcKeyedWipeTest {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final HexFormat HEX = HexFormat.of();

    /** One keyed primitive, already used, how to use it once more, and how to destroy it. */
    record Keyed(String name, Object instance, Runnable use, Runnable destroy) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Keyed> keyedPrimitives() {
        return List.of(
                integrity("HMAC-SHA1-96", 2), integrity("HMAC-SHA2-256-128", 12), integrity("HMAC-SHA2-384-192", 13),
                integrity("HMAC-SHA2-512-256", 14), integrity("AES-XCBC-96", 5), integrity("AES-CMAC-96", 8),
                prf("PRF-HMAC-SHA1", 2, 20), prf("PRF-HMAC-SHA2-256", 5, 32), prf("PRF-HMAC-SHA2-384", 6, 48),
                prf("PRF-HMAC-SHA2-512", 7, 64), prf("PRF-HMAC-SHA2-256 long key", 5, 100), prf("PRF-AES128-XCBC", 4, 16),
                prf("PRF-AES128-XCBC short key", 4, 10), prf("PRF-AES128-CMAC", 8, 16), prf("PRF-AES128-CMAC long key", 8, 40),
                cipher("3DES-CBC", 3, 0), cipher("AES-CBC-128", 12, 128), cipher("AES-CBC-256", 12, 256),
                cipher("AES-CTR-128", 13, 128), cipher("AES-CTR-256", 13, 256),
                aead("AES-GCM-16 128", 20, 128), aead("AES-GCM-8 256", 18, 256), aead("AES-CCM-16 128", 16, 128),
                aead("AES-CCM-8 256", 14, 256), aead("ChaCha20-Poly1305", 28, 0));
    }

    private static SecretBytes randomKey(int length) {
        byte[] k = new byte[length];
        new Random(length).nextBytes(k);
        for (int i = 0; i < k.length; i++) {
            k[i] |= 1; // no zero octet: a zero array after destroy is the wipe's doing
        }
        return SecretBytes.owning(k);
    }

    private static byte[] data(int n) {
        byte[] d = new byte[n];
        new Random(n).nextBytes(d);
        return d;
    }

    private static Keyed integrity(String name, int id) {
        Integrity alg = BC.integrity(id);
        KeyedIntegrity k = alg.keyed(randomKey(alg.keyLength()));
        byte[] msg = data(100);
        byte[] icv = k.compute(msg, 0, msg.length);
        assertTrue(k.verify(msg, 0, msg.length, icv, 0));
        return new Keyed(name, k, () -> k.verify(msg, 0, msg.length, icv, 0), k::destroy);
    }

    private static Keyed prf(String name, int id, int keyLength) {
        KeyedPrf k = BC.prf(id).keyed(randomKey(keyLength));
        k.compute(data(10), data(70));
        return new Keyed(name, k, () -> k.compute(data(33)), k::destroy);
    }

    private static Keyed cipher(String name, int id, int bits) {
        Cipher alg = BC.cipher(id, bits);
        KeyedCipher k = alg.keyed(randomKey(alg.keyMaterialLength()));
        byte[] iv = data(alg.ivLength());
        byte[] pt = data(64);
        byte[] ct = k.encrypt(iv, pt, 0, pt.length);
        assertArrayEquals(pt, k.decrypt(iv, ct, 0, ct.length)); // both key schedules (CBC decrypts with the inverse)
        return new Keyed(name, k, () -> k.decrypt(iv, k.encrypt(iv, pt, 0, pt.length), 0, pt.length), k::destroy);
    }

    private static Keyed aead(String name, int id, int bits) {
        AeadCipher alg = BC.aeadCipher(id, bits);
        KeyedAeadCipher k = alg.keyed(randomKey(alg.keyMaterialLength()));
        byte[] iv = data(8);
        byte[] aad = data(28);
        byte[] pt = data(50);
        byte[] sealed = k.seal(iv, aad, pt, 0, pt.length);
        assertArrayEquals(pt, assertOpens(k, iv, aad, sealed));
        assertArrayEquals(sealed, k.seal(iv, aad, pt, 0, pt.length)); // a repeated IV behaves as the stateless form
        sealed[3] ^= 1;
        assertThrows(IcvMismatchException.class, () -> k.open(iv, aad, sealed, 0, sealed.length));
        Runnable use = () -> {
            assertArrayEquals(pt, assertOpens(k, iv, aad, k.seal(iv, aad, pt, 0, pt.length)));
            assertThrows(IcvMismatchException.class, () -> k.open(iv, aad, sealed, 0, sealed.length));
        };
        return new Keyed(name, k, use, k::destroy);
    }

    private static byte[] assertOpens(KeyedAeadCipher k, byte[] iv, byte[] aad, byte[] sealed) {
        try {
            return k.open(iv, aad, sealed, 0, sealed.length);
        } catch (IcvMismatchException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyedPrimitives")
    void destroyZeroesEveryReachableArray(Keyed k) {
        ZeroWalk before = ZeroWalk.of(k.instance());
        assertFalse(before.nonZero().isEmpty(), k + ": the walk must reach the key state before destroy");
        k.destroy().run();
        ZeroWalk after = ZeroWalk.of(k.instance());
        assertTrue(after.arrays.size() >= before.arrays.size(), k + ": " + after.arrays.values());
        assertEquals("", after.nonZero(), k + ": arrays still holding data after destroy");
    }

    /**
     * What a keyed primitive builds for one computation (engines and key schedules, GCM and ChaCha20-Poly1305
     * objects, the per-thread HMAC hash cores, KeyParameters: everything it passes through BcWipe.scratch) holds only
     * zeros once the call returns, tag failures included; the walk is the one destroy is checked with.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("keyedPrimitives")
    void perMessageStateIsWipedBeforeTheCallReturns(Keyed k) {
        List<Object> made = new ArrayList<>();
        BcWipe.scratchWatcher = made::add;
        try {
            k.use().run();
        } finally {
            BcWipe.scratchWatcher = null;
        }
        assertFalse(made.isEmpty(), k + ": per-call objects must pass through BcWipe.scratch");
        for (Object o : made) {
            ZeroWalk w = ZeroWalk.of(o);
            assertFalse(w.arrays.isEmpty(), k + ": the walk must reach " + o.getClass().getName() + "'s arrays");
            assertEquals("", w.nonZero(), k + ": per-call state left behind");
        }
        k.destroy().run();
    }

    /** An HMAC call that fails on its input (a null part) resets the digest it restored. */
    @Test
    void aFailedHmacCallLeavesNoDigestState() {
        for (int id : new int[] {1, 2, 5, 6, 7}) {
            KeyedPrf k = BC.prf(id).keyed(randomKey(20));
            List<Object> made = new ArrayList<>();
            BcWipe.scratchWatcher = made::add;
            try {
                assertThrows(NullPointerException.class, () -> k.compute(data(5), null));
            } finally {
                BcWipe.scratchWatcher = null;
            }
            assertEquals(1, made.size(), "PRF " + id + ": the inner digest");
            assertEquals("", ZeroWalk.of(made.get(0)).nonZero(), "PRF " + id);
            k.destroy();
        }
    }

    /** The per-call check above fails where a wipe is missing: a keyed engine nobody wiped holds its schedule. */
    @Test
    void anUnwipedEngineIsSeen() {
        AESEngine e = BcWipe.keyed(new AESEngine(), true, randomKey(16).unsafeBytes(), 0, 16);
        assertNotEquals("", ZeroWalk.of(e).nonZero());
        BcWipe.wipe(e);
        assertEquals("", ZeroWalk.of(e).nonZero());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyedPrimitives")
    void aDestroyedInstanceRefusesWork(Keyed k) {
        k.destroy().run();
        Object o = k.instance();
        byte[] b = new byte[16];
        Runnable use = o instanceof KeyedIntegrity i ? () -> i.compute(b, 0, 16)
                : o instanceof KeyedCipher c ? () -> c.encrypt(new byte[16], b, 0, 16)
                : o instanceof KeyedAeadCipher a ? () -> a.seal(new byte[8], b, b, 0, 16)
                : () -> ((KeyedPrf) o).compute(b);
        assertThrows(IllegalStateException.class, use::run);
    }

    @Test
    void keyParametersAreZeroedAsSoonAsTheEngineIsKeyed() {
        KeyParameter[] seen = new KeyParameter[1];
        AESEngine recording = new AESEngine() {
            @Override
            public void init(boolean forEncryption, CipherParameters params) {
                seen[0] = (KeyParameter) params;
                super.init(forEncryption, params);
            }
        };
        BcWipe.keyed(recording, true, HEX.parseHex("000102030405060708090a0b0c0d0e0f"), 0, 16);
        assertArrayEquals(new byte[16], seen[0].getKey());
        // FIPS-197 Appendix C.1: the engine keeps its own schedule and still encrypts correctly.
        byte[] out = new byte[16];
        recording.processBlock(HEX.parseHex("00112233445566778899aabbccddeeff"), 0, out, 0);
        assertEquals("69c4e0d86a7b0430d8cdb78070b4c55a", HEX.formatHex(out));

        KeyParameter oneTime = new KeyParameter(randomKey(32).unsafeBytes());
        new KeyWipingPoly1305().init(oneTime);
        assertArrayEquals(new byte[32], oneTime.getKey());
    }

    /** After every kind has been keyed and wiped, fresh instances (keyed and stateless) give the RFC answers. */
    @Test
    void newInstancesAfterWipesGiveThePublishedAnswers() throws Exception {
        for (Keyed k : keyedPrimitives()) {
            k.destroy().run();
        }
        byte[] jefe = "Jefe".getBytes(StandardCharsets.US_ASCII);
        byte[] what = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        // RFC 2202 §3 / RFC 4231 §4.3 test case 2
        assertEquals("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79", hex(BC.prf(2).compute(jefe, what)));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", hex(BC.prf(5).compute(jefe, what)));
        assertEquals("af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
                hex(BC.prf(6).compute(jefe, what)));
        assertEquals("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
                + "caeab1a34d4a6b4b636e070a38bce737", hex(BC.prf(7).compute(jefe, what)));
        // The keyed INTEG forms are those HMACs truncated (RFC 4868 §2.3)
        SecretBytes k32 = randomKey(32);
        byte[] msg = data(77);
        KeyedIntegrity sha256 = BC.integrity(12).keyed(k32);
        assertEquals(hex(BC.prf(5).compute(k32.unsafeBytes(), msg)).substring(0, 32), hex(sha256.compute(msg, 0, msg.length)));
        // RFC 3566 §4.6 test cases 1-2, RFC 4493 §4 examples 1-2
        byte[] k0f = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
        assertEquals("75f0251d528ac01c4573dfd584d79f29", hex(BC.prf(4).compute(k0f, new byte[0])));
        assertEquals("5b376580ae2f19afe7219ceef172756f", hex(BC.prf(4).compute(k0f, HEX.parseHex("000102"))));
        assertEquals("5b376580ae2f19afe7219cee", hex(BC.integrity(5).keyed(SecretBytes.copyOf(k0f)).compute(HEX.parseHex("000102"), 0, 3)));
        byte[] k2b = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
        assertEquals("bb1d6929e95937287fa37d129b756746", hex(BC.prf(8).compute(k2b, new byte[0])));
        assertEquals("070a16b46b4d4144f79bdd9d", hex(BC.integrity(8).keyed(SecretBytes.copyOf(k2b))
                .compute(HEX.parseHex("6bc1bee22e409f96e93d7e117393172a"), 0, 16)));
        // RFC 3602 §4 case 1 (AES-CBC), RFC 3686 §6 vector 1 (AES-CTR: key ‖ nonce)
        byte[] single = "Single block msg".getBytes(StandardCharsets.US_ASCII);
        assertEquals("e353779c1079aeb82708942dbe77181a", hex(BC.cipher(12, 128).keyed(SecretBytes.copyOf(
                HEX.parseHex("06a9214036b8a15b512e03d534120006"))).encrypt(HEX.parseHex("3dafba429d9eb430b422da802c9fac41"),
                single, 0, 16)));
        assertEquals("e4095d4fb7a7b3792d6175a3261311b8", hex(BC.cipher(13, 128).encrypt(
                HEX.parseHex("ae6852f8121067cc4bf7a5765577f39e00000030"), new byte[8], single, 0, 16)));
        // NIST SP 800-67 Rev. 2 §A.1 (TDEA, here CBC with a zero IV: the first block equals ECB)
        assertEquals("a826fd8ce53b855f", hex(BC.cipher(3, 0).keyed(SecretBytes.copyOf(
                HEX.parseHex("0123456789abcdef23456789abcdef01456789abcdef0123"))).encrypt(new byte[8],
                "The qufc".getBytes(StandardCharsets.US_ASCII), 0, 8)));
        // GCM spec (McGrew-Viega) test case 2: zero key, zero IV (salt ‖ IV), one zero block
        assertEquals("0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf",
                hex(BC.aeadCipher(20, 128).keyed(SecretBytes.copyOf(new byte[20])).seal(new byte[8], new byte[0],
                        new byte[16], 0, 16)));
        // RFC 3610 §8 packet vector 1 (CCM core: 13-octet nonce, M = 8, 8 octets of AAD)
        BcCcm ccm = new BcCcm(HEX.parseHex("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf"), 16, 8);
        byte[] payload = HEX.parseHex("08090a0b0c0d0e0f101112131415161718191a1b1c1d1e");
        byte[] ccmOut = ccm.seal(HEX.parseHex("00000003020100a0a1a2a3a4a5"), HEX.parseHex("0001020304050607"), payload, 0,
                payload.length);
        assertEquals("588c979a61c663d2f066d0c2c0f989806d5f6b61dac38417e8d12cfdf926e0", hex(ccmOut));
        ccm.destroy();
        // RFC 8439 §2.8.2 (salt 07000000, IV 4041424344454647)
        byte[] sunscreen = ("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future,"
                + " sunscreen would be it.").getBytes(StandardCharsets.US_ASCII);
        byte[] chachaKey = HEX.parseHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f07000000");
        byte[] sealed = BC.aeadCipher(28, 0).keyed(SecretBytes.copyOf(chachaKey)).seal(HEX.parseHex("4041424344454647"),
                HEX.parseHex("50515253c0c1c2c3c4c5c6c7"), sunscreen, 0, sunscreen.length);
        assertEquals("1ae10b594f09e26a7e902ecbd0600691", hex(sealed).substring(2 * sunscreen.length));
        assertTrue(hex(sealed).startsWith("d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"), hex(sealed));
        assertNotEquals(0, sealed.length);
    }

    private static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /** On the class path every listed BouncyCastle field is reachable: wiping is complete, not best effort. */
    @org.junit.jupiter.api.Test
    void everyListedBouncyCastleFieldIsReachable() {
        org.junit.jupiter.api.Assertions.assertTrue(BcWipe.complete(),
                "BcWipe's field lists no longer match bcprov (renamed field?) or reflection is refused");
    }
}
