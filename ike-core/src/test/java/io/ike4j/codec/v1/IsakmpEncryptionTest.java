package io.ike4j.codec.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.jca.JcaProvider;
import io.ike4j.crypto.kdf.HashFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * IKEv1 payload encryption (RFC 2409 App. B) on the JCA provider: round trip with zero padding kept as
 * TrailingBytes, the IV chain (phase 1 chained on the last ciphertext block, phase 2 = hash(last phase-1
 * block | M-ID), separate per M-ID), and the retransmission handling of {@link IsakmpDecryptor}.
 */
class IsakmpEncryptionTest {
    static final JcaProvider JCA = new JcaProvider();
    static final SecretBytes KEY = SecretBytes.copyOf(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    static final HashFunction SHA1 = HashFunction.jdk("SHA-1");

    static IsakmpHeader header(int exchange, int mid) {
        return IsakmpHeader.of(0x1122334455667788L, 0x99aabbccddeeff00L, 0, exchange, IsakmpHeader.FLAG_ENCRYPTION, mid);
    }

    @Test
    void roundTripKeepsPaddingAndChainsIvs() {
        IsakmpEncryption enc = new IsakmpEncryption(JCA.cipher(12, 128));
        List<IsakmpPayload> payloads = List.of(new HashPayload(Bytes.wrap(new byte[20])),
                new NoncePayload(Bytes.wrap(new byte[] {1, 2, 3})));
        byte[] iv1 = Arrays.copyOf(SHA1.hash(new byte[] {1}, new byte[] {2}), 16);
        IsakmpIvChain chain = new IsakmpIvChain(SHA1, 16, iv1);
        byte[] msg = enc.encrypt(header(2, 0), payloads, KEY, chain.ivFor(0));
        IsakmpMessage m = IsakmpCodec.decode(msg);
        assertTrue(m.isEncrypted());
        assertEquals(0, m.encryptedBody().ciphertext().length() % 16);
        List<IsakmpPayload> back = enc.decryptPayloads(m, KEY, chain.ivFor(0));
        assertEquals(payloads, back.subList(0, 2));
        assertTrue(back.get(2) instanceof TrailingBytes t && t.octets().length() > 0);
        // Re-encoding the decrypted chain gives the same plaintext octets (padding kept).
        assertArrayEquals(enc.decrypt(m, KEY, iv1).toByteArray(), IsakmpCodec.encodePayloadChain(back));
        chain.update(0, enc.lastBlock(m));
        assertArrayEquals(Arrays.copyOfRange(msg, msg.length - 16, msg.length), chain.ivFor(0));
        byte[] p2 = chain.ivFor(0x01020304);
        assertArrayEquals(Arrays.copyOf(SHA1.hash(enc.lastBlock(m), new byte[] {1, 2, 3, 4}), 16), p2);
        assertNotEquals(Bytes.wrap(p2), Bytes.wrap(chain.ivFor(0x01020305)));
        // A body that is not whole blocks is PAYLOAD_MALFORMED at offset 28.
        IsakmpMessage bad = IsakmpMessage.encrypted(header(2, 0), new EncryptedBody(Bytes.wrap(new byte[17])));
        IkeDecodeException e = assertThrows(IkeDecodeException.class, () -> enc.decrypt(bad, KEY, iv1));
        assertEquals(28, e.offset());
    }

    @Test
    void decryptorLearnsTheSaAndHandlesRetransmissions() {
        // Phase 1: SA (AES-CBC-128 = 7, SHA = 2, key length 128), two KE payloads, then encrypted messages.
        Transform t = new Transform(1, 1, List.of(DataAttribute.tv(1, 7), DataAttribute.tv(2, 2), DataAttribute.tv(14, 128)));
        SaPayload sa = new SaPayload(1, Bytes.wrap(new byte[] {0, 0, 0, 1}),
                List.of(new Proposal(1, 1, Bytes.EMPTY, List.of(t))));
        IsakmpHeader plain = IsakmpHeader.of(0x1122334455667788L, 0x99aabbccddeeff00L, 0, 2, 0, 0);
        byte[] gxi = {7, 7, 7};
        byte[] gxr = {8, 8, 8};
        IsakmpDecryptor d = new IsakmpDecryptor(JCA, c -> c == 0x1122334455667788L ? Optional.of(KEY) : Optional.empty());
        assertTrue(d.offer(IsakmpMessage.plain(plain, List.of(sa))).isEmpty());
        assertTrue(d.offer(IsakmpMessage.plain(plain, List.of(new KePayload(Bytes.wrap(gxi))))).isEmpty());
        assertTrue(d.offer(IsakmpMessage.plain(plain, List.of(new KePayload(Bytes.wrap(gxr))))).isEmpty());
        IsakmpEncryption enc = new IsakmpEncryption(JCA.cipher(12, 128));
        IsakmpIvChain chain = new IsakmpIvChain(SHA1, 16, Arrays.copyOf(SHA1.hash(gxi, gxr), 16));
        List<IsakmpPayload> id = List.of(new HashPayload(Bytes.wrap(new byte[20])));
        byte[] m5 = enc.encrypt(header(2, 0), id, KEY, chain.ivFor(0));
        chain.update(0, Arrays.copyOfRange(m5, m5.length - 16, m5.length));
        byte[] qm = enc.encrypt(header(32, 42), id, KEY, chain.ivFor(42));
        assertEquals(id, d.offer(IsakmpCodec.decode(m5)).orElseThrow().payloads().subList(0, 1));
        assertEquals(id, d.offer(IsakmpCodec.decode(qm)).orElseThrow().payloads().subList(0, 1));
        // The exact retransmission decrypts with the original IV.
        assertEquals(id, d.offer(IsakmpCodec.decode(qm)).orElseThrow().payloads().subList(0, 1));
        // An unknown cookie: no key.
        IsakmpHeader other = IsakmpHeader.of(5L, 6L, 0, 2, 0, 0);
        d.offer(IsakmpMessage.plain(other, List.of(sa)));
        byte[] x = enc.encrypt(IsakmpHeader.of(5L, 6L, 0, 2, IsakmpHeader.FLAG_ENCRYPTION, 0), id, KEY, new byte[16]);
        assertThrows(IllegalStateException.class, () -> d.offer(IsakmpCodec.decode(x)));
    }
}
