package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.diag.FailureCounters;
import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v1.Ikev1State;
import io.ike4j.transport.Datagram;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aggressive Mode, DELETE both ways, INITIAL-CONTACT, DPD, IPsec SA lifetimes, and input that must change nothing. */
class Ikev1LifecycleTest {

    @Test
    void aggressiveModeReachesBothCompleteStates() {
        V1Pair p = new V1Pair(41);
        int id = p.initiate(true);
        MainQuickModeTest.assertUp(p, id);
        assertEquals(List.of("P1 IKE_MESG_FROM_IPSEC IKE_SA_REQ_AM IKE_READY IKE_I_AM1",
                "P1 IKE_MESG_FROM_PEER IKE_AM_EXCH IKE_I_AM1 IKE_I_AM1",
                "P1 IKE_MESG_INTERNAL IKE_PROCESS_MAIN_MODE IKE_I_AM1 IKE_I_AM1",
                "P1 IKE_MESG_INTERNAL IKE_PROCESS_COMPLETE IKE_I_AM1 IKE_P1_COMPLETE",
                "QM IKE_MESG_INTERNAL IKE_INIT_QM IKE_QM_READY IKE_QM_I_QM1",
                "P1 IKE_MESG_INTERNAL IKE_PHASE1_COMPLETE IKE_P1_COMPLETE IKE_P1_COMPLETE",
                "QM IKE_MSG_FROM_PEER IKE_QM_EXCH IKE_QM_I_QM1 IKE_QM_PHASE2_COMPLETE"), p.initiator.steps());
        assertEquals(List.of("P1 IKE_MESG_FROM_PEER IKE_AM_EXCH IKE_READY IKE_R_AM1",
                "P1 IKE_MESG_INTERNAL IKE_PROCESS_MAIN_MODE IKE_R_AM1 IKE_R_AM1",
                "P1 IKE_MESG_INTERNAL IKE_PROCESS_COMPLETE IKE_R_AM1 IKE_R_AM2",
                "P1 IKE_MESG_FROM_PEER IKE_AM_EXCH IKE_R_AM2 IKE_R_AM2",
                "P1 IKE_MESG_INTERNAL IKE_PROCESS_COMPLETE IKE_R_AM2 IKE_P1_COMPLETE",
                "QM IKE_MSG_FROM_PEER IKE_QM_EXCH IKE_QM_READY IKE_QM_SPI_STARVE",
                "QM IKE_MSG_INTERNAL IKE_GOT_SPI IKE_QM_SPI_STARVE IKE_QM_R_QM2",
                "QM IKE_MSG_FROM_PEER IKE_QM_EXCH IKE_QM_R_QM2 IKE_QM_PHASE2_COMPLETE"), p.responder.steps());
        assertEquals(3 + 3, p.log.size());
    }

    @Test
    void aggressiveModeSurvivesTheLossOfAm2AndAm3() {
        for (boolean fromI : new boolean[] {true, false}) {
            V1Pair p = new V1Pair(42);
            p.drop(fromI, fromI ? 2 : 1); // AM3, or AM2
            int id = p.initiate(true);
            p.run(Duration.ofSeconds(60), Duration.ofSeconds(2));
            MainQuickModeTest.assertUp(p, id);
        }
    }

    @Test
    void deleteFromEitherSideRemovesBothSidesSas() {
        for (boolean fromI : new boolean[] {true, false}) {
            V1Pair p = new V1Pair(43);
            int id = p.initiate(false);
            V1Pair.Side by = fromI ? p.initiator : p.responder;
            V1Pair.Side other = fromI ? p.responder : p.initiator;
            assertTrue(by.engine.delete(by.engine.sas().get(0).saId()));
            p.deliver();
            assertEquals(List.of(), by.engine.sas());
            assertEquals(List.of(), other.engine.sas(), "the protected DELETE verified and was applied");
            assertEquals(List.of("received DELETE for the ISAKMP SA"), other.deleted);
            assertEquals(1, other.deletedChildren.size(), other.deletedChildren.toString());
            assertTrue(other.deletedChildren.get(0).contains("received DELETE for IPsec SA"), other.deletedChildren.toString());
        }
    }

    @Test
    void initialContactDeletesTheOlderSasOfThatPeer() {
        V1Pair p = new V1Pair(44);
        p.initiate(false);
        assertEquals(1, p.responder.engine.sas().size());
        p.restartInitiator(1044); // no SA with the responder any more: its MM5 carries INITIAL-CONTACT
        p.initiate(false);
        assertEquals(1, p.responder.engine.sas().size(), "the old ISAKMP SA went, the new one stays");
        assertTrue(p.responder.deleted.get(0).startsWith("INITIAL-CONTACT"), p.responder.deleted.toString());
        assertEquals(2, p.responder.children.size());
        assertEquals(1, p.responder.deletedChildren.size());
        assertEquals(1, p.responder.engine.ipsecSas(p.responder.engine.sas().get(0).saId()).size());
    }

