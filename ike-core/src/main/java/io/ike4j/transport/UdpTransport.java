package io.ike4j.transport;

import io.ike4j.codec.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UDP runtime: non-blocking {@link DatagramChannel}s on the configured endpoints (the IKE port and the
 * NAT-T port, any numbers; tests use 127.0.0.1 and ephemeral ports), {@link IkeFraming} applied both ways,
 * and one {@link Selector}-based event-loop thread per shard, each hosting one {@link DatagramHandler}.
 *
 * <p>Threading: shard 0's loop owns the sockets' selector; it reads every datagram, demultiplexes it (RFC
 * 3948 §2.2) and hands IKE messages to the shard chosen by the host's {@link ShardKey} (e.g. the IKE SPI),
 * through that shard's task queue. A handler therefore only ever runs on its own shard thread: datagrams,
 * {@code onTick} (every {@code tickInterval}) and {@link #execute} tasks alike. {@link Outbound#send} may be
 * called from any thread. Nothing a peer sends can throw out of a loop: oversized (above
 * {@code maxDatagramSize}) and non-IKE datagrams are counted and dropped, handler exceptions logged and
 * counted.
 */
public final class UdpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("ike4j.transport");

    private final List<Channel> channels = new ArrayList<>();
    private final Shard[] shards;
    private final ShardKey shardKey;
    private final Clock clock;
    private final long tickNanos;
    private final int maxDatagramSize;
    private final Outbound outbound = this::send;
    private volatile boolean closed;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong ikeDelivered = new AtomicLong();
    private final AtomicLong esp = new AtomicLong();
    private final AtomicLong keepalives = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong sendFailures = new AtomicLong();
    private final AtomicLong handlerErrors = new AtomicLong();

    private record Channel(DatagramChannel channel, DatagramEndpoint local) {
    }

    private final class Shard implements Runnable {
        final int index;
        final Selector selector;
        final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        DatagramHandler handler;
        Thread thread;

        Shard(int index) throws IOException {
            this.index = index;
            this.selector = Selector.open();
        }

        void post(Runnable task) {
            tasks.add(task);
            selector.wakeup();
        }

        @Override
        public void run() {
            ByteBuffer buffer = index == 0 ? ByteBuffer.allocate(maxDatagramSize + 1) : null;
            long nextTick = System.nanoTime() + tickNanos;
            while (!closed) {
                try {
                    long waitMs = Math.max(1, (nextTick - System.nanoTime()) / 1_000_000);
                    int ready = tasks.isEmpty() ? selector.select(waitMs) : selector.selectNow();
                    if (ready > 0) {
                        for (SelectionKey key : selector.selectedKeys()) {
                            if (key.isValid() && key.isReadable()) {
                                drain((Channel) key.attachment(), buffer);
                            }
                        }
                        selector.selectedKeys().clear();
                    }
                } catch (IOException e) {
                    if (closed) {
                        break;
                    }
                    LOG.warn("shard {}: selector error: {}", index, e.toString());
                }
                Runnable task;
                while (!closed && (task = tasks.poll()) != null) {
                    runGuarded(task);
                }
                long now = System.nanoTime();
                if (!closed && now - nextTick >= 0) {
                    runGuarded(() -> handler.onTick(clock.instant()));
                    nextTick += tickNanos;
                    if (now - nextTick >= 0) {
                        nextTick = now + tickNanos; // fell behind: do not burst ticks
                    }
                }
            }
        }

        private void runGuarded(Runnable r) {
            try {
                r.run();
            } catch (RuntimeException e) {
                handlerErrors.incrementAndGet();
                LOG.error("shard {}: handler failed", index, e);
            }
        }

        private void drain(Channel ch, ByteBuffer buffer) {
            while (!closed) {
                buffer.clear();
                InetSocketAddress from;
                try {
                    from = (InetSocketAddress) ch.channel().receive(buffer);
                } catch (IOException e) {
                    if (!closed) {
                        LOG.warn("receive on {} failed: {}", ch.local(), e.toString());
                    }
                    return;
                }
                if (from == null) {
                    return;
                }
                received.incrementAndGet();
                buffer.flip();
                if (buffer.remaining() > maxDatagramSize) {
                    oversized.incrementAndGet();
                    LOG.debug("oversized datagram from {} dropped (> {} octets)", from, maxDatagramSize);
                    continue;
                }
                byte[] wire = new byte[buffer.remaining()]; // bounded by maxDatagramSize, not by a wire field
                buffer.get(wire);
                dispatch(ch.local(), DatagramEndpoint.of(from), wire);
            }
        }
    }

    private UdpTransport(Builder b) throws IOException {
        this.shardKey = b.shardKey;
        this.clock = b.clock;
        this.tickNanos = b.tickInterval.toNanos();
        this.maxDatagramSize = b.maxDatagramSize;
        this.shards = new Shard[b.shards];
        try {
            for (int i = 0; i < shards.length; i++) {
                shards[i] = new Shard(i);
            }
            for (DatagramEndpoint ep : b.binds) {
                DatagramChannel ch = DatagramChannel.open(ep.address() instanceof java.net.Inet6Address
                        ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
                Channel c;
                try {
                    ch.setOption(StandardSocketOptions.SO_REUSEADDR, false);
                    ch.bind(ep.toSocketAddress());
                    ch.configureBlocking(false);
                    c = new Channel(ch, DatagramEndpoint.of((InetSocketAddress) ch.getLocalAddress()));
                } catch (IOException | RuntimeException e) {
                    ch.close();
                    throw e;
                }
                channels.add(c);
                ch.register(shards[0].selector, SelectionKey.OP_READ, c);
                LOG.info("listening on udp {}", c.local());
            }
            for (Shard s : shards) {
                s.handler = Objects.requireNonNull(b.factory.create(s.index, outbound), "handler of shard " + s.index);
            }
        } catch (IOException | RuntimeException e) {
            closeResources();
            throw e;
        }
        for (Shard s : shards) {
            s.thread = new Thread(s, "ike4j-udp-" + s.index);
            s.thread.setDaemon(true);
            s.thread.start();
        }
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the bound endpoints, in bind order, with the actual ports (ephemeral ports resolved)} */
    public List<DatagramEndpoint> localEndpoints() {
        return channels.stream().map(Channel::local).toList();
    }

    /** {@return the outbound side: sends IKE messages, usable from any thread} */
    public Outbound outbound() {
        return outbound;
    }

    /** {@return the number of shards (event-loop threads)} */
    public int shardCount() {
        return shards.length;
    }

    /**
     * The shard that datagrams with this key (and {@link #execute} with it) run on.
     *
     * @param key a shard key, as {@link ShardKey#of} makes
     * @return the shard's index
     */
    public int shardOf(Object key) {
        return ShardKey.shardOf(key, shards.length);
    }

    /**
     * Runs {@code task} on the shard thread of {@code key}, e.g. to start an initiator on its engine.
     *
     * @param key a shard key
     * @param task what to run
     */
    public void execute(Object key, Runnable task) {
        executeOnShard(shardOf(key), task);
    }

    /**
     * Runs {@code task} on shard {@code shard}'s thread.
     *
     * @param shard the shard's index
     * @param task what to run
     * @throws IllegalStateException when the transport is closed
     */
    public void executeOnShard(int shard, Runnable task) {
        Objects.requireNonNull(task, "task");
        if (closed) {
            throw new IllegalStateException("transport closed");
        }
        shards[Objects.checkIndex(shard, shards.length)].post(task);
    }

    /** {@return the datagram counters so far} */
    public TransportStats stats() {
        return new TransportStats(received.get(), ikeDelivered.get(), esp.get(), keepalives.get(), malformed.get(),
                oversized.get(), sent.get(), sendFailures.get(), handlerErrors.get());
    }

    private void dispatch(DatagramEndpoint local, DatagramEndpoint remote, byte[] wire) {
        FramedDatagram framed = IkeFraming.decode(wire, local.port(), remote.port());
        if (framed instanceof FramedDatagram.Ike ike) {
            Datagram d = new Datagram(ike.ike(), local, remote);
            Object key = shardKey.of(d);
            Shard target = shards[ShardKey.shardOf(key, shards.length)];
            Runnable deliver = () -> {
                ikeDelivered.incrementAndGet();
                target.handler.onDatagram(d);
            };
            if (target.index == 0) {
                target.runGuarded(deliver);
            } else {
                target.post(deliver);
            }
        } else if (framed instanceof FramedDatagram.Esp) {
            esp.incrementAndGet();
        } else if (framed instanceof FramedDatagram.Keepalive) {
            keepalives.incrementAndGet();
        } else {
            malformed.incrementAndGet();
            LOG.debug("undecodable datagram from {} on {}: {}", remote, local, framed);
        }
    }

    private void send(Datagram d) {
        Channel ch = channelFor(d.local());
        if (ch == null || closed) {
            sendFailures.incrementAndGet();
            LOG.warn("cannot send from {}: {}", d.local(), closed ? "transport closed" : "no socket bound there");
            return;
        }
        byte[] wire = IkeFraming.encode(d.payload(), ch.local().port(), d.remote().port());
        try {
            int n = ch.channel().send(ByteBuffer.wrap(wire), d.remote().toSocketAddress());
            if (n == wire.length) {
                sent.incrementAndGet();
            } else {
                sendFailures.incrementAndGet();
                LOG.warn("send to {} dropped: socket buffer full", d.remote());
            }
        } catch (IOException e) {
            sendFailures.incrementAndGet();
            LOG.warn("send to {} failed: {}", d.remote(), e.toString());
        }
    }

    private Channel channelFor(DatagramEndpoint local) {
        for (Channel c : channels) {
            if (c.local().equals(local)) {
                return c;
            }
        }
        for (Channel c : channels) {
            if (c.local().port() == local.port()) {
                return c;
            }
        }
        return null;
    }

    /** Stops the loops, joins their threads and closes the sockets. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Shard s : shards) {
            if (s != null) {
                s.selector.wakeup();
            }
        }
        boolean interrupted = false;
        for (Shard s : shards) {
            if (s != null && s.thread != null && s.thread != Thread.currentThread()) {
                try {
                    s.thread.join(10_000);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (s.thread.isAlive()) {
                    LOG.warn("shard {} thread did not stop within 10 s", s.index);
                }
            }
        }
        closeResources();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@return true once every shard thread has ended} */
    public boolean isTerminated() {
        for (Shard s : shards) {
            if (s != null && s.thread != null && s.thread.isAlive()) {
                return false;
            }
        }
        return closed;
    }

    private void closeResources() {
        for (Channel c : channels) {
            try {
                c.channel().close();
            } catch (IOException e) {
                LOG.debug("closing {}: {}", c.local(), e.toString());
            }
        }
        for (Shard s : shards) {
            if (s != null) {
                try {
                    s.selector.close();
                } catch (IOException e) {
                    LOG.debug("closing selector: {}", e.toString());
                }
            }
        }
    }

    /** Configuration of a {@link UdpTransport}; {@link #start()} binds and starts it. */
    public static final class Builder {
        private final List<DatagramEndpoint> binds = new ArrayList<>();
        private int shards = 1;
        private ShardHandlerFactory factory;
        private ShardKey shardKey = ShardKey.localSpi();
        private Duration tickInterval = Duration.ofMillis(100);
        private int maxDatagramSize = 65_535;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Adds a socket (e.g. the IKE port and the NAT-T port); port 0 picks an ephemeral port.
         *
         * @param endpoint the local address and port
         * @return this builder
         */
        public Builder bind(DatagramEndpoint endpoint) {
            binds.add(Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /**
         * Number of event-loop threads, each with its own handler (default 1).
         *
         * @param n 1..256
         * @return this builder
         */
        public Builder shards(int n) {
            if (n < 1 || n > 256) {
                throw new IllegalArgumentException("shards must be in 1..256: " + n);
            }
            this.shards = n;
            return this;
        }

        /**
         * What creates each shard's handler (required).
         *
         * @param f the factory
         * @return this builder
         */
        public Builder handlers(ShardHandlerFactory f) {
            this.factory = Objects.requireNonNull(f, "factory");
            return this;
        }

        /**
         * How datagrams are assigned to shards (default {@link ShardKey#localSpi()}).
         *
         * @param k the key function
         * @return this builder
         */
        public Builder shardKey(ShardKey k) {
            this.shardKey = Objects.requireNonNull(k, "shardKey");
            return this;
        }

        /**
         * How often each handler's {@code onTick} runs (default 100 ms).
         *
         * @param d in (0, 1 h]
         * @return this builder
         */
        public Builder tickInterval(Duration d) {
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("tick interval must be in (0, 1h]: " + d);
            }
            this.tickInterval = d;
            return this;
        }

        /**
         * Receive buffer bound; larger datagrams are counted as oversized and dropped.
         *
         * @param n 32..65535 octets (default 65535)
         * @return this builder
         */
        public Builder maxDatagramSize(int n) {
            if (n < IkeFraming.MARKER_LENGTH + IkeFraming.IKE_HEADER_LENGTH || n > 65_535) {
                throw new IllegalArgumentException("max datagram size must be in 32..65535: " + n);
            }
            this.maxDatagramSize = n;
            return this;
        }

        /**
         * The clock {@code onTick} reads (default UTC system clock).
         *
         * @param c the clock
         * @return this builder
         */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /**
         * Binds the sockets and starts the shard threads.
         *
         * @return the running transport
         * @throws IllegalStateException without handler factory or endpoint
         * @throws java.io.UncheckedIOException when a socket cannot be bound
         */
        public UdpTransport start() {
            if (factory == null) {
                throw new IllegalStateException("no handler factory: call handlers(...)");
            }
            if (binds.isEmpty()) {
                throw new IllegalStateException("no endpoint to bind: call bind(...)");
            }
            try {
                return new UdpTransport(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind " + binds + ": " + e.getMessage(), e);
            }
        }
    }
}
