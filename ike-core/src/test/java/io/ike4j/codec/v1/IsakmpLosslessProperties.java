package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** decode(encode(m)) == m for generated messages holding every payload record type. */
class IsakmpLosslessProperties {
    @Provide
    Arbitrary<IsakmpMessage> messages() {
        return V1Arbitraries.message();
    }

    @Provide
    Arbitrary<List<IsakmpPayload>> chains() {
        return V1Arbitraries.chain();
    }

    @Property(tries = 20000, generation = GenerationMode.RANDOMIZED)
    void messagesRoundTrip(@ForAll("messages") IsakmpMessage m) {
        byte[] wire = IsakmpCodec.encode(m);
        IsakmpMessage back = IsakmpCodec.decode(wire);
        assertEquals(m, back);
        assertArrayEquals(wire, IsakmpCodec.encode(back));
        assertArrayEquals(wire, IsakmpRawEncoder.encode(IsakmpRawEncoder.toRaw(m)));
    }

    @Property(tries = 20000, generation = GenerationMode.RANDOMIZED)
    void decryptedChainsRoundTrip(@ForAll("chains") List<IsakmpPayload> chain) {
        int first = chain.isEmpty() || chain.get(0) instanceof TrailingBytes ? 0 : chain.get(0).type();
        byte[] plain = IsakmpCodec.encodePayloadChain(chain);
        assertEquals(chain, IsakmpCodec.decodePayloadChain(first, Bytes.wrap(plain)));
    }
}
