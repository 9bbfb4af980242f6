package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The per-thread encoding buffer is reused, and wiped after each use (it held plaintext under SK). */
class EncodeScratchTest {
    @Test
    void theBufferIsReusedAndHoldsNothingAfterAnEncode() {
        byte[] secret = new byte[64];
        java.util.Arrays.fill(secret, (byte) 0x5A);
        List<Ikev2Payload> chain = List.of(new Ikev2NoncePayload(Bytes.wrap(secret)));
        byte[] first = Ikev2Codec.encodePayloadChain(chain);
        ByteBuf b = Ikev2Codec.Scratch.take();
        for (int i = 0; i < first.length; i++) {
            assertEquals(0, b.getByte(i), "octet " + i + " of the last encoding is still there");
        }
        Ikev2Codec.Scratch.give(b);
        byte[] second = Ikev2Codec.encodePayloadChain(chain);
        assertArrayEquals(first, second, "a reused buffer encodes the same octets");
        ByteBuf again = Ikev2Codec.Scratch.take();
        assertSame(b, again, "one buffer per thread, reused");
        Ikev2Codec.Scratch.give(again);
        ByteBuf nested = Ikev2Codec.Scratch.take();
        ByteBuf inner = Ikev2Codec.Scratch.take();
        assertEquals(false, nested == inner, "a nested encode gets its own buffer");
        Ikev2Codec.Scratch.give(inner);
        Ikev2Codec.Scratch.give(nested);
    }
}
