package io.ike4j.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real datagrams on 127.0.0.1 with ephemeral ports (never 500/4500). */
class UdpTransportTest {

    static final DatagramEndpoint LOOPBACK_ANY = DatagramEndpoint.of("127.0.0.1", 0);
    final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    /** An IKE-looking message: initiator SPI from {@code spi}, octet 28 = n. */
    static byte[] ike(long spi, int n) {
        byte[] b = new byte[40];
        ByteBuffer.wrap(b).putLong(spi);
        if (b[0] == 0) {
            b[0] = 0x7F; // keep the first octets non-zero like a real SPI
        }
        b[28] = (byte) n;
        return b;
    }

    /** Handler that checks it runs on its own shard thread and queues what it gets. */
    static final class Probe implements DatagramHandler {
        final int shard;
        final Outbound out;
        final BlockingQueue<Datagram> got = new LinkedBlockingQueue<>();
        final AtomicInteger ticks = new AtomicInteger();
        final List<String> wrongThread;
        volatile boolean echo;

        Probe(int shard, Outbound out, List<String> wrongThread) {
            this.shard = shard;
            this.out = out;
            this.wrongThread = wrongThread;
        }

        private void check(String what) {
            String name = Thread.currentThread().getName();
            if (!name.equals("ike4j-udp-" + shard)) {
                wrongThread.add(what + " of shard " + shard + " on " + name);
            }
        }

        @Override
        public void onDatagram(Datagram d) {
            check("onDatagram");
            got.add(d);
            if (echo) {
                byte[] reply = d.payload().toByteArray();
                reply[28]++;
                out.send(new Datagram(Bytes.wrap(reply), d.local(), d.remote()));
            }
        }

        @Override
        public void onTick(java.time.Instant now) {
            check("onTick");
            ticks.incrementAndGet();
        }
    }

    final List<String> wrongThread = new CopyOnWriteArrayList<>();

    UdpTransport start(int shards, List<Probe> probes, int maxSize, DatagramEndpoint... binds) {
        UdpTransport.Builder b = UdpTransport.builder().shards(shards).tickInterval(Duration.ofMillis(20))
                .maxDatagramSize(maxSize).handlers((shard, out) -> {
                    Probe p = new Probe(shard, out, wrongThread);
                    probes.add(p);
                    return p;
                });
        for (DatagramEndpoint e : binds) {
            b.bind(e);
        }
        UdpTransport t = b.start();
        toClose.add(t);
        return t;
    }

