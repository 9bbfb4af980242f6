package io.ike4j.transport;

import io.ike4j.codec.Bytes;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory UDP network on a {@link VirtualClock}, for deterministic tests of engines.
 *
 * <p>Senders' messages are framed with {@link IkeFraming} exactly as {@link UdpTransport} does (marker when
 * neither port is 500) and receivers demultiplex with the same rules, so an engine that passes here sees
 * the same octets on real sockets. Impairments: the N-th datagram dropped / duplicated / delayed, seeded
 * loss and duplication probabilities, a base delay plus seeded jitter (which reorders), and NAT rewriting
 * (endpoint-independent mapping: the inside endpoint's source is rewritten to a public address and an
 * allocated port; replies to that public endpoint are rewritten back). Everything is single-threaded: the
 * caller's thread runs the handlers. The same seed and the same calls give the same log.
 *
 * <p>Time: {@link #runUntilIdle()} and {@link #advance(Duration)} move the clock to each scheduled delivery
 * in turn; whenever the clock moves forward every attached handler first gets {@code onTick(now)} (in
 * attach order), then the datagrams due at that instant are delivered in the order they were sent.
 */
public final class SimulatedNetwork {

    private static final Logger LOG = LoggerFactory.getLogger("ike4j.transport.sim");
    /** Bound on events processed by one runUntilIdle, so two engines ping-ponging forever fail a test. */
    public static final int MAX_EVENTS_PER_RUN = 1_000_000;

    private final VirtualClock clock;
    private final Random random;
    private final Map<DatagramEndpoint, DatagramHandler> endpoints = new LinkedHashMap<>();
    private final PriorityQueue<Pending> queue = new PriorityQueue<>(
            Comparator.comparing(Pending::at).thenComparingLong(Pending::order));
    private final List<NetEvent> log = new ArrayList<>();
    private boolean keepLog = true;
    private final Set<Long> dropNth = new HashSet<>();
    private final Set<Long> duplicateNth = new HashSet<>();
    private final Map<Long, Duration> delayNth = new HashMap<>();
    private final Map<DatagramEndpoint, Nat> natInside = new HashMap<>();
    private final Map<InetAddress, Nat> natByPublic = new HashMap<>();
    private final Map<DatagramEndpoint, DatagramEndpoint> natMappings = new LinkedHashMap<>();
    private final Map<DatagramEndpoint, DatagramEndpoint> natReverse = new HashMap<>();
    private Duration delay = Duration.ZERO;
    private Duration jitter = Duration.ZERO;
    private double lossProbability;
    private double duplicationProbability;
    private long sent;
    private long order;

    private record Pending(Instant at, long order, long seq, DatagramEndpoint source, DatagramEndpoint destination,
                           Bytes wire) {
    }

    private static final class Nat {
        final InetAddress publicAddress;
        int nextPort;

        Nat(InetAddress publicAddress, int firstPort) {
            this.publicAddress = publicAddress;
            this.nextPort = firstPort;
        }
    }

    /**
     * An empty network on {@code clock}.
     *
     * @param clock the virtual time it runs in
     * @param seed the seed of the loss, duplication and jitter draws: the same seed gives the same run
     */
    public SimulatedNetwork(VirtualClock clock, long seed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = new Random(seed);
    }

    /** {@return the virtual clock} */
    public VirtualClock clock() {
        return clock;
    }

    /**
     * Attaches a handler at an endpoint; returns the Outbound it sends through.
     *
     * @param endpoint the address and port it listens on
     * @param handler what receives the datagrams for it
     * @return the handler's outbound side
     */
    public Outbound attach(DatagramEndpoint endpoint, DatagramHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (endpoints.putIfAbsent(Objects.requireNonNull(endpoint, "endpoint"), handler) != null) {
            throw new IllegalStateException("endpoint already attached: " + endpoint);
        }
        return datagram -> send(datagram);
    }

    /**
     * Removes the handler at {@code endpoint}; datagrams for it are dropped from then on.
     *
     * @param endpoint the endpoint
     */
    public void detach(DatagramEndpoint endpoint) {
        endpoints.remove(endpoint);
    }

    // ---- impairments -------------------------------------------------------------------------------------

    /**
     * Whether events are kept for {@link #log()} (default true). Long runs (floods, benchmarks) turn it off so the
     * log does not grow with every datagram; {@link #sentCount()} still counts.
     *
     * @param keep false to stop logging
     * @return this network
     */
    public SimulatedNetwork keepLog(boolean keep) {
        this.keepLog = keep;
        return this;
    }

    private void record(NetEvent e) {
        if (keepLog) {
            log.add(e);
        }
    }

    /**
     * Base one-way delay of every datagram (default zero).
     *
     * @param d the delay
     * @return this network
     */
    public SimulatedNetwork delay(Duration d) {
        this.delay = nonNegative(d);
        return this;
    }

    /**
     * Extra seeded uniform delay in [0, jitter] (millisecond steps); reorders datagrams.
     *
     * @param d the largest extra delay
     * @return this network
     */
    public SimulatedNetwork jitter(Duration d) {
        this.jitter = nonNegative(d);
        return this;
    }

    /**
     * Drops the datagrams with these 1-based send numbers.
     *
     * @param seqs send numbers
     * @return this network
     */
    public SimulatedNetwork dropNth(long... seqs) {
        for (long s : seqs) {
            dropNth.add(s);
        }
        return this;
    }

    /**
     * Duplicates the datagrams with these 1-based send numbers (the copy follows the original).
     *
     * @param seqs send numbers
     * @return this network
     */
    public SimulatedNetwork duplicateNth(long... seqs) {
        for (long s : seqs) {
            duplicateNth.add(s);
        }
        return this;
    }

    /**
     * Holds the datagram with this send number back by {@code extra}: deterministic reordering.
     *
     * @param seq the send number
     * @param extra the extra delay
     * @return this network
     */
    public SimulatedNetwork delayNth(long seq, Duration extra) {
        delayNth.put(seq, nonNegative(extra));
        return this;
    }

    /**
     * Drops each datagram with probability {@code p} (seeded draws).
     *
     * @param p in [0, 1]
     * @return this network
     */
    public SimulatedNetwork lossProbability(double p) {
        this.lossProbability = probability(p);
        return this;
    }

    /**
     * Duplicates each datagram with probability {@code p} (seeded draws).
     *
     * @param p in [0, 1]
     * @return this network
     */
    public SimulatedNetwork duplicationProbability(double p) {
        this.duplicationProbability = probability(p);
        return this;
    }

    /**
     * Puts {@code inside} behind a NAT: its datagrams leave with source {@code publicAddress}:port, ports
     * allocated from {@code firstPort} upwards at the first outbound datagram (as a NAT creates a mapping).
     * Several inside endpoints may share one public address: they then share its port counter (the first
     * call's {@code firstPort} wins).
     *
     * @param inside the endpoint behind the NAT
     * @param publicAddress the NAT's public address
     * @param firstPort the first public port allocated
     * @return this network
     */
    public SimulatedNetwork nat(DatagramEndpoint inside, InetAddress publicAddress, int firstPort) {
        new DatagramEndpoint(publicAddress, firstPort); // validates
        Nat nat = natByPublic.computeIfAbsent(publicAddress, a -> new Nat(a, firstPort));
        natInside.put(Objects.requireNonNull(inside, "inside"), nat);
        return this;
    }

    /**
     * The current public endpoint of a NATed inside endpoint, if a mapping exists.
     *
     * @param inside the endpoint behind the NAT
     * @return its public endpoint, or empty before its first outbound datagram
     */
    public Optional<DatagramEndpoint> natMapping(DatagramEndpoint inside) {
        return Optional.ofNullable(natMappings.get(inside));
    }

    /** Forgets every NAT mapping (a NAT reboot / timeout): the next outbound datagram gets a new port. */
    public void natRebind() {
        natMappings.clear();
        natReverse.clear();
    }

    // ---- traffic ----------------------------------------------------------------------------------------

    private void send(Datagram d) {
        byte[] wire = IkeFraming.encode(d.payload(), d.local().port(), d.remote().port());
        sendRaw(d.local(), d.remote(), Bytes.wrap(wire));
    }

    /**
     * Puts raw UDP payload octets on the network (e.g. an ESP packet or a 0xFF keepalive).
     *
     * @param source the source endpoint
     * @param destination the destination endpoint
     * @param wire the UDP payload, framed as given
     */
    public void sendRaw(DatagramEndpoint source, DatagramEndpoint destination, Bytes wire) {
        long seq = ++sent;
        Instant now = clock.instant();
        record(new NetEvent(seq, now, NetEvent.Kind.SENT, source, destination, wire, ""));
        // Always draw the same number of values per datagram so one rule does not shift the others.
        double lossDraw = random.nextDouble();
        double dupDraw = random.nextDouble();
        long jitterMs = jitter.isZero() ? 0 : (long) (random.nextDouble() * (jitter.toMillis() + 1));
        if (dropNth.contains(seq) || lossDraw < lossProbability) {
            record(new NetEvent(seq, now, NetEvent.Kind.DROPPED, source, destination, wire,
                    dropNth.contains(seq) ? "drop rule #" + seq : "random loss"));
            return;
        }
        Instant at = now.plus(delay).plusMillis(jitterMs).plus(delayNth.getOrDefault(seq, Duration.ZERO));
        queue.add(new Pending(at, ++order, seq, source, destination, wire));
        if (duplicateNth.contains(seq) || dupDraw < duplicationProbability) {
            record(new NetEvent(seq, now, NetEvent.Kind.DUPLICATED, source, destination, wire, ""));
            queue.add(new Pending(at, ++order, seq, source, destination, wire));
        }
    }

    /** {@return the number of deliveries tried} Delivers everything scheduled, moving the clock as needed. */
    public int runUntilIdle() {
        int n = 0;
        while (!queue.isEmpty()) {
            if (++n > MAX_EVENTS_PER_RUN) {
                throw new IllegalStateException("network not idle after " + MAX_EVENTS_PER_RUN + " datagrams");
            }
            Pending p = queue.poll();
            moveTo(p.at());
            deliver(p);
        }
        return n;
    }

    /**
     * Delivers what is due within {@code d}, then sets the clock to now + d (ticking handlers).
     *
     * @param d how far to move the clock
     */
    public void advance(Duration d) {
        Instant target = clock.instant().plus(nonNegative(d));
        int n = 0;
        while (!queue.isEmpty() && !queue.peek().at().isAfter(target)) {
            if (++n > MAX_EVENTS_PER_RUN) {
                throw new IllegalStateException("network not idle after " + MAX_EVENTS_PER_RUN + " datagrams");
            }
            Pending p = queue.poll();
            moveTo(p.at());
            deliver(p);
        }
        moveTo(target);
    }

    private void moveTo(Instant t) {
        if (t.isAfter(clock.instant())) {
            clock.set(t);
            for (DatagramHandler h : List.copyOf(endpoints.values())) {
                h.onTick(t);
            }
        }
    }

    private void deliver(Pending p) {
        Instant now = clock.instant();
        DatagramEndpoint source = p.source();
        DatagramEndpoint destination = p.destination();
        Nat nat = natInside.get(source);
        if (nat != null) {
            DatagramEndpoint mapped = natMappings.get(source);
            if (mapped == null) {
                if (nat.nextPort > 0xFFFF) {
                    drop(p, source, destination, NetEvent.Kind.DROPPED, "NAT out of ports");
                    return;
                }
                mapped = new DatagramEndpoint(nat.publicAddress, nat.nextPort++);
                natMappings.put(source, mapped);
                natReverse.put(mapped, source);
            }
            source = mapped;
        }
        DatagramEndpoint inside = natReverse.get(destination);
        if (inside != null) {
            destination = inside;
        } else if (isNatPublic(destination)) {
            drop(p, source, destination, NetEvent.Kind.DROPPED, "no NAT mapping for " + destination);
            return;
        }
        DatagramHandler handler = endpoints.get(destination);
        if (handler == null) {
            drop(p, source, destination, NetEvent.Kind.DROPPED, "no endpoint at " + destination);
            return;
        }
        FramedDatagram framed = IkeFraming.decode(p.wire(), destination.port(), source.port());
        if (framed instanceof FramedDatagram.Ike ike) {
            record(new NetEvent(p.seq(), now, NetEvent.Kind.DELIVERED, source, destination, p.wire(), ""));
            handler.onDatagram(new Datagram(ike.ike(), destination, source));
        } else {
            String why = framed instanceof FramedDatagram.Esp ? "ESP"
                    : framed instanceof FramedDatagram.Keepalive ? "NAT keepalive"
                    : "malformed: " + ((FramedDatagram.Malformed) framed).reason();
            drop(p, source, destination, NetEvent.Kind.DISCARDED, why);
        }
    }

    private boolean isNatPublic(DatagramEndpoint destination) {
        return natByPublic.containsKey(destination.address());
    }

    private void drop(Pending p, DatagramEndpoint source, DatagramEndpoint destination, NetEvent.Kind kind,
                      String reason) {
        LOG.debug("{} #{} {} -> {}: {}", kind, p.seq(), source, destination, reason);
        record(new NetEvent(p.seq(), clock.instant(), kind, source, destination, p.wire(), reason));
    }

    // ---- assertions -------------------------------------------------------------------------------------

    /** {@return every event so far, in order} */
    public List<NetEvent> log() {
        return Collections.unmodifiableList(log);
    }

    /**
     * Only the events of one kind.
     *
     * @param kind the kind
     * @return those events of the log, in order
     */
    public List<NetEvent> events(NetEvent.Kind kind) {
        return log.stream().filter(e -> e.kind() == kind).toList();
    }

    /** {@return the number of datagrams handed to the network so far} */
    public long sentCount() {
        return sent;
    }

    /** {@return the number of datagrams scheduled and not yet delivered or dropped} */
    public int pendingCount() {
        return queue.size();
    }

    private static Duration nonNegative(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative duration " + d);
        }
        return d;
    }

    private static double probability(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
        return p;
    }
}
