package io.ike4j.negotiator;

import io.ike4j.sa.ChildSa;

/**
 * The host's IPsec key engine (kernel XFRM, a userspace ESP stack, a test double). Installing is
 * asynchronous, as IOS traces it: {@code EV_GEN_LOAD_IPSEC} hands the keys over ("queued async request"),
 * the SA waits ({@code EV_NO_EVENT}), and {@link Completion#installed()} comes back as
 * {@code EV_OK_RECD_LOAD_IPSEC}. The completion may be called inside {@link #install} or later, but
 * always on the thread that drives the engine (the SA's shard). A key engine that counts traffic reports a CHILD_SA's
 * octets with {@link Ikev2Engine#childOctets} (on the engine's thread): the IPsec profile's kilobyte lifetime then
 * rekeys it at 90% and deletes it at 100% (RFC 7296 §2.8).
 */
public interface KeyEngine {

    /**
     * Installs a CHILD_SA's keys; answer through {@code completion} now or later, on the engine's thread.
     *
     * @param child the CHILD_SA (its keys are zeroed when it is deleted: copy what the key engine must keep)
     * @param completion where the answer goes
     */
    void install(ChildSa child, Completion completion);

    /**
     * The CHILD_SA was deleted; its keys are zeroed after this returns.
     *
     * @param child the deleted CHILD_SA
     */
    default void delete(ChildSa child) {
    }

    /** The answer to one install request. */
    interface Completion {
        /** The SA is installed: the engine goes on ({@code EV_OK_RECD_LOAD_IPSEC}) and reports the CHILD_SA. */
        void installed();

        /**
         * The SA could not be installed: the CHILD_SA fails, the IKE SA stays (RFC 7296 §1.2).
         *
         * @param reason why, for the log line
         */
        void failed(String reason);
    }

    /** Accepts every SA at once (tests, the demo). */
    KeyEngine ACCEPT_ALL = (child, done) -> done.installed();
}
