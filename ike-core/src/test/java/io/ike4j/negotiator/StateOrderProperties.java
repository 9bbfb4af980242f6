package io.ike4j.negotiator;

import static io.ike4j.negotiator.StateOrderAdversary.concat;
import static io.ike4j.negotiator.StateOrderAdversary.pair;
import io.ike4j.negotiator.StateOrderAdversary.ChildRecord;
import io.ike4j.config.IpsecProfile;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.FailureCounters;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.Role;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 14, IKEv2: well-formed messages delivered out of order, replayed, duplicated, dropped, to the wrong engine,
 * from a spoofed address or with another SA's SPIs ({@link StateOrderAdversary}) between two initiators with the
 * responder's PSK, one initiator with a wrong PSK and one responder, with time moving on (retransmissions,
 * half-open expiry), never make an SA READY without the genuine peer's verified AUTH, and leak nothing:
 * <ol>
 *   <li>every SA an engine reports established has, in another engine holding the right PSK, an SA with the same
 *       SPIs and the same seven IKE SA keys; an established initiator SA's responder reported its SA established
 *       (it verified the initiator's AUTH before answering with its own); every CHILD_SA has its crosswise-equal
 *       counterpart; the wrong-PSK engine never has an SA READY or established, and no SA with its SPIs is;</li>
 *   <li>no SA is established twice, no initiator SPI gets two established responder SAs (a replayed IKE_SA_INIT
 *       or IKE_AUTH creates nothing), an initiator has at most as many established SAs as it started;</li>
 *   <li>after the schedule, time runs past the half-open timeout, the retransmission give-up time and the cached
 *       responses' lifetime: every SA left is READY and was reported, the half-open count is 0, the SA directory,
 *       timer queue and ESP SPI table hold nothing else, and no engine counted an internal error.</li>
 * </ol>
 */
class StateOrderProperties {
    static final String PSK = "interop-test-psk";
    static final DatagramEndpoint R_ADDR = DatagramEndpoint.of("10.0.0.2", 500);
    static final DatagramEndpoint[] I_ADDRS = {
        DatagramEndpoint.of("10.0.0.1", 500), DatagramEndpoint.of("10.0.0.3", 500), DatagramEndpoint.of("10.0.0.4", 500)};
    static final Instant START = Instant.parse("2026-11-21T00:00:00Z");

    /** One engine and what it reported. */
    static final class V2Node implements StateOrderAdversary.Node, Ikev2Listener, KeyEngine {
        final String name;
        final boolean goodPsk;
        final DatagramEndpoint at;
        final boolean initiates;
        Ikev2Engine engine;
        IpsecProfile profile;
        final List<IkeSaInfo> up = new ArrayList<>();
        /** "spiI/spiR" to the IKE SA keys derived for it (copies, taken when exported). */
        final Map<String, List<byte[]>> keys = new HashMap<>();
        final List<ChildRecord> children = new ArrayList<>();

        V2Node(String name, boolean goodPsk, DatagramEndpoint at, boolean initiates) {
            this.name = name;
            this.goodPsk = goodPsk;
            this.at = at;
            this.initiates = initiates;
        }

        @Override
        public DatagramEndpoint at() {
            return at;
        }

        @Override
        public void receive(Datagram d) {
            engine.receive(d);
        }

        @Override
        public void advanceTime(Instant now) {
            engine.advanceTime(now);
        }

        @Override
        public boolean initiate(int variant) {
            if (!initiates) {
                return false;
            }
            engine.initiate(profile, new Ikev2Peer(at, R_ADDR));
            return true;
        }

        @Override
        public void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys k) {
            keys.computeIfAbsent(pair(sa), x -> new ArrayList<>()).add(concat(k.skD(), k.skAi(), k.skAr(), k.skEi(),
                    k.skEr(), k.skPi(), k.skPr()));
        }

        @Override
        public void ikeSaEstablished(IkeSaInfo sa) {
            up.add(sa);
        }

        @Override
        public void childSaEstablished(IkeSaInfo sa, ChildSa c) {
            children.add(ChildRecord.of(sa, c));
        }

        @Override
        public void install(ChildSa child, Completion completion) {
            completion.installed();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Nodes: 0 = responder, 1 and 2 = initiators with the right PSK, 3 = an initiator with a wrong PSK. */
    static List<V2Node> network(StateOrderAdversary adv, long seed, int cookieThreshold) {
        List<V2Node> nodes = new ArrayList<>();
        nodes.add(node(adv, "responder", true, R_ADDR, false, seed, cookieThreshold));
        nodes.add(node(adv, "initiator1", true, I_ADDRS[0], true, seed + 1, 100));
        nodes.add(node(adv, "initiator2", true, I_ADDRS[1], true, seed + 2, 100));
        nodes.add(node(adv, "wrong-psk", false, I_ADDRS[2], true, seed + 3, 100));
        return nodes;
    }

    static V2Node node(StateOrderAdversary adv, String name, boolean good, DatagramEndpoint at, boolean initiates,
                       long seed, int cookieThreshold) {
        V2Node n = new V2Node(name, good, at, initiates);
        EnginePair.Config c = new EnginePair.Config();
        c.ike = "aes128-sha256-x25519";
        if (!good) {
            c.localPsk = "not-the-" + PSK;
            c.remotePsk = "not-the-" + PSK;
        }
        n.engine = Ikev2Engine.builder().configuration(c.build()).crypto(EnginePair.CRYPTO)
                .random(RandomSource.deterministic(seed)).outbound(adv.outbound()).keyEngine(n).listener(n)
                .startTime(START).exportKeys(true)
                .cookieThreshold(cookieThreshold).build();
        n.profile = c.ipsecProfile();
        adv.add(n);
        return n;
    }

    @Provide
    Arbitrary<List<StateOrderAdversary.Action>> schedules() {
        return StateOrderAdversary.schedules(60);
    }

    /** The responder's COOKIE threshold: never reached, after one half-open SA, always (RFC 7296 §2.6). */
    @Provide
    Arbitrary<Integer> cookieThresholds() {
        return Arbitraries.of(100, 1, 0);
    }

    @Property(tries = 3000)
    void noReadyWithoutTheGenuinePeersAuthAndNoLeak(@ForAll("schedules") List<StateOrderAdversary.Action> schedule,
                                                      @ForAll boolean honestSettle,
                                                      @ForAll @LongRange(min = 1, max = 1000) long seed,
                                                      @ForAll("cookieThresholds") int cookieThreshold) {
        StateOrderAdversary adv = new StateOrderAdversary(START, 4, 3);
        List<V2Node> nodes = network(adv, seed * 16, cookieThreshold);
        for (int i = 1; i < nodes.size(); i++) {
            adv.initiate(i, 0);
        }
        try {
            for (StateOrderAdversary.Action a : schedule) {
                adv.apply(a);
                checkStep(nodes);
            }
            checkEstablished(nodes, adv);
            // past the half-open timeout (30 s), the retransmission give-up (~165 s) and kept responses (5 min)
            adv.settle(Duration.ofSeconds(420), Duration.ofSeconds(3), honestSettle);
            checkStep(nodes);
            checkEstablished(nodes, adv);
            checkNoLeak(nodes);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + dump(nodes) + "schedule:\n" + adv.log(), e);
        }
        Statistics.label("established").collect(nodes.get(0).up.size());
        Statistics.label("cookie threshold").collect(cookieThreshold);
        Statistics.label("deliveries").collect(adv.deliveries() / 25 * 25);
    }

    /** After every step: READY only when reported, never on the wrong-PSK engine. */
    static void checkStep(List<V2Node> nodes) {
        for (V2Node n : nodes) {
            Set<Integer> reported = new HashSet<>();
            n.up.forEach(s -> reported.add(s.saId()));
            for (IkeSaInfo s : n.engine.sas()) {
                if (s.state() == Ikev2State.READY) {
                    assertTrue(reported.contains(s.saId()), n + ": SA " + s.saId() + " READY, never reported established");
                    assertTrue(n.goodPsk, n + ": SA " + s.saId() + " READY with a wrong PSK");
                }
            }
            assertTrue(n.goodPsk || n.up.isEmpty(), n + ": established with a wrong PSK: " + n.up);
            assertEquals(0, n.engine.counters().get(FailureCounters.Packet.INTERNAL_ERROR), n + ": internal error");
        }
    }

    /** Property 1 and the duplicate counts of property 2, over everything reported so far. */
    static void checkEstablished(List<V2Node> nodes, StateOrderAdversary adv) {
        Map<String, Integer> responderSasPerSpiI = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            V2Node n = nodes.get(i);
            Set<Integer> ids = new HashSet<>();
            Set<String> pairs = new HashSet<>();
            int asInitiator = 0;
            for (IkeSaInfo s : n.up) {
                String p = pair(s);
                assertTrue(ids.add(s.saId()), n + ": SA " + s.saId() + " established twice");
                assertTrue(pairs.add(p), n + ": two established SAs with SPIs " + p);
                assertTrue(n.goodPsk, n + ": established " + p + " with a wrong PSK");
                if (s.role() == Role.INITIATOR) {
                    asInitiator++;
                } else {
                    responderSasPerSpiI.merge(s.spiI().toHex(), 1, Integer::sum);
                }
                List<byte[]> mine = n.keys.getOrDefault(p, List.of());
                assertTrue(!mine.isEmpty(), n + ": established " + p + " without exported keys");
                V2Node peer = StateOrderAdversary.keyPeer(n, p, mine, nodes, o -> o.keys);
                if (peer == null) {
                    fail(n + ": " + s.role() + " SA " + s.saId() + " " + p + " established, no engine has its SPIs and keys");
                }
                assertTrue(peer.goodPsk, n + ": SA " + p + " established with " + peer + " (wrong PSK)");
                if (s.role() == Role.INITIATOR) {
                    assertTrue(peer.up.stream().anyMatch(o -> pair(o).equals(p) && o.role() == Role.RESPONDER),
                            n + ": initiator SA " + p + " established, its responder " + peer + " never verified our AUTH");
                }
            }
            assertTrue(asInitiator <= adv.initiations(i), n + ": " + asInitiator + " SAs established as initiator, "
                    + adv.initiations(i) + " started");
            for (ChildRecord c : n.children) {
                boolean matched = StateOrderAdversary.childPaired(n, c, nodes, o -> o.children, "CHILD_SA");
                // the responder installs its CHILD_SA before it answers IKE_AUTH, so the initiator's has one; a
                // responder's may lack its counterpart only when the initiator never established the IKE SA
                boolean peerEstablished = nodes.stream().anyMatch(o -> o != n
                        && o.up.stream().anyMatch(s -> pair(s).equals(c.ikeSa())));
                assertTrue(matched || (c.role() == Role.RESPONDER && !peerEstablished),
                        n + ": " + c.role() + " CHILD_SA in " + c.inbound() + " out " + c.outbound() + " has no counterpart");
                assertTrue(n.up.stream().anyMatch(s -> pair(s).equals(c.ikeSa())),
                        n + ": CHILD_SA of IKE SA " + c.ikeSa() + ", which was never established");
            }
        }
        responderSasPerSpiI.forEach((spi, count) -> assertTrue(count <= 1,
                count + " responder SAs established for initiator SPI " + spi));
    }

    /** Property 2 after the settle: nothing half-open, nothing but READY SAs, no stale table entries. */
    static void checkNoLeak(List<V2Node> nodes) {
        for (V2Node n : nodes) {
            List<IkeSaInfo> sas = n.engine.sas();
            int children = 0;
            for (IkeSaInfo s : sas) {
                assertEquals(Ikev2State.READY, s.state(), n + ": SA " + s.saId() + " " + pair(s) + " left in " + s.state());
                children += s.childSas();
            }
            EngineResources r = n.engine.resources();
            assertEquals(0, r.halfOpen(), n + ": half-open count after every timeout");
            for (V2Node o : nodes) {
                assertEquals(0, n.engine.core().halfOpen.from(o.at.address()), n + ": half-open count of "
                        + o.at.address().getHostAddress() + " after every timeout");
            }
            assertEquals(sas.size(), r.sas(), n + ": SA directory holds SAs not listed");
            assertTrue(r.timers() <= sas.size(), n + ": " + r.timers() + " timer slots for " + sas.size() + " SAs");
            assertEquals(children, r.espSpis(), n + ": ESP SPIs in use for " + children + " CHILD_SAs");
        }
    }

    static String dump(List<V2Node> nodes) {
        StringBuilder s = new StringBuilder();
        for (V2Node n : nodes) {
            s.append(n).append(": established ").append(n.up.stream().map(x -> x.saId() + " " + x.role() + " " + pair(x)).toList())
                    .append("; now ").append(n.engine.sas().stream().map(x -> x.saId() + " " + x.role() + " " + pair(x) + " "
                            + x.state()).toList())
                    .append("; keyed ").append(n.keys.keySet()).append("; ").append(n.engine.resources()).append('\n');
        }
        return s.toString();
    }
}
