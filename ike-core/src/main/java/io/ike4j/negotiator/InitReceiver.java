package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.Role;
import io.ike4j.transport.Datagram;

import java.util.List;
import java.util.Optional;

/**
 * IKE_SA_INIT datagrams, which carry no ICV: a request creates state only after {@link Cookies} admitted it,
 * its retransmission (bitwise identical, RFC 7296 §2.1) gets the same answer and nothing else does; a
 * response reaches only the initiator SA waiting for it, and the rows decide whether it is usable
 * (an unusable one is ignored until the exchange times out, §2.21.1).
 */
final class InitReceiver {
    private InitReceiver() {
    }

    static void receive(EngineCore core, Datagram d, Ikev2Message m) {
        if (m.header().isResponse()) {
            response(core, d, m);
        } else {
            request(core, d, m);
        }
    }

    private static void request(EngineCore core, Datagram d, Ikev2Message m) {
        Ikev2Header h = m.header();
        Optional<Ikev2NoncePayload> ni = Payloads.first(m.payloads(), Ikev2NoncePayload.class);
        if (!h.isInitiator() || h.messageId() != 0 || !h.responderSpi().equals(Ikev2Sa.ZERO_SPI) || ni.isEmpty()) {
            // §3.1: I flag, message ID 0, responder SPI zero; without Ni it cannot even be told apart (§2.1)
            Receiver.drop(core, null, Packet.DROPPED_MALFORMED, DropLog.Kind.MALFORMED,
                    "IKEv2:Dropping malformed IKE_SA_INIT request from " + d.remote());
            return;
        }
        // own copies, not views: the key (and the SA's SPI) outlive the datagram they came in
        EngineCore.HalfOpenKey key = new EngineCore.HalfOpenKey(compact(h.initiatorSpi()), d.remote().address(),
                compact(ni.get().nonce()));
        Ikev2Sa known = core.byInitiatorSpi.get(key);
        if (known != null) {
            retransmission(core, known, d);
            return;
        }
        Cookies.Admission a = Cookies.admit(core, d, m, ni.get());
        if (!a.admitted()) {
            return; // RFC 7296 §2.6: no state until the initiator proves it sees our answers
        }
        core.counters.count(Packet.INBOUND_OK);
        Ikev2Sa sa = new Ikev2Sa(core.allocateSaId(), Role.RESPONDER, core.now);
        sa.spiI = key.spiI();
        sa.local = d.local();
        sa.remote = d.remote();
        sa.returnRoutable = a.returnRoutable();
        sa.halfOpenKey = key;
        sa.inBytes = d.payload();
        sa.inMessage = m;
        sa.inPayloads = m.payloads();
        sa.inDigest = EngineCore.digest(d.payload());
        sa.traceMessageId = 0;
        core.byInitiatorSpi.put(key, sa);
        core.register(sa);
        core.halfOpen.start(sa);
        core.received(sa.saId, m, List.of(), d);
        Exchange x = new Exchange(0, h.exchangeType(), false, true, null);
        sa.add(x);
        core.run(sa, x, core.table.entry(h.exchangeType(), false, sa.state).event());
    }

    /**
     * The same SPIi, address and Ni again: while half-open, a bitwise identical copy gets the cached response
     * (EV_CHECK_DUPE); once IKE_AUTH arrived, or for anything not identical, it is ignored (§2.1).
     */
    private static void retransmission(EngineCore core, Ikev2Sa known, Datagram d) {
        Exchange init = known.theirs(0);
        boolean halfOpen = init != null && init.answered() && known.expectedRequestId == 1;
        if (halfOpen && known.initRequest != null && d.payload().equals(io.ike4j.codec.Bytes.wrap(known.initRequest))) {
            Receiver.answerDuplicate(core, known, init);
            return;
        }
        Receiver.drop(core, known, halfOpen ? Packet.DROPPED_RETRANSMIT_MISMATCH : Packet.DROPPED_MESSAGE_ID,
                halfOpen ? DropLog.Kind.RETRANSMIT_MISMATCH : DropLog.Kind.MESSAGE_ID, "IKEv2:(SA ID = " + known.saId
                        + "):Dropping IKE_SA_INIT request from " + d.remote() + (halfOpen
                        ? ": not a copy of the request we answered" : ": IKE_AUTH already received"));
    }

    static io.ike4j.codec.Bytes compact(io.ike4j.codec.Bytes view) {
        return io.ike4j.codec.Bytes.wrap(view.toByteArray()); // one copy: toByteArray's array is ours alone
    }

    private static void response(EngineCore core, Datagram d, Ikev2Message m) {
        Ikev2Header h = m.header();
        Ikev2Sa sa = core.sas.byLocalSpi(h.initiatorSpi());
        Exchange ours = sa == null ? null : sa.outstanding(0);
        TransitionTable.Entry entry = ours == null ? null : core.table.entry(h.exchangeType(), true, sa.state);
        if (sa == null || sa.role != Role.INITIATOR || h.isInitiator() || h.messageId() != 0 || entry == null
                || !sa.remote.address().equals(d.remote().address())) {
            Receiver.drop(core, sa, Packet.DROPPED_MESSAGE_ID, DropLog.Kind.MESSAGE_ID,
                    "IKEv2:Dropping IKE_SA_INIT response from " + d.remote() + " that no request of ours awaits");
            return;
        }
        core.counters.count(Packet.INBOUND_OK);
        // the request stays outstanding: the rows drop it only once the response proved usable (§2.21.1)
        sa.inBytes = d.payload();
        sa.inMessage = m;
        sa.inPayloads = m.payloads();
        sa.traceMessageId = 0;
        core.received(sa.saId, m, List.of(), d);
        core.run(sa, ours, entry.event());
    }
}
