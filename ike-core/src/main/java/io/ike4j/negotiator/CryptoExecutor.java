package io.ike4j.negotiator;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where an engine's public-key work runs (DH/ECDH/KEM key generation and shared secrets): the part of a
 * handshake that dominates its CPU. IOS shows it as an asynchronous request, {@code EV_GEN_DH_KEY → EV_NO_EVENT →
 * EV_OK_RECD_DH_PUBKEY_RESP}; the engine is written the same way, so the work may run on other cores while the
 * shard goes on with other SAs, and the answer resumes the SA on its own shard thread, like a {@link KeyEngine}
 * answer. {@link #inline()} (the default) answers at once on the caller's thread: the deterministic core and its
 * traces are unchanged.
 */
public interface CryptoExecutor {

    /**
     * Runs {@code work} (pure computation: it must not touch engine state), then {@code resume} with its result on
     * the thread that owns the SA.
     *
     * @param work   the computation
     * @param resume what the SA does with the result, on its shard
     * @param <T>    the result type
     */
    <T> void compute(Supplier<T> work, Consumer<T> resume);

    /**
     * Computes on the calling thread and resumes at once (deterministic; the default).
     *
     * @return the inline executor
     */
    static CryptoExecutor inline() {
        return new CryptoExecutor() {
            @Override
            public <T> void compute(Supplier<T> work, Consumer<T> resume) {
                resume.accept(work.get());
            }
        };
    }

    /**
     * Computes on {@code workers} and resumes through {@code shard} (which must run tasks on the SA's shard thread,
     * e.g. {@code task -> transport.executeOnShard(i, task)}). A worker pool that refuses work (shut down) makes the
     * computation run inline.
     *
     * @param workers the threads doing public-key work
     * @param shard   posts a task to the SA's shard thread
     * @return the offloading executor
     */
    static CryptoExecutor offload(Executor workers, Executor shard) {
        Objects.requireNonNull(workers, "workers");
        Objects.requireNonNull(shard, "shard");
        return new CryptoExecutor() {
            @Override
            public <T> void compute(Supplier<T> work, Consumer<T> resume) {
                try {
                    workers.execute(() -> {
                        T v = work.get();
                        shard.execute(() -> resume.accept(v));
                    });
                } catch (RejectedExecutionException e) {
                    resume.accept(work.get());
                }
            }
        };
    }
}
