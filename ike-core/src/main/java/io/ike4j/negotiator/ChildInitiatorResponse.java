package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.TrafficSelector;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.proposal.ChildContext;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.negotiator.proposal.ProposalSelector;
import io.ike4j.negotiator.proposal.TsNarrowing;

import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/**
 * The response to our CREATE_CHILD_SA (ios-reference.md §1, "CREATE_CHILD_SA rekeying the IKE SA", initiator rows
 * 1-16; RFC 7296 §1.3). An error notify ends the exchange and keeps the IKE SA (§1.3: "failed to establish
 * CHILD_SA, keeping IKE_SA"); everything the rows need later is copied off the message in EV_CHK4_NOTIFY.
 */
final class ChildInitiatorResponse {
    private static final int INVALID_KE = Ikev2NotifyType.INVALID_KE_PAYLOAD.number();

    private ChildInitiatorResponse() {
    }

    static void rows(TransitionTable t) {
        t.entry(Ikev2ExchangeType.CREATE_CHILD_SA, true, CHILD_I_WAIT, EV_RECV_CREATE_CHILD);
        t.pass(CHILD_I_WAIT, EV_RECV_CREATE_CHILD, CHILD_I_PROC, EV_CHK4_NOTIFY);
        t.on(CHILD_I_PROC, EV_CHK4_NOTIFY, "checkNotify", ChildInitiatorResponse::checkNotify, CHILD_I_PROC, EXIT);
        t.on(CHILD_I_PROC, EV_VERIFY_MSG, "verifyMessage", ChildInitiatorResponse::verify, CHILD_I_PROC, EXIT);
        t.on(CHILD_I_PROC, EV_PROC_MSG, "acceptProposal", ChildInitiatorResponse::accept, CHILD_I_PROC, EXIT);
        t.on(CHILD_I_PROC, EV_CHK4_PFS, "checkPfs", (sa, core) ->
                Next.then(sa.current.work.group != 0 ? EV_GEN_DH_SECRET : EV_CHK_IKE_REKEY));
        t.on(CHILD_I_PROC, EV_GEN_DH_SECRET, "genDhSecret", ChildInitiatorResponse::genDhSecret, CHILD_I_PROC, EXIT);
        t.on(CHILD_I_PROC, EV_OK_RECD_DH_SECRET_RESP, "dhSecretReady",
                (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_CHK_IKE_REKEY)), CHILD_I_PROC, EXIT);
        t.on(CHILD_I_PROC, EV_CHK_IKE_REKEY, "checkIkeRekey", (sa, core) -> {
            if (sa.current.work.kind == ChildWork.Kind.REKEY_IKE) {
                return Next.then(EV_GEN_SKEYID);
            }
            ChildActivation.deriveChild(sa, core, sa.current.work, true);
            return Next.to(CHILD_I_DONE, EV_GEN_LOAD_IPSEC);
        }, CHILD_I_PROC, CHILD_I_DONE);
        t.on(CHILD_I_PROC, EV_GEN_SKEYID, "genSkeyid", (sa, core) -> {
            IkeRekey.newSa(sa, core, sa.current.work, true);
            return Next.to(CHILD_I_DONE, EV_ACTIVATE_NEW_SA);
        }, CHILD_I_DONE);
        ChildActivation.rows(t, CHILD_I_DONE);
    }

    /**
     * Copies what the rows need; an error notify (§2.21.2) ends the exchange. INVALID_KE_PAYLOAD with a group we
     * offer starts the exchange again with it (once); TEMPORARY_FAILURE retries later (§2.25: "MUST NOT
     * immediately retry"); CHILD_SA_NOT_FOUND after a simultaneous rekey is expected (§2.8.1) and ignored.
     */
    private static Next checkNotify(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        List<Ikev2Payload> in = sa.inPayloads;
        Optional<Ikev2NotifyPayload> err = Payloads.error(in);
        if (err.isEmpty()) {
            w.nr = w.read(in);
            return Next.then(EV_VERIFY_MSG);
        }
        int type = err.get().notifyType();
        if (type == INVALID_KE && err.get().data().length() == 2 && w.invalidKeRetries == 0) {
            int group = (err.get().data().get(0) << 8) | err.get().data().get(1);
            if (offers(sa, core, w, group)) {
                EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):CREATE_CHILD_SA answered INVALID_KE_PAYLOAD: again with group {}",
                        sa.saId, group);
                ChildActivation.again(sa, core, w, group);
                return Next.stop(EXIT);
            }
        }
        return ChildActivation.refused(sa, core, w, type, "peer answered " + Ikev2NotifyType.nameOf(type));
    }

    private static boolean offers(Ikev2Sa sa, EngineCore core, ChildWork w, int group) {
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            return ChildInitiator.ikeProposals(sa, core).stream().anyMatch(p -> p.groups().contains(group));
        }
        return group != 0 && sa.ipsecProfile.espProposals().stream().anyMatch(p -> p.groups().contains(group));
    }

    /** §1.3: SA and Nr always, KE when we sent one, TSi/TSr for a CHILD_SA. */
    private static Next verify(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        boolean ike = w.kind == ChildWork.Kind.REKEY_IKE;
        if (w.peerSa == null || w.nr == null || w.nr.length() < 16 || w.nr.length() > 256
                || (w.group != 0 && w.peerKe == null) || (!ike && (w.peerTsi == null || w.peerTsr == null))) {
            return ChildActivation.refused(sa, core, w, 0, "CREATE_CHILD_SA response lacks SA, Nr"
                    + (w.group != 0 ? ", KE" : "") + (ike ? "" : ", TSi or TSr"));
        }
        return Next.then(EV_PROC_MSG);
    }

    /** The responder's choice must be one of our proposals (§2.7), of our KE group, its selectors inside ours (§2.9). */
    private static Next accept(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            Optional<ChosenIke> ike = ProposalSelector.acceptIke(ChildInitiator.ikeProposals(sa, core), w.peerSa);
            Optional<Bytes> spi = ike.flatMap(c -> ProposalSelector.spiOf(w.peerSa, c.proposalNumber()));
            if (ike.isEmpty() || ike.get().group() != w.group || w.peerKeGroup != w.group || spi.isEmpty()
                    || spi.get().length() != 8 || spi.get().equals(Ikev2Sa.ZERO_SPI)) {
                return ChildActivation.refused(sa, core, w, 0, "responder's IKE proposal, SPI or KE group was not offered");
            }
            w.ike = ike.get();
            w.peerSpi = spi.get();
            return Next.then(EV_CHK4_PFS);
        }
        Optional<ChosenEsp> esp = ProposalSelector.acceptEsp(sa.ipsecProfile.espProposals(), w.peerSa, ChildContext.CREATE_CHILD_SA);
        if (esp.isEmpty() || esp.get().group() != w.group || (w.group != 0 && w.peerKeGroup != w.group)
                || esp.get().peerSpi().length() != 4) {
            return ChildActivation.refused(sa, core, w, 0, "responder's ESP proposal or PFS group was not offered");
        }
        List<TrafficSelector> tsi = TsNarrowing.fromPayload(w.peerTsi);
        List<TrafficSelector> tsr = TsNarrowing.fromPayload(w.peerTsr);
        if (tsi.isEmpty() || tsr.isEmpty() || !TsNarrowing.isSubset(tsi, w.tsi) || !TsNarrowing.isSubset(tsr, w.tsr)) {
            return ChildActivation.refused(sa, core, w, Ikev2NotifyType.TS_UNACCEPTABLE.number(),
                    "responder's selectors " + tsi + " / " + tsr + " exceed ours");
        }
        w.esp = esp.get();
        w.peerSpi = InitReceiver.compact(esp.get().peerSpi());
        w.tsi = tsi;
        w.tsr = tsr;
        w.transport = w.transport && w.peerTransport;
        return Next.then(EV_CHK4_PFS);
    }

    private static Next genDhSecret(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        var kx = w.kx;
        byte[] peer = w.peerKe.toByteArray();
        return PublicKeyWork.start(sa, core, () -> kx.sharedSecret(peer), s -> w.shared = s,
                io.ike4j.crypto.SecretBytes::destroy, EV_OK_RECD_DH_SECRET_RESP,
                e -> ChildActivation.refused(sa, core, w, 0, "bad KE value: " + e.getMessage()));
    }

    static FailureReason reasonOf(int notify) {
        return notify == Ikev2NotifyType.TS_UNACCEPTABLE.number() ? FailureReason.FLOW_MISMATCH
                : FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH;
    }
}
