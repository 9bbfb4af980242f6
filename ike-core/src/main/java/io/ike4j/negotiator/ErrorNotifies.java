package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.sm.v2.Ikev2State;

import java.util.List;

/**
 * Sends the error notify that goes with a failure (RFC 7296 §2.21): in the IKE_SA_INIT response
 * (unprotected, responder SPI zero: the responder keeps no state, §2.6), in the protected IKE_AUTH response,
 * or, when the initiator rejects the IKE_AUTH response, in a separate INFORMATIONAL request (§2.21.2).
 */
final class ErrorNotifies {
    private static final int IKE_SA_INIT = Ikev2ExchangeType.IKE_SA_INIT.number();
    private static final int IKE_AUTH = Ikev2ExchangeType.IKE_AUTH.number();
    private static final int INFORMATIONAL = Ikev2ExchangeType.INFORMATIONAL.number();

    private ErrorNotifies() {
    }

    static void send(Ikev2Sa sa, EngineCore core, int notifyType) {
        send(sa, core, notifyType, Bytes.EMPTY);
    }

    static void send(Ikev2Sa sa, EngineCore core, int notifyType, Bytes data) {
        List<Ikev2Payload> n = List.of(Ikev2NotifyPayload.of(notifyType, data));
        Ikev2State s = sa.state;
        if (sa.role == io.ike4j.sm.Role.RESPONDER && (s == Ikev2State.IDLE || s == Ikev2State.R_INIT
                || s == Ikev2State.R_BLD_INIT)) {
            sendInitResponse(sa, core, n);
        } else if (sa.protector == null) {
            return; // nothing protected to answer with, and unauthenticated errors are not sent (§2.21.1)
        } else if (sa.inMessage != null && !sa.inMessage.header().isResponse()) { // an answer to the peer's request, whoever initiated the SA
            long id = sa.inMessage.header().messageId();
            Messages.Built b = Messages.protect(sa, core, sa.inMessage.header().exchangeType(), true, id, n);
            core.sendResponse(sa, id, b.octets(), b.message(), b.inner(), b.fragments());
        } else {
            long id = sa.nextRequestId++;
            Messages.Built b = Messages.protect(sa, core, INFORMATIONAL, false, id, n);
            core.send(sa, b.octets(), b.fragments(), b.message(), b.inner()); // not retransmitted: the SA is going away
        }
    }

    /**
     * An IKE_SA_INIT response carrying only {@code payloads}, responder SPI zero; withheld (and counted) if it would
     * be larger than the unauthenticated request it answers (RFC 7296 §2.21.4: limit what unprotected messages draw).
     */
    static void sendInitResponse(Ikev2Sa sa, EngineCore core, List<Ikev2Payload> payloads) {
        var h = new io.ike4j.codec.v2.Ikev2Header(sa.spiI, Ikev2Sa.ZERO_SPI, IKE_SA_INIT,
                io.ike4j.codec.v2.Ikev2Header.FLAG_RESPONSE, 0);
        Messages.Built b = Messages.plain(sa, core, h, payloads);
        int request = sa.inBytes == null ? 0 : sa.inBytes.length();
        if (!core.mayAnswerUnauthenticated(sa, b.octets().length, request)) {
            Receiver.drop(core, sa, io.ike4j.diag.FailureCounters.Packet.DROPPED_AMPLIFICATION, DropLog.Kind.AMPLIFICATION,
                    "IKEv2:(SA ID = " + sa.saId + "):Not answering the " + request + "-octet IKE_SA_INIT request from "
                            + sa.remote + " with " + b.octets().length + " octets");
            return;
        }
        core.send(sa, b.octets(), b.message(), b.inner());
    }
}
