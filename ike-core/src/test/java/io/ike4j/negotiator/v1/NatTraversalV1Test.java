package io.ike4j.negotiator.v1;

import io.ike4j.diag.FailureCounters;
import io.ike4j.sa.IkeSaInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RFC 3947 between two engines, the initiator behind a NAT that rewrites its address and ports: both announce NAT-T,
 * the NAT-D payloads of MM3/MM4 show who is behind it, the initiator floats to port 4500 with MM5, the responder
 * follows it there from the accepted MM5, Quick Mode runs on 4500, and the side behind the NAT sends keepalives.
 */
class NatTraversalV1Test {

    @Test
    void theInitiatorBehindANatFloatsTo4500AndKeepsTheMappingAlive() {
        V1Pair.Config rc = new V1Pair.Config();
        rc.keyringAddress = "0.0.0.0/0"; // the initiator arrives as the NAT's address
        V1Pair p = new V1Pair(71, new V1Pair.Config(), rc);
        p.nat = true;
        int id = p.initiate(false);
        MainQuickModeTest.assertUp(p, id);
        IkeSaInfo i = p.initiator.engine.sa(id).orElseThrow();
        IkeSaInfo r = p.responder.engine.sas().get(0);
        assertTrue(i.localBehindNat() && !i.remoteBehindNat(), i.toString());
        assertTrue(r.remoteBehindNat() && !r.localBehindNat(), r.toString());
        assertEquals(4500, i.local().port());
        assertEquals(4500, i.remote().port());
        assertEquals(V1Pair.NAT_ADDR + ":44500", r.remote().address().getHostAddress() + ":" + r.remote().port(),
                "the responder follows the float (the NAT's mapping of 4500)");
        assertEquals(4500, p.log.get(4).local().port(), "MM5 went from 4500");
        assertEquals(4500, p.log.get(5).local().port(), "MM6 came back from 4500: the responder followed the verified MM5");
        assertEquals(500, p.log.get(3).local().port(), "MM4 still on 500");
        assertEquals(MainQuickModeTest.reference("i-main-quick"), p.initiator.steps());
        assertEquals(MainQuickModeTest.reference("r-main-quick"), p.responder.steps());
        p.run(Duration.ofSeconds(45), Duration.ofSeconds(5));
        assertTrue(p.initiator.engine.counters().get(FailureCounters.Packet.NAT_KEEPALIVE_SENT) >= 2);
        assertEquals(0, p.responder.engine.counters().get(FailureCounters.Packet.NAT_KEEPALIVE_SENT));
        assertTrue(p.responder.engine.delete(r.saId()));
        p.deliver();
        assertEquals(0, p.initiator.engine.sas().size(), "the DELETE reached the initiator through the NAT");
    }

    @Test
    void aggressiveModeThroughTheNatFloatsWithAm3() {
        V1Pair.Config rc = new V1Pair.Config();
        rc.keyringAddress = "0.0.0.0/0";
        V1Pair p = new V1Pair(73, new V1Pair.Config(), rc);
        p.nat = true;
        int id = p.initiate(true);
        MainQuickModeTest.assertUp(p, id);
        IkeSaInfo i = p.initiator.engine.sa(id).orElseThrow();
        IkeSaInfo r = p.responder.engine.sas().get(0);
        assertTrue(i.localBehindNat(), i.toString());
        assertTrue(r.remoteBehindNat(), "the responder saw the NAT in AM3's NAT-D: " + r);
        assertEquals(4500, i.local().port());
        assertEquals(500, p.log.get(1).local().port(), "AM2 on 500");
        assertEquals(4500, p.log.get(2).local().port(), "AM3 from 4500");
        assertEquals(44500, r.remote().port(), "the responder follows the verified AM3");
    }

    @Test
    void withoutANatNothingFloats() {
        V1Pair p = new V1Pair(72);
        int id = p.initiate(false);
        IkeSaInfo i = p.initiator.engine.sa(id).orElseThrow();
        assertFalse(i.localBehindNat() || i.remoteBehindNat());
        assertEquals(500, i.local().port());
        p.run(Duration.ofSeconds(45), Duration.ofSeconds(5));
        assertEquals(0, p.initiator.engine.counters().get(FailureCounters.Packet.NAT_KEEPALIVE_SENT));
    }
}
