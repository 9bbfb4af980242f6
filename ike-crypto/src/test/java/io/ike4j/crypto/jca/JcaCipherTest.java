package io.ike4j.crypto.jca;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.IcvMismatchException;
import org.junit.jupiter.api.Test;

import static io.ike4j.crypto.jca.Hex.b;
import static io.ike4j.crypto.jca.Hex.s;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Normal-mode and AEAD ciphers against RFC 3602, RFC 3686/5930, GCM spec (RFC 5282 framing), RFC 7634. */
class JcaCipherTest {
    static final JcaProvider JCA = JcaMacTest.JCA;

    @Test
    void rfc3602AesCbc() {
        Cipher c = JCA.cipher(12, 128);
        assertEquals(16, c.ivLength());
        assertEquals(16, c.blockSize());
        assertEquals(16, c.keyMaterialLength());
        String[][] cases = {
            {"06a9214036b8a15b512e03d534120006", "3dafba429d9eb430b422da802c9fac41",
                "53696e676c6520626c6f636b206d7367", "e353779c1079aeb82708942dbe77181a"},
            {"c286696d887c9aa0611bbb3e2025a45a", "562e17996d093d28ddb3ba695a2e6f58",
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                "d296cd94c2cccf8a3a863028b5e1dc0a7586602d253cfff91b8266bea6d61ab1"},
        };
        for (String[] t : cases) {
            byte[] plain = b(t[2]);
            assertEquals(t[3], s(c.encrypt(b(t[0]), b(t[1]), plain, 0, plain.length)));
            byte[] ct = b(t[3]);
            assertEquals(t[2], s(c.decrypt(b(t[0]), b(t[1]), ct, 0, ct.length)));
        }
        // NIST SP 800-38A F.2.5 (AES-256-CBC), first block
        byte[] p = b("6bc1bee22e409f96e93d7e117393172a");
        assertEquals("f58c4c04d6e5f1ba779eabfb5f7bfbd6", s(JCA.cipher(12, 256).encrypt(
                b("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"),
                b("000102030405060708090a0b0c0d0e0f"), p, 0, 16)));
        assertThrows(IllegalArgumentException.class, () -> c.encrypt(new byte[16], new byte[16], new byte[15], 0, 15));
        assertThrows(IllegalArgumentException.class, () -> JCA.cipher(12, 0));
    }

    @Test
    void rfc3686AesCtrVector2() {
        Cipher c = JCA.cipher(13, 128);
        assertEquals(20, c.keyMaterialLength()); // key ‖ 4-octet nonce (RFC 5930 §2)
        assertEquals(8, c.ivLength());
        assertEquals(1, c.blockSize());
        byte[] km = b("7e24067817fae0d743d6ce1f32539163" + "006cb6db");
        byte[] iv = b("c0543b59da48d90b");
        byte[] plain = new byte[32];
        for (int i = 0; i < 32; i++) {
            plain[i] = (byte) i;
        }
        String expected = "5104a106168a72d9790d41ee8edad388eb2e1efc46da57c8fce630df9141be28";
        assertEquals(expected, s(c.encrypt(km, iv, plain, 0, 32)));
        assertArrayEquals(plain, c.decrypt(km, iv, b(expected), 0, 32));
        // no padding needed: odd lengths work
        assertEquals(expected.substring(0, 26), s(c.encrypt(km, iv, plain, 0, 13)));
    }

    @Test
    void tripleDesAndNull() {
        Cipher des = JCA.cipher(3, 0);
        assertEquals(24, des.keyMaterialLength());
        assertEquals(8, des.ivLength());
        byte[] key = b("0123456789abcdef23456789abcdef01456789abcdef0123");
        byte[] plain = b("4e6f77206973207468652074696d6520666f7220616c6c20");
        byte[] ct = des.encrypt(key, new byte[8], plain, 0, plain.length);
        assertFalse(java.util.Arrays.equals(plain, ct));
        assertArrayEquals(plain, des.decrypt(key, new byte[8], ct, 0, ct.length));
        Cipher nul = JCA.cipher(11, 0);
        assertEquals(0, nul.keyMaterialLength());
        assertArrayEquals(b("0102"), nul.encrypt(new byte[0], new byte[0], b("000102"), 1, 2));
    }

