package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** architecture.md: with injected randomness and time, the same seed gives the same bytes. */
class DeterminismTest {

    static List<Bytes> wire(long seed) {
        EnginePair p = TwoEngineHandshakeTest.establish(seed);
        return p.net.events(NetEvent.Kind.SENT).stream().map(NetEvent::wire).toList();
    }

    @Test
    void sameSeedSameOctets() {
        List<Bytes> a = wire(77);
        List<Bytes> b = wire(77);
        assertEquals(4, a.size());
        assertEquals(a, b);
        assertNotEquals(a.get(0), wire(78).get(0));
    }
}
