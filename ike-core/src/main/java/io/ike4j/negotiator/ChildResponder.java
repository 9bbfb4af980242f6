package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.TrafficSelector;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.proposal.ChildContext;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.negotiator.proposal.ProposalSelector;
import io.ike4j.negotiator.proposal.SaPayloads;
import io.ike4j.negotiator.proposal.TransformFilter;
import io.ike4j.negotiator.proposal.TsNarrowing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/**
 * The peer's CREATE_CHILD_SA (RFC 7296 §1.3; ios-reference.md §1 "CREATE_CHILD_SA rekeying the IKE SA", responder rows
 * 1-24): a new CHILD_SA, a CHILD_SA rekey (N(REKEY_SA)) or an IKE SA rekey, each with its own KE when the proposal
 * has one. Collisions follow §2.25: TEMPORARY_FAILURE while we rekey the IKE SA or close the SA in question,
 * CHILD_SA_NOT_FOUND for an unknown one; a rekey of an SA we are rekeying ourselves is answered as usual and resolved
 * by the nonces ({@link ChildActivation}). A new CHILD_SA is installed before the response goes (§2.8: "MUST be
 * prepared to accept messages on an SA before sending its response"). CHILD_R_IPSEC is ike4j's name for the CHILD_SA
 * branch the seeds do not trace.
 */
final class ChildResponder {
    private static final int CREATE_CHILD_SA = Ikev2ExchangeType.CREATE_CHILD_SA.number();
    private static final int PROTO_IKE = 1;
    private static final int PROTO_ESP = 3;

    private ChildResponder() {
    }