    @Test
    void dpdKeepsALivePeerAndDeclaresADeadOneDead() {
        V1Pair.Config i = new V1Pair.Config();
        i.profileTweak = b -> b.dpd(10, 2, true);
        V1Pair p = new V1Pair(46, i, new V1Pair.Config());
        p.initiate(false);
        p.run(Duration.ofSeconds(25), Duration.ofSeconds(1));
        assertEquals(List.of(true, true), p.initiator.liveness, "two periodic checks in 25 s, both answered");
        p.drop(false, java.util.stream.IntStream.rangeClosed(p.responder.sent + 1, p.responder.sent + 50).toArray());
        p.run(Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertEquals(List.of(true, true, false), p.initiator.liveness);
        assertEquals(List.of(), p.initiator.engine.sas());
        assertEquals(FailureReason.PEER_UNREACHABLE, p.initiator.failures.get(0).reason());
        assertTrue(p.initiator.failures.get(0).detail().startsWith("DPD"), p.initiator.failures.get(0).detail());
    }

    @Test
    void ipsecSasAreRekeyedByANewQuickModeAndTheOldOnesDeleted() {
        V1Pair.Config i = new V1Pair.Config();
        V1Pair.Config r = new V1Pair.Config();
        i.ipsecTweak = b -> b.lifetimeSeconds(300);
        r.ipsecTweak = b -> b.lifetimeSeconds(300);
        V1Pair p = new V1Pair(47, i, r);
        p.initiate(false);
        p.run(Duration.ofSeconds(280), Duration.ofSeconds(5));
        assertEquals(2, p.initiator.children.size(), "a new Quick Mode at 90% of the lifetime");
        assertEquals(2, p.responder.children.size());
        p.run(Duration.ofSeconds(40), Duration.ofSeconds(5));
        assertEquals(1, p.initiator.engine.ipsecSas(1).size(), "the old pair deleted at its hard lifetime");
        assertEquals(1, p.responder.engine.ipsecSas(1).size());
        assertEquals(p.initiator.children.get(1).inboundSpi(), p.initiator.engine.ipsecSas(1).get(0).inboundSpi());
    }

    @Test
    void garbageAndForgedMessagesChangeNothing() {
        V1Pair p = new V1Pair(48);
        int id = p.initiate(false);
        Ikev1Engine r = p.responder.engine;
        int trace = p.responder.trace.size();
        Random rnd = new Random(1);
        byte[] good = p.log.get(p.log.size() - 1).payload().toByteArray(); // QM3, encrypted
        for (int n = 0; n < 2000; n++) {
            byte[] b = good.clone();
            b[28 + rnd.nextInt(b.length - 28)] ^= (byte) (1 + rnd.nextInt(255));
            b[20 + rnd.nextInt(4)] ^= (byte) rnd.nextInt(2); // sometimes a new message ID too
            r.receive(new Datagram(Bytes.wrap(b), V1Pair.R_ADDR, V1Pair.I_ADDR));
            byte[] junk = new byte[rnd.nextInt(200)];
            rnd.nextBytes(junk);
            r.receive(new Datagram(Bytes.wrap(junk), V1Pair.R_ADDR, V1Pair.I_ADDR));
        }
        assertEquals(trace, p.responder.trace.size(), "no step was taken");
        assertEquals(0, p.log.size() - 9, "nothing was sent back");
        assertEquals(1, r.ipsecSas(r.sas().get(0).saId()).size());
        assertEquals(List.of(), p.responder.failures);
        assertTrue(r.counters().get(FailureCounters.Packet.DROPPED_MALFORMED) > 0);
        assertEquals(Ikev1State.IKE_P1_COMPLETE, r.sas().get(0).state());
        assertFalse(p.initiator.engine.sa(id).isEmpty());
    }

    @Test
    void halfOpenLimitsPerAddress() {
        V1Pair p = new V1Pair(49);
        Ikev1Engine r = p.responder.engine;
        p.initiator.engine.initiate(p.iConfig.built, V1Pair.I_ADDR, V1Pair.R_ADDR, false); // MM1 stays on the wire
        byte[] mm1 = p.log.get(0).payload().toByteArray();
        for (int n = 0; n < 20; n++) {
            byte[] b = mm1.clone();
            b[0] = (byte) n; // another initiator cookie
            r.receive(new Datagram(Bytes.wrap(b), V1Pair.R_ADDR, V1Pair.I_ADDR));
        }
        assertEquals(5, r.sas().size(), "halfOpenPerAddress default 5");
        assertEquals(15, r.counters().get(FailureCounters.Packet.REFUSED_PER_ADDRESS));
    }
}
