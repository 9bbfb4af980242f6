package io.ike4j.negotiator;

import io.ike4j.crypto.RandomSource;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.v2.TraceEvent;
import io.ike4j.transport.DatagramEndpoint;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public-key work on a crypto executor (issue 11 point 5): the SA waits (EV_NO_EVENT) while the work is elsewhere
 * and resumes when its answer is posted back; the trace and the keys are those of the inline, deterministic run;
 * on real sockets with several shards each SA's steps all run on its own shard thread.
 */
class CryptoExecutorTest {

    /** Holds every computation until the test releases it: the work is "elsewhere" for as long as we like. */
    private static final class Deferred implements CryptoExecutor {
        final ArrayDeque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void compute(Supplier<T> work, Consumer<T> resume) {
            queue.add(() -> resume.accept(work.get()));
        }

        int drain() {
            int n = 0;
            while (!queue.isEmpty()) {
                queue.poll().run();
                n++;
            }
            return n;
        }
    }

    private static List<String> steps(List<TraceEvent> t) {
        return t.stream().map(TraceEvent::step).toList();
    }

    @Test
    void deferredWorkResumesTheSaAndChangesNeitherTraceNorKeys() {
        EnginePair.Config i0 = new EnginePair.Config();
        EnginePair inline = new EnginePair(81, i0, new EnginePair.Config());
        EnginePair.Config i = new EnginePair.Config();
        EnginePair.Config r = new EnginePair.Config();
        Deferred di = new Deferred();
        Deferred dr = new Deferred();
        i.engineTweak = b -> b.cryptoExecutor(di);
        r.engineTweak = b -> b.cryptoExecutor(dr);
        EnginePair deferred = new EnginePair(81, i, r);

        inline.initiate(i0);
        inline.net.runUntilIdle();
        deferred.initiate(i);
        assertEquals(Ikev2State.I_BLD_INIT, deferred.initiator.engine.sas().get(0).state(), "waiting for its key");
        assertEquals("I_BLD_INIT EV_NO_EVENT", steps(deferred.initiator.trace).get(steps(deferred.initiator.trace).size() - 1));
        assertEquals(0, deferred.net.sentCount(), "nothing sent before the key exists");
        int jobs = 0;
        for (int round = 0; round < 10; round++) {
            jobs += di.drain() + dr.drain();
            deferred.net.runUntilIdle();
        }
        assertEquals(4, jobs, "two key pairs and two shared secrets");
        assertEquals(Ikev2State.READY, deferred.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, Hostile.responderSa(deferred).state());
        assertEquals(steps(inline.initiator.trace), steps(deferred.initiator.trace), "the IOS trace row for row");
        assertEquals(steps(inline.responder.trace), steps(deferred.responder.trace));
        assertArrayEquals(inline.initiator.keyLog.get(0).skD().copy(), deferred.initiator.keyLog.get(0).skD().copy(),
                "the same keys as the inline run");
    }

