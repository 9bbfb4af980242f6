package io.ike4j.negotiator.v1;

import static io.ike4j.negotiator.StateOrderAdversary.concat;
import static io.ike4j.negotiator.StateOrderAdversary.pair;
import io.ike4j.negotiator.StateOrderAdversary.ChildRecord;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.FailureCounters;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.negotiator.StateOrderAdversary;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.Role;
import io.ike4j.sm.v1.Ikev1State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

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
 * Issue 14, IKEv1 (Main and Aggressive Mode, pre-shared keys): the network adversary of
 * {@link io.ike4j.negotiator.StateOrderProperties} ({@link StateOrderAdversary}: out of order, replayed,
 * duplicated, dropped, wrong engine, spoofed source, another SA's cookies, time moving on) between two initiators
 * with the responder's PSK, one with a wrong PSK and one responder:
 * <ol>
 *   <li>an ISAKMP SA reaches IKE_P1_COMPLETE only with a partner holding the right PSK: another engine has an SA
 *       with the same cookies and the same SKEYID_d/_a/_e and cipher key (SKEYID is prf(PSK, Ni | Nr), RFC 2409
 *       §5), and the side that authenticates first was itself verified: a Main Mode initiator is complete only when
 *       its responder is (it verified HASH_I before sending MM6), an Aggressive Mode responder only when its
 *       initiator is (it verified HASH_R before sending AM3); IPsec SAs pair crosswise with equal keys; the
 *       wrong-PSK engine completes nothing;</li>
 *   <li>no SA completes twice, no initiator cookie gets two complete responder SAs, no initiator completes more
 *       SAs than it started;</li>
 *   <li>after the schedule and time past the half-open timeout (60 s) and the retransmission give-up, every
 *       ISAKMP SA left is IKE_P1_COMPLETE, its quick modes IKE_QM_PHASE2_COMPLETE, the half-open counts are 0 and
 *       the SA directory, the initiator-cookie index and the ESP SPI table hold nothing else.</li>
 * </ol>
 */
class StateOrderV1Properties {
    static final String PSK = "cisco123";
    static final DatagramEndpoint R_ADDR = DatagramEndpoint.of("10.0.0.2", 500);
    static final DatagramEndpoint[] I_ADDRS = {
        DatagramEndpoint.of("10.0.0.1", 500), DatagramEndpoint.of("10.0.0.3", 500), DatagramEndpoint.of("10.0.0.4", 500)};
    static final Instant START = Instant.parse("2026-09-21T08:33:43Z");

    /** One engine and what it reported. */
    static final class V1Node implements StateOrderAdversary.Node, Ikev1Listener, KeyEngine {
        final String name;
        final boolean goodPsk;
        final DatagramEndpoint at;
        final boolean initiates;
        final int modes;
        Ikev1Engine engine;
        V1Pair.Config config;
        final List<IkeSaInfo> up = new ArrayList<>();
        /** Our initiator SAs: aggressive or not. */
        final Map<Integer, Boolean> aggressive = new HashMap<>();
        /** Our initiator SAs by cookies (once keyed): aggressive or not. */
        final Map<String, Boolean> aggressiveByPair = new HashMap<>();
        /** "cookieI/cookieR" to the keys derived for it (copies). */
        final Map<String, List<byte[]>> keys = new HashMap<>();
        final List<ChildRecord> children = new ArrayList<>();
        private int started;

        V1Node(String name, boolean goodPsk, DatagramEndpoint at, boolean initiates, int modes) {
            this.name = name;
            this.goodPsk = goodPsk;
            this.at = at;
            this.initiates = initiates;
            this.modes = modes;
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

        /** The first SA's mode is bit 0 of {@code modes}; later ones follow the action's variant. */
        @Override
        public boolean initiate(int variant) {
            if (!initiates) {
                return false;
            }
            boolean am = started++ == 0 ? (modes & 1) != 0 : (variant & 1) != 0;
            int id = engine.initiate(config.built, at, R_ADDR, am);
            aggressive.put(id, am);
            return true;
        }

        @Override
        public void isakmpSaKeys(IkeSaInfo sa, Ikev1SaKeys k) {
            keys.computeIfAbsent(pair(sa), x -> new ArrayList<>()).add(concat(k.skeyidD(), k.skeyidA(), k.skeyidE(),
                    k.encryptionKey()));
            if (sa.role() == Role.INITIATOR) {
                aggressiveByPair.put(pair(sa), aggressive.get(sa.saId()));
            }
        }

        @Override
        public void isakmpSaEstablished(IkeSaInfo sa) {
            up.add(sa);
        }

        @Override
        public void ipsecSaEstablished(IkeSaInfo sa, ChildSa c) {
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
    static List<V1Node> network(StateOrderAdversary adv, long seed, int modes) {
        List<V1Node> nodes = new ArrayList<>();
        nodes.add(node(adv, "responder", true, R_ADDR, false, seed, 0));
        nodes.add(node(adv, "initiator1", true, I_ADDRS[0], true, seed + 1, modes));
        nodes.add(node(adv, "initiator2", true, I_ADDRS[1], true, seed + 2, modes >> 1));
        nodes.add(node(adv, "wrong-psk", false, I_ADDRS[2], true, seed + 3, modes >> 2));
        return nodes;
    }

    static V1Node node(StateOrderAdversary adv, String name, boolean good, DatagramEndpoint at, boolean initiates,
                       long seed, int modes) {
        V1Node n = new V1Node(name, good, at, initiates, modes);
        V1Pair.Config c = new V1Pair.Config();
        c.ike = "aes128-sha256-ecp256"; // group 19 (RFC 5903): a faster key exchange than modp2048
        if (!good) {
            c.psk = "not-" + PSK;
        }
        n.config = c;
        n.engine = Ikev1Engine.builder().configuration(c.build()).crypto(V1Pair.CRYPTO)
                .random(RandomSource.deterministic(seed)).outbound(adv.outbound()).keyEngine(n).listener(n)
                .startTime(START).exportKeys(true).build();
        adv.add(n);
        return n;
    }

    @Provide
    Arbitrary<List<StateOrderAdversary.Action>> schedules() {
        return StateOrderAdversary.schedules(60);
    }

    /**
     * @param modes bit i: initiator i + 1's first SA uses Aggressive Mode
     */
    @Property(tries = 1200)
    void noCompletePhase1WithoutTheRightPskAndNoLeak(@ForAll("schedules") List<StateOrderAdversary.Action> schedule,
                                                     @ForAll boolean honestSettle,
                                                     @ForAll @IntRange(min = 0, max = 7) int modes,
                                                     @ForAll @LongRange(min = 1, max = 1000) long seed) {
        StateOrderAdversary adv = new StateOrderAdversary(START, 4, 3);
        List<V1Node> nodes = network(adv, seed * 16, modes);
        for (int i = 1; i < nodes.size(); i++) {
            adv.initiate(i, 0);
        }
        try {
            for (StateOrderAdversary.Action a : schedule) {
                adv.apply(a);
                checkStep(nodes);
            }
            checkEstablished(nodes, adv);
            // past the half-open limit (60 s), the retransmission give-up (~165 s) and kept quick modes
            adv.settle(Duration.ofSeconds(420), Duration.ofSeconds(3), honestSettle);
            checkStep(nodes);
            checkEstablished(nodes, adv);
            checkNoLeak(nodes);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + dump(nodes) + "schedule:\n" + adv.log(), e);
        }
        Statistics.label("complete on the responder").collect(nodes.get(0).up.size());
        Statistics.label("modes").collect(modes);
    }

    /** After every step: IKE_P1_COMPLETE only when reported, never on the wrong-PSK engine. */
    static void checkStep(List<V1Node> nodes) {
        for (V1Node n : nodes) {
            Set<Integer> reported = new HashSet<>();
            n.up.forEach(s -> reported.add(s.saId()));
            for (IkeSaInfo s : n.engine.sas()) {
                if (s.state() == Ikev1State.IKE_P1_COMPLETE) {
                    assertTrue(reported.contains(s.saId()), n + ": SA " + s.saId() + " complete, never reported");
                    assertTrue(n.goodPsk, n + ": SA " + s.saId() + " complete with a wrong PSK");
                }
            }
            assertTrue(n.goodPsk || n.up.isEmpty(), n + ": complete with a wrong PSK: " + n.up);
            assertEquals(0, n.engine.counters().get(FailureCounters.Packet.INTERNAL_ERROR), n + ": internal error");
        }
    }

    /** The initiator node of SA {@code p}, and whether that SA ran Aggressive Mode (null: no initiator has it). */
    static Boolean aggressive(List<V1Node> nodes, String p) {
        for (V1Node o : nodes) {
            Boolean am = o.aggressiveByPair.get(p);
            if (am != null) {
                return am;
            }
        }
        return null;
    }

    static void checkEstablished(List<V1Node> nodes, StateOrderAdversary adv) {
        Map<String, Integer> responderSasPerCookieI = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            V1Node n = nodes.get(i);
            Set<Integer> ids = new HashSet<>();
            Set<String> pairs = new HashSet<>();
            int asInitiator = 0;
            for (IkeSaInfo s : n.up) {
                String p = pair(s);
                assertTrue(ids.add(s.saId()), n + ": SA " + s.saId() + " complete twice");
                assertTrue(pairs.add(p), n + ": two complete SAs with cookies " + p);
                assertTrue(n.goodPsk, n + ": complete " + p + " with a wrong PSK");
                if (s.role() == Role.INITIATOR) {
                    asInitiator++;
                } else {
                    responderSasPerCookieI.merge(s.spiI().toHex(), 1, Integer::sum);
                }
                List<byte[]> mine = n.keys.getOrDefault(p, List.of());
                assertTrue(!mine.isEmpty(), n + ": complete " + p + " without exported keys");
                V1Node peer = StateOrderAdversary.keyPeer(n, p, mine, nodes, o -> o.keys);
                if (peer == null) {
                    fail(n + ": " + s.role() + " SA " + s.saId() + " " + p + " complete, no engine has its cookies and keys");
                }
                assertTrue(peer.goodPsk, n + ": SA " + p + " complete with " + peer + " (wrong PSK)");
                Boolean am = s.role() == Role.INITIATOR ? n.aggressive.get(s.saId()) : aggressive(nodes, p);
                assertTrue(am != null, n + ": SA " + p + ": no initiator SA of ours has these cookies");
                // the side that sends the last phase-1 message completes only after its peer verified it
                if (s.role() == (am ? Role.RESPONDER : Role.INITIATOR)) {
                    Role other = am ? Role.INITIATOR : Role.RESPONDER;
                    V1Node q = peer;
                    assertTrue(q.up.stream().anyMatch(o -> pair(o).equals(p) && o.role() == other),
                            n + ": " + (am ? "Aggressive" : "Main") + " Mode " + s.role() + " SA " + p + " complete, its "
                                    + other + " " + q + " never completed (never verified our hash)");
                }
            }
            assertTrue(asInitiator <= adv.initiations(i), n + ": " + asInitiator + " SAs complete as initiator, "
                    + adv.initiations(i) + " started");
            for (ChildRecord c : n.children) {
                boolean matched = StateOrderAdversary.childPaired(n, c, nodes, o -> o.children, "IPsec SA");
                // the quick-mode responder installs on QM3, which the initiator sends once it has installed
                assertTrue(matched || c.role() == Role.INITIATOR,
                        n + ": " + c.role() + " IPsec SA in " + c.inbound() + " out " + c.outbound() + " has no counterpart");
                assertTrue(n.up.stream().anyMatch(s -> pair(s).equals(c.ikeSa())),
                        n + ": IPsec SA of ISAKMP SA " + c.ikeSa() + ", which never completed");
            }
        }
        responderSasPerCookieI.forEach((c, count) -> assertTrue(count <= 1,
                count + " responder SAs complete for initiator cookie " + c));
    }

    static void checkNoLeak(List<V1Node> nodes) {
        for (V1Node n : nodes) {
            List<IkeSaInfo> sas = n.engine.sas();
            Ikev1Core core = n.engine.core();
            Set<Integer> listed = new HashSet<>();
            int children = 0;
            for (IkeSaInfo s : sas) {
                listed.add(s.saId());
                assertEquals(Ikev1State.IKE_P1_COMPLETE, s.state(), n + ": SA " + s.saId() + " " + pair(s) + " left in "
                        + s.state());
                for (QuickMode q : core.sas.byId(s.saId()).nodes.values()) {
                    assertEquals(Ikev1State.IKE_QM_PHASE2_COMPLETE, q.state, n + ": SA " + s.saId() + " quick mode "
                            + q.messageId + " left in " + q.state);
                    if (q.child != null) {
                        children++;
                    }
                }
            }
            assertEquals(0, core.halfOpen, n + ": half-open count after every timeout");
            assertTrue(core.halfOpenByAddress.isEmpty(), n + ": half-open by address " + core.halfOpenByAddress);
            assertEquals(sas.size(), core.sas.size(), n + ": SA directory holds SAs not listed");
            for (IsakmpSa sa : core.byInitiatorCookie.values()) {
                assertTrue(listed.contains(sa.saId), n + ": initiator-cookie index keeps SA " + sa.saId + " (gone)");
            }
            assertEquals(children, core.espSpis.size(), n + ": ESP SPIs in use for " + children + " IPsec SAs");
        }
    }

    static String dump(List<V1Node> nodes) {
        StringBuilder s = new StringBuilder();
        for (V1Node n : nodes) {
            s.append(n).append(": complete ").append(n.up.stream().map(x -> x.saId() + " " + x.role() + " " + pair(x)).toList())
                    .append("; now ").append(n.engine.sas().stream().map(x -> x.saId() + " " + x.role() + " " + pair(x) + " "
                            + x.state()).toList())
                    .append("; aggressive ").append(n.aggressive).append("; keyed ").append(n.keys.keySet())
                    .append("; half-open ").append(n.engine.core().halfOpen).append('\n');
        }
        return s.toString();
    }
}
