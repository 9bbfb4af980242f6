package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2UnknownPayload;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.NetEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RFC 8019 client puzzles in IKE_SA_INIT: a responder under load asks for a cookie and a puzzle; an ike4j initiator
 * solves it and gets through; an attacker returning the cookie without the work, or with a wrong solution, gets no
 * state, only another puzzle (legacy share 0), and every answer stays smaller than its request.
 */
class PuzzleTest {
    static EnginePair withPuzzles(long seed, EnginePair.Config i, int difficulty, int legacyPercent) {
        EnginePair.Config r = HostileCookieTest.x25519();
        r.cookieThreshold = 0; // under load: every IKE_SA_INIT needs a cookie, hence a puzzle
        r.engineTweak = b -> b.puzzles(difficulty, legacyPercent);
        return new EnginePair(seed, i, r);
    }

    @Test
    void anIke4jInitiatorSolvesThePuzzleAndGetsThrough() {
        EnginePair.Config i = HostileCookieTest.x25519();
        EnginePair p = withPuzzles(500, i, 10, 0);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, p.responder.engine.sas().get(0).state());
        // the answer to the first request: N(COOKIE) with the puzzle recorded, N(PUZZLE) = PRF_HMAC_SHA2_256, 10 bits
        List<Ikev2Payload> ask = p.initiator.packets.stream().filter(k -> !k.outbound()).findFirst().orElseThrow()
                .message().payloads();
        Ikev2NotifyPayload cookie = (Ikev2NotifyPayload) ask.get(0);
        Ikev2NotifyPayload puzzle = (Ikev2NotifyPayload) ask.get(1);
        assertEquals(16390, cookie.notifyType());
        assertEquals(Puzzles.PUZZLE, puzzle.notifyType());
        assertEquals(Bytes.fromHex("00050a"), puzzle.data(), "§8.1: PRF 5, difficulty 10");
        // the retry: N(COOKIE), then PS with four different 4-octet keys, each PRF(K, cookie) ending in >= 10 zero bits
        List<Ikev2Payload> retry = p.initiator.packets.stream().filter(k -> k.outbound()).skip(1).findFirst().orElseThrow()
                .message().payloads();
        assertEquals(cookie, retry.get(0));
        Ikev2UnknownPayload ps = (Ikev2UnknownPayload) retry.get(1);
        assertEquals(54, ps.type());
        assertEquals(16, ps.body().length());
        var prf = EnginePair.CRYPTO.prf(5);
        List<Bytes> keys = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Bytes key = ps.body().slice(4 * k, 4);
            assertFalse(keys.contains(key), "different keys");
            keys.add(key);
            assertTrue(Puzzles.trailingZeros(prf.compute(key.toByteArray(), cookie.data().toByteArray())) >= 10);
        }
        assertEquals(1, p.responder.engine.counters().get(Packet.PUZZLE_SENT));
        assertEquals(1, p.responder.engine.counters().get(Packet.PUZZLE_SOLVED));
    }

    @Test
    void theCookieWithoutTheWorkGetsNoStateOnlyAnotherPuzzle() {
        EnginePair p = withPuzzles(501, HostileCookieTest.x25519(), 12, 0);
        List<byte[]> t = HostileCookieTest.templates(p, HostileCookieTest.x25519(), 3);
        int mark = Hostile.mark(p);
        Hostile.toResponder(p, HostileCookieTest.ATTACKER, t.get(0));
        Bytes cookie = puzzleCookieSentAfter(p, mark);
        // 1. the cookie back without a PS payload (a client without puzzle support, or an attacker)
        int mark2 = Hostile.mark(p);
        byte[] legacy = HostileCookieTest.withCookie(t.get(0), cookie);
        Hostile.toResponder(p, HostileCookieTest.ATTACKER, legacy);
        assertEquals(0, p.responder.engine.sas().size(), "no state for the cookie alone");
        assertEquals(1, p.responder.engine.counters().get(Packet.PUZZLE_UNSOLVED));
        assertTrue(puzzleCookieSentAfter(p, mark2).length() == 37, "asked again");
        // 2. with a PS payload whose keys do not solve it
        Hostile.toResponder(p, HostileCookieTest.ATTACKER, withSolution(t.get(0), cookie, Bytes.fromHex("00000001000000020000000300000004")));
        assertEquals(0, p.responder.engine.sas().size());
        // 3. four equal keys are no solution even if one solves it (§8.2: four different keys)
        Bytes one = Puzzles.solve(EnginePair.CRYPTO.prf(5), cookie.toByteArray(), 12).slice(0, 4);
        Hostile.toResponder(p, HostileCookieTest.ATTACKER, withSolution(t.get(0), cookie, concat(one, one, one, one)));
        assertEquals(0, p.responder.engine.sas().size());
        // 4. a real solution, but for another request's cookie: the cookie binds Ni, IPi and SPIi
        Hostile.toResponder(p, HostileCookieTest.ATTACKER, withSolution(t.get(1), cookie,
                Puzzles.solve(EnginePair.CRYPTO.prf(5), cookie.toByteArray(), 12)));
        assertEquals(0, p.responder.engine.sas().size());
        // 5. the real solution to its own cookie: one half-open SA
        Hostile.toResponder(p, HostileCookieTest.ATTACKER, withSolution(t.get(0), cookie,
                Puzzles.solve(EnginePair.CRYPTO.prf(5), cookie.toByteArray(), 12)));
        assertEquals(1, p.responder.engine.sas().size());
        assertEquals(1, p.responder.engine.counters().get(Packet.PUZZLE_SOLVED));
        List<NetEvent> all = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
        assertTrue(all.stream().filter(e -> Ikev2Codec.decode(e.wire()).payloads().get(0) instanceof Ikev2NotifyPayload n
                && n.notifyType() == 16390).allMatch(e -> e.wire().length() < t.get(0).length), "no amplification");
    }

    @Test
    void aLegacyShareLetsClientsWithoutPuzzlesIn() {
        EnginePair.Config i = HostileCookieTest.x25519();
        i.engineTweak = b -> b.puzzleSolving(0); // this initiator never solves
        EnginePair.Config r = HostileCookieTest.x25519();
        r.cookieThreshold = 0;
        r.engineTweak = b -> b.puzzles(20, 100);
        EnginePair p = new EnginePair(502, i, r);
        p.initiate(i);
        p.net.runUntilIdle();
        assertEquals(Ikev2State.READY, p.initiator.engine.sas().get(0).state(), "admitted as a legacy client (100%)");
        assertEquals(1, p.responder.engine.counters().get(Packet.PUZZLE_UNSOLVED));
        assertEquals(0, p.responder.engine.counters().get(Packet.PUZZLE_SOLVED));
    }

    @Test
    void optionsAreChecked() {
        assertTrue(threw(() -> Ikev2Engine.builder().puzzles(5, 0)), "1-8 bits are too easy (RFC 8019 §4.4)");
        assertTrue(threw(() -> Ikev2Engine.builder().puzzles(10, 101)));
        assertTrue(threw(() -> Ikev2Engine.builder().puzzleSolving(33)));
        assertFalse(threw(() -> Ikev2Engine.builder().puzzles(0, 10)));
    }

    private static boolean threw(Runnable r) {
        try {
            r.run();
            return false;
        } catch (io.ike4j.config.ConfigException e) {
            return true;
        }
    }

    static Bytes puzzleCookieSentAfter(EnginePair p, int mark) {
        List<NetEvent> replies = Hostile.sentBy(p, EnginePair.R_ADDR, mark);
        Ikev2Message m = Ikev2Codec.decode(replies.get(replies.size() - 1).wire());
        Ikev2NotifyPayload n = (Ikev2NotifyPayload) m.payloads().get(0);
        assertEquals(16390, n.notifyType());
        assertEquals(Puzzles.PUZZLE, ((Ikev2NotifyPayload) m.payloads().get(1)).notifyType());
        return n.data();
    }

    static byte[] withSolution(byte[] request, Bytes cookie, Bytes solution) {
        Ikev2Message m = Ikev2Codec.decode(request);
        List<Ikev2Payload> p = new ArrayList<>();
        p.add(Ikev2NotifyPayload.of(16390, cookie));
        p.add(Puzzles.payload(solution));
        p.addAll(m.payloads());
        return Ikev2Codec.encode(new Ikev2Message(m.header(), p));
    }

    static Bytes concat(Bytes... parts) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (Bytes b : parts) {
            o.writeBytes(b.toByteArray());
        }
        return Bytes.wrap(o.toByteArray());
    }
}
