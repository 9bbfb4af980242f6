package io.ike4j.negotiator.v1;

import io.ike4j.config.IpsecProfile;
import io.ike4j.negotiator.FrontDoor;
import io.ike4j.sm.IkeVersion;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.UdpTransport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An {@link Ikev1Engine} on UDP: one event-loop thread of {@link UdpTransport} owns the engine (no locks), a
 * {@link FrontDoor} hands it the datagrams of major version 1, ticks drive its timers, and {@link #call} runs
 * anything else on that thread. The non-ESP marker of port pairs without 500 is the transport's (RFC 3948 §2.2).
 */
public final class Ikev1Runtime implements AutoCloseable {
    private final UdpTransport transport;
    private final Ikev1Engine engine;

    private Ikev1Runtime(UdpTransport transport, Ikev1Engine engine) {
        this.transport = transport;
        this.engine = engine;
    }

    /**
     * Builds the engine (its outbound and start time set here) and starts it on {@code endpoints}.
     *
     * @param engine    the engine's options
     * @param endpoints where to listen (port 0: ephemeral)
     * @param tick      how often time advances
     * @return the running runtime
     */
    public static Ikev1Runtime start(Ikev1Engine.Builder engine, List<DatagramEndpoint> endpoints, Duration tick) {
        Ikev1Engine[] built = new Ikev1Engine[1];
        UdpTransport.Builder tb = UdpTransport.builder().shards(1).tickInterval(tick).handlers((shard, outbound) -> {
            engine.outbound(outbound).startTime(Instant.now());
            built[0] = engine.build();
            return FrontDoor.of(IkeVersion.IKEV1, built[0]);
        });
        endpoints.forEach(tb::bind);
        UdpTransport t = tb.start();
        return new Ikev1Runtime(t, built[0]);
    }

    /** {@return the bound endpoints, with ephemeral ports resolved} */
    public List<DatagramEndpoint> localEndpoints() {
        return transport.localEndpoints();
    }

    /**
     * Runs {@code f} on the engine's thread and waits for its result.
     *
     * @param <T> the result type
     * @param f   what to do with the engine
     * @return its result
     */
    public <T> T call(Function<Ikev1Engine, T> f) {
        CompletableFuture<T> r = new CompletableFuture<>();
        transport.executeOnShard(0, () -> {
            try {
                r.complete(f.apply(engine));
            } catch (RuntimeException e) {
                r.completeExceptionally(e);
            }
        });
        try {
            return r.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * Starts phase 1 and a Quick Mode toward {@code remote} (see {@link Ikev1Engine#initiate}).
     *
     * @param profile    the IPsec profile
     * @param local      our endpoint
     * @param remote     the peer
     * @param aggressive Aggressive Mode
     * @return the ISAKMP SA's number
     */
    public int initiate(IpsecProfile profile, DatagramEndpoint local, DatagramEndpoint remote, boolean aggressive) {
        return call(e -> e.initiate(profile, local, remote, aggressive));
    }

    @Override
    public void close() {
        transport.close();
    }
}
