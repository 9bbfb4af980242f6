package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attacks of issue 10 items 1 and 2 as measured on main, over real UDP sockets on loopback: two ike4j runtimes
 * and an attacker's socket on another port of the same host. Neither port is 500, so every IKE message carries the
 * 4-byte non-ESP marker (RFC 3948 §2.2), the attacker's too.
 */
@Tag("hostile")
class HostileUdpTest {
    static final int IKE_AUTH = 35;

    static boolean await(BooleanSupplier c, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (c.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return c.getAsBoolean();
    }

    /** Sends {@code ike} with the non-ESP marker and returns what comes back within 400 ms (null: nothing). */
    static byte[] sendAndListen(DatagramSocket attacker, DatagramEndpoint to, byte[] ike) throws Exception {
        byte[] wire = new byte[ike.length + 4];
        System.arraycopy(ike, 0, wire, 4, ike.length);
        attacker.send(new DatagramPacket(wire, wire.length, to.address(), to.port()));
        attacker.setSoTimeout(400);
        byte[] buf = new byte[65_535];
        DatagramPacket in = new DatagramPacket(buf, buf.length);
        try {
            attacker.receive(in);
            return java.util.Arrays.copyOf(buf, in.getLength());
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    @Test
    void forgedShortSkAndHeaderOnlyPacketsFromAnotherPortDrawNothing() throws Exception {
        EnginePair.Config ic = new EnginePair.Config();
        EnginePair.Config rc = new EnginePair.Config();
        ic.keyringAddress = "127.0.0.0/8";
        rc.keyringAddress = "127.0.0.0/8";
        AtomicInteger authSends = new AtomicInteger();
        List<Bytes> authRequests = new CopyOnWriteArrayList<>();
        ic.impairments = new Impairments() { // the first IKE_AUTH is lost: the responder stays half-open for 4 s
            @Override
            public List<Datagram> outgoing(int saId, Datagram d) {
                if (d.payload().get(18) == IKE_AUTH) {
                    authRequests.add(d.payload());
                    return authSends.getAndIncrement() == 0 ? List.of() : List.of(d);
                }
                return List.of(d);
            }
        };
        Ikev2Engine.Builder rb = Ikev2Engine.builder().configuration(rc.build()).crypto(EnginePair.CRYPTO)
                .random(RandomSource.deterministic(900)).outbound(d -> { });
        Ikev2Engine.Builder ib = Ikev2Engine.builder().configuration(ic.build()).crypto(EnginePair.CRYPTO)
                .random(RandomSource.deterministic(901)).outbound(d -> { }).impairments(ic.impairments);
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (Ikev2Runtime responder = Ikev2Runtime.start(rb, List.of(new DatagramEndpoint(lo, 0)), Duration.ofMillis(20));
             Ikev2Runtime initiator = Ikev2Runtime.start(ib, List.of(new DatagramEndpoint(lo, 0)), Duration.ofMillis(20));
             DatagramSocket attacker = new DatagramSocket(0, lo)) {
            DatagramEndpoint r = responder.localEndpoints().get(0);
            DatagramEndpoint i = initiator.localEndpoints().get(0);
            initiator.initiate(ic.ipsecProfile(), new Ikev2Peer(i, r));
            assertTrue(await(() -> responder.call(e -> e.sas().size() == 1 && e.sas().get(0).state() == Ikev2State.R_WAIT_AUTH),
                    Duration.ofSeconds(5)), "responder half-open");
            IkeSaInfo sa = responder.call(e -> e.sas().get(0));

            // item 1: an "IKE_AUTH request" with an 8-octet SK body and the right SPIs, from another port
            byte[] forged = Forger.rawSk(Forger.header(sa, true, IKE_AUTH, false, 1), new byte[8]);
            assertEquals(40, forged.length);
            long sent = responder.call(e -> e.counters().get(Packet.OUTBOUND_OK));
            assertEquals(null, sendAndListen(attacker, r, forged), "no answer to an unverified message");
            assertEquals(sent, (long) responder.call(e -> e.counters().get(Packet.OUTBOUND_OK)), "nothing sent anywhere");
            assertEquals(1L, (long) responder.call(e -> e.counters().get(Packet.DROPPED_ICV)));
            IkeSaInfo still = responder.call(e -> e.sas().get(0));
            assertEquals(Ikev2State.R_WAIT_AUTH, still.state());
            assertEquals(1, still.expectedRequestId(), "message ID 1 still expected");

            // the initiator's retransmission (4 s) completes the handshake as if nothing had happened
            assertTrue(await(() -> initiator.call(e -> !e.sas().isEmpty() && e.sas().get(0).state() == Ikev2State.READY)
                    && responder.call(e -> e.sas().get(0).state() == Ikev2State.READY), Duration.ofSeconds(10)), "READY");
            assertEquals(0L, (long) responder.call(e -> e.counters().get(Packet.INTERNAL_ERROR)));

            // item 2: a 32-octet header-only packet with the answered message ID draws no cached response
            byte[] emptySk = Forger.rawSk(Forger.header(sa, true, IKE_AUTH, false, 1), new byte[0]);
            assertEquals(32, emptySk.length);
            long sent2 = responder.call(e -> e.counters().get(Packet.OUTBOUND_OK));
            assertEquals(null, sendAndListen(attacker, r, emptySk), "no cached IKE_AUTH response for a non-copy");
            assertEquals(sent2, (long) responder.call(e -> e.counters().get(Packet.OUTBOUND_OK)), "nothing sent anywhere");
            // ... and an exact copy of the real request is answered to the initiator, never to the attacker's port
            byte[] copy = authRequests.get(authRequests.size() - 1).toByteArray();
            assertEquals(null, sendAndListen(attacker, r, copy), "the cached response goes to the SA's peer only");
            assertTrue(await(() -> responder.call(e -> e.counters().get(Packet.DUPLICATE_ANSWERED)) == 1L, Duration.ofSeconds(2)));
            assertEquals(1L, (long) responder.call(e -> e.counters().get(Packet.DROPPED_RETRANSMIT_MISMATCH)));

            // and the SA still works: the initiator deletes it and the responder answers
            int id = initiator.call(e -> e.sas().get(0).saId());
            boolean deleting = initiator.call(e -> e.delete(id));
            assertTrue(deleting);
            BooleanSupplier bothGone = () -> responder.<Boolean>call(e -> e.sas().isEmpty())
                    && initiator.<Boolean>call(e -> e.sas().isEmpty());
            assertTrue(await(bothGone, Duration.ofSeconds(5)), "deleted on both sides");
        }
    }
}
