package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.v2.ReferenceTraces;
import io.ike4j.sm.v2.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CREATE_CHILD_SA between two engines (RFC 7296 §1.3): a new CHILD_SA, CHILD_SA rekeys with and without PFS, the IKE
 * SA rekey (§2.18) with the traces of ios-reference.md §1, and the keys on both sides equal.
 */
class RekeyTest {
    private static final int CCSA = Ikev2ExchangeType.CREATE_CHILD_SA.number();

    static EnginePair up(long seed, EnginePair.Config i, EnginePair.Config r) {
        EnginePair p = new EnginePair(seed, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(1, p.initiator.children.size());
        return p;
    }

    /** The two sides' halves of one CHILD_SA pair: same SPIs crosswise, same keys crosswise. */
    static void samePair(ChildSa a, ChildSa b) {
        assertEquals(a.inboundSpi(), b.outboundSpi());
        assertEquals(a.outboundSpi(), b.inboundSpi());
        assertArrayEquals(a.encrKeyIn().unsafeBytes(), b.encrKeyOut().unsafeBytes());
        assertArrayEquals(a.encrKeyOut().unsafeBytes(), b.encrKeyIn().unsafeBytes());
        assertArrayEquals(a.integKeyIn().unsafeBytes(), b.integKeyOut().unsafeBytes());
        assertArrayEquals(a.integKeyOut().unsafeBytes(), b.integKeyIn().unsafeBytes());
    }

    static List<EnginePair.Packet> ccsa(EnginePair.Side s, boolean outbound, boolean response) {
        return s.packets.stream().filter(k -> k.outbound() == outbound && k.message().header().exchangeType() == CCSA
                && k.message().header().isResponse() == response).toList();
    }

    static <T> T payload(EnginePair.Packet k, Class<T> type) {
        return k.inner().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void childSaRekeyWithoutPfs() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = up(200, i, new EnginePair.Config());
        ChildSa oldI = p.initiator.children.get(0);
        ChildSa oldR = p.responder.children.get(0);
        int id = p.initiator.engine.sas().get(0).saId();
        assertTrue(p.initiator.engine.rekeyChild(id));
        p.net.runUntilIdle();

        assertEquals(1, p.initiator.rekeyedChildren.size());
        assertEquals(1, p.responder.rekeyedChildren.size());
        ChildSa newI = p.initiator.rekeyedChildren.get(0)[1];
        ChildSa newR = p.responder.rekeyedChildren.get(0)[1];
        samePair(newI, newR);
        assertNotEquals(oldI.inboundSpi(), newI.inboundSpi());
        // §1.3.3: N(REKEY_SA) names the SPI being rekeyed; no KE without PFS
        EnginePair.Packet req = ccsa(p.initiator, true, false).get(0);
        Ikev2NotifyPayload rekey = payload(req, Ikev2NotifyPayload.class);
        assertEquals(Ikev2NotifyType.REKEY_SA.number(), rekey.notifyType());
        assertEquals(oldI.inboundSpi(), rekey.spi());
        assertTrue(req.inner().stream().noneMatch(x -> x instanceof Ikev2KePayload));
        // KEYMAT = prf+(SK_d, Ni | Nr) of this exchange (§2.17), the initiator of the exchange first
        byte[] ni = payload(req, Ikev2NoncePayload.class).nonce().toByteArray();
        byte[] nr = payload(ccsa(p.initiator, false, true).get(0), Ikev2NoncePayload.class).nonce().toByteArray();
        Ikev2Kdf kdf = new Ikev2Kdf(EnginePair.CRYPTO.prf(5));
        int encr = newI.encrKeyOut().length();
        int integ = newI.integKeyOut().length();
        SecretBytes keymat = kdf.childKeymat(p.initiator.keys.get(id).skD(), 2 * (encr + integ), ni, nr);
        assertArrayEquals(keymat.slice(0, encr).unsafeBytes(), newI.encrKeyOut().unsafeBytes(), "SK_ei of the new CHILD_SA");
        assertArrayEquals(keymat.slice(encr + integ, encr).unsafeBytes(), newI.encrKeyIn().unsafeBytes());
        // the old pair is deleted by the rekey's initiator (§2.8): out of both key engines, zeroed
        assertEquals(List.of("install " + oldI.inboundSpi().toHex(), "install " + newI.inboundSpi().toHex(),
                "delete " + oldI.inboundSpi().toHex()), p.initiator.keyEngineLog);
        assertEquals(List.of("install " + oldR.inboundSpi().toHex(), "install " + newR.inboundSpi().toHex(),
                "delete " + oldR.inboundSpi().toHex()), p.responder.keyEngineLog);
        assertTrue(oldI.isDestroyed() && oldR.isDestroyed());
        for (EnginePair.Side s : List.of(p.initiator, p.responder)) {
            assertEquals(1, s.engine.sas().get(0).childSas());
            assertEquals(List.of(), s.failures);
            assertEquals(Ikev2State.READY, s.engine.sas().get(0).state());
        }
        assertEquals(0, p.net.pendingCount());
    }

    @Test
    void childSaRekeyWithPfsCarriesKeOfTheProfileGroup() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        i.ipsecTweak = b -> b.pfsGroup(19);
        r.ipsecTweak = b -> b.pfsGroup(19);
        i.ike = "aes128-sha256-ecp256";
        r.ike = "aes128-sha256-ecp256";
        EnginePair p = up(201, i, r);
        assertTrue(p.responder.engine.rekeyChild(Hostile.responderSa(p).saId()), "the IKE responder may rekey too");
        p.net.runUntilIdle();
        ChildSa newR = p.responder.rekeyedChildren.get(0)[1];
        ChildSa newI = p.initiator.rekeyedChildren.get(0)[1];
        samePair(newI, newR);
        assertEquals(19, newI.pfsGroup());
        assertEquals(19, payload(ccsa(p.responder, true, false).get(0), Ikev2KePayload.class).group());
        assertEquals(19, payload(ccsa(p.initiator, true, true).get(0), Ikev2KePayload.class).group());
        assertEquals(ChildSa.class, newI.getClass());
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
    }

