package io.ike4j.negotiator;

import io.ike4j.sa.ChildSa;

/**
 * The host's IPsec key engine (kernel XFRM, a userspace ESP stack, a test double). Installing is
 * asynchronous, as IOS traces it: {@code EV_GEN_LOAD_IPSEC} hands the keys over ("queued async request"),
 * the SA waits ({@code EV_NO_EVENT}), and {@link Completion#installed()} comes back as
 * {@code EV_OK_RECD_LOAD_IPSEC}. The completion may be called inside {@link #install} or later, but
 * always on the thread that drives the engine (the SA's shard).
 */
public interface KeyEngine {

    void install(ChildSa child, Completion completion);

    /** The CHILD_SA was deleted; its keys are zeroed after this returns. */
    default void delete(ChildSa child) {
    }

    /** The answer to one install request. */
    interface Completion {
        void installed();

        void failed(String reason);
    }

    /** Accepts every SA at once (tests, the demo). */
    KeyEngine ACCEPT_ALL = (child, done) -> done.installed();
}