    static void await(BooleanSupplier cond, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    DatagramChannel rawPeer() throws Exception {
        DatagramChannel ch = DatagramChannel.open();
        ch.bind(new InetSocketAddress("127.0.0.1", 0));
        toClose.add(ch);
        return ch;
    }

    static byte[] receive(DatagramChannel ch) throws Exception {
        ByteBuffer buf = ByteBuffer.allocate(2048);
        ch.socket().setSoTimeout(10_000);
        ch.configureBlocking(true);
        // DatagramChannel.receive ignores SO_TIMEOUT: read through the socket adaptor instead.
        java.net.DatagramPacket p = new java.net.DatagramPacket(new byte[2048], 2048);
        ch.socket().receive(p);
        return Arrays.copyOf(p.getData(), p.getLength());
    }

    @Test
    void twoTransportsExchangeIkeWithMarkerOnHighPorts() throws Exception {
        List<Probe> pa = new CopyOnWriteArrayList<>();
        List<Probe> pb = new CopyOnWriteArrayList<>();
        UdpTransport a = start(2, pa, 65_535, LOOPBACK_ANY, LOOPBACK_ANY);
        UdpTransport b = start(1, pb, 65_535, LOOPBACK_ANY, LOOPBACK_ANY);
        assertEquals(2, a.localEndpoints().size());
        DatagramEndpoint aIke = a.localEndpoints().get(0);
        DatagramEndpoint aNatT = a.localEndpoints().get(1);
        DatagramEndpoint bIke = b.localEndpoints().get(0);
        DatagramEndpoint bNatT = b.localEndpoints().get(1);
        assertNotEquals(0, aIke.port());
        pb.get(0).echo = true;

        byte[] req = ike(0x1122334455667788L, 1);
        a.outbound().send(new Datagram(Bytes.wrap(req), aIke, bIke));
        a.outbound().send(new Datagram(Bytes.wrap(ike(0x1122334455667788L, 9)), aNatT, bNatT));
        Probe pbProbe = pb.get(0);
        Datagram first = pbProbe.got.poll(10, TimeUnit.SECONDS);
        Datagram second = pbProbe.got.poll(10, TimeUnit.SECONDS);
        // Two sockets: their relative order is not defined, so pair them by local endpoint.
        Datagram atB = first.local().equals(bIke) ? first : second;
        Datagram atB2 = atB == first ? second : first;
        assertEquals(Bytes.wrap(req), atB.payload(), "marker stripped before the handler");
        assertEquals(bIke, atB.local());
        assertEquals(aIke, atB.remote());
        assertEquals(9, atB2.payload().get(28));
        assertEquals(bNatT, atB2.local());
        assertEquals(aNatT, atB2.remote());

        int shard = a.shardOf(Bytes.wrap(req, 0, 8));
        Probe target = pa.get(shard);
        Datagram r1 = target.got.poll(10, TimeUnit.SECONDS);
        Datagram r2 = target.got.poll(10, TimeUnit.SECONDS);
        List<Integer> replies = new ArrayList<>(List.of(r1.payload().get(28), r2.payload().get(28)));
        Collections.sort(replies);
        assertEquals(List.of(2, 10), replies);
        assertEquals(2, b.stats().ikeDelivered());
        // b counts a send after the socket took it: a may already hold the reply before the count moves
        await(() -> b.stats().sent() == 2, "b sent");
        await(() -> a.stats().ikeDelivered() == 2, "a delivered");
        assertEquals(0, a.stats().esp() + a.stats().malformed() + b.stats().esp() + b.stats().malformed());
        assertEquals(List.of(), wrongThread);
    }

    @Test
    void wireCarriesMarkerAndUnmarkedIkeIsTreatedAsEsp() throws Exception {
        List<Probe> probes = new CopyOnWriteArrayList<>();
        UdpTransport t = start(1, probes, 200, LOOPBACK_ANY);
        DatagramEndpoint local = t.localEndpoints().get(0);
        probes.get(0).echo = true;
        DatagramChannel peer = rawPeer();
        InetSocketAddress to = local.toSocketAddress();

        byte[] msg = ike(0x0102030405060708L, 5);
        peer.send(ByteBuffer.wrap(IkeFraming.encode(msg, 1, 2)), to); // with marker
        byte[] reply = receive(peer);
        assertEquals(4 + msg.length, reply.length);
        assertArrayEquals(new byte[4], Arrays.copyOf(reply, 4), "reply carries the non-ESP marker");
        byte[] expected = msg.clone();
        expected[28]++;
        assertArrayEquals(expected, Arrays.copyOfRange(reply, 4, reply.length));

        peer.send(ByteBuffer.wrap(msg), to);                                   // IKE without marker: ESP
        peer.send(ByteBuffer.wrap(new byte[] {(byte) 0xFF}), to);              // NAT keepalive
        peer.send(ByteBuffer.wrap(new byte[] {0, 0, 0}), to);                  // malformed
        peer.send(ByteBuffer.wrap(new byte[201]), to);                         // oversized (bound 200)
        await(() -> t.stats().received() == 5, "5 datagrams read");
        TransportStats s = t.stats();
        assertEquals(1, s.ikeDelivered());
        assertEquals(1, s.esp());
        assertEquals(1, s.keepalives());
        assertEquals(1, s.malformed());
        assertEquals(1, s.oversized());
        assertEquals(1, probes.get(0).got.size());
        assertEquals(List.of(), wrongThread);
    }

    @Test
    void sameKeyAlwaysSameShardThreadAndTicksOnOwnThread() throws Exception {
        List<Probe> probes = new CopyOnWriteArrayList<>();
        UdpTransport t = start(4, probes, 65_535, LOOPBACK_ANY);
        probes.sort((x, y) -> Integer.compare(x.shard, y.shard));
        Map<Bytes, Set<String>> threadsByKey = new ConcurrentHashMap<>();
        DatagramChannel peer = rawPeer();
        int keys = 24;
        int perKey = 10;
        for (int round = 0; round < perKey; round++) {
            for (int k = 0; k < keys; k++) {
                peer.send(ByteBuffer.wrap(IkeFraming.encode(ike(0x1000L * (k + 1) + 0x55, round), 1, 2)),
                        t.localEndpoints().get(0).toSocketAddress());
            }
            long expected = (long) keys * (round + 1); // one round at a time: no loss from a full socket buffer
            await(() -> t.stats().ikeDelivered() == expected, "round delivered");
        }
        int shardsUsed = 0;
        for (Probe p : probes) {
            if (!p.got.isEmpty()) {
                shardsUsed++;
            }
            for (Datagram d : p.got) {
                Bytes key = d.payload().slice(0, 8);
                assertEquals(p.shard, t.shardOf(key), "delivered to the key's shard");
                threadsByKey.computeIfAbsent(key, x -> ConcurrentHashMap.newKeySet()).add("ike4j-udp-" + p.shard);
            }
        }
        assertEquals(keys, threadsByKey.size());
        threadsByKey.values().forEach(set -> assertEquals(1, set.size()));
        assertTrue(shardsUsed >= 2, "keys spread over shards: " + shardsUsed);
        await(() -> probes.stream().allMatch(p -> p.ticks.get() >= 3), "ticks on every shard");
        // execute(key) runs on the same thread as that key's datagrams.
        Bytes someKey = threadsByKey.keySet().iterator().next();
        BlockingQueue<String> ran = new LinkedBlockingQueue<>();
        t.execute(someKey, () -> ran.add(Thread.currentThread().getName()));
        assertEquals(threadsByKey.get(someKey).iterator().next(), ran.poll(10, TimeUnit.SECONDS));
        assertEquals(0, t.stats().handlerErrors());
        assertEquals(List.of(), wrongThread);
    }

    @Test
    void handlerExceptionIsCountedAndLoopGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        UdpTransport t = UdpTransport.builder().bind(LOOPBACK_ANY).handlers((shard, out) -> d -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("engine bug (expected by the test)");
            }
        }).start();
        toClose.add(t);
        DatagramChannel peer = rawPeer();
        for (int i = 0; i < 2; i++) {
            peer.send(ByteBuffer.wrap(IkeFraming.encode(ike(0x42L, i), 1, 2)),
                    t.localEndpoints().get(0).toSocketAddress());
        }
        await(() -> calls.get() == 2, "second datagram handled");
        assertEquals(1, t.stats().handlerErrors());
    }

    @Test
    void closeJoinsThreadsAndReleasesPorts() throws Exception {
        List<Probe> probes = new CopyOnWriteArrayList<>();
        UdpTransport t = start(3, probes, 65_535, LOOPBACK_ANY, LOOPBACK_ANY);
        List<DatagramEndpoint> bound = t.localEndpoints();
        assertFalse(t.isTerminated());
        t.close();
        assertTrue(t.isTerminated());
        t.close(); // idempotent
        // Earlier tests' transports were closed by @AfterEach, so no loop thread may be left at all.
        assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().startsWith("ike4j-udp-") && th.isAlive()).map(Thread::getName).toList());
        for (DatagramEndpoint e : bound) {
            try (DatagramChannel again = DatagramChannel.open()) {
                again.bind(e.toSocketAddress()); // would throw if the socket were still open
            }
        }
        assertThrows(IllegalStateException.class, () -> t.executeOnShard(0, () -> { }));
        t.outbound().send(new Datagram(Bytes.wrap(ike(1, 1)), bound.get(0), bound.get(1)));
        assertEquals(1, t.stats().sendFailures());
    }

    @Test
    void sendFromUnboundEndpointFailsQuietlyAndBuilderValidates() {
        UdpTransport t = start(1, new CopyOnWriteArrayList<>(), 65_535, LOOPBACK_ANY);
        DatagramEndpoint local = t.localEndpoints().get(0);
        int other = local.port() == 65535 ? 65534 : local.port() + 1;
        t.outbound().send(new Datagram(Bytes.wrap(ike(1, 1)), local.withPort(other), local));
        assertEquals(1, t.stats().sendFailures());
        assertThrows(IllegalStateException.class, () -> UdpTransport.builder().bind(LOOPBACK_ANY).start());
        assertThrows(IllegalArgumentException.class, () -> UdpTransport.builder().shards(0));
        assertThrows(IllegalArgumentException.class, () -> UdpTransport.builder().maxDatagramSize(10));
    }
}
