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

    /** One state-machine step (the IOS {@code SM Trace->} line is {@link TraceEvent#iosLine()}). */
    default void trace(TraceEvent event) {
    }

    /**
     * A message sent ({@code outbound}) or received and accepted for processing. {@code inner} holds the
     * decrypted payloads of an SK message (empty otherwise).
     */
    default void packet(boolean outbound, int saId, Ikev2Message message, List<Ikev2Payload> inner, Datagram datagram) {
    }

    /**
     * Whether {@link #packet} is wanted for sent messages ({@code outbound} true; received ones always come). A
     * listener that answers false saves the engine decoding every protected message it sends back into a message
     * object; asked once, when the engine is built. Default true.
     */
    default boolean wantsSentPackets() {
        return true;
    }

    default void ikeSaEstablished(IkeSaInfo sa) {
    }

    default void childSaEstablished(IkeSaInfo sa, ChildSa child) {
    }

    /** The IKE SA is gone (deleted, failed, expired); {@code why} in words. */
    default void ikeSaDeleted(IkeSaInfo sa, String why) {
    }

    default void failure(IkeFailure failure) {
    }

    /**
     * The IKE SA's keys as soon as IKE_SA_INIT derived them (also for SAs that then fail), for Wireshark decryption tables ({@code ike peer --keylog}). Only called when the
     * engine was built with {@code exportKeys(true)}; the keys are zeroed when the SA dies.
     */
    default void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys keys) {
    }

    Ikev2Listener NONE = new Ikev2Listener() {
        @Override
        public boolean wantsSentPackets() {
            return false;
        }
    };
}
