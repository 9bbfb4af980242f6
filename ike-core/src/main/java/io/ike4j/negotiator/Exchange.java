package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.sm.v2.Ikev2State;

import java.time.Instant;
import java.util.List;

/**
 * One exchange in flight on an IKE SA (RFC 7296 §1.4, §2.3): a request and its response, kept per message ID and
 * direction. {@code ours}: we sent the request (it is retransmitted until answered, §2.1); otherwise the peer did
 * and we keep our response, as octets, for bitwise identical retransmissions of its request. The SA's own setup
 * exchanges (IKE_SA_INIT, IKE_AUTH) run on the SA's state; every later exchange has its own {@link #state}, so
 * several can be in flight at once (windows &gt; 1, a DPD during a rekey). When an exchange completes, all that
 * stays is what a retransmission needs: nothing decoded, no inbound message.
 */
final class Exchange {
    final long messageId;
    final int type;
    final boolean ours;
    /** IKE_SA_INIT or IKE_AUTH: the SA's state is this exchange's. */
    final boolean setup;
    /** The state of a later exchange (INFO_R, INFO_I_WAIT, ...); unused for setup exchanges. */
    Ikev2State state;

    // ours: the request, until its response has been processed (as IKE fragments when it was cut, RFC 7383)
    byte[] request;
    byte[][] requestFragments;
    Ikev2Message requestMessage;
    List<Ikev2Payload> requestInner = List.of();
    int sends;
    Instant nextAt;
    /** Ours: an INFORMATIONAL deleting this CHILD_SA (RFC 7296 §1.4.1), removed once the peer answers. */
    Child deletesChild;
    /** Ours: a liveness check (DPD or the API's), whose answer or silence the listener hears of. */
    boolean liveness;
    /** A CREATE_CHILD_SA's working memory (null for other exchanges). */
    ChildWork work;
    /** The retransmission schedule of this request; null: the profile's (a liveness check of DPD has its own). */
    io.ike4j.config.Retransmission schedule;

    // the peer's: SHA-256 of its request's datagram and our response to it, until {@code until}
    byte[] requestDigest;
    byte[] response;
    byte[][] responseFragments;
    Ikev2Message responseMessage;
    List<Ikev2Payload> responseInner = List.of();
    Instant until;

    /** The SA's next exchange (a short list: at most the two windows). */
    Exchange next;

    Exchange(long messageId, int type, boolean ours, boolean setup, Ikev2State state) {
        this.messageId = messageId;
        this.type = type;
        this.ours = ours;
        this.setup = setup;
        this.state = state;
    }

    /** Our request still waiting for its response. */
    boolean awaitingResponse() {
        return ours && request != null;
    }

    /** Our answer to the peer's request, kept for its retransmissions. */
    boolean answered() {
        return !ours && response != null;
    }

    /** The exchange is over: its working memory goes (zeroed). */
    void workDone() {
        if (work != null) {
            work.destroy();
            work = null;
        }
    }

    /** The request was answered (or given up): its octets and decoded form go. */
    void requestDone() {
        request = null;
        requestFragments = null;
        requestMessage = null;
        requestInner = List.of();
        nextAt = null;
    }
}
