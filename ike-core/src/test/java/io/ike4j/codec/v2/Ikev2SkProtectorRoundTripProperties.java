package io.ike4j.codec.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ike4j.codec.Bytes;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** unprotect(protect(payloads)) == payloads for any inner chain, IV and extra padding, normal and AEAD, SK and SKF. */
class Ikev2SkProtectorRoundTripProperties {
    @Property(tries = 2000)
    void roundTrip(@ForAll @Size(max = 6) List<@Size(max = 300) byte[]> notifyData, @ForAll @Size(8) byte[] iv8,
                   @ForAll @IntRange(min = 0, max = 64) int extra, @ForAll boolean aead, @ForAll boolean initiator,
                   @ForAll boolean fragment) throws Exception {
        List<Ikev2Payload> inner = new ArrayList<>();
        for (byte[] d : notifyData) {
            inner.add(new Ikev2NotifyPayload(0, Bytes.EMPTY, 16385, Bytes.wrap(d)));
        }
        Ikev2SkProtector p = aead ? Ikev2SkProtectorTest.gcm() : Ikev2SkProtectorTest.cbc();
        Ikev2SkKeys keys = aead ? Ikev2SkProtectorTest.GCM_KEYS : Ikev2SkProtectorTest.KEYS;
        byte[] iv = aead ? iv8 : Ikev2SkProtectorTest.concat(iv8, iv8);
        Ikev2Header h = Ikev2SkProtectorTest.header(initiator ? Ikev2Header.FLAG_INITIATOR : 0);
        if (fragment) {
            byte[] chain = Ikev2Codec.encodePayloadChain(inner);
            int first = inner.isEmpty() ? 0 : inner.get(0).type();
            byte[] msg = p.protectFragment(h, first, 1, 1, chain, keys, iv, extra);
            Ikev2SkPlaintext pt = p.unprotect(Bytes.wrap(msg), Ikev2Codec.decode(msg), keys);
            assertEquals(Bytes.wrap(chain), pt.payloadBytes());
            assertEquals(inner, pt.payloads());
        } else {
            byte[] msg = p.protect(h, List.of(), inner, keys, iv, extra);
            assertEquals(inner, p.unprotect(Bytes.wrap(msg), Ikev2Codec.decode(msg), keys).payloads());
        }
    }
}
