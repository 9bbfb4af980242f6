package io.ike4j.negotiator.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.config.IpPrefix;
import io.ike4j.config.TrafficSelector;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** narrow(a, b) is inside a and inside b, and keeps every point both contain (RFC 7296 §2.9). */
class TsNarrowingPropertiesTest {

    @Property(tries = 10000)
    void narrowedIsInsideBothSides(@ForAll("selectors") List<TrafficSelector> a, @ForAll("selectors") List<TrafficSelector> b) {
        List<TrafficSelector> r = TsNarrowing.narrow(a, b);
        if (!r.isEmpty()) {
            assertTrue(TsNarrowing.isSubset(r, a), () -> r + " not in " + a);
            assertTrue(TsNarrowing.isSubset(r, b), () -> r + " not in " + b);
        }
        // completeness: whenever one selector of a and one of b overlap, something comes out, and symmetric
        boolean overlap = a.stream().anyMatch(x -> b.stream().anyMatch(y -> TsNarrowing.intersect(x, y).isPresent()));
        assertEquals(overlap, !r.isEmpty());
        assertEquals(r.isEmpty(), TsNarrowing.narrow(b, a).isEmpty());
        for (TrafficSelector x : a) {
            for (TrafficSelector y : b) {
                TsNarrowing.intersect(x, y).ifPresent(z -> assertTrue(r.stream().anyMatch(s -> TsNarrowing.contains(s, z))));
            }
        }
    }

    @Provide
    Arbitrary<List<TrafficSelector>> selectors() {
        return selector().list().ofMinSize(1).ofMaxSize(4);
    }

    Arbitrary<TrafficSelector> selector() {
        // few distinct prefixes and ports so that overlaps are frequent
        Arbitrary<IpPrefix> v4 = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.of(0, 8, 16, 23, 24, 25, 32)).as((x, y, len) -> new IpPrefix(addr(new byte[] {10, (byte) (int) x, (byte) (int) (y * 64), 1}), len));
        Arbitrary<IpPrefix> v6 = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(0, 32, 48, 64, 128))
                .as((x, len) -> new IpPrefix(addr(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, (byte) (int) x, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}), len));
        Arbitrary<Integer> port = Arbitraries.of(0, 22, 80, 500, 1000, 4500, 65535);
        return Combinators.combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, v4), net.jqwik.api.Tuple.of(1, v6)),
                        Arbitraries.of(0, 0, 6, 17), port, port)
                .as((p, proto, x, y) -> TrafficSelector.of(p, proto, Math.min(x, y), Math.max(x, y)));
    }

    private static InetAddress addr(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
