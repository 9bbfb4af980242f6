package io.ike4j.codec.v2;

import io.ike4j.codec.IkeDecodeException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile input: decode either returns a message (which re-encodes to the same octets and which the IOS,
 * charon and JSON formatters render) or throws IkeDecodeException naming an allowed notify at an offset
 * within the datagram; nothing else escapes (no IndexOutOfBounds, NPE, IllegalArgument...).
 * Three generators, 100,000 tries each: random arrays, random bodies behind a valid IKEv2 header (length
 * field right), and mutations of valid messages (bit flips, byte sets, truncation/extension, payload
 * length-field edits, next-payload edits) with the header length re-fixed half of the time so the mutation
 * reaches the payload parser.
 */
class Ikev2HostileInputProperties {
    static final Set<String> ALLOWED = Set.of("INVALID_SYNTAX", "UNSUPPORTED_CRITICAL_PAYLOAD", "INVALID_MAJOR_VERSION");

    static void decodeSafely(byte[] wire) {
        try {
            Ikev2Message m = Ikev2Codec.decode(wire);
            // Whatever decodes must re-encode to the same octets (nothing silently dropped or invented).
            assertTrue(Arrays.equals(wire, Ikev2Codec.encode(m)), "decoded message does not re-encode identically");
            // The text formatters must cope with whatever the decoder accepts.
            assertTrue(io.ike4j.codec.text.Ikev2IosFormatter.format(m, "").contains("Payload contents:"));
            assertTrue(io.ike4j.codec.text.Ikev2CharonFormatter.format(m).endsWith("]"));
            assertTrue(io.ike4j.codec.text.Ikev2JsonFormatter.toJson(m, 1).endsWith("]}"));
        } catch (IkeDecodeException e) {
            if (!ALLOWED.contains(e.notifyName()) || e.offset() < 0 || e.offset() > wire.length) {
                fail("unexpected " + e.getMessage() + " for " + wire.length + " octets");
            }
        }
        // Any other exception propagates and fails the property.
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void randomArrays(@ForAll("randomArrays") byte[] wire) {
        decodeSafely(wire);
    }

    @Provide
    Arbitrary<byte[]> randomArrays() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(120);
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void randomBodiesBehindAValidHeader(@ForAll("bodies") byte[] body, @ForAll @IntRange(min = 0, max = 60) int first,
                                        @ForAll boolean encrypted) {
        byte[] wire = new byte[28 + body.length];
        System.arraycopy(body, 0, wire, 28, body.length);
        wire[16] = (byte) (encrypted ? 46 : first == 0 ? 0 : 32 + first % 23);
        wire[17] = 0x20;
        wire[18] = 34;
        wire[19] = 0x08;
        setLength(wire);
        decodeSafely(wire);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> valid = Ikev2Arbitraries.message().map(Ikev2Codec::encode);
        return Combinators.combine(valid, Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 1 << 20),
                        Arbitraries.integers().between(0, 65535), Arbitraries.of(true, false))
                .as(Ikev2HostileInputProperties::mutate);
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void mutationsOfValidMessages(@ForAll("mutated") byte[] wire) {
        decodeSafely(wire);
    }

    /** The plaintext-chain decoder (for decrypted SK contents) under the same rules; offsets count from the body. */
    @Property(shrinking = ShrinkingMode.OFF)
    void randomDecryptedChains(@ForAll("bodies") byte[] body, @ForAll @IntRange(min = 0, max = 255) int first) {
        try {
            java.util.List<Ikev2Payload> chain = Ikev2Codec.decodePayloadChain(first, io.ike4j.codec.Bytes.wrap(body));
            assertTrue(Arrays.equals(body, Ikev2Codec.encodePayloadChain(chain)), "chain does not re-encode identically");
        } catch (IkeDecodeException e) {
            if (!ALLOWED.contains(e.notifyName()) || e.offset() < 0 || e.offset() > body.length) {
                fail("unexpected " + e.getMessage() + " for " + body.length + " octets");
            }
        }
    }

    static byte[] mutate(byte[] wire, int kind, int pos, int value, boolean fixLength) {
        byte[] w = wire.clone();
        switch (kind) {
            case 0 -> w[pos % w.length] ^= (byte) (1 << (value & 7));                 // bit flip
            case 1 -> w[28 + pos % Math.max(1, w.length - 28) < w.length ? 28 + pos % Math.max(1, w.length - 28) : 0]
                    = (byte) value;                                                    // byte set in the body
            case 2 -> w = Arrays.copyOf(w, pos % (w.length + 1));                      // truncation
            case 3 -> w = Arrays.copyOf(w, w.length + 1 + value % 16);                 // extension with zeros
            case 4, 5 -> {                                                             // payload length field edit
                int at = payloadHeader(w, pos);
                if (at >= 0) {
                    w[at + 2] = (byte) (value >> 8);
                    w[at + 3] = (byte) value;
                }
            }
            default -> {                                                               // next-payload edit
                int at = payloadHeader(w, pos);
                w[at >= 0 ? at : 16] = (byte) value;
            }
        }
        if (fixLength && w.length >= 28) {
            setLength(w);
        }
        return w;
    }

    /** Offset of the n-th (pos modulo count) generic payload header of a well-formed message, or -1. */
    private static int payloadHeader(byte[] w, int pos) {
        int count = 0;
        int[] offsets = new int[64];
        for (int at = 28; at + 4 <= w.length && count < offsets.length; ) {
            offsets[count++] = at;
            int len = (w[at + 2] & 0xff) << 8 | w[at + 3] & 0xff;
            if (len < 4) {
                break;
            }
            at += len;
        }
        return count == 0 ? -1 : offsets[pos % count];
    }

    private static void setLength(byte[] w) {
        int n = w.length;
        w[24] = (byte) (n >>> 24);
        w[25] = (byte) (n >>> 16);
        w[26] = (byte) (n >>> 8);
        w[27] = (byte) n;
    }
}
