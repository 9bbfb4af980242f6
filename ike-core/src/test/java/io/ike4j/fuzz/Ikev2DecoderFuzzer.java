package io.ike4j.fuzz;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.text.Ikev2CharonFormatter;
import io.ike4j.codec.text.Ikev2IosFormatter;
import io.ike4j.codec.text.Ikev2JsonFormatter;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;

import java.util.Arrays;
import java.util.List;

/**
 * Jazzer target: the IKEv2 decoder (RFC 7296 §3, RFC 7383 §2.5) and what runs on its output. Oracles: decoding
 * fails only with {@link IkeDecodeException} (Ikev2Codec's documented error); what decodes re-encodes, decodes
 * again and encodes to the same octets (the encoder is a fixed point); the IOS, charon and JSON renderings
 * (the CLI prints untrusted captures with them) never throw. Byte 0 also selects a first payload type for
 * {@link Ikev2Codec#decodePayloadChain} on the rest, as for a decrypted SK body.
 */
public final class Ikev2DecoderFuzzer {
    private Ikev2DecoderFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        Ikev2Message m = null;
        try {
            m = Ikev2Codec.decode(data);
        } catch (IkeDecodeException expected) {
            // the documented error
        }
        if (m != null) {
            byte[] again = Ikev2Codec.encode(m);
            Ikev2Message m2 = Ikev2Codec.decode(again);
            byte[] third = Ikev2Codec.encode(m2);
            if (!Arrays.equals(again, third)) {
                throw new IllegalStateException("re-encoding is not stable: " + Bytes.wrap(again).toHex() + " vs "
                        + Bytes.wrap(third).toHex());
            }
            Ikev2IosFormatter.format(m, "");
            Ikev2CharonFormatter.format(m);
            Ikev2JsonFormatter.toJson(m, 1);
        }
        if (data.length > 0) {
            List<Ikev2Payload> chain = null;
            try {
                chain = Ikev2Codec.decodePayloadChain(data[0] & 0xff, Bytes.wrap(data, 1, data.length - 1));
            } catch (IkeDecodeException expected) {
                // the documented error
            }
            if (chain != null) {
                byte[] enc = Ikev2Codec.encodePayloadChain(chain);
                int first = chain.isEmpty() ? 0 : chain.get(0).type();
                List<Ikev2Payload> back = Ikev2Codec.decodePayloadChain(first, Bytes.wrap(enc));
                if (!Arrays.equals(enc, Ikev2Codec.encodePayloadChain(back))) {
                    throw new IllegalStateException("payload chain re-encoding is not stable: " + Bytes.wrap(enc).toHex());
                }
                if (m != null) {
                    Ikev2IosFormatter.formatDecrypted(m, chain, "");
                    Ikev2CharonFormatter.format(m, chain);
                }
            }
        }
    }
}
