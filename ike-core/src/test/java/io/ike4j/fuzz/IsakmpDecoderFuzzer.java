package io.ike4j.fuzz;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.text.Ikev1CharonFormatter;
import io.ike4j.codec.text.Ikev1IosFormatter;
import io.ike4j.codec.text.Ikev1JsonFormatter;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpPayload;

import java.util.Arrays;
import java.util.List;

/**
 * Jazzer target: the ISAKMP/IKEv1 decoder (RFC 2408 §3, RFC 2407 §4, RFC 3947). Oracles: decoding fails only with
 * {@link IkeDecodeException} (IsakmpCodec's documented error); what decodes re-encodes, decodes again and encodes to
 * the same octets; the IOS, charon and JSON renderings never throw. Byte 0 also selects a first payload type for
 * {@link IsakmpCodec#decodePayloadChain} on the rest, as for a decrypted body.
 */
public final class IsakmpDecoderFuzzer {
    private IsakmpDecoderFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        IsakmpMessage m = null;
        try {
            m = IsakmpCodec.decode(data);
        } catch (IkeDecodeException expected) {
            // the documented error
        }
        if (m != null) {
            byte[] again = IsakmpCodec.encode(m);
            byte[] third = IsakmpCodec.encode(IsakmpCodec.decode(again));
            if (!Arrays.equals(again, third)) {
                throw new IllegalStateException("re-encoding is not stable: " + Bytes.wrap(again).toHex() + " vs "
                        + Bytes.wrap(third).toHex());
            }
            Ikev1IosFormatter.format(m, "");
            Ikev1CharonFormatter.format(m);
            Ikev1JsonFormatter.toJson(m, 1);
        }
        if (data.length > 0) {
            List<IsakmpPayload> chain = null;
            try {
                chain = IsakmpCodec.decodePayloadChain(data[0] & 0xff, Bytes.wrap(data, 1, data.length - 1));
            } catch (IkeDecodeException expected) {
                // the documented error
            }
            if (chain != null) {
                IsakmpCodec.encodePayloadChain(chain);
                Ikev1IosFormatter.format(chain, 1, "", 1);
            }
        }
    }
}
