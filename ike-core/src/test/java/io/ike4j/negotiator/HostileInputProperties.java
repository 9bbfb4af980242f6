package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.NetEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bad input never escapes {@link Ikev2Engine#receive} (architecture.md): random octets, and every real
 * message of a handshake with bits flipped or truncated, fed to engines in the middle of a negotiation and
 * after it. An established SA survives all of it: unauthenticated garbage cannot kill it (RFC 7296 §2.21).
 */
class HostileInputProperties {
    private static final List<Bytes> REAL = TwoEngineHandshakeTest.establish(90).net.events(NetEvent.Kind.SENT)
            .stream().map(NetEvent::wire).toList();
    private static final EnginePair READY = TwoEngineHandshakeTest.establish(91);

    @Provide
    Arbitrary<byte[]> hostile() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(600);
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, REAL.size() - 1).flatMap(i -> {
            byte[] m = REAL.get(i).toByteArray();
            return Arbitraries.integers().between(0, m.length * 8 - 1).list().ofMinSize(1).ofMaxSize(4).map(bits -> {
                byte[] c = m.clone();
                bits.forEach(b -> c[b / 8] ^= (byte) (1 << (b % 8)));
                return c;
            });
        });
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, REAL.size() - 1).flatMap(i -> {
            byte[] m = REAL.get(i).toByteArray();
            return Arbitraries.integers().between(0, m.length - 1).map(n -> java.util.Arrays.copyOf(m, n));
        });
        return Arbitraries.oneOf(random, flipped, truncated);
    }

    @Property(tries = 6000)
    void garbageNeverEscapesAndNeverKillsAnEstablishedSa(@ForAll("hostile") byte[] datagram) {
        Datagram d = Datagram.of(datagram, EnginePair.R_ADDR, EnginePair.I_ADDR);
        READY.responder.engine.receive(d);
        READY.initiator.engine.receive(Datagram.of(datagram, EnginePair.I_ADDR, EnginePair.R_ADDR));
        assertEquals(Ikev2State.READY, READY.responder.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, READY.initiator.engine.sas().get(0).state());
    }

    @Property(tries = 600)
    void garbageDuringTheHandshakeLeavesItIntact(@ForAll("hostile") byte[] datagram) {
        EnginePair.Config c = new EnginePair.Config();
        EnginePair p = new EnginePair(92, c, new EnginePair.Config());
        p.initiate(c);
        p.net.runUntilIdle();
        p.responder.engine.receive(Datagram.of(datagram, EnginePair.R_ADDR, EnginePair.I_ADDR));
        assertEquals(Ikev2State.READY, p.responder.engine.sas().stream().filter(s -> s.state() == Ikev2State.READY)
                .findFirst().orElseThrow().state());
    }
}
