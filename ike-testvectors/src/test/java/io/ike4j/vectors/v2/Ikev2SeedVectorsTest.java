package io.ike4j.vectors.v2;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2EncryptedParts;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkPayload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact sizes of seed 002 (ios-reference.md §2) reproduced by encoding the seed's messages. */
class Ikev2SeedVectorsTest {

    /** Walks the generic payload headers of an encoded chain and returns every payload length field. */
    static int[] payloadLengths(byte[] wire, int from) {
        int n = 0;
        int[] out = new int[64];
        for (int pos = from; pos < wire.length; ) {
            int len = (wire[pos + 2] & 0xff) << 8 | wire[pos + 3] & 0xff;
            out[n++] = len;
            pos += len;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Test
    void initiatorSaInitIs344Octets() {
        Ikev2Message m = SeedMessages.initiatorSaInit();
        byte[] wire = Ikev2Codec.encode(m);
        assertEquals(344, wire.length);
        assertEquals(344, (wire[26] & 0xff) << 8 | wire[27] & 0xff);
        assertArrayEquals(new int[] {56, 136, 24, 23, 21, 28, 28}, payloadLengths(wire, Ikev2Header.LENGTH));
        // SA: proposal of 52 with 5 transforms, the AES-CBC one 12 octets (key length attribute).
        assertEquals(52, (wire[34] & 0xff) << 8 | wire[35] & 0xff);
        assertEquals(5, wire[39]);
        assertEquals(12, wire[40 + 8 + 3]);
        assertEquals(m, Ikev2Codec.decode(wire));
    }

    @Test
    void responderSaInitIs449Octets() {
        byte[] wire = Ikev2Codec.encode(SeedMessages.responderSaInit());
        assertEquals(449, wire.length);
        assertArrayEquals(new int[] {48, 136, 24, 23, 21, 28, 28, 105, 8}, payloadLengths(wire, Ikev2Header.LENGTH));
        assertEquals(SeedMessages.responderSaInit(), Ikev2Codec.decode(wire));
    }

    @Test
    void initiatorAuthInnerChainIs493OctetsInSkOf528() {
        List<Ikev2Payload> inner = SeedMessages.initiatorAuthInner();
        byte[] plain = Ikev2Codec.encodePayloadChain(inner);
        assertEquals(493, plain.length);
        assertArrayEquals(new int[] {20, 12, 28, 309, 40, 24, 24, 8, 12, 8, 8}, payloadLengths(plain, 0));
        assertEquals(inner, Ikev2Codec.decodePayloadChain(43, Bytes.wrap(plain)));
        // 493 + padding + pad length octet = 496 (AES-CBC block 16); + IV 16 + ICV 12 + header 4 = 528.
        int padded = (plain.length + 1 + 15) / 16 * 16;
        assertEquals(496, padded);
        byte[] wire = Ikev2Codec.encode(SeedMessages.initiatorAuth());
        assertEquals(556, wire.length);
        assertArrayEquals(new int[] {528}, payloadLengths(wire, Ikev2Header.LENGTH));
        Ikev2SkPayload sk = (Ikev2SkPayload) Ikev2Codec.decode(wire).payloads().get(0);
        Ikev2EncryptedParts parts = sk.split(16, 12);
        assertEquals(496, parts.ciphertext().length());
        assertEquals(43, sk.innerNextPayload());
    }

    @Test
    void createChildSaRekeyLengths() {
        byte[] req = Ikev2Codec.encodePayloadChain(SeedMessages.rekeyRequestInner());
        assertArrayEquals(new int[] {152, 24, 136, 12}, payloadLengths(req, 0));
        byte[] resp = Ikev2Codec.encodePayloadChain(SeedMessages.rekeyResponseInner());
        assertArrayEquals(new int[] {56, 24, 136, 12}, payloadLengths(resp, 0));
        int padded = (resp.length + 1 + 15) / 16 * 16;
        assertEquals(300, Ikev2Header.LENGTH + 4 + 16 + padded + 12);
    }
}
