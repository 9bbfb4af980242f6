package io.ike4j.negotiator;

import io.ike4j.config.IpsecProfile;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.UdpTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Engines on real UDP sockets: {@link UdpTransport} with one engine per shard, each owned by its shard's event-loop
 * thread (architecture.md: no SA is touched by two threads); datagrams find their shard by the SPI
 * ({@link io.ike4j.transport.ShardKey#localSpi()}: the SPI the receiving engine chose), which an engine picks for its own SAs so that it hashes to
 * its shard. Public-key work may run on a pool of crypto threads whose answers are posted back to the SA's shard.
 * Calls from other threads are queued onto the right shard. With several shards the listener and key engine are
 * called from several threads (one per shard) and must be thread-safe.
 */
public final class Ikev2Runtime implements AutoCloseable {
    private final UdpTransport transport;
    private final Ikev2Engine[] engines;
    private final ExecutorService cryptoPool;
    private final AtomicInteger nextShard = new AtomicInteger();

    private Ikev2Runtime(UdpTransport transport, Ikev2Engine[] engines, ExecutorService cryptoPool) {
        this.transport = transport;
        this.engines = engines;
        this.cryptoPool = cryptoPool;
    }

    /**
     * Binds {@code endpoints} (e.g. 127.0.0.4:18500) and starts one engine built from {@code engine} (its
     * outbound and start time are set here), public-key work inline. Ticks every {@code tick} of wall-clock time.
     *
     * @param engine the engine's options
     * @param endpoints the local endpoints to bind (port 0: ephemeral)
     * @param tick how often the engine's clock advances
     * @return the running runtime; close it to stop
     */
    public static Ikev2Runtime start(Ikev2Engine.Builder engine, List<DatagramEndpoint> endpoints, Duration tick) {
        return start(engine, endpoints, tick, 1, 0);
    }

    /**
     * As {@link #start(Ikev2Engine.Builder, List, Duration)} with {@code shards} engines (one per event-loop thread)
     * and {@code cryptoThreads} threads for DH/KEM work (0: inline on the shard threads).
     *
     * @param engine        the engines' builder (built once per shard)
     * @param endpoints     where to listen
     * @param tick          the timer tick
     * @param shards        event-loop threads, each with its engine (1..256)
     * @param cryptoThreads threads for public-key work, 0 for none
     * @return the running runtime
     */
    public static Ikev2Runtime start(Ikev2Engine.Builder engine, List<DatagramEndpoint> endpoints, Duration tick,
                                     int shards, int cryptoThreads) {
        if (cryptoThreads < 0) {
            throw new IllegalArgumentException("cryptoThreads must be >= 0: " + cryptoThreads);
        }
        Ikev2Engine[] built = new Ikev2Engine[shards];
        UdpTransport[] transport = new UdpTransport[1];
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = cryptoThreads == 0 ? null : Executors.newFixedThreadPool(cryptoThreads, r -> {
            Thread t = new Thread(r, "ike4j-crypto-" + threadNo.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        UdpTransport.Builder tb = UdpTransport.builder().shards(shards).tickInterval(tick).handlers((shard, outbound) -> {
            engine.outbound(outbound).startTime(Instant.now()).shard(shard, shards);
            engine.cryptoExecutor(pool == null ? CryptoExecutor.inline()
                    : CryptoExecutor.offload(pool, task -> transport[0].executeOnShard(shard, task)));
            built[shard] = engine.build();
            return new FrontDoor(built[shard]); // each datagram to the engine of its major version
        });
        endpoints.forEach(tb::bind);
        natTraversalEndpoints(engine, endpoints).forEach(tb::bind);
        transport[0] = tb.start();
        return new Ikev2Runtime(transport[0], built, pool);
    }

    /**
     * RFC 7296 §2.23: an engine listening on port 500 also listens on its NAT-T port (4500) at the same address, where
     * initiators float to behind a NAT. A NAT-T port already in use (another IKE daemon) is left alone and floating is
     * turned off, with a warning, rather than failing the start.
     */
    private static List<DatagramEndpoint> natTraversalEndpoints(Ikev2Engine.Builder engine, List<DatagramEndpoint> endpoints) {
        List<DatagramEndpoint> extra = new java.util.ArrayList<>();
        if (engine.natTraversalPort == 0) {
            return extra;
        }
        for (DatagramEndpoint e : endpoints) {
            DatagramEndpoint natt = new DatagramEndpoint(e.address(), engine.natTraversalPort);
            if (e.port() != NatTraversal.IKE_PORT || endpoints.contains(natt) || extra.contains(natt)) {
                continue;
            }
            try (java.nio.channels.DatagramChannel probe = java.nio.channels.DatagramChannel.open()) {
                probe.bind(natt.toSocketAddress());
            } catch (java.io.IOException | RuntimeException busy) {
                EngineCore.INTERNAL.warn("IKEv2:cannot listen on {} ({}): NAT-T floating off", natt, busy.getMessage());
                engine.natTraversal(0, engine.natKeepalive);
                return List.of();
            }
            extra.add(natt);
        }
        return extra;
    }

    /** {@return the bound endpoints, with ephemeral ports resolved} */
    public List<DatagramEndpoint> localEndpoints() {
        return transport.localEndpoints();
    }

    /**
     * The number of shards, each with its engine.
     *
     * @return the shard count
     */
    public int shards() {
        return engines.length;
    }

    /**
     * Runs {@code f} on shard 0's engine thread and waits for its result.
     *
     * @param <T> the result type
     * @param f what to do with the engine
     * @return its result
     */
    public <T> T call(Function<Ikev2Engine, T> f) {
        return callOn(0, f);
    }

    /**
     * Runs {@code f} on the engine of shard {@code shard} and waits for its result.
     *
     * @param <T> the result type
     * @param shard the shard
     * @param f what to do with its engine
     * @return its result
     */
    public <T> T callOn(int shard, Function<Ikev2Engine, T> f) {
        Ikev2Engine engine = engines[shard];
        CompletableFuture<T> r = new CompletableFuture<>();
        transport.executeOnShard(shard, () -> {
            try {
                r.complete(f.apply(engine));
            } catch (RuntimeException e) {
                r.completeExceptionally(e);
            }
        });
        try {
            return r.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("engine thread did not answer within 30 s", e);
        }
    }

    /**
     * Runs {@code f} on the engine that holds SA {@code saId} (SA IDs interleave by shard, see
     * {@link Ikev2Engine.Builder#shard}) and waits for its result.
     *
     * @param <T> the result type
     * @param saId the SA
     * @param f what to do with its engine
     * @return its result
     */
    public <T> T callForSa(int saId, Function<Ikev2Engine, T> f) {
        return callOn(Math.floorMod(saId - 1, engines.length), f);
    }

    /**
     * {@link Ikev2Engine#initiate} on the next shard in turn, on its thread.
     *
     * @param profile the {@code crypto ipsec profile} to bring up
     * @param peer the local and remote endpoints
     * @return the new SA's ID
     */
    public int initiate(IpsecProfile profile, Ikev2Peer peer) {
        int shard = Math.floorMod(nextShard.getAndIncrement(), engines.length);
        return callOn(shard, e -> e.initiate(profile, peer));
    }

    /**
     * Snapshots of every shard's SAs.
     *
     * @return the SAs of all engines
     */
    public List<io.ike4j.sa.IkeSaInfo> sas() {
        List<io.ike4j.sa.IkeSaInfo> all = new ArrayList<>();
        for (int i = 0; i < engines.length; i++) {
            all.addAll(callOn(i, Ikev2Engine::sas));
        }
        return all;
    }

    /** {@return the UDP transport the engine runs on} */
    public UdpTransport transport() {
        return transport;
    }

    @Override
    public void close() {
        transport.close();
        if (cryptoPool != null) {
            cryptoPool.shutdownNow();
        }
    }
}
