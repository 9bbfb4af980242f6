package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.TrafficSelector;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.auth.IdPayloads;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ProposalSelector;
import io.ike4j.negotiator.proposal.TsNarrowing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/** Initiator handles the IKE_AUTH response (ios-reference.md §1, fifth table, rows 1-15; RFC 7296 §1.2). */
final class InitiatorAuthResponse {
    private static final int AUTHENTICATION_FAILED = Ikev2NotifyType.AUTHENTICATION_FAILED.number();
    /** Errors about the CHILD_SA only: the IKE SA is still created (§1.2, §3.10.1). */
    private static final Set<Integer> CHILD_ERRORS = Set.of(Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number(),
            Ikev2NotifyType.TS_UNACCEPTABLE.number(), Ikev2NotifyType.SINGLE_PAIR_REQUIRED.number(),
            Ikev2NotifyType.INTERNAL_ADDRESS_FAILURE.number(), Ikev2NotifyType.FAILED_CP_REQUIRED.number(),
            Ikev2NotifyType.INVALID_SELECTORS.number());

    private InitiatorAuthResponse() {
    }

    static void rows(TransitionTable t) {
        t.entry(io.ike4j.codec.v2.iana.Ikev2ExchangeType.IKE_AUTH, true, I_WAIT_AUTH, EV_RECV_AUTH);
        t.pass(I_WAIT_AUTH, EV_RECV_AUTH, I_PROC_AUTH, EV_CHK_NOTIFY);
        t.on(I_PROC_AUTH, EV_CHK_NOTIFY, "checkNotify", InitiatorAuthResponse::checkNotify);
        t.on(I_PROC_AUTH, EV_PROC_MSG, "processMessage", InitiatorAuthResponse::processMessage);
        t.pass(I_PROC_AUTH, EV_CHK_IF_PEER_CERT_NEEDS_TO_BE_FETCHED_FOR_PROF_SEL, I_PROC_AUTH, EV_GET_POLICY_BY_PEERID);
        t.on(I_PROC_AUTH, EV_GET_POLICY_BY_PEERID, "matchResponderId", (sa, core) -> sa.profile.matchesRemote(sa.remoteId, sa.remote.address())
                ? Next.then(EV_VERIFY_POLICY_BY_PEERID)
                : Next.fail(FailureReason.CONFIG_ID_MISMATCH, AUTHENTICATION_FAILED, "responder identity " + sa.remoteId
                        + " does not match profile " + sa.profile.name()));
        t.pass(I_PROC_AUTH, EV_VERIFY_POLICY_BY_PEERID, I_PROC_AUTH, EV_CHK_AUTH_TYPE);
        t.on(I_PROC_AUTH, EV_CHK_AUTH_TYPE, "chooseVerifier", (sa, core) -> Next.then(
                sa.profile.remoteAuth() == io.ike4j.config.AuthMethod.PRE_SHARE ? EV_GET_PRESHR_KEY : EV_VERIFY_AUTH));
        t.pass(I_PROC_AUTH, EV_GET_PRESHR_KEY, I_PROC_AUTH, EV_VERIFY_AUTH);
        t.on(I_PROC_AUTH, EV_VERIFY_AUTH, "verifyAuth", InitiatorAuthResponse::verifyAuth);
        t.on(I_PROC_AUTH, EV_CHK_EAP, "checkEap", (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_NOTIFY_AUTH_DONE)));
        t.pass(I_PROC_AUTH, EV_NOTIFY_AUTH_DONE, I_PROC_AUTH, EV_CHK_CONFIG_MODE);
        t.pass(I_PROC_AUTH, EV_CHK_CONFIG_MODE, I_PROC_AUTH, EV_CHK4_IC);
        t.pass(I_PROC_AUTH, EV_CHK4_IC, I_PROC_AUTH, EV_CHK_IKE_ONLY);
        t.pass(I_PROC_AUTH, EV_CHK_IKE_ONLY, I_PROC_AUTH, EV_PROC_SA_TS);
        t.on(I_PROC_AUTH, EV_PROC_SA_TS, "processSaTs", InitiatorAuthResponse::processSaTs, AUTH_DONE);
    }

    private static Next checkNotify(Ikev2Sa sa, EngineCore core) {
        Optional<Ikev2NotifyPayload> err = Payloads.error(sa.inPayloads);
        if (err.isEmpty()) {
            return Next.then(EV_PROC_MSG);
        }
        int type = err.get().notifyType();
        if (CHILD_ERRORS.contains(type) && Payloads.first(sa.inPayloads, Ikev2AuthPayload.class).isPresent()) {
            sa.childErrorNotify = type;
            return Next.then(EV_PROC_MSG);
        }
        if (type == AUTHENTICATION_FAILED) {
            return Next.failReceived(FailureReason.AUTHENTICATION_FAIL, type, "peer rejected our authentication");
        }
        if (type == Ikev2NotifyType.INVALID_SYNTAX.number()) {
            return Next.failReceived(FailureReason.MALFORMED_PAYLOAD, type, "peer found our IKE_AUTH malformed");
        }
        if (CHILD_ERRORS.contains(type)) {
            return Next.failReceived(type == Ikev2NotifyType.TS_UNACCEPTABLE.number() ? FailureReason.FLOW_MISMATCH
                    : FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, type, "IKE_AUTH refused");
        }
        return Next.failReceived(FailureReason.PEER_ERROR_NOTIFY, type, "IKE_AUTH refused");
    }

    private static Next processMessage(Ikev2Sa sa, EngineCore core) {
        List<Ikev2Payload> p = sa.inPayloads;
        Ikev2IdPayload idr = Payloads.id(p, false);
        Optional<io.ike4j.config.IkeIdentity> id = idr == null ? Optional.empty() : IdPayloads.fromPayload(idr);
        if (id.isEmpty() || Payloads.first(p, Ikev2AuthPayload.class).isEmpty()) {
            return Next.fail(FailureReason.MALFORMED_PAYLOAD, Ikev2NotifyType.INVALID_SYNTAX.number(),
                    "IKE_AUTH response needs a decodable IDr and AUTH");
        }
        sa.peerIdPayload = idr;
        sa.remoteId = id.get();
        return Next.then(EV_CHK_IF_PEER_CERT_NEEDS_TO_BE_FETCHED_FOR_PROF_SEL);
    }

    private static Next verifyAuth(Ikev2Sa sa, EngineCore core) {
        Ikev2AuthPayload auth = Payloads.first(sa.inPayloads, Ikev2AuthPayload.class).get();
        List<Ikev2CertPayload> certs = Payloads.all(sa.inPayloads, Ikev2CertPayload.class);
        if (sa.profile.remoteAuth() != io.ike4j.config.AuthMethod.PRE_SHARE) {
            return Authentication.verifyWork(sa, core, auth, certs, EV_CHK_EAP); // the verdict is applied there
        }
        Optional<String> bad = Authentication.verify(sa, core, auth, certs);
        return bad.isPresent() ? Next.fail(FailureReason.AUTHENTICATION_FAIL, AUTHENTICATION_FAILED, bad.get())
                : Next.then(EV_CHK_EAP);
    }

    /** The responder's CHILD_SA must be one of our proposals, its selectors inside ours (§2.7, §2.9). */
    private static Next processSaTs(Ikev2Sa sa, EngineCore core) {
        Windows.learn(sa, sa.inPayloads); // the responder's AUTH verified
        List<Ikev2Payload> p = sa.inPayloads;
        if (sa.childErrorNotify != 0) {
            boolean ts = sa.childErrorNotify == Ikev2NotifyType.TS_UNACCEPTABLE.number();
            core.report(sa, ts ? FailureReason.FLOW_MISMATCH : FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, 0,
                    sa.childErrorNotify, "no CHILD_SA, keeping IKE SA");
            return Next.to(AUTH_DONE, EV_OK);
        }
        Optional<Ikev2SaPayload> saPayload = Payloads.first(p, Ikev2SaPayload.class);
        Optional<ChosenEsp> esp = saPayload.flatMap(s -> ProposalSelector.acceptEsp(ChildSelection.espProposals(sa), s,
                io.ike4j.negotiator.proposal.ChildContext.IKE_AUTH));
        if (esp.isEmpty()) {
            core.report(sa, FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, 0, 0, "responder's ESP proposal was not offered");
            return Next.to(AUTH_DONE, EV_OK);
        }
        List<TrafficSelector> tsi = TsNarrowing.fromPayload(ResponderAuth.tsPayload(p, true));
        List<TrafficSelector> tsr = TsNarrowing.fromPayload(ResponderAuth.tsPayload(p, false));
        if (tsi.isEmpty() || tsr.isEmpty() || !TsNarrowing.isSubset(tsi, sa.tsi) || !TsNarrowing.isSubset(tsr, sa.tsr)) {
            core.report(sa, FailureReason.FLOW_MISMATCH, 0, 0, "responder's selectors " + tsi + " / " + tsr + " exceed ours");
            return Next.to(AUTH_DONE, EV_OK);
        }
        sa.esp = esp.get();
        sa.tsi = tsi;
        sa.tsr = tsr;
        sa.transportMode = sa.transportMode && Payloads.notify(p, Ikev2NotifyType.USE_TRANSPORT_MODE.number()).isPresent();
        sa.child = KeySchedule.deriveChild(sa, core.crypto, sa.esp, sa.childSpi, InitReceiver.compact(sa.esp.peerSpi()));
        return Next.to(AUTH_DONE, EV_OK);
    }
}
