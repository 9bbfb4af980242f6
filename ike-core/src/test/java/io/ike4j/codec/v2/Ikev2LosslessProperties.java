package io.ike4j.codec.v2;

import io.ike4j.codec.Bytes;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** decode(encode(m)) == m for generated messages covering every payload type, and encoding is canonical. */
class Ikev2LosslessProperties {

    @Provide
    Arbitrary<Ikev2Message> messages() {
        return Ikev2Arbitraries.message();
    }

    @Provide
    Arbitrary<List<Ikev2Payload>> chains() {
        return Ikev2Arbitraries.innerPayload().list().ofMaxSize(8);
    }

    @Property(tries = 3000)
    void messagesRoundTrip(@ForAll("messages") Ikev2Message m) {
        for (Ikev2Payload p : m.payloads()) {
            Statistics.label("payload").collect(p.getClass().getSimpleName());
        }
        byte[] wire = Ikev2Codec.encode(m);
        Ikev2Message back = Ikev2Codec.decode(wire);
        assertEquals(m, back);
        assertArrayEquals(wire, Ikev2Codec.encode(back));
        int sum = Ikev2Header.LENGTH;
        for (Ikev2Payload p : m.payloads()) {
            sum += Ikev2Codec.payloadLength(p);
        }
        assertEquals(wire.length, sum);
        // Every payload record must actually be generated.
        Statistics.label("payload").coverage(c -> {
            for (String name : List.of("Ikev2SaPayload", "Ikev2KePayload", "Ikev2IdPayload", "Ikev2CertPayload",
                    "Ikev2CertReqPayload", "Ikev2AuthPayload", "Ikev2NoncePayload", "Ikev2NotifyPayload",
                    "Ikev2DeletePayload", "Ikev2VendorIdPayload", "Ikev2TsPayload", "Ikev2SkPayload", "Ikev2CpPayload",
                    "Ikev2EapPayload", "Ikev2SkfPayload", "Ikev2UnknownPayload")) {
                c.check(name).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 2000)
    void plaintextChainsRoundTrip(@ForAll("chains") List<Ikev2Payload> chain) {
        byte[] wire = Ikev2Codec.encodePayloadChain(chain);
        int first = chain.isEmpty() ? 0 : chain.get(0).type();
        assertEquals(chain, Ikev2Codec.decodePayloadChain(first, Bytes.wrap(wire)));
    }
}
