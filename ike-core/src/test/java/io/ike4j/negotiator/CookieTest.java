package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 7296 §2.6 both ways: a loaded responder answers with N(COOKIE); the initiator repeats its request behind it. */
class CookieTest {

    @Test
    void cookieRoundTripThenReady() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        r.cookieThreshold = 0; // always ask
        EnginePair p = new EnginePair(60, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        List<NetEvent> sent = p.net.events(NetEvent.Kind.SENT);
        assertEquals(6, sent.size());
        Ikev2Message first = Ikev2Codec.decode(sent.get(0).wire());
        Ikev2Message cookie = Ikev2Codec.decode(sent.get(1).wire());
        Ikev2Message retry = Ikev2Codec.decode(sent.get(2).wire());
        Ikev2NotifyPayload n = (Ikev2NotifyPayload) cookie.payloads().get(0);
        assertEquals(16390, n.notifyType());
        assertEquals(33, n.data().length(), "1-octet secret version + SHA-256");
        assertEquals(n, retry.payloads().get(0));
        assertEquals(first.payloads(), retry.payloads().subList(1, retry.payloads().size()), "all other payloads unchanged");
        assertEquals(Payloads.first(first.payloads(), Ikev2NoncePayload.class), Payloads.first(retry.payloads(), Ikev2NoncePayload.class));
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        assertEquals(1, p.responder.engine.counters().get(Packet.COOKIE_SENT));
        assertEquals(1, p.responder.engine.sas().size());
    }

    @Test
    void aForgedCookieIsAnsweredWithAFreshOneAndCreatesNothing() {
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        r.cookieThreshold = 0;
        EnginePair p = new EnginePair(61, i, r);
        p.net.dropNth(3); // the honest retry is lost ...
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(0, p.responder.engine.sas().size(), "no state before a valid cookie");
        assertEquals(1, p.responder.engine.counters().get(Packet.COOKIE_SENT));
    }
}
