package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NAT traversal on the simulated network's NAT (RFC 7296 §2.23, RFC 3948): the initiator behind a NAT floats to
 * 4500 for IKE_AUTH (non-ESP marker on the wire), the responder follows it, keepalives keep the mapping, a rebinding
 * is followed from authenticated messages only.
 */
class NatTraversalTest {
    static final DatagramEndpoint I_NATT = DatagramEndpoint.of("10.0.0.1", 4500);
    static final DatagramEndpoint R_NATT = DatagramEndpoint.of("10.0.0.2", 4500);

    private static EnginePair natPair(long seed, EnginePair.Config i) throws Exception {
        EnginePair.Config r = new EnginePair.Config();
        r.keyringAddress = "0.0.0.0/0";
        EnginePair p = new EnginePair(seed, i, r);
        p.net.keepLog(true);
        InetAddress pub = InetAddress.getByName("192.0.2.77");
        p.net.nat(EnginePair.I_ADDR, pub, 40000).nat(I_NATT, pub, 40000);
        p.net.attach(I_NATT, p.initiator.engine); // both engines listen on 4500 too
        p.net.attach(R_NATT, p.responder.engine);
        return p;
    }

    @Test
    void theInitiatorBehindANatFloatsTo4500AndKeepsTheMappingAlive() throws Exception {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = natPair(160, i);
        p.initiate(i);
        p.net.runUntilIdle();
        var isa = p.initiator.engine.sas().get(0);
        var rsa = p.responder.engine.sas().get(0);
        assertEquals(Ikev2State.READY, isa.state(), p.initiator.failures.toString());
        assertEquals(Ikev2State.READY, rsa.state(), p.responder.failures.toString());
        assertTrue(isa.localBehindNat() && rsa.remoteBehindNat(), "both sides saw the NAT");
        assertEquals(I_NATT, isa.local());
        assertEquals(R_NATT, isa.remote());
        assertEquals(R_NATT, rsa.local());
        DatagramEndpoint mapped = p.net.natMapping(I_NATT).orElseThrow();
        assertEquals(mapped, rsa.remote(), "the responder follows the initiator to its NAT-T mapping");
        List<NetEvent> auth = p.net.events(NetEvent.Kind.SENT).stream().filter(e -> e.destination().port() == 4500
                || e.source().port() == 4500).toList();
        assertTrue(auth.size() >= 2, "IKE_AUTH request and response on 4500");
        for (NetEvent e : auth) {
            assertEquals(Bytes.wrap(new byte[4]), e.wire().slice(0, 4), "non-ESP marker on the 4500 pair");
        }
        int before = p.net.events(NetEvent.Kind.SENT).size();
        for (int s = 0; s < 45; s++) {
            p.net.advance(Duration.ofSeconds(1));
        }
        List<NetEvent> later = p.net.events(NetEvent.Kind.SENT).subList(before, p.net.events(NetEvent.Kind.SENT).size());
        assertEquals(2, later.size(), "two keepalives in 45 s of silence: " + later);
        for (NetEvent e : later) {
            assertEquals(Bytes.wrap(new byte[] {(byte) 0xFF}), e.wire(), "a bare 0xFF, no marker (RFC 3948 §2.3)");
            assertEquals(I_NATT, e.source());
        }
        assertEquals(2, p.initiator.engine.counters().get(io.ike4j.diag.FailureCounters.Packet.NAT_KEEPALIVE_SENT));
        assertEquals(0, p.responder.engine.counters().get(io.ike4j.diag.FailureCounters.Packet.NAT_KEEPALIVE_SENT),
                "the side not behind the NAT sends none");
    }

    /** The NAT rebinds: the responder moves to the new port on the first authenticated message, not before. */
    @Test
    void aRebindingIsFollowedFromAuthenticatedMessagesOnly() throws Exception {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = natPair(161, i);
        int id = p.initiate(i);
        p.net.runUntilIdle();
        DatagramEndpoint first = p.responder.engine.sas().get(0).remote();
        p.net.natRebind();
        // a forged datagram from another port of the NAT's address: an unverifiable copy of a real message
        byte[] forged = p.net.events(NetEvent.Kind.SENT).stream().filter(e -> e.destination().equals(R_NATT))
                .reduce((a, b) -> b).orElseThrow().wire().toByteArray(); // the IKE_AUTH request, marker and all
        forged[forged.length - 1] ^= 1;
        p.net.sendRaw(new DatagramEndpoint(first.address(), 45000), R_NATT, Bytes.wrap(forged));
        p.net.runUntilIdle();
        assertEquals(first, p.responder.engine.sas().get(0).remote(), "an unverified datagram from another port moves nothing");
        assertTrue(p.initiator.engine.checkLiveness(id));
        p.net.runUntilIdle();
        DatagramEndpoint rebound = p.net.natMapping(I_NATT).orElseThrow();
        assertTrue(!rebound.equals(first), "the NAT gave a new port");
        assertEquals(rebound, p.responder.engine.sas().get(0).remote(), "followed after the authenticated check");
        assertEquals(List.of(), p.initiator.failures);
    }

    /** Without a NAT nothing floats: both stay on 500. */
    @Test
    void withoutANatNothingMoves() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = new EnginePair(162, i, new EnginePair.Config());
        p.initiate(i);
        p.net.runUntilIdle();
        var isa = p.initiator.engine.sas().get(0);
        assertEquals(EnginePair.I_ADDR, isa.local());
        assertEquals(EnginePair.R_ADDR, isa.remote());
        assertTrue(!isa.localBehindNat() && !isa.remoteBehindNat());
    }
}