    @Test
    void gcmIcv16WithAad() throws Exception {
        // McGrew & Viega GCM test case 4, salt = first 4 octets of the 12-octet IV (RFC 4106 §3 framing)
        AeadCipher g = JCA.aeadCipher(20, 128);
        assertEquals(20, g.keyMaterialLength());
        assertEquals(4, g.saltLength());
        byte[] km = b("feffe9928665731c6d6a8f9467308308cafebabe");
        byte[] iv = b("facedbaddecaf888");
        byte[] aad = b("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plain = b("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        String expected = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091"
                + "5bc94fbc3221a5db94fae95ae7121a47";
        byte[] sealed = g.seal(km, iv, aad, plain, 0, plain.length);
        assertEquals(expected, s(sealed));
        assertArrayEquals(plain, g.open(km, iv, aad, sealed, 0, sealed.length));
        sealed[3] ^= 0x10;
        byte[] tampered = sealed;
        assertThrows(IcvMismatchException.class, () -> g.open(km, iv, aad, tampered, 0, tampered.length));
        sealed[3] ^= 0x10;
        byte[] otherAad = aad.clone();
        otherAad[0] ^= 1;
        assertThrows(IcvMismatchException.class, () -> g.open(km, iv, otherAad, sealed, 0, sealed.length));
    }

    @Test
    void gcmShortIcvsAreTruncatedTags() throws Exception {
        // McGrew & Viega test case 3 with ICV8 / ICV12 (strongSwan's aes_gcm3_1/3_2 framing)
        byte[] km = b("feffe9928665731c6d6a8f9467308308cafebabe");
        byte[] iv = b("facedbaddecaf888");
        byte[] plain = b("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
        String ct = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985";
        String tag = "4d5c2af327cd64a62cf35abd2ba6fab4";
        int[][] variants = {{18, 8}, {19, 12}, {20, 16}};
        for (int[] v : variants) {
            AeadCipher g = JCA.aeadCipher(v[0], 128);
            assertEquals(v[1], g.icvLength());
            byte[] sealed = g.seal(km, iv, new byte[0], plain, 0, plain.length);
            assertEquals(ct + tag.substring(0, 2 * v[1]), s(sealed), "ENCR " + v[0]);
            assertArrayEquals(plain, g.open(km, iv, null, sealed, 0, sealed.length));
            for (int bit : new int[] {0, 8 * plain.length, 8 * sealed.length - 1}) {
                byte[] t = sealed.clone();
                t[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThrows(IcvMismatchException.class, () -> g.open(km, iv, null, t, 0, t.length), "ENCR " + v[0]);
            }
            assertThrows(IcvMismatchException.class, () -> g.open(km, iv, null, new byte[3], 0, 3));
        }
    }

    @Test
    void rfc7634AppendixBIkev2Example() throws Exception {
        AeadCipher c = JCA.aeadCipher(28, 0);
        assertEquals(36, c.keyMaterialLength());
        assertEquals(16, c.icvLength());
        byte[] km = b("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3");
        byte[] iv = b("1011121314151617");
        byte[] aad = b("c0c1c2c3c4c5c6c7d0d1d2d3d4d5d6d72e202500000000090000004529000029");
        byte[] plain = b("0000000c000040010000000a00");
        String expected = "610394701f8d017f7c129248896b71bfe25236efd7cdc67066906315b2";
        byte[] sealed = c.seal(km, iv, aad, plain, 0, plain.length);
        assertEquals(expected, s(sealed));
        // with an offset into a larger buffer
        byte[] framed = b("ffff" + expected + "ee");
        assertArrayEquals(plain, c.open(km, iv, aad, framed, 2, sealed.length));
        framed[5] ^= 4;
        assertThrows(IcvMismatchException.class, () -> c.open(km, iv, aad, framed, 2, sealed.length));
    }

    @Test
    void aeadClassification() {
        assertTrue(JCA.isAead(20));
        assertTrue(JCA.isAead(28));
        assertTrue(JCA.isAead(14));
        assertFalse(JCA.isAead(12));
        assertFalse(JCA.isAead(3));
        assertThrows(IllegalArgumentException.class, () -> JCA.cipher(20, 128));
        assertThrows(IllegalArgumentException.class, () -> JCA.aeadCipher(12, 128));
    }

    @Test
    void rfc3610PacketVector1() {
        // RFC 3610 §8 packet vector #1: 13-octet nonce, M = 8, 8-octet header as AAD
        byte[] key = b("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf");
        byte[] nonce = b("00000003020100a0a1a2a3a4a5");
        byte[] header = b("0001020304050607");
        byte[] payload = b("08090a0b0c0d0e0f101112131415161718191a1b1c1d1e");
        Jca jca = new Jca(null);
        byte[] sealed = AesCcm.seal(jca, key, nonce, 8, header, payload, 0, payload.length);
        assertEquals("588c979a61c663d2f066d0c2c0f989806d5f6b61dac38417e8d12cfdf926e0", s(sealed));
        assertArrayEquals(payload, AesCcm.open(jca, key, nonce, 8, header, sealed, 0, sealed.length));
        sealed[0] ^= 1;
        assertEquals(null, AesCcm.open(jca, key, nonce, 8, header, sealed, 0, sealed.length));
    }

    @Test
    void ccmInIkeFraming() throws Exception {
        // RFC 5282 §7.1: key ‖ 3-octet salt, nonce = salt ‖ 8-octet IV (L = 4). Expected values computed
        // independently with pyca/cryptography's AESCCM (OpenSSL) for this test.
        byte[] aad = b("c0c1c2c3c4c5c6c7d0d1d2d3d4d5d6d72e202500000000090000004529000029");
        byte[] iv = b("0102030405060708");
        byte[] plain = new byte[37];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) i;
        }
        Object[][] cases = {
            {14, 128, "01080f161d242b323940474e555c636aa1b2c3",
                "260c58b7f4e52702c0a73c6ff35fd5ac6e69c528e5642e9913dc5839fbc39b44cd807d661f6980974de59391da"},
            {15, 128, "01080f161d242b323940474e555c636aa1b2c3",
                "260c58b7f4e52702c0a73c6ff35fd5ac6e69c528e5642e9913dc5839fbc39b44cd807d661f5c5e8fbf61ae0fd6441217e9"},
            {16, 256, "01080f161d242b323940474e555c636a71787f868d949ba2a9b0b7bec5ccd3daa1b2c3",
                "08c7eaf2f7e5f8daa109fe2fa3edeaebd837e7a99981c6160c80fe7857ef4528cb8dcd7f4fe8cc111459b3c1402622ccdc5dd531d2"},
        };
        for (Object[] c : cases) {
            AeadCipher ccm = JCA.aeadCipher((Integer) c[0], (Integer) c[1]);
            assertEquals(3, ccm.saltLength());
            byte[] km = b((String) c[2]);
            assertEquals(km.length, ccm.keyMaterialLength());
            byte[] sealed = ccm.seal(km, iv, aad, plain, 0, plain.length);
            assertEquals(c[3], s(sealed), "ENCR " + c[0]);
            assertArrayEquals(plain, ccm.open(km, iv, aad, sealed, 0, sealed.length));
            for (int bit : new int[] {0, 8 * plain.length + 3, 8 * sealed.length - 1}) {
                byte[] t = sealed.clone();
                t[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThrows(IcvMismatchException.class, () -> ccm.open(km, iv, aad, t, 0, t.length));
            }
            byte[] otherAad = aad.clone();
            otherAad[31] ^= 1;
            assertThrows(IcvMismatchException.class, () -> ccm.open(km, iv, otherAad, sealed, 0, sealed.length));
            // empty plaintext and no AAD
            byte[] tagOnly = ccm.seal(km, iv, new byte[0], new byte[0], 0, 0);
            assertEquals(ccm.icvLength(), tagOnly.length);
            assertEquals(0, ccm.open(km, iv, null, tagOnly, 0, tagOnly.length).length);
        }
    }
}
