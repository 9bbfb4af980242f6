package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.text.Ikev1CharonFormatter;
import io.ike4j.codec.text.Ikev1IosFormatter;
import io.ike4j.codec.text.Ikev1JsonFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input: the decoder either returns a message — which then re-encodes to exactly the input,
 * since the records keep everything — or throws IkeDecodeException with an allowed notify and an
 * offset inside the input. Any other exception fails the property.
 */
class IsakmpHostileInputProperties {
    private static final Set<String> ALLOWED = Set.of("PAYLOAD_MALFORMED", "INVALID_MAJOR_VERSION");

    private static final List<byte[]> VALID = List.of(
            HexFormat.of().parseHex(V1Samples.STRONGSWAN_MM1),
            HexFormat.of().parseHex(V1Samples.STRONGSWAN_MM6),
            IsakmpCodec.encode(V1Samples.iosMainMode1()),
            IsakmpCodec.encode(IsakmpMessage.plain(V1Samples.header(32, 7), V1Samples.iosQuickMode1Body())),
            IsakmpCodec.encode(IsakmpMessage.plain(V1Samples.header(2, 0), V1Samples.iosMainMode5Body())),
            IsakmpCodec.encode(IsakmpMessage.plain(V1Samples.header(6, 3), V1Samples.everyPayload())));

    static void check(byte[] data) {
        try {
            IsakmpMessage m = IsakmpCodec.decode(data);
            assertArrayEquals(data, IsakmpCodec.encode(m), "decoded input must re-encode identically");
            // whatever decodes must also print: the text views may not throw either
            assertTrue(Ikev1CharonFormatter.format(m).startsWith(""));
            assertTrue(Ikev1IosFormatter.format(m, "", 1).length() >= 0);
            assertTrue(Ikev1JsonFormatter.toJson(m, 1).startsWith("{"));
            Statistics.label("outcome").collect("decoded");
        } catch (IkeDecodeException e) {
            Statistics.label("outcome").collect(e.notifyName());
            assertTrue(ALLOWED.contains(e.notifyName()), e.toString());
            assertTrue(e.offset() >= 0 && e.offset() <= data.length, e.toString());
        }
    }

    @Provide
    Arbitrary<byte[]> randomArrays() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    /** Random octets behind a valid version-1.0 header whose Length matches. */
    @Provide
    Arbitrary<byte[]> behindValidHeader() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.of(1, 4, 5, 8, 10, 11, 12, 13, 14, 20, 130, 132, 0, 2, 99),
                Arbitraries.of(0, 0, 0, 1, 2, 4)).as((body, next, flags) -> {
                    byte[] m = new byte[28 + body.length];
                    System.arraycopy(body, 0, m, 28, body.length);
                    m[16] = (byte) next.intValue();
                    m[17] = 0x10;
                    m[18] = 2;
                    m[19] = (byte) flags.intValue();
                    int len = m.length;
                    m[24] = (byte) (len >>> 24);
                    m[25] = (byte) (len >>> 16);
                    m[26] = (byte) (len >>> 8);
                    m[27] = (byte) len;
                    return m;
                });
    }

    /** Bit flips, truncations, length-field edits and octet overwrites of valid messages. */
    @Provide
    Arbitrary<byte[]> mutations() {
        return Combinators.combine(Arbitraries.of(VALID), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(1, 3)).as((base, op, where, value, count) -> {
                    byte[] m = base.clone();
                    int at = where % m.length;
                    switch (op) {
                        case 0 -> {
                            for (int i = 0; i < count; i++) {
                                int bit = (where * 31 + i * 7919) % (m.length * 8);
                                m[bit / 8] ^= (byte) (1 << (bit % 8));
                            }
                        }
                        case 1 -> m = Arrays.copyOf(m, at);
                        case 2 -> {
                            // rewrite a payload/proposal/transform/attribute length: a 16-bit field at `at`
                            if (at + 1 < m.length) {
                                m[at] = (byte) (value >>> 4);
                                m[at + 1] = (byte) value.intValue();
                            }
                        }
                        case 3 -> m[at] = (byte) value.intValue();
                        default -> {
                            // truncate and fix the header Length, so the payload layer sees the truncation
                            m = Arrays.copyOf(m, Math.max(28, at));
                            m[24] = 0;
                            m[25] = 0;
                            m[26] = (byte) (m.length >>> 8);
                            m[27] = (byte) m.length;
                        }
                    }
                    return m;
                });
    }

    @Property(generation = GenerationMode.RANDOMIZED)
    void fullyRandomArrays(@ForAll("randomArrays") byte[] data) {
        check(data);
    }

    @Property(generation = GenerationMode.RANDOMIZED)
    void randomBodiesBehindAValidHeader(@ForAll("behindValidHeader") byte[] data) {
        check(data);
        Statistics.label("outcome").coverage(c -> c.check("decoded").percentage(p -> p > 1.0));
    }

    @Property(generation = GenerationMode.RANDOMIZED)
    void mutatedValidMessages(@ForAll("mutations") byte[] data) {
        check(data);
        // the mutations must reach deep into the payloads, not only fail at the header
        Statistics.label("outcome").coverage(c -> {
            c.check("decoded").percentage(p -> p > 10.0);
            c.check("PAYLOAD_MALFORMED").percentage(p -> p > 10.0);
        });
    }

    @Property(generation = GenerationMode.RANDOMIZED)
    void randomDecryptedBodies(@ForAll("randomArrays") byte[] plain, @ForAll("firstTypes") int first) {
        try {
            List<IsakmpPayload> chain = IsakmpCodec.decodePayloadChain(first, Bytes.wrap(plain));
            assertArrayEquals(plain, IsakmpCodec.encodePayloadChain(chain));
            Ikev1IosFormatter.format(chain, 5, "", 1);
            Ikev1CharonFormatter.format(IsakmpHeader.of(1, 2, first, 32, 1, 5), chain, false);
        } catch (IkeDecodeException e) {
            assertTrue(e.notifyName().equals("PAYLOAD_MALFORMED"), e.toString());
            assertTrue(e.offset() >= 28 && e.offset() <= 28 + plain.length, e.toString());
        }
    }

    @Provide
    Arbitrary<Integer> firstTypes() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of(1, 5, 8, 11, 12, 14, 132)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 255)));
    }
}