    @Test
    void aSecondChildSa() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = up(202, i, new EnginePair.Config());
        int id = p.initiator.engine.sas().get(0).saId();
        assertTrue(p.initiator.engine.createChild(id));
        p.net.runUntilIdle();
        assertEquals(2, p.initiator.children.size());
        assertEquals(2, p.responder.children.size());
        samePair(p.initiator.children.get(1), p.responder.children.get(1));
        assertEquals(2, p.initiator.engine.sas().get(0).childSas());
        assertTrue(ccsa(p.initiator, true, false).get(0).inner().stream().noneMatch(x -> x instanceof Ikev2NotifyPayload n
                && n.notifyType() == Ikev2NotifyType.REKEY_SA.number()), "a new CHILD_SA has no REKEY_SA");
    }

    @Test
    void ikeSaRekeyMovesTheChildSaAndTracesAsIos() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair p = up(203, i, new EnginePair.Config());
        IkeSaInfo oldI = p.initiator.engine.sas().get(0);
        IkeSaInfo oldR = p.responder.engine.sas().get(0);
        ChildSa childI = p.initiator.children.get(0);
        byte[] oldSkD = p.initiator.keys.get(oldI.saId()).skD().copy();
        assertTrue(p.initiator.engine.rekeyIke(oldI.saId()));
        p.net.runUntilIdle();

        assertEquals(1, p.initiator.rekeyedIke.size());
        assertEquals(1, p.responder.rekeyedIke.size());
        IkeSaInfo newI = p.initiator.rekeyedIke.get(0)[1];
        IkeSaInfo newR = p.responder.rekeyedIke.get(0)[1];
        assertEquals(newI.spiI(), newR.spiI());
        assertEquals(newI.spiR(), newR.spiR());
        assertNotEquals(oldI.spiI(), newI.spiI());
        assertEquals(List.of(newI.saId()), p.initiator.engine.sas().stream().map(IkeSaInfo::saId).toList(), "the old SA is gone");
        assertEquals(List.of(newR.saId()), p.responder.engine.sas().stream().map(IkeSaInfo::saId).toList());
        assertEquals(1, p.initiator.engine.sas().get(0).childSas(), "the CHILD_SA moved (§2.8)");
        assertEquals(1, p.responder.engine.sas().get(0).childSas());
        assertFalse(childI.isDestroyed(), "the moved CHILD_SA keeps its keys");
        assertEquals(List.of("install " + childI.inboundSpi().toHex()), p.initiator.keyEngineLog, "nothing reinstalled");
        // SKEYSEED per §2.18 on both sides: the same new keys, different from the old ones
        var kI = p.initiator.keys.get(newI.saId());
        var kR = p.responder.keys.get(newR.saId());
        assertArrayEquals(kI.skD().unsafeBytes(), kR.skD().unsafeBytes());
        assertArrayEquals(kI.skEi().unsafeBytes(), kR.skEi().unsafeBytes());
        assertFalse(Arrays.equals(kI.skD().unsafeBytes(), oldSkD));
        assertTrue(p.initiator.keys.get(oldI.saId()).skD().isDestroyed(), "the old SA's keys are zeroed");
        // the new SA works: message IDs from 0, a liveness check and a CHILD_SA rekey on it
        assertTrue(p.initiator.engine.checkLiveness(newI.saId()));
        p.net.runUntilIdle();
        assertTrue(p.responder.engine.rekeyChild(newR.saId()));
        p.net.runUntilIdle();
        assertEquals(1, p.initiator.rekeyedChildren.size());
        samePair(p.initiator.rekeyedChildren.get(0)[1], p.responder.rekeyedChildren.get(0)[1]);
        assertEquals(List.of(), p.initiator.failures);
        assertEquals(List.of(), p.responder.failures);
        assertTrue(p.initiator.deleted.get(0).startsWith("rekeyed as SA " + newI.saId()), p.initiator.deleted.toString());
        assertTrue(p.responder.deleted.get(0).startsWith("rekeyed as SA " + newR.saId()), p.responder.deleted.toString());

        // the traces of the rekey exchange (message ID 2 of the old SA) equal the IOS tables row for row
        long mid = ccsa(p.initiator, true, false).get(0).message().header().messageId();
        assertEquals(ReferenceTraces.steps(ReferenceTraces.RESPONDER_REKEYS_IKE), steps(p.responder, oldR.saId(), mid));
        List<String> initiator = steps(p.initiator, oldI.saId(), mid);
        int from = initiator.indexOf("CHILD_I_WAIT EV_RECV_CREATE_CHILD");
        assertEquals(ReferenceTraces.steps(ReferenceTraces.INITIATOR_REKEY_IKE_RESPONSE), initiator.subList(from, initiator.size()));
    }

    static List<String> steps(EnginePair.Side s, int saId, long messageId) {
        return s.trace.stream().filter(t -> t.saId() == saId && t.messageId() == messageId
                && !t.step().startsWith("INFO")).map(TraceEvent::step).toList();
    }
}
