package io.ike4j.negotiator;

import io.ike4j.config.IpsecProfile;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.UdpTransport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * An engine on real UDP sockets: {@link UdpTransport} with one shard whose event-loop thread owns the
 * engine (architecture.md: no SA is touched by two threads). Calls from other threads are queued onto that
 * thread. Listener and key engine callbacks run on it too.
 */
public final class Ikev2Runtime implements AutoCloseable {
    private final UdpTransport transport;
    private final Ikev2Engine engine;

    private Ikev2Runtime(UdpTransport transport, Ikev2Engine engine) {
        this.transport = transport;
        this.engine = engine;
    }

    /**
     * Binds {@code endpoints} (e.g. 127.0.0.4:18500) and starts an engine built from {@code engine} (its
     * outbound and start time are set here). Ticks every {@code tick} of wall-clock time.
     *
     * @param engine the engine's options
     * @param endpoints the local endpoints to bind (port 0: ephemeral)
     * @param tick how often the engine's clock advances
     * @return the running runtime; close it to stop
     */
    public static Ikev2Runtime start(Ikev2Engine.Builder engine, List<DatagramEndpoint> endpoints, Duration tick) {
        Ikev2Engine[] built = new Ikev2Engine[1];
        UdpTransport.Builder tb = UdpTransport.builder().shards(1).tickInterval(tick).handlers((shard, outbound) -> {
            built[0] = engine.outbound(outbound).startTime(Instant.now()).build();
            return built[0];
        });
        endpoints.forEach(tb::bind);
        UdpTransport t = tb.start();
        return new Ikev2Runtime(t, built[0]);
    }

    /** {@return the bound endpoints, with ephemeral ports resolved} */
    public List<DatagramEndpoint> localEndpoints() {
        return transport.localEndpoints();
    }

    /**
     * Runs {@code f} on the engine's thread and waits for its result.
     *
     * @param <T> the result type
     * @param f what to do with the engine
     * @return its result
     */
    public <T> T call(Function<Ikev2Engine, T> f) {
        CompletableFuture<T> r = new CompletableFuture<>();
        transport.executeOnShard(0, () -> {
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
     * {@link Ikev2Engine#initiate} on the engine's thread.
     *
     * @param profile the {@code crypto ipsec profile} to bring up
     * @param peer the local and remote endpoints
     * @return the new SA's ID
     */
    public int initiate(IpsecProfile profile, Ikev2Peer peer) {
        return call(e -> e.initiate(profile, peer));
    }

    /** {@return the UDP transport the engine runs on} */
    public UdpTransport transport() {
        return transport;
    }

    @Override
    public void close() {
        transport.close();
    }
}
