package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.IkeFailure;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.TraceEvent;
import io.ike4j.transport.Datagram;

import java.util.List;

/**
 * What the engine tells its host. All methods are called on the thread driving the engine and must not
 * call back into it. Every method has an empty default.
 */
public interface Ikev2Listener {

    /**
     * One state-machine step (the IOS {@code SM Trace->} line is {@link TraceEvent#iosLine()}).
     *
     * @param event the step
     */
    default void trace(TraceEvent event) {
    }

    /**
     * A message sent ({@code outbound}) or received and accepted for processing. {@code inner} holds the
     * decrypted payloads of an SK message (empty otherwise).
     *
     * @param outbound true for a sent message
     * @param saId the SA's ID
     * @param message the decoded message
     * @param inner the decrypted payloads of an SK message, else empty
     * @param datagram the datagram as sent or received
     */
    default void packet(boolean outbound, int saId, Ikev2Message message, List<Ikev2Payload> inner, Datagram datagram) {
    }

    /**
     * {@return whether {@link #packet} is wanted for sent messages} ({@code outbound} true; received ones always
     * come). A listener that answers false saves the engine decoding every protected message it sends back into a
     * message object; asked once, when the engine is built. Default true.
     */
    default boolean wantsSentPackets() {
        return true;
    }

    /**
     * The IKE SA reached READY.
     *
     * @param sa its snapshot
     */
    default void ikeSaEstablished(IkeSaInfo sa) {
    }

    /**
     * A CHILD_SA was installed by the key engine.
     *
     * @param sa the IKE SA's snapshot
     * @param child the CHILD_SA (its keys stay the engine's: do not destroy them)
     */
    default void childSaEstablished(IkeSaInfo sa, ChildSa child) {
    }

    /**
     * A CHILD_SA was rekeyed (RFC 7296 §1.3.3): {@code fresh} is installed and carries the traffic; {@code old} stays
     * until its DELETE (reported through {@link KeyEngine#delete}).
     *
     * @param sa the IKE SA
     * @param old the CHILD_SA replaced
     * @param fresh the new CHILD_SA
     */
    default void childSaRekeyed(IkeSaInfo sa, ChildSa old, ChildSa fresh) {
    }

    /**
     * The IKE SA was rekeyed (RFC 7296 §1.3.2, §2.18): {@code fresh} inherited its CHILD_SAs; {@code old} is deleted
     * next (reported through {@link #ikeSaDeleted} with a reason starting "rekeyed").
     *
     * @param old the IKE SA replaced
     * @param fresh the new IKE SA
     */
    default void ikeSaRekeyed(IkeSaInfo old, IkeSaInfo fresh) {
    }

    /**
     * A liveness check of ours (RFC 7296 §1.4; DPD) was answered ({@code alive}), or went unanswered through all its
     * retransmissions (the SA is then deleted as unreachable).
     *
     * @param sa the IKE SA
     * @param alive whether the peer answered
     */
    default void livenessChecked(IkeSaInfo sa, boolean alive) {
    }

    /**
     * The IKE SA is gone (deleted, failed, expired); {@code why} in words.
     *
     * @param sa its last snapshot
     * @param why the reason, for logs
     */
    default void ikeSaDeleted(IkeSaInfo sa, String why) {
    }

    /**
     * A negotiation failed, with the reason and the notify sent or received.
     *
     * @param failure what failed
     */
    default void failure(IkeFailure failure) {
    }

    /**
     * The IKE SA's keys as soon as IKE_SA_INIT derived them (also for SAs that then fail), for Wireshark decryption
     * tables ({@code ike peer --keylog}). Only called when the engine was built with {@code exportKeys(true)}; the
     * keys are zeroed when the SA dies.
     *
     * @param sa the SA's snapshot
     * @param keys SK_d … SK_pr, to be read (not kept) during the call
     */
    default void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys keys) {
    }

    /** A listener that ignores everything (and asks for no sent packets). */
    Ikev2Listener NONE = new Ikev2Listener() {
        @Override
        public boolean wantsSentPackets() {
            return false;
        }
    };
}