    /**
     * Certificate AUTH: signing and the peer's chain + signature check are public-key work too. Deferred, each side
     * hands the executor four jobs (key pair, shared secret, our signature, their check), waits at EV_CHK4_SIGN /
     * EV_CHK_AUTH_TYPE and EV_VERIFY_AUTH (an EV_NO_EVENT line each, as for the DH steps, inline too) and ends with
     * the inline run's keys and trace.
     */
    @Test
    void signaturesAndTheirChecksRunOnTheExecutor() throws Exception {
        EnginePair.Config i0 = CertificateAuthTest.certSide("java-rsa", io.ike4j.config.AuthMethod.RSA_SIG, "java-ecdsa.ike.test");
        EnginePair.Config r0 = CertificateAuthTest.certSide("java-ecdsa", io.ike4j.config.AuthMethod.ECDSA_SIG, "java-rsa.ike.test");
        EnginePair inline = new EnginePair(83, i0, r0);
        inline.initiate(i0);
        inline.net.runUntilIdle();
        assertEquals(Ikev2State.READY, inline.initiator.engine.sas().get(0).state(), "inline: " + inline.initiator.failures);

        EnginePair.Config i = CertificateAuthTest.certSide("java-rsa", io.ike4j.config.AuthMethod.RSA_SIG, "java-ecdsa.ike.test");
        EnginePair.Config r = CertificateAuthTest.certSide("java-ecdsa", io.ike4j.config.AuthMethod.ECDSA_SIG, "java-rsa.ike.test");
        Deferred di = new Deferred();
        Deferred dr = new Deferred();
        i.engineTweak = b -> b.cryptoExecutor(di);
        r.engineTweak = b -> b.cryptoExecutor(dr);
        EnginePair deferred = new EnginePair(83, i, r);
        deferred.initiate(i);
        int ji = 0;
        int jr = 0;
        for (int round = 0; round < 12; round++) {
            ji += di.drain();
            jr += dr.drain();
            deferred.net.runUntilIdle();
        }
        assertEquals(List.of(), deferred.initiator.failures);
        assertEquals(List.of(), deferred.responder.failures);
        assertEquals(Ikev2State.READY, deferred.initiator.engine.sas().get(0).state());
        assertEquals(Ikev2State.READY, Hostile.responderSa(deferred).state());
        assertEquals(4, ji, "initiator: key pair, shared secret, its signature, the responder's check");
        assertEquals(4, jr, "responder: key pair, shared secret, the initiator's check, its signature");
        List<String> it = steps(deferred.initiator.trace);
        List<String> rt = steps(deferred.responder.trace);
        assertTrue(it.contains("I_BLD_AUTH EV_CHK_AUTH_TYPE") && it.get(it.indexOf("I_BLD_AUTH EV_CHK_AUTH_TYPE") + 1)
                .equals("I_BLD_AUTH EV_NO_EVENT"), "the initiator waits for its signature: " + it);
        assertEquals("I_PROC_AUTH EV_NO_EVENT", it.get(it.indexOf("I_PROC_AUTH EV_VERIFY_AUTH") + 1), "and for the check");
        assertEquals("R_VERIFY_AUTH EV_NO_EVENT", rt.get(rt.indexOf("R_VERIFY_AUTH EV_VERIFY_AUTH") + 1));
        assertEquals("R_BLD_AUTH EV_NO_EVENT", rt.get(rt.indexOf("R_BLD_AUTH EV_CHK4_SIGN") + 1));
        assertEquals(steps(inline.initiator.trace), it, "the same trace as inline, waits included");
        assertEquals(steps(inline.responder.trace), rt);
        assertArrayEquals(inline.initiator.keyLog.get(0).skD().copy(), deferred.initiator.keyLog.get(0).skD().copy());
        assertTrue(deferred.initiator.engine.sas().get(0).localAuth().startsWith("Digital signature"));
        assertEquals("fqdn java-rsa.ike.test", Hostile.responderSa(deferred).remoteId().orElseThrow().toString());
    }

    /** A chain the responder does not trust, checked on the executor: the resumed row fails as the inline one does. */
    @Test
    void aRefusedSignatureCheckFailsTheResumedRow() throws Exception {
        EnginePair.Config i = CertificateAuthTest.certSide("java-rsa", io.ike4j.config.AuthMethod.RSA_SIG, "java-ecdsa.ike.test");
        EnginePair.Config r = CertificateAuthTest.certSide("java-ecdsa", io.ike4j.config.AuthMethod.ECDSA_SIG, "java-rsa.ike.test");
        r.anchors = io.ike4j.negotiator.auth.TrustAnchors.of(List.of(i.credentials.chain().get(0)));
        Deferred dr = new Deferred();
        r.engineTweak = b -> b.cryptoExecutor(dr);
        EnginePair p = new EnginePair(84, i, r);
        p.initiate(i);
        for (int round = 0; round < 12; round++) {
            dr.drain();
            p.net.runUntilIdle();
        }
        assertEquals(io.ike4j.diag.FailureReason.AUTHENTICATION_FAIL, p.responder.failures.get(0).reason());
        assertTrue(p.responder.failures.get(0).detail().contains("not trusted"), p.responder.failures.get(0).detail());
        assertEquals(io.ike4j.diag.FailureReason.AUTHENTICATION_FAIL, p.initiator.failures.get(0).reason(),
                "the initiator got AUTHENTICATION_FAILED");
        List<String> rt = steps(p.responder.trace);
        assertEquals("R_VERIFY_AUTH EV_NO_EVENT", rt.get(rt.indexOf("R_VERIFY_AUTH EV_VERIFY_AUTH") + 1));
        int resumed = rt.indexOf("R_VERIFY_AUTH EV_VERIFY_AUTH") + 2;
        assertEquals(List.of("R_VERIFY_AUTH EV_CHK4_IC", "R_VERIFY_AUTH EV_FAIL"), rt.subList(resumed, resumed + 2),
                "the resumed row applies the refusal: " + rt);
    }


    @Test
    void anSaThatDiesWhileItsWorkIsAwayIgnoresTheAnswer() {
        EnginePair.Config i = new EnginePair.Config();
        Deferred di = new Deferred();
        i.engineTweak = b -> b.cryptoExecutor(di);
        EnginePair p = new EnginePair(82, i, new EnginePair.Config());
        int saId = p.initiate(i);
        assertTrue(p.initiator.engine.delete(saId));
        assertEquals(1, di.drain());
        assertTrue(p.initiator.engine.sas().isEmpty());
        assertEquals(0, p.net.sentCount(), "the late key is destroyed, nothing sent");
    }