    static void rows(TransitionTable t) {
        Ikev2ExchangeType cc = Ikev2ExchangeType.CREATE_CHILD_SA;
        t.entry(cc, false, READY, EV_RECV_CREATE_CHILD, READY);
        t.entry(cc, false, DELETE, EV_RECV_CREATE_CHILD, READY); // answered TEMPORARY_FAILURE (§2.25.2)
        t.pass(READY, EV_RECV_CREATE_CHILD, CHILD_R_INIT, EV_RECV_CREATE_CHILD);
        t.on(CHILD_R_INIT, EV_RECV_CREATE_CHILD, "readRequest", ChildResponder::read);
        t.on(CHILD_R_INIT, EV_VERIFY_MSG, "verifyMessage", ChildResponder::verify);
        t.on(CHILD_R_INIT, EV_CHK_CC_TYPE, "checkCreateChildType", ChildResponder::checkType,
                CHILD_R_IKE, CHILD_R_IPSEC, CHILD_R_BLD_MSG);
        t.pass(CHILD_R_IKE, EV_REKEY_IKESA, CHILD_R_IKE, EV_GET_POLICY);
        t.pass(CHILD_R_IKE, EV_GET_POLICY, CHILD_R_IKE, EV_PROC_MSG);
        t.on(CHILD_R_IKE, EV_PROC_MSG, "selectIkeProposal", ChildResponder::selectIke, CHILD_R_IKE, CHILD_R_BLD_MSG);
        t.on(CHILD_R_IKE, EV_SET_POLICY, "newIkeSpiAndNonce", (sa, core) -> {
            ChildWork w = sa.current.work;
            w.localSpi = core.newSpi(false);
            w.nr = Bytes.wrap(core.random.nextBytes(InitiatorInit.NONCE_LENGTH));
            return Next.to(CHILD_R_BLD_MSG, EV_GEN_DH_KEY);
        }, CHILD_R_BLD_MSG);
        t.pass(CHILD_R_IPSEC, EV_GET_POLICY, CHILD_R_IPSEC, EV_PROC_MSG);
        t.on(CHILD_R_IPSEC, EV_PROC_MSG, "selectEspAndTs", ChildResponder::selectEsp, CHILD_R_IPSEC, CHILD_R_BLD_MSG);
        t.on(CHILD_R_IPSEC, EV_SET_POLICY, "newEspSpiAndNonce", (sa, core) -> {
            ChildWork w = sa.current.work;
            w.localSpi = core.newEspSpi(sa);
            w.nr = Bytes.wrap(core.random.nextBytes(InitiatorInit.NONCE_LENGTH));
            return Next.to(CHILD_R_BLD_MSG, w.group != 0 ? EV_GEN_DH_KEY : EV_BLD_MSG);
        }, CHILD_R_BLD_MSG);
        t.on(CHILD_R_BLD_MSG, EV_GEN_DH_KEY, "genDhKey", ChildResponder::genDhKey);
        t.on(CHILD_R_BLD_MSG, EV_OK_RECD_DH_PUBKEY_RESP, "dhKeyReady", (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_GEN_DH_SECRET)));
        t.on(CHILD_R_BLD_MSG, EV_GEN_DH_SECRET, "genDhSecret", ChildResponder::genDhSecret);
        t.on(CHILD_R_BLD_MSG, EV_OK_RECD_DH_SECRET_RESP, "dhSecretReady", (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_BLD_MSG)));
        t.on(CHILD_R_BLD_MSG, EV_BLD_MSG, "buildResponse", ChildResponder::build, CHILD_R_BLD_MSG, EXIT);
        t.on(CHILD_R_BLD_MSG, EV_GEN_LOAD_IPSEC, "loadIpsec", (sa, core) -> ChildActivation.install(sa, core));
        t.on(CHILD_R_BLD_MSG, EV_OK_RECD_LOAD_IPSEC, "sendResponse", ChildResponder::sendChild, CHILD_R_BLD_MSG, EXIT);
        t.on(CHILD_R_BLD_MSG, EV_CHK_IKE_REKEY, "checkIkeRekey", (sa, core) -> sa.current.work.kind == ChildWork.Kind.REKEY_IKE
                ? Next.then(EV_GEN_SKEYID) : Next.to(CHILD_R_DONE, EV_ACTIVATE_NEW_SA), CHILD_R_BLD_MSG, CHILD_R_DONE);
        t.on(CHILD_R_BLD_MSG, EV_GEN_SKEYID, "genSkeyid", (sa, core) -> {
            IkeRekey.newSa(sa, core, sa.current.work, false);
            return Next.to(CHILD_R_DONE, EV_ACTIVATE_NEW_SA);
        }, CHILD_R_DONE);
        ChildActivation.rows(t, CHILD_R_DONE);
        t.on(CHILD_R_DONE, EV_START_DEL_TMR, "startDeleteTimer", (sa, core) -> Next.to(EXIT, EV_CHK_PENDING), EXIT);
        t.on(EXIT, EV_CHK_PENDING, "checkPending", (sa, core) -> Next.waitTraced(EXIT));
    }

    /** Everything the rows need, copied off the request: later steps may wait for key-exchange work. */
    private static Next read(Ikev2Sa sa, EngineCore core) {
        List<Ikev2Payload> in = sa.inPayloads;
        Optional<Ikev2SaPayload> offered = Payloads.first(in, Ikev2SaPayload.class);
        Optional<Ikev2NotifyPayload> rekey = Payloads.notify(in, Ikev2NotifyType.REKEY_SA.number());
        boolean ike = offered.isPresent() && !offered.get().proposals().isEmpty()
                && offered.get().proposals().get(0).protocolId() == PROTO_IKE;
        ChildWork w = new ChildWork(ike ? ChildWork.Kind.REKEY_IKE
                : rekey.isPresent() ? ChildWork.Kind.REKEY_CHILD : ChildWork.Kind.NEW_CHILD);
        sa.current.work = w;
        w.rekeySpi = rekey.map(Ikev2NotifyPayload::spi).orElse(null);
        w.ni = w.read(in);
        return Next.then(EV_VERIFY_MSG);
    }

    /** §1.3: SA and Ni always; TSi and TSr for a CHILD_SA; a nonce of 16 to 256 octets (§3.9). */
    private static Next verify(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        if (w.peerSa == null || w.ni == null || w.ni.length() < 16 || w.ni.length() > 256
                || (w.kind != ChildWork.Kind.REKEY_IKE && (w.peerTsi == null || w.peerTsr == null))
                || (w.kind == ChildWork.Kind.REKEY_IKE && w.peerKe == null)) {
            return Next.fail(FailureReason.MALFORMED_PAYLOAD, Ikev2NotifyType.INVALID_SYNTAX.number(),
                    "CREATE_CHILD_SA request lacks SA, Ni" + (w.kind == ChildWork.Kind.REKEY_IKE ? ", KE" : ", TSi or TSr"));
        }
        return Next.then(EV_CHK_CC_TYPE);
    }

    /** §2.25: what may not be done now is refused; otherwise the IKE or the CHILD_SA branch. */
    private static Next checkType(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        if (sa.state != READY || sa.rekeyedTo != null) {
            return refuse(w, Ikev2NotifyType.TEMPORARY_FAILURE.number(), "the IKE SA is being closed or was rekeyed");
        }
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            if (childWorkOfOurs(sa)) {
                return refuse(w, Ikev2NotifyType.TEMPORARY_FAILURE.number(), "a CHILD_SA exchange of ours is in flight");
            }
            return Next.to(CHILD_R_IKE, EV_REKEY_IKESA);
        }
        if (sa.ikeRekey != null) {
            return refuse(w, Ikev2NotifyType.TEMPORARY_FAILURE.number(), "we are rekeying the IKE SA");
        }
        if (sa.ipsecProfile == null) {
            return refuse(w, Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number(), "no ipsec profile for ikev2 profile " + sa.profile.name());
        }
        if (w.kind == ChildWork.Kind.REKEY_CHILD) {
            Child old = w.rekeySpi == null ? null : sa.childByOutbound(w.rekeySpi);
            if (old == null) {
                w.refusal = Ikev2NotifyType.CHILD_SA_NOT_FOUND.number();
                EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):REKEY_SA for unknown CHILD_SA {}", sa.saId,
                        w.rekeySpi == null ? "-" : w.rekeySpi.toHex());
                return Next.to(CHILD_R_BLD_MSG, EV_BLD_MSG);
            }
            if (old.deleting != null || old.replacedBy != null) {
                return refuse(w, Ikev2NotifyType.TEMPORARY_FAILURE.number(), "CHILD_SA " + old + " is being closed");
            }
            w.old = old; // rekeying it ourselves too (old.rekeying): answered as usual, resolved by the nonces (§2.8.1)
        }
        return Next.to(CHILD_R_IPSEC, EV_GET_POLICY);
    }

    private static boolean childWorkOfOurs(Ikev2Sa sa) {
        for (Exchange x = sa.exchanges; x != null; x = x.next) {
            if (x.ours && ((x.work != null && x.work.kind != ChildWork.Kind.REKEY_IKE) || x.deletesChild != null)) {
                return true;
            }
        }
        return false;
    }

    private static Next refuse(ChildWork w, int notify, String why) {
        w.refusal = notify;
        w.refusalWhy = why;
        return Next.to(CHILD_R_BLD_MSG, EV_BLD_MSG);
    }

    /** §1.3.2: one of our IKE proposals, its KE group the one of the peer's KE (else INVALID_KE_PAYLOAD), an 8-octet SPI. */
    private static Next selectIke(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        Optional<ChosenIke> c = ProposalSelector.selectIke(ChildInitiator.ikeProposals(sa, core), w.peerSa, w.peerKeGroup,
                core.ikeFilter);
        Optional<Bytes> spi = c.flatMap(i -> ProposalSelector.spiOf(w.peerSa, i.proposalNumber()));
        if (c.isEmpty() || spi.isEmpty() || spi.get().length() != 8 || spi.get().equals(Ikev2Sa.ZERO_SPI)) {
            return refuseReported(sa, core, w, Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number(),
                    FailureReason.PHASE1_PROPOSAL_MISMATCH, "no acceptable IKE proposal in the rekey");
        }
        if (c.get().group() != w.peerKeGroup) {
            w.refusalData = c.get().group();
            return refuse(w, Ikev2NotifyType.INVALID_KE_PAYLOAD.number(), "KE of group " + w.peerKeGroup
                    + ", group " + c.get().group() + " selected");
        }
        w.ike = c.get();
        w.group = c.get().group();
        w.peerSpi = spi.get();
        return Next.then(EV_SET_POLICY);
    }

    /**
     * Our preferred ESP proposal the peer offered, KE transforms negotiated (PFS, §1.3.1); a chosen group needs the
     * peer's KE of that group (else INVALID_KE_PAYLOAD). No acceptable proposal — e.g. the profile requires a PFS
     * group and the peer offers none (ios-reference.md §5 scenario 2) — is NO_PROPOSAL_CHOSEN and keeps the IKE SA.
     */
    private static Next selectEsp(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        Optional<ChosenEsp> esp = ProposalSelector.selectEsp(sa.ipsecProfile.espProposals(), w.peerSa,
                ChildContext.CREATE_CHILD_SA, TransformFilter.ALL);
        if (esp.isEmpty() || esp.get().peerSpi().length() != 4) {
            int pfs = ChildInitiator.pfsGroup(sa.ipsecProfile.espProposals());
            return refuseReported(sa, core, w, Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number(),
                    FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, "no acceptable ESP proposal"
                            + (pfs != 0 && w.peerKe == null ? " (pfs group " + pfs + " required, the peer sent no KE)" : ""));
        }
        int group = esp.get().group();
        if (group != 0 && w.peerKeGroup != group) {
            w.refusalData = group;
            return refuse(w, Ikev2NotifyType.INVALID_KE_PAYLOAD.number(), "KE of group " + w.peerKeGroup + ", group " + group + " selected");
        }
        List<TrafficSelector> tsi = TsNarrowing.narrow(TsNarrowing.fromPayload(w.peerTsi), ChildSelection.remoteSelectors(sa));
        List<TrafficSelector> tsr = TsNarrowing.narrow(TsNarrowing.fromPayload(w.peerTsr), ChildSelection.localSelectors(sa));
        if (tsi.isEmpty() || tsr.isEmpty()) {
            return refuseReported(sa, core, w, Ikev2NotifyType.TS_UNACCEPTABLE.number(), FailureReason.FLOW_MISMATCH,
                    "proposed TSi " + TsNarrowing.fromPayload(w.peerTsi) + " TSr " + TsNarrowing.fromPayload(w.peerTsr) + " outside ours");
        }
        w.esp = esp.get();
        w.group = group;
        w.peerSpi = InitReceiver.compact(esp.get().peerSpi());
        w.tsi = tsi;
        w.tsr = tsr;
        w.transport = w.peerTransport && ChildSelection.wantsTransport(sa);
        return Next.then(EV_SET_POLICY);
    }

    /** A refusal that is a negotiation failure of ours to report (the IKE SA stays, §1.3). */
    private static Next refuseReported(Ikev2Sa sa, EngineCore core, ChildWork w, int notify, FailureReason reason, String why) {
        core.report(sa, reason, notify, 0, "failed to establish CHILD_SA, keeping IKE_SA: " + why);
        return refuse(w, notify, why);
    }

    private static Next genDhKey(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        int group = w.group;
        byte[] peer = w.peerKe.toByteArray();
        return PublicKeyWork.start(sa, core, () -> core.crypto.keyExchange(group).responder(peer, core.random), kx -> {
            w.kx = kx;
            w.localKe = Bytes.wrap(kx.publicValue());
        }, io.ike4j.crypto.KeyExchangeParty::destroy, EV_OK_RECD_DH_PUBKEY_RESP, ChildResponder::badKe);
    }

    private static Next genDhSecret(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        var kx = w.kx;
        byte[] peer = w.peerKe.toByteArray();
        return PublicKeyWork.start(sa, core, () -> kx.sharedSecret(peer), s -> w.shared = s,
                io.ike4j.crypto.SecretBytes::destroy, EV_OK_RECD_DH_SECRET_RESP, ChildResponder::badKe);
    }

    private static Next badKe(io.ike4j.crypto.InvalidKeyExchangeValueException e) {
        return Next.fail(FailureReason.MALFORMED_PAYLOAD, Ikev2NotifyType.INVALID_SYNTAX.number(), "bad KE value: " + e.getMessage());
    }

    /** EV_BLD_MSG: a refusal, the IKE rekey response (SA, Nr, KEr, §1.3.2), or the CHILD_SA keys, installed first. */
    private static Next build(Ikev2Sa sa, EngineCore core) {
        Exchange x = sa.current;
        ChildWork w = x.work;
        if (w.refusal != 0) {
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):CREATE_CHILD_SA {} refused with {}{}", sa.saId, x.messageId,
                    Ikev2NotifyType.nameOf(w.refusal), w.refusalWhy == null ? "" : ": " + w.refusalWhy);
            return Next.to(EXIT, EV_CHK_PENDING).sending(Outgoing.response(CREATE_CHILD_SA, x.messageId, List.of(refusal(w))));
        }
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            List<Ikev2Payload> p = new ArrayList<>();
            p.add(SaPayloads.ike(w.ike, w.localSpi));
            p.add(new Ikev2NoncePayload(w.nr));
            p.add(new Ikev2KePayload(w.group, w.localKe));
            p.add(Windows.setWindowSize(sa));
            return Next.then(EV_CHK_IKE_REKEY).sending(Outgoing.response(CREATE_CHILD_SA, x.messageId, p));
        }
        ChildActivation.deriveChild(sa, core, w, false);
        return Next.then(EV_GEN_LOAD_IPSEC);
    }

    private static Ikev2NotifyPayload refusal(ChildWork w) {
        if (w.refusal == Ikev2NotifyType.INVALID_KE_PAYLOAD.number()) {
            return Ikev2NotifyPayload.of(w.refusal, Bytes.wrap(new byte[] {(byte) (w.refusalData >> 8), (byte) w.refusalData}));
        }
        if (w.refusal == Ikev2NotifyType.CHILD_SA_NOT_FOUND.number() && w.rekeySpi != null) {
            return new Ikev2NotifyPayload(PROTO_ESP, w.rekeySpi, w.refusal, Bytes.EMPTY); // §2.25: the REKEY_SA's SPI
        }
        return Ikev2NotifyPayload.of(w.refusal, Bytes.EMPTY);
    }

    /** The CHILD_SA is in the key engine: SA, Nr, [KEr,] TSi, TSr (§1.3.1), or NO_ADDITIONAL_SAS if it was refused. */
    private static Next sendChild(Ikev2Sa sa, EngineCore core) {
        Exchange x = sa.current;
        ChildWork w = x.work;
        if (w.installError != null) {
            core.report(sa, FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, Ikev2NotifyType.NO_ADDITIONAL_SAS.number(), 0,
                    "failed to establish CHILD_SA, keeping IKE_SA: key engine refused it: " + w.installError);
            w.child.destroy();
            core.espSpis.remove(w.localSpi, sa);
            w.refusal = Ikev2NotifyType.NO_ADDITIONAL_SAS.number();
            return Next.to(EXIT, EV_CHK_PENDING).sending(Outgoing.response(CREATE_CHILD_SA, x.messageId, List.of(refusal(w))));
        }
        List<Ikev2Payload> p = new ArrayList<>();
        if (w.transport) {
            p.add(InitiatorAuth.notify(Ikev2NotifyType.USE_TRANSPORT_MODE));
        }
        p.add(SaPayloads.esp(w.esp, w.localSpi));
        w.childPayloads(p, w.nr);
        return Next.then(EV_CHK_IKE_REKEY).sending(Outgoing.response(CREATE_CHILD_SA, x.messageId, p));
    }
}
