package io.ike4j.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each impairment asserted on the exact delivered sequence and virtual timestamps. */
class SimulatedNetworkTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final DatagramEndpoint A = DatagramEndpoint.of("192.0.2.1", 4500);
    static final DatagramEndpoint B = DatagramEndpoint.of("198.51.100.1", 4500);

    /** Records what it receives and when; optionally echoes back to the sender. */
    static final class Recorder implements DatagramHandler {
        final VirtualClock clock;
        final List<Datagram> got = new ArrayList<>();
        final List<Instant> at = new ArrayList<>();
        final List<Instant> ticks = new ArrayList<>();
        Outbound out;
        boolean echo;

        Recorder(VirtualClock clock) {
            this.clock = clock;
        }

        @Override
        public void onDatagram(Datagram d) {
            got.add(d);
            at.add(clock.instant());
            if (echo) {
                out.send(new Datagram(d.payload(), d.local(), d.remote()));
            }
        }

        @Override
        public void onTick(Instant now) {
            ticks.add(now);
        }

        List<Integer> firstOctets() {
            return got.stream().map(d -> d.payload().get(28)).toList();
        }
    }

    /** An IKE-looking message whose octet 28 is its number. */
    static Datagram msg(int n, DatagramEndpoint from, DatagramEndpoint to) {
        byte[] b = new byte[29];
        b[0] = 0x11;
        b[28] = (byte) n;
        return new Datagram(Bytes.wrap(b), from, to);
    }

    VirtualClock clock = new VirtualClock(T0);

    SimulatedNetwork net(long seed) {
        return new SimulatedNetwork(clock, seed);
    }

    @Test
    void deliversWithDelayAndMarkerFraming() {
        SimulatedNetwork net = net(1).delay(Duration.ofMillis(10));
        Recorder ra = new Recorder(clock);
        Recorder rb = new Recorder(clock);
        Outbound oa = net.attach(A, ra);
        net.attach(B, rb);
        oa.send(msg(1, A, B));
        assertEquals(1, net.pendingCount());
        assertEquals(1, net.runUntilIdle());
        assertEquals(T0.plusMillis(10), clock.instant());
        assertEquals(List.of(T0.plusMillis(10)), rb.at);
        Datagram d = rb.got.get(0);
        assertEquals(B, d.local());
        assertEquals(A, d.remote());
        assertEquals(msg(1, A, B).payload(), d.payload());
        List<NetEvent> log = net.log();
        assertEquals(2, log.size());
        assertEquals(NetEvent.Kind.SENT, log.get(0).kind());
        assertEquals(T0, log.get(0).time());
        assertEquals(NetEvent.Kind.DELIVERED, log.get(1).kind());
        assertEquals(T0.plusMillis(10), log.get(1).time());
        assertEquals(33, log.get(1).wire().length(), "4500/4500: non-ESP marker on the wire");
        assertEquals(List.of(T0.plusMillis(10)), ra.ticks, "clock move ticks every handler");
    }

    @Test
    void port500PairHasNoMarker() {
        DatagramEndpoint a500 = A.withPort(500);
        DatagramEndpoint b500 = B.withPort(500);
        SimulatedNetwork net = net(1);
        Recorder rb = new Recorder(clock);
        Outbound oa = net.attach(a500, new Recorder(clock));
        net.attach(b500, rb);
        oa.send(msg(7, a500, b500));
        net.runUntilIdle();
        assertEquals(29, net.events(NetEvent.Kind.DELIVERED).get(0).wire().length());
        assertEquals(List.of(7), rb.firstOctets());
    }

    @Test
    void dropNth() {
        SimulatedNetwork net = net(1).dropNth(2);
        Recorder rb = new Recorder(clock);
        Outbound oa = net.attach(A, new Recorder(clock));
        net.attach(B, rb);
        for (int i = 1; i <= 3; i++) {
            oa.send(msg(i, A, B));
        }
        net.runUntilIdle();
        assertEquals(List.of(1, 3), rb.firstOctets());
        List<NetEvent> dropped = net.events(NetEvent.Kind.DROPPED);
        assertEquals(1, dropped.size());
        assertEquals(2, dropped.get(0).seq());
        assertEquals("drop rule #2", dropped.get(0).reason());
    }

    List<Long> lossRun(long seed) {
        clock = new VirtualClock(T0);
        SimulatedNetwork net = net(seed).lossProbability(0.5);
        Outbound oa = net.attach(A, new Recorder(clock));
        net.attach(B, new Recorder(clock));
        for (int i = 0; i < 100; i++) {
            oa.send(msg(i, A, B));
        }
        net.runUntilIdle();
        return net.events(NetEvent.Kind.DELIVERED).stream().map(NetEvent::seq).toList();
    }

    @Test
    void seededLossIsDeterministic() {
        List<Long> first = lossRun(42);
        assertEquals(first, lossRun(42));
        assertNotEquals(first, lossRun(43));
        assertTrue(first.size() > 30 && first.size() < 70, "about half delivered: " + first.size());
    }

    @Test
    void duplicateNth() {
        SimulatedNetwork net = net(1).duplicateNth(1).delay(Duration.ofMillis(3));
        Recorder rb = new Recorder(clock);
        Outbound oa = net.attach(A, new Recorder(clock));
        net.attach(B, rb);
        oa.send(msg(1, A, B));
        oa.send(msg(2, A, B));
        net.runUntilIdle();
        assertEquals(List.of(1, 1, 2), rb.firstOctets());
        assertEquals(List.of(T0.plusMillis(3), T0.plusMillis(3), T0.plusMillis(3)), rb.at);
        assertEquals(List.of(1L, 1L, 2L), net.events(NetEvent.Kind.DELIVERED).stream().map(NetEvent::seq).toList());
        assertEquals(1, net.events(NetEvent.Kind.DUPLICATED).size());
    }

    @Test
    void seededDuplicationProbability() {
        SimulatedNetwork net = net(7).duplicationProbability(1.0);
        Recorder rb = new Recorder(clock);
        Outbound oa = net.attach(A, new Recorder(clock));
        net.attach(B, rb);
        oa.send(msg(5, A, B));
        net.runUntilIdle();
        assertEquals(List.of(5, 5), rb.firstOctets());
    }

    @Test
    void delayNthReorders() {
        SimulatedNetwork net = net(1).delay(Duration.ofMillis(1)).delayNth(1, Duration.ofMillis(5));
        Recorder rb = new Recorder(clock);
        Outbound oa = net.attach(A, new Recorder(clock));
        net.attach(B, rb);
        oa.send(msg(1, A, B));
        oa.send(msg(2, A, B));
        net.runUntilIdle();
        assertEquals(List.of(2, 1), rb.firstOctets());
        assertEquals(List.of(T0.plusMillis(1), T0.plusMillis(6)), rb.at);
    }

    @Test
    void jitterReordersDeterministically() {
        List<List<Integer>> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            clock = new VirtualClock(T0);
            SimulatedNetwork net = net(99).jitter(Duration.ofMillis(50));
            Recorder rb = new Recorder(clock);
            Outbound oa = net.attach(A, new Recorder(clock));
            net.attach(B, rb);
            for (int i = 0; i < 20; i++) {
                oa.send(msg(i, A, B));
            }
            net.runUntilIdle();
            assertEquals(20, rb.got.size());
            for (int i = 1; i < rb.at.size(); i++) {
                assertTrue(!rb.at.get(i).isBefore(rb.at.get(i - 1)), "deliveries in time order");
            }
            assertTrue(!clock.instant().isAfter(T0.plusMillis(50)));
            runs.add(rb.firstOctets());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertNotEquals(runs.get(0).stream().sorted().toList(), runs.get(0), "jitter reordered something");
    }

    @Test
    void advanceDeliversOnlyWhatIsDue() {
        SimulatedNetwork net = net(1).delay(Duration.ofMillis(10));
        Recorder rb = new Recorder(clock);
        Outbound oa = net.attach(A, new Recorder(clock));
        net.attach(B, rb);
        oa.send(msg(1, A, B));
        net.advance(Duration.ofMillis(5));
        assertEquals(T0.plusMillis(5), clock.instant());
        assertEquals(0, rb.got.size());
        assertEquals(1, net.pendingCount());
        net.advance(Duration.ofMillis(20));
        assertEquals(List.of(T0.plusMillis(10)), rb.at);
        assertEquals(T0.plusMillis(25), clock.instant());
        assertEquals(List.of(T0.plusMillis(5), T0.plusMillis(10), T0.plusMillis(25)), rb.ticks);
    }

    @Test
    void natRewritesSourceAndRepliesComeBack() throws Exception {
        DatagramEndpoint inside = DatagramEndpoint.of("10.0.0.1", 500);
        DatagramEndpoint inside2 = DatagramEndpoint.of("10.0.0.2", 500);
        DatagramEndpoint server = B.withPort(500);
        InetAddress pub = InetAddress.getByName("203.0.113.5");
        SimulatedNetwork net = net(1).nat(inside, pub, 40000).nat(inside2, pub, 50000);
        Recorder client = new Recorder(clock);
        Recorder client2 = new Recorder(clock);
        Recorder srv = new Recorder(clock);
        Outbound oc = net.attach(inside, client);
        Outbound oc2 = net.attach(inside2, client2);
        srv.out = net.attach(server, srv);
        srv.echo = true;
        oc.send(msg(1, inside, server));
        oc2.send(msg(2, inside2, server));
        net.runUntilIdle();
        DatagramEndpoint mapped = new DatagramEndpoint(pub, 40000);
        DatagramEndpoint mapped2 = new DatagramEndpoint(pub, 40001);
        assertEquals(List.of(mapped, mapped2), srv.got.stream().map(Datagram::remote).toList());
        assertEquals(mapped, net.natMapping(inside).orElseThrow());
        assertEquals(List.of(1), client.firstOctets());
        assertEquals(server, client.got.get(0).remote());
        assertEquals(inside, client.got.get(0).local());
        assertEquals(List.of(2), client2.firstOctets());
        // 500 on the server side: no marker even though the NAT moved the client off 500.
        assertEquals(29, net.events(NetEvent.Kind.DELIVERED).get(0).wire().length());

        // NAT reboot: the server's reply to the old mapping is lost, the client gets a new port.
        net.natRebind();
        srv.echo = false;
        srv.out.send(msg(3, server, mapped));
        oc.send(msg(4, inside, server));
        net.runUntilIdle();
        NetEvent lost = net.events(NetEvent.Kind.DROPPED).get(0);
        assertEquals("no NAT mapping for " + mapped, lost.reason());
        assertEquals(new DatagramEndpoint(pub, 40002), srv.got.get(2).remote());
    }

    @Test
    void espKeepaliveAndUnknownDestinationAreLogged() {
        SimulatedNetwork net = net(1);
        Recorder rb = new Recorder(clock);
        net.attach(B, rb);
        net.sendRaw(A, B, Bytes.fromHex("ff"));
        net.sendRaw(A, B, Bytes.fromHex("0000100100000001aabbccdd"));
        net.sendRaw(A, DatagramEndpoint.of("192.0.2.99", 4500), Bytes.fromHex("ff"));
        net.runUntilIdle();
        assertEquals(0, rb.got.size());
        List<String> reasons = net.log().stream()
                .filter(e -> e.kind() == NetEvent.Kind.DISCARDED || e.kind() == NetEvent.Kind.DROPPED)
                .map(NetEvent::reason).toList();
        assertEquals(List.of("NAT keepalive", "ESP", "no endpoint at 192.0.2.99:4500"), reasons);
    }

    @Test
    void pingPongForeverIsStoppedAndBadConfigRejected() {
        SimulatedNetwork net = net(1);
        Recorder ra = new Recorder(clock);
        Recorder rb = new Recorder(clock);
        ra.out = net.attach(A, ra);
        rb.out = net.attach(B, rb);
        ra.echo = true;
        rb.echo = true;
        ra.out.send(msg(1, A, B));
        assertThrows(IllegalStateException.class, net::runUntilIdle);
        assertThrows(IllegalStateException.class, () -> net.attach(A, ra));
        assertThrows(IllegalArgumentException.class, () -> net.lossProbability(1.5));
        assertThrows(IllegalArgumentException.class, () -> net.delay(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> clock.set(T0.minusSeconds(1)));
    }
}
