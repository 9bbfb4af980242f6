package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10 "keep": 10,000 random datagrams (random octets, real messages with flipped bits, truncated, replayed
 * from elsewhere) cause no crash and no internal error on either side, and 5 of 5 handshakes succeed afterwards.
 * (Decoder bounds, RFC 6989 public-value checks and the 50,000-request flood are kept by their own tests:
 * DecodeAllocationBoundTest, the crypto suites, {@link HostileCookieTest}.)
 */
@Tag("hostile")
class HostileKeepTest {

    @Test
    void tenThousandRandomDatagramsThenFiveOfFiveHandshakes() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = Hostile.ready(800, i, new EnginePair.Config());
        List<Bytes> real = p.net.events(NetEvent.Kind.SENT).stream().map(NetEvent::wire).toList();
        Random rnd = new Random(800);
        for (int k = 0; k < 10_000; k++) {
            byte[] d;
            switch (k % 4) {
                case 0 -> {
                    d = new byte[rnd.nextInt(600)];
                    rnd.nextBytes(d);
                }
                case 1 -> {
                    d = real.get(rnd.nextInt(real.size())).toByteArray();
                    for (int b = 0; b < 1 + rnd.nextInt(4); b++) {
                        int bit = rnd.nextInt(d.length * 8);
                        d[bit / 8] ^= (byte) (1 << (bit % 8));
                    }
                }
                case 2 -> {
                    byte[] m = real.get(rnd.nextInt(real.size())).toByteArray();
                    d = java.util.Arrays.copyOf(m, rnd.nextInt(m.length));
                }
                default -> d = real.get(rnd.nextInt(real.size())).toByteArray();
            }
            DatagramEndpoint from = rnd.nextBoolean() ? EnginePair.I_ADDR : DatagramEndpoint.of("10.1." + rnd.nextInt(4) + ".9", 500);
            p.net.sendRaw(from, EnginePair.R_ADDR, Bytes.wrap(d));
            p.net.sendRaw(rnd.nextBoolean() ? EnginePair.R_ADDR : from, EnginePair.I_ADDR, Bytes.wrap(d));
            if (k % 500 == 0) {
                p.net.advance(Duration.ofMillis(50));
            }
        }
        p.net.runUntilIdle();
        assertEquals(0, p.responder.engine.counters().get(Packet.INTERNAL_ERROR));
        assertEquals(0, p.initiator.engine.counters().get(Packet.INTERNAL_ERROR));
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), "the established SA survives");
        // Altered copies of the initiator's IKE_SA_INIT from its own address made half-open SAs there; they hold its
        // per-address budget until they expire (30 s), as they would for any flooder on that address.
        RetransmissionAndDuplicateTest.runFor(p, Duration.ofSeconds(31));
        assertEquals(0, p.responder.engine.core().halfOpen.total());
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        for (int n = 0; n < 5; n++) {
            Hostile.legitimateStillWorks(p, i);
        }
        assertEquals(6, p.initiator.up.size(), "5 of 5 handshakes after the noise");
    }
}
