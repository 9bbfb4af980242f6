package io.ike4j.codec.v2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.jca.JcaProvider;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * SK/SKF protection (RFC 7296 §3.14, RFC 5282 §5.1, RFC 7383 §2.5) on the JCA provider (ike-core's tests
 * have no BouncyCastle): round trips, the ICV over the whole message computed independently, keys by the
 * Initiator flag, AAD = everything before the IV (incl. SKF fragment numbers), every flipped bit rejected,
 * padding and length checks.
 */
class Ikev2SkProtectorTest {
    static final CryptoProvider JCA = new JcaProvider();
    static final Ikev2SkKeys KEYS = Ikev2SkKeys.of(seq(16, 1), seq(32, 2), seq(16, 3), seq(32, 4));
    static final Ikev2SkKeys GCM_KEYS = Ikev2SkKeys.of(seq(20, 5), null, seq(20, 6), null);
    static final List<Ikev2Payload> INNER = List.of(
            new Ikev2IdPayload(true, 2, Bytes.wrap("alice".getBytes())),
            new Ikev2AuthPayload(2, 0, Bytes.wrap(seq(20, 9)), 0),
            new Ikev2NotifyPayload(0, Bytes.EMPTY, 16384, Bytes.EMPTY));

    static byte[] seq(int n, int start) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (start + i);
        }
        return b;
    }

    static Ikev2Header header(int flags) {
        return new Ikev2Header(Bytes.wrap(seq(8, 0x10)), Bytes.wrap(seq(8, 0x20)), 35, flags, 1);
    }

    static Ikev2SkProtector cbc() {
        return Ikev2SkProtector.forTransforms(JCA, 12, 128, 12, 0);
    }

    static Ikev2SkProtector gcm() {
        return Ikev2SkProtector.forTransforms(JCA, 20, 128, 0, 0);
    }

    /**
     * A datagram that is a whole array is opened where it lies (no copy) and left exactly as it was; one that is a
     * view at an offset (the non-ESP marker stripped, RFC 3948 §2.2) opens the same; both for CBC+HMAC and GCM.
     */
    @Test
    void openingInPlaceLeavesTheDatagramAloneAndViewsAtAnOffsetOpenTheSame() throws Exception {
        for (boolean aead : new boolean[] {false, true}) {
            Ikev2SkProtector p = aead ? gcm() : cbc();
            Ikev2SkKeys keys = aead ? GCM_KEYS : KEYS;
            byte[] msg = p.protect(header(Ikev2Header.FLAG_INITIATOR), List.of(), INNER, keys, seq(p.ivLength(), 0x40), 0);
            byte[] before = msg.clone();
            Bytes whole = Bytes.wrap(msg);
            assertTrue(whole.wholeArrayOrNull() == msg, "a whole-array view reads the array itself");
            assertEquals(INNER, p.unprotect(whole, Ikev2Codec.decode(whole), keys).payloads());
            assertArrayEquals(before, msg, "opening must not write into the received datagram");
            byte[] framed = new byte[msg.length + 4]; // 0x00000000 ‖ message
            System.arraycopy(msg, 0, framed, 4, msg.length);
            Bytes view = Bytes.wrap(framed, 4, msg.length);
            assertEquals(null, view.wholeArrayOrNull());
            assertEquals(INNER, p.unprotect(view, Ikev2Codec.decode(view), keys).payloads());
            msg[msg.length - 1] ^= 1;
            assertThrows(IcvMismatchException.class, () -> p.unprotect(whole, Ikev2Codec.decode(whole), keys));
        }
    }

    @Test
    void normalModeRoundTripAndIndependentIcv() throws Exception {
        byte[] msg = cbc().protect(header(Ikev2Header.FLAG_INITIATOR), List.of(), INNER, KEYS, seq(16, 0x40), 3);
        Ikev2Message m = Ikev2Codec.decode(msg);
        Ikev2SkPayload sk = (Ikev2SkPayload) m.payloads().get(0);
        assertEquals(35, sk.innerNextPayload());
        // ICV = HMAC-SHA-256(SK_ai, message up to the ICV) truncated to 16 octets (RFC 4868).
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(seq(32, 2), "HmacSHA256"));
        mac.update(msg, 0, msg.length - 16);
        assertArrayEquals(Arrays.copyOf(mac.doFinal(), 16), Arrays.copyOfRange(msg, msg.length - 16, msg.length));
        Ikev2SkPlaintext pt = cbc().unprotect(Bytes.wrap(msg), m, KEYS);
        assertTrue(pt.icvVerified());
        assertEquals(INNER, pt.payloads());
        assertEquals(Bytes.wrap(Ikev2Codec.encodePayloadChain(INNER)), pt.payloadBytes());
        assertEquals(0, (pt.payloadBytes().length() + pt.padding().length() + 1) % 16);
        assertTrue(pt.padding().length() >= 3);
        // The responder's keys do not open what the initiator sent.
        Ikev2SkKeys swapped = new Ikev2SkKeys(KEYS.skEr(), KEYS.skAr(), KEYS.skEi(), KEYS.skAi());
        assertThrows(IcvMismatchException.class, () -> cbc().unprotect(Bytes.wrap(msg), m, swapped));
        // A response from the original responder (no I flag) uses SK_er/SK_ar.
        byte[] resp = cbc().protect(header(Ikev2Header.FLAG_RESPONSE), List.of(), INNER, KEYS, seq(16, 0x50), 0);
        assertEquals(INNER, cbc().unprotect(Bytes.wrap(resp), Ikev2Codec.decode(resp), KEYS).payloads());
        assertThrows(IcvMismatchException.class, () -> cbc().unprotect(Bytes.wrap(resp), Ikev2Codec.decode(resp), swapped));
    }

    @Test
    void everyFlippedBitFailsTheIcvOrTag() throws Exception {
        for (Ikev2SkProtector p : List.of(cbc(), gcm())) {
            Ikev2SkKeys keys = p.isAead() ? GCM_KEYS : KEYS;
            byte[] msg = p.protect(header(Ikev2Header.FLAG_INITIATOR), List.of(), INNER, keys,
                    seq(p.ivLength(), 0x60), 0);
            int checked = 0;
            for (int i = 0; i < msg.length; i++) {
                for (int bit = 0; bit < 8; bit++) {
                    byte[] bad = msg.clone();
                    bad[i] ^= (byte) (1 << bit);
                    Ikev2Message m;
                    try {
                        m = Ikev2Codec.decode(bad);
                    } catch (IkeDecodeException e) {
                        continue; // a header/length field: the codec already rejects it
                    }
                    Ikev2Message fm = m;
                    assertThrows(IcvMismatchException.class, () -> p.unprotect(Bytes.wrap(bad), fm, keys),
                            "octet " + i + " bit " + bit);
                    checked++;
                }
            }
            assertTrue(checked > msg.length * 6, "checked " + checked);
        }
    }

    @Test
    void aeadUsesHeaderAndSkHeaderAsAad() throws Exception {
        byte[] msg = gcm().protect(header(Ikev2Header.FLAG_INITIATOR), List.of(), INNER, GCM_KEYS, seq(8, 0x70), 0);
        Ikev2Message m = Ikev2Codec.decode(msg);
        Ikev2SkPlaintext pt = gcm().unprotect(Bytes.wrap(msg), m, GCM_KEYS);
        assertEquals(INNER, pt.payloads());
        // Independent check: AES-GCM(key, salt | IV) over the ciphertext with AAD = the first 32 octets.
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        byte[] km = seq(20, 5);
        c.init(javax.crypto.Cipher.DECRYPT_MODE, new SecretKeySpec(km, 0, 16, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, concat(Arrays.copyOfRange(km, 16, 20), seq(8, 0x70))));
        c.updateAAD(msg, 0, 32);
        byte[] plain = c.doFinal(msg, 40, msg.length - 40);
        assertArrayEquals(Ikev2Codec.encodePayloadChain(INNER), Arrays.copyOf(plain, plain.length - 1));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] o = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, o, a.length, b.length);
        return o;
    }

    @Test
    void skfFragmentNumbersAreAuthenticated() throws Exception {
        byte[] chain = Ikev2Codec.encodePayloadChain(INNER);
        byte[] part1 = Arrays.copyOf(chain, 20);
        for (Ikev2SkProtector p : List.of(cbc(), gcm())) {
            Ikev2SkKeys keys = p.isAead() ? GCM_KEYS : KEYS;
            byte[] f1 = p.protectFragment(header(Ikev2Header.FLAG_INITIATOR), 35, 1, 2, part1, keys,
                    seq(p.ivLength(), 1), 0);
            Ikev2Message m = Ikev2Codec.decode(f1);
            Ikev2SkfPayload skf = (Ikev2SkfPayload) m.payloads().get(0);
            assertEquals(1, skf.fragmentNumber());
            Ikev2SkPlaintext pt = p.unprotect(Bytes.wrap(f1), m, keys);
            assertArrayEquals(part1, pt.payloadBytes().toByteArray());
            assertEquals(35, pt.innerNextPayload());
            byte[] renumbered = f1.clone();
            renumbered[33] = 2; // fragment number 1 -> 2 (offset 28 + 4 + 1)
            assertThrows(IcvMismatchException.class,
                    () -> p.unprotect(Bytes.wrap(renumbered), Ikev2Codec.decode(renumbered), keys));
        }
    }

    @Test
    void malformedBodiesAreDecodeErrorsAfterTheIcv() throws Exception {
        // Ciphertext that is not a whole number of blocks, with a valid ICV: INVALID_SYNTAX, not a crash.
        Ikev2SkProtector p = cbc();
        Ikev2Header h = header(Ikev2Header.FLAG_INITIATOR);
        byte[] body = new byte[16 + 17 + 16];
        byte[] msg = Ikev2Codec.encode(new Ikev2Message(h, List.of(new Ikev2SkPayload(35, Bytes.wrap(body)))));
        byte[] icv = JCA.integrity(12).compute(seq(32, 2), msg, 0, msg.length - 16);
        System.arraycopy(icv, 0, msg, msg.length - 16, 16);
        var e = assertThrows(IkeDecodeException.class, () -> p.unprotect(Bytes.wrap(msg), Ikev2Codec.decode(msg), KEYS));
        assertEquals("INVALID_SYNTAX", e.notifyName());
        assertTrue(e.offset() >= 0 && e.offset() <= msg.length);
        // Too short for IV + ICV + pad length: it cannot be authenticated, so it is an ICV failure (dropped
        // silently, RFC 7296 §2.21.2), never an INVALID_SYNTAX that would be answered. Both modes, every short size.
        for (Ikev2SkProtector q : List.of(cbc(), gcm())) {
            Ikev2SkKeys keys = q.isAead() ? GCM_KEYS : KEYS;
            for (int n = 0; n < q.ivLength() + q.icvLength() + 1; n++) {
                byte[] tiny = Ikev2Codec.encode(new Ikev2Message(h, List.of(new Ikev2SkPayload(35, Bytes.wrap(new byte[n])))));
                assertThrows(IcvMismatchException.class, () -> q.unprotect(Bytes.wrap(tiny), Ikev2Codec.decode(tiny), keys),
                        "body of " + n + " octets");
            }
        }
        // A pad length larger than the plaintext (encrypt it ourselves, then MAC): INVALID_SYNTAX.
        byte[] plain = new byte[16];
        plain[15] = (byte) 200;
        byte[] ct = JCA.cipher(12, 128).encrypt(seq(16, 1), new byte[16], plain, 0, 16);
        byte[] b2 = concat(concat(new byte[16], ct), new byte[16]);
        byte[] msg2 = Ikev2Codec.encode(new Ikev2Message(h, List.of(new Ikev2SkPayload(35, Bytes.wrap(b2)))));
        byte[] icv2 = JCA.integrity(12).compute(seq(32, 2), msg2, 0, msg2.length - 16);
        System.arraycopy(icv2, 0, msg2, msg2.length - 16, 16);
        assertEquals("INVALID_SYNTAX", assertThrows(IkeDecodeException.class,
                () -> p.unprotect(Bytes.wrap(msg2), Ikev2Codec.decode(msg2), KEYS)).notifyName());
        // Decrypt-only mode reports that nothing was verified.
        byte[] ok = p.protect(h, List.of(), INNER, KEYS, seq(16, 3), 0);
        Ikev2SkPlaintext unchecked = Ikev2SkProtector.decryptOnly(JCA.cipher(12, 128), 16)
                .unprotect(Bytes.wrap(ok), Ikev2Codec.decode(ok), KEYS);
        assertFalse(unchecked.icvVerified());
        assertEquals(INNER, unchecked.payloads());
        assertThrows(IllegalStateException.class, () -> Ikev2SkProtector.decryptOnly(JCA.cipher(12, 128), 16)
                .protect(h, List.of(), INNER, KEYS, seq(16, 3), 0));
    }
}
