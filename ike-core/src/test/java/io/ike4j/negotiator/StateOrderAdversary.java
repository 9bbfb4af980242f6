package io.ike4j.negotiator;

import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.Outbound;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network adversary for the state-order properties ({@link StateOrderProperties}, and the IKEv1 ones): every
 * datagram any engine sends is queued and remembered, and a generated schedule of {@link Action}s decides what is
 * delivered where and when. Messages stay well-formed (octets as sent); only where, when and how often they arrive
 * changes, plus header SPIs/cookies copied from another SA's datagram (a cross-SA placement) and arrival on the NAT-T
 * port pair. Time only moves by {@link Kind#TICK} and {@link #settle}. Engines are reached through {@link Node},
 * so IKEv1 and IKEv2 share it.
 */
public final class StateOrderAdversary {

    /** An engine on the adversary's network. */
    public interface Node {
        /** {@return its endpoint} */
        DatagramEndpoint at();

        /**
         * A datagram for it.
         *
         * @param d local = its endpoint, remote = the (claimed) source
         */
        void receive(Datagram d);

        /**
         * Its clock moved.
         *
         * @param now the time
         */
        void advanceTime(Instant now);

        /**
         * Starts a new SA (an initiator); false when this node does not initiate.
         *
         * @param variant a generated number the node may use (IKEv1: Main or Aggressive Mode)
         * @return whether an SA was started
         */
        boolean initiate(int variant);
    }

    /** What the adversary does in one step. */
    public enum Kind {
        /** Delivers the a-th queued datagram (0 = the oldest: in order) to its destination and unqueues it. */
        NEXT,
        /** Delivers the a-th queued datagram and keeps it queued (a duplicate follows later). */
        DUP,
        /** Delivers an already sent datagram again (a-th newest) to its destination: a replay. */
        REPLAY,
        /** Delivers sent datagram a to node b instead of its destination (cross-SA / wrong engine). */
        CROSS,
        /** Delivers sent datagram a to its destination with the source address of node b. */
        SPOOF,
        /**
         * Delivers sent datagram a to its destination on the NAT-T port pair (4500, as a floating or NATed peer's
         * arrives), from its own address (b even) or node b's (odd).
         */
        FLOAT,
        /** Sent datagram a with the header SPIs of sent datagram b (b % 3: both, initiator's, responder's). */
        SWAP,
        /** Drops the a-th queued datagram. */
        DROP,
        /** Delivers everything queued, in order (what the peers answer too, up to a bound). */
        FLUSH,
        /** Moves time by a (0..) seconds plus b * 100 ms on every engine: retransmissions, expiry. */
        TICK,
        /** Node a starts another SA (capped). */
        INITIATE
    }

    /**
     * One step.
     *
     * @param kind what
     * @param a first operand
     * @param b second operand
     */
    public record Action(Kind kind, int a, int b) {
        @Override
        public String toString() {
            return kind + "(" + a + "," + b + ")";
        }
    }

    /** {@return schedules of 1..maxSteps actions, in-order delivery most frequent} */
    public static Arbitrary<List<Action>> schedules(int maxSteps) {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.just(Kind.NEXT)),
                Tuple.of(6, Arbitraries.just(Kind.DUP)),
                Tuple.of(10, Arbitraries.just(Kind.REPLAY)),
                Tuple.of(8, Arbitraries.just(Kind.CROSS)),
                Tuple.of(5, Arbitraries.just(Kind.SPOOF)),
                Tuple.of(8, Arbitraries.just(Kind.SWAP)),
                Tuple.of(4, Arbitraries.just(Kind.FLOAT)),
                Tuple.of(8, Arbitraries.just(Kind.DROP)),
                Tuple.of(8, Arbitraries.just(Kind.FLUSH)),
                Tuple.of(12, Arbitraries.just(Kind.TICK)),
                Tuple.of(3, Arbitraries.just(Kind.INITIATE)));
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
        return Combinators.combine(kinds, small, small).as(Action::new).list().ofMinSize(1).ofMaxSize(maxSteps);
    }

    static final int NAT_T_PORT = 4500;

    private final List<Node> nodes = new ArrayList<>();
    private final Map<DatagramEndpoint, Node> byAddress = new LinkedHashMap<>();
    /** Sent and not yet delivered or dropped, as sent (local = sender, remote = destination). */
    private final List<Datagram> queue = new ArrayList<>();
    /** Everything sent, in order. */
    private final List<Datagram> sent = new ArrayList<>();
    private final int[] initiated;
    private final int maxInitiations;
    /** What happened, for the failure message. */
    private final StringBuilder log = new StringBuilder();
    private Instant now;
    private int deliveries;

    /**
     * An empty network.
     *
     * @param start the time every engine starts at
     * @param maxNodes how many nodes will be added
     * @param maxInitiations how many SAs one node may start in all
     */
    public StateOrderAdversary(Instant start, int maxNodes, int maxInitiations) {
        this.now = start;
        this.initiated = new int[maxNodes];
        this.maxInitiations = maxInitiations;
    }

    /** {@return the sink an engine sends through (build the engine with it, then {@link #add} it)} */
    public Outbound outbound() {
        return d -> {
            queue.add(d);
            sent.add(d);
        };
    }

    /**
     * Attaches a node.
     *
     * @param n the node
     */
    public void add(Node n) {
        nodes.add(n);
        byAddress.put(n.at(), n);
    }

    /** {@return the time now} */
    public Instant now() {
        return now;
    }

    /** {@return how many SAs each node started (node order)} */
    public int initiations(int node) {
        return initiated[node];
    }

    /** {@return datagrams handed to engines so far} */
    public int deliveries() {
        return deliveries;
    }

    /** {@return the log of what was done} */
    public String log() {
        return log.toString();
    }

    /**
     * Node {@code i} starts an SA (counted, capped).
     *
     * @param i the node
     * @param variant passed on
     */
    public void initiate(int i, int variant) {
        if (initiated[i] < maxInitiations && nodes.get(i).initiate(variant)) {
            initiated[i]++;
            log.append("  initiate node ").append(i).append(" variant ").append(variant).append('\n');
        }
    }

    /**
     * Performs one action.
     *
     * @param x the action
     */
    public void apply(Action x) {
        log.append(x).append('\n');
        switch (x.kind()) {
            case NEXT -> {
                if (!queue.isEmpty()) {
                    Datagram d = queue.remove(x.a() % queue.size());
                    deliver(d, d.remote(), d.local(), d.payload().toByteArray());
                }
            }
            case DUP -> {
                if (!queue.isEmpty()) {
                    Datagram d = queue.get(x.a() % queue.size());
                    deliver(d, d.remote(), d.local(), d.payload().toByteArray());
                }
            }
            case REPLAY -> {
                if (!sent.isEmpty()) {
                    Datagram d = sent.get(sent.size() - 1 - x.a() % sent.size());
                    deliver(d, d.remote(), d.local(), d.payload().toByteArray());
                }
            }
            case CROSS -> {
                if (!sent.isEmpty()) {
                    Datagram d = sent.get(sent.size() - 1 - x.a() % sent.size());
                    Node to = nodes.get(x.b() % nodes.size());
                    if (to.at().equals(d.remote())) {
                        to = nodes.get((x.b() + 1) % nodes.size());
                    }
                    deliver(d, to.at(), d.local(), d.payload().toByteArray());
                }
            }
            case SPOOF -> {
                if (!sent.isEmpty()) {
                    Datagram d = sent.get(sent.size() - 1 - x.a() % sent.size());
                    Node from = nodes.get(x.b() % nodes.size());
                    if (from.at().equals(d.local()) || from.at().equals(d.remote())) {
                        from = nodes.get((x.b() + 1) % nodes.size());
                    }
                    if (!from.at().equals(d.remote())) {
                        deliver(d, d.remote(), from.at(), d.payload().toByteArray());
                    }
                }
            }
            case FLOAT -> {
                if (!sent.isEmpty()) {
                    Datagram d = sent.get(sent.size() - 1 - x.a() % sent.size());
                    DatagramEndpoint from = x.b() % 2 == 0 ? d.local() : nodes.get(x.b() / 2 % nodes.size()).at();
                    if (!from.address().equals(d.remote().address())) {
                        deliver(d, d.remote(), new DatagramEndpoint(d.remote().address(), NAT_T_PORT),
                                new DatagramEndpoint(from.address(), NAT_T_PORT), d.payload().toByteArray());
                    }
                }
            }
            case SWAP -> {
                if (sent.size() >= 2) {
                    Datagram d = sent.get(sent.size() - 1 - x.a() % sent.size());
                    Datagram other = sent.get(x.b() / 3 % sent.size());
                    byte[] m = d.payload().toByteArray();
                    byte[] o = other.payload().toByteArray();
                    if (m.length >= 28 && o.length >= 28) {
                        int what = x.b() % 3;
                        if (what != 2) {
                            System.arraycopy(o, 0, m, 0, 8);
                        }
                        if (what != 1) {
                            System.arraycopy(o, 8, m, 8, 8);
                        }
                        if (!java.util.Arrays.equals(m, d.payload().toByteArray())) {
                            deliver(d, d.remote(), d.local(), m);
                        }
                    }
                }
            }
            case DROP -> {
                if (!queue.isEmpty()) {
                    queue.remove(x.a() % queue.size());
                }
            }
            case FLUSH -> flush(64);
            case TICK -> tick(Duration.ofSeconds(x.a()).plusMillis(100L * (x.b() % 10)));
            case INITIATE -> initiate(x.a() % nodes.size(), x.b());
            default -> throw new AssertionError(x);
        }
    }

    /**
     * Delivers what is queued in order, and what that provokes, up to {@code max} datagrams.
     *
     * @param max the bound
     */
    public void flush(int max) {
        for (int n = 0; n < max && !queue.isEmpty(); n++) {
            Datagram d = queue.remove(0);
            deliver(d, d.remote(), d.local(), d.payload().toByteArray());
        }
    }

    /**
     * Moves time on every node.
     *
     * @param d by how much
     */
    public void tick(Duration d) {
        now = now.plus(d);
        for (Node n : nodes) {
            n.advanceTime(now);
        }
    }

    /**
     * Lets time run for {@code total} in steps of {@code step}, either delivering everything after each step
     * (an honest network) or dropping everything (the adversary goes silent).
     *
     * @param total how long
     * @param step the step
     * @param honest deliver or drop
     */
    public void settle(Duration total, Duration step, boolean honest) {
        log.append("settle ").append(total).append(honest ? " delivering\n" : " dropping\n");
        for (Duration t = Duration.ZERO; t.compareTo(total) < 0; t = t.plus(step)) {
            if (honest) {
                flush(256);
            }
            queue.clear();
            tick(step);
        }
        if (honest) {
            flush(256);
        }
        queue.clear();
    }

    private void deliver(Datagram d, DatagramEndpoint to, DatagramEndpoint from, byte[] octets) {
        deliver(d, to, to, from, octets);
    }

    /** To the node at {@code node}, arriving on {@code to} (its endpoint, or its address on the NAT-T port). */
    private void deliver(Datagram d, DatagramEndpoint node, DatagramEndpoint to, DatagramEndpoint from, byte[] octets) {
        Node n = byAddress.get(node);
        if (n == null || to.equals(from)) {
            return;
        }
        deliveries++;
        log.append("  ").append(from).append(" -> ").append(to).append(' ').append(describe(octets))
                .append(to.equals(d.remote()) && from.equals(d.local()) ? "" : " (sent " + d.local() + " -> " + d.remote() + ")")
                .append('\n');
        n.receive(Datagram.of(octets, to, from));
    }

    /** Header SPIs, exchange type, flags and message ID of an IKE (or ISAKMP) message. */
    static String describe(byte[] m) {
        if (m.length < 28) {
            return m.length + " octets";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i == 8) {
                s.append('/');
            }
            s.append(String.format("%02x", m[i] & 0xff));
        }
        long id = ((m[20] & 0xffL) << 24) | ((m[21] & 0xff) << 16) | ((m[22] & 0xff) << 8) | (m[23] & 0xff);
        return s + " x" + (m[18] & 0xff) + " f" + Integer.toHexString(m[19] & 0xff) + " id" + id + " " + m.length + "B";
    }

    /** A CHILD/IPsec SA as a node saw it: its IKE SA's SPI pair, our role, SPIs and all its keys in one array. */
    public record ChildRecord(String ikeSa, io.ike4j.sm.Role role, io.ike4j.codec.Bytes inbound,
                              io.ike4j.codec.Bytes outbound, byte[] keys) {
        /** {@return the record of {@code c}, with its four keys concatenated} */
        public static ChildRecord of(io.ike4j.sa.IkeSaInfo sa, io.ike4j.sa.ChildSa c) {
            return new ChildRecord(pair(sa), c.role(), c.inboundSpi(), c.outboundSpi(),
                    concat(c.encrKeyInitiatorToResponder(), c.integKeyInitiatorToResponder(),
                            c.encrKeyResponderToInitiator(), c.integKeyResponderToInitiator()));
        }
    }

    /** {@return the SA's SPIs (cookies in IKEv1) as "spiI/spiR"} */
    public static String pair(io.ike4j.sa.IkeSaInfo sa) {
        return (sa.spiI() == null ? "-" : sa.spiI().toHex()) + "/" + (sa.spiR() == null ? "-" : sa.spiR().toHex());
    }

    /** {@return the parts' octets one after another} */
    public static byte[] concat(io.ike4j.crypto.SecretBytes... parts) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (io.ike4j.crypto.SecretBytes p : parts) {
            o.writeBytes(p.copy());
        }
        return o.toByteArray();
    }

    /**
     * The other node whose exported keys for SA {@code pair} equal one of {@code mine}, or null.
     *
     * @param <N> the node type
     * @param owner the node that established the SA
     * @param pair its SPIs or cookies
     * @param mine its keys for them
     * @param all every node
     * @param keys a node's keys by SA pair
     * @return the peer holding the same keys, or null
     */
    public static <N> N keyPeer(N owner, String pair, List<byte[]> mine, List<N> all,
                                java.util.function.Function<N, Map<String, List<byte[]>>> keys) {
        N peer = null;
        for (N o : all) {
            if (o != owner && keys.apply(o).getOrDefault(pair, List.of()).stream()
                    .anyMatch(k -> mine.stream().anyMatch(m -> java.util.Arrays.equals(k, m)))) {
                peer = o;
            }
        }
        return peer;
    }

    /**
     * Whether {@code c} of {@code owner} has its crosswise counterpart (SPIs swapped) on another node; each
     * counterpart must belong to the same IKE SA and hold the same keys (asserted).
     *
     * @param <N> the node type
     * @param owner the node holding {@code c}
     * @param c the CHILD/IPsec SA
     * @param all every node
     * @param children a node's CHILD/IPsec SAs
     * @param what "CHILD_SA" or "IPsec SA", for the messages
     * @return true when a counterpart exists
     */
    public static <N> boolean childPaired(N owner, ChildRecord c, List<N> all,
                                          java.util.function.Function<N, List<ChildRecord>> children, String what) {
        boolean matched = false;
        for (N o : all) {
            for (ChildRecord d : children.apply(o)) {
                if (o != owner && d.inbound().equals(c.outbound()) && d.outbound().equals(c.inbound())) {
                    org.junit.jupiter.api.Assertions.assertTrue(d.ikeSa().equals(c.ikeSa()), owner + ": " + what + " "
                            + c.inbound() + " of " + c.ikeSa() + " pairs with one of " + d.ikeSa());
                    org.junit.jupiter.api.Assertions.assertTrue(java.util.Arrays.equals(c.keys(), d.keys()), owner + ": "
                            + what + " " + c.inbound() + " keys differ from " + o + "'s");
                    matched = true;
                }
            }
        }
        return matched;
    }
}