    @Test
    void offloadComputesOnAWorkerAndResumesOnTheShard() throws Exception {
        ExecutorService workers = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"));
        ExecutorService shard = Executors.newSingleThreadExecutor(r -> new Thread(r, "shard"));
        try {
            AtomicReference<String> workThread = new AtomicReference<>();
            AtomicReference<String> resumeThread = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            CryptoExecutor.offload(workers, shard).compute(() -> {
                workThread.set(Thread.currentThread().getName());
                return 42;
            }, v -> {
                resumeThread.set(Thread.currentThread().getName() + ":" + v);
                done.countDown();
            });
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertEquals("worker", workThread.get());
            assertEquals("shard:42", resumeThread.get());
        } finally {
            workers.shutdownNow();
            shard.shutdownNow();
        }
    }

    @Test
    void severalShardsWithCryptoThreadsOnLoopback() throws Exception {
        EnginePair.Config ic = new EnginePair.Config();
        EnginePair.Config rc = new EnginePair.Config();
        ic.keyringAddress = "127.0.0.0/8";
        rc.keyringAddress = "127.0.0.0/8";
        Map<Integer, Set<String>> threadsBySa = new ConcurrentHashMap<>();
        List<IkeSaInfo> up = new CopyOnWriteArrayList<>();
        Ikev2Listener l = new Ikev2Listener() {
            @Override
            public void trace(TraceEvent e) {
                threadsBySa.computeIfAbsent(e.saId(), k -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread().getName());
            }

            @Override
            public void ikeSaEstablished(IkeSaInfo sa) {
                up.add(sa);
            }
        };
        Ikev2Engine.Builder rb = Ikev2Engine.builder().configuration(rc.build()).crypto(EnginePair.CRYPTO)
                .random(RandomSource.secure()).outbound(d -> { }).listener(l).halfOpenPerAddress(100);
        Ikev2Engine.Builder ib = Ikev2Engine.builder().configuration(ic.build()).crypto(EnginePair.CRYPTO)
                .random(RandomSource.secure()).outbound(d -> { });
        InetAddress lo = InetAddress.getLoopbackAddress();
        int n = 12;
        try (Ikev2Runtime responder = Ikev2Runtime.start(rb, List.of(new DatagramEndpoint(lo, 0)), Duration.ofMillis(20), 2, 2);
             Ikev2Runtime initiator = Ikev2Runtime.start(ib, List.of(new DatagramEndpoint(lo, 0)), Duration.ofMillis(20), 2, 1)) {
            DatagramEndpoint r = responder.localEndpoints().get(0);
            DatagramEndpoint i = initiator.localEndpoints().get(0);
            List<Integer> ids = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                ids.add(initiator.initiate(ic.ipsecProfile(), new Ikev2Peer(i, r)));
            }
            assertTrue(HostileUdpTest.await(() -> up.size() == n, Duration.ofSeconds(20)), "responder SAs up: " + up.size());
            assertTrue(HostileUdpTest.await(() -> initiator.sas().stream().filter(s -> s.state() == Ikev2State.READY).count() == n,
                    Duration.ofSeconds(10)), "initiator SAs up");
            assertEquals(n, ids.stream().distinct().count(), "SA IDs unique across the initiator's shards");
            assertEquals(Set.of(0, 1), ids.stream().map(id -> (id - 1) % 2).collect(Collectors.toSet()), "both shards initiate");
            Set<String> shardThreads = ConcurrentHashMap.newKeySet();
            for (IkeSaInfo sa : up) {
                Set<String> t = threadsBySa.get(sa.saId());
                assertEquals(1, t.size(), "SA " + sa.saId() + " ran on " + t);
                String expected = "ike4j-udp-" + Math.floorMod(sa.saId() - 1, 2);
                assertEquals(expected, t.iterator().next(), "each SA on its own shard, crypto answers included");
                shardThreads.addAll(t);
            }
            assertEquals(Set.of("ike4j-udp-0", "ike4j-udp-1"), shardThreads, "the responder used both shards");
            assertEquals(n, responder.sas().size());
            assertTrue(responder.sas().stream().allMatch(s -> s.state() == Ikev2State.READY));
            assertTrue(steps(List.of()).isEmpty() && Ikev2Event.EV_OK_RECD_DH_PUBKEY_RESP != null);
        }
    }
}
