package io.ike4j.negotiator;

import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2CertPayload;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.TrafficSelector;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.auth.IdPayloads;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ProposalSelector;
import io.ike4j.negotiator.proposal.SaPayloads;
import io.ike4j.negotiator.proposal.TsNarrowing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/** Responder handles IKE_AUTH (ios-reference.md §1, fourth table, rows 1-25; RFC 7296 §1.2, §2.15). */
final class ResponderAuth {
    private static final int AUTHENTICATION_FAILED = Ikev2NotifyType.AUTHENTICATION_FAILED.number();
    private static final int INVALID_SYNTAX = Ikev2NotifyType.INVALID_SYNTAX.number();

    private ResponderAuth() {
    }

    static void rows(TransitionTable t) {
        t.entry(Ikev2ExchangeType.IKE_AUTH, false, R_WAIT_AUTH, EV_RECV_AUTH);
        t.on(R_WAIT_AUTH, EV_RECV_AUTH, "stopHalfOpenTimer", (sa, core) -> {
            sa.halfOpenDeadline = null;
            return Next.then(EV_CHK_NAT_T);
        });
        t.pass(R_WAIT_AUTH, EV_CHK_NAT_T, R_WAIT_AUTH, EV_PROC_ID);
        t.on(R_WAIT_AUTH, EV_PROC_ID, "processId", new ProcessId());
        t.pass(R_WAIT_AUTH, EV_CHK_IF_PEER_CERT_NEEDS_TO_BE_FETCHED_FOR_PROF_SEL, R_WAIT_AUTH, EV_GET_POLICY_BY_PEERID);
        t.on(R_WAIT_AUTH, EV_GET_POLICY_BY_PEERID, "getPolicyByPeerId", ResponderAuth::getPolicyByPeerId);
        t.on(R_WAIT_AUTH, EV_SET_POLICY, "setPolicy", ResponderAuth::setPolicy);
        t.pass(R_WAIT_AUTH, EV_VERIFY_POLICY_BY_PEERID, R_WAIT_AUTH, EV_CHK_EAP);
        t.on(R_WAIT_AUTH, EV_CHK_EAP, "checkEap", (sa, core) -> Payloads.first(sa.inPayloads, Ikev2AuthPayload.class).isPresent()
                ? Next.then(EV_NO_EAP)
                : Next.fail(FailureReason.AUTHENTICATION_FAIL, AUTHENTICATION_FAILED, "no AUTH payload: EAP is not supported"));
        t.pass(R_WAIT_AUTH, EV_NO_EAP, R_VERIFY_AUTH, EV_CHK_AUTH_TYPE);
        t.on(R_VERIFY_AUTH, EV_CHK_AUTH_TYPE, "chooseVerifier", (sa, core) -> Next.then(
                sa.profile.remoteAuth() == io.ike4j.config.AuthMethod.PRE_SHARE ? EV_GET_PRESHR_KEY : EV_VERIFY_AUTH));
        t.pass(R_VERIFY_AUTH, EV_GET_PRESHR_KEY, R_VERIFY_AUTH, EV_VERIFY_AUTH);
        t.on(R_VERIFY_AUTH, EV_VERIFY_AUTH, "verifyAuth", new VerifyAuth());
        t.on(R_VERIFY_AUTH, EV_CHK4_IC, "checkInitialContact", (sa, core) -> {
            Next refused = PublicKeyWork.verdict(sa, null); // a signature check that ran on the crypto executor
            return refused != null ? refused : checkInitialContact(sa, core);
        });
        t.pass(R_VERIFY_AUTH, EV_CHK_REDIRECT, R_VERIFY_AUTH, EV_NOTIFY_AUTH_DONE);
        t.pass(R_VERIFY_AUTH, EV_NOTIFY_AUTH_DONE, R_VERIFY_AUTH, EV_CHK_CONFIG_MODE);
        t.pass(R_VERIFY_AUTH, EV_CHK_CONFIG_MODE, R_VERIFY_AUTH, EV_SET_RECD_CONFIG_MODE);
        t.pass(R_VERIFY_AUTH, EV_SET_RECD_CONFIG_MODE, R_VERIFY_AUTH, EV_PROC_SA_TS);
        t.on(R_VERIFY_AUTH, EV_PROC_SA_TS, "processSaTs", new ProcessSaTs());
        t.pass(R_VERIFY_AUTH, EV_GET_CONFIG_MODE, R_BLD_AUTH, EV_MY_AUTH_METHOD);
        t.on(R_BLD_AUTH, EV_MY_AUTH_METHOD, "chooseAuthMethod", (sa, core) -> Next.then(
                sa.profile.localAuth() == io.ike4j.config.AuthMethod.PRE_SHARE ? EV_GET_PRESHR_KEY : EV_GEN_AUTH));
        t.pass(R_BLD_AUTH, EV_GET_PRESHR_KEY, R_BLD_AUTH, EV_GEN_AUTH);
        t.on(R_BLD_AUTH, EV_GEN_AUTH, "genAuth", ResponderAuth::genAuth);
        t.on(R_BLD_AUTH, EV_CHK4_SIGN, "signIfCertificate", (sa, core) -> Authentication.signs(sa)
                ? Authentication.signatureWork(sa, core, EV_OK_AUTH_GEN) : Next.then(EV_OK_AUTH_GEN));
        t.on(R_BLD_AUTH, EV_OK_AUTH_GEN, "authGenerated", (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_SEND_AUTH)));
        t.on(R_BLD_AUTH, EV_SEND_AUTH, "sendAuth", new SendAuth(), AUTH_DONE);
    }

    /** IDi, AUTH or EAP, SA, TSi, TSr must be there (RFC 7296 §1.2); IDi must decode. */
    private static final class ProcessId implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            List<Ikev2Payload> p = sa.inPayloads;
            Ikev2IdPayload idi = Payloads.id(p, true);
            if (idi == null || Payloads.count(p, Ikev2SaPayload.class) != 1
                    || Payloads.countTs(p, true) != 1 || Payloads.countTs(p, false) != 1) {
                return Next.fail(FailureReason.MALFORMED_PAYLOAD, INVALID_SYNTAX, "IKE_AUTH request needs IDi, SA, TSi and TSr");
            }
            Optional<io.ike4j.config.IkeIdentity> id = IdPayloads.fromPayload(idi);
            if (id.isEmpty()) {
                return Next.fail(FailureReason.MALFORMED_PAYLOAD, INVALID_SYNTAX, "undecodable IDi of type " + idi.idType());
            }
            sa.peerIdPayload = idi;
            sa.remoteId = id.get();
            return Next.then(EV_CHK_IF_PEER_CERT_NEEDS_TO_BE_FETCHED_FOR_PROF_SEL);
        }
    }

    /** IOS selects the profile by the peer's identity ({@code match identity remote}). */
    private static Next getPolicyByPeerId(Ikev2Sa sa, EngineCore core) {
        var profile = core.config.profileFor(sa.remoteId, sa.remote.address());
        if (profile.isEmpty()) {
            return Next.fail(FailureReason.CONFIG_ID_MISMATCH, AUTHENTICATION_FAILED,
                    "peer identity " + sa.remoteId + " matches no ikev2 profile");
        }
        sa.profile = profile.get();
        return Next.then(EV_SET_POLICY);
    }

    private static Next setPolicy(Ikev2Sa sa, EngineCore core) {
        sa.ipsecProfile = null;
        for (io.ike4j.config.IpsecProfile ip : core.config.ipsecProfiles()) {
            if (ip.ikeProfile().name().equals(sa.profile.name())) {
                sa.ipsecProfile = ip;
                break;
            }
        }
        return Next.then(EV_VERIFY_POLICY_BY_PEERID);
    }

    private static final class VerifyAuth implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            Ikev2AuthPayload auth = Payloads.first(sa.inPayloads, Ikev2AuthPayload.class).get();
            List<Ikev2CertPayload> certs = Payloads.all(sa.inPayloads, Ikev2CertPayload.class);
            if (sa.profile.remoteAuth() != io.ike4j.config.AuthMethod.PRE_SHARE) {
                return Authentication.verifyWork(sa, core, auth, certs, EV_CHK4_IC); // the verdict is applied there
            }
            Optional<String> bad = Authentication.verify(sa, core, auth, certs);
            if (bad.isPresent()) {
                return Next.fail(FailureReason.AUTHENTICATION_FAIL, AUTHENTICATION_FAILED, bad.get());
            }
            return Next.then(EV_CHK4_IC);
        }
    }

    /**
     * INITIAL_CONTACT: the peer has no other SA with us, so ours to "the same authenticated identity" are
     * stale (RFC 7296 §2.4). An ID payload is authenticated only as far as the credential binds it, so an
     * SA is removed only when its peer claimed the same identity with the same credential: the same
     * certificate key, or the same keyring entry — and, when that entry is a pre-shared key matched by
     * address prefix (shared by every peer there, any of which can claim any identity), the same remote
     * address too. Otherwise any holder of a shared key could end other peers' SAs.
     */
    private static Next checkInitialContact(Ikev2Sa sa, EngineCore core) {
        if (Payloads.notify(sa.inPayloads, Ikev2NotifyType.INITIAL_CONTACT.number()).isPresent()) {
            sa.peerInitialContact = true;
            for (Ikev2Sa other : core.establishedWith(sa.remoteId)) { // the identity index: no walk over all SAs
                if (other != sa && other.established != null && sa.remoteId.equals(other.remoteId)
                        && sa.peerCredential != null && sa.peerCredential.clears(other.peerCredential,
                        sa.remote.address(), other.remote.address())) {
                    core.remove(other, "INITIAL_CONTACT received from " + sa.remoteId);
                }
            }
        }
        return Next.then(EV_CHK_REDIRECT);
    }

    /**
     * The first CHILD_SA: our most preferred ESP proposal the peer offered, selectors narrowed (§2.9).
     * A failure here keeps the IKE SA (§1.2): the response carries the error notify instead of SA/TS.
     */
    private static final class ProcessSaTs implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            List<Ikev2Payload> p = sa.inPayloads;
            IpsecProfile ip = sa.ipsecProfile;
            Ikev2SaPayload offered = Payloads.first(p, Ikev2SaPayload.class).get();
            Optional<ChosenEsp> esp = ip == null ? Optional.empty() : ProposalSelector.selectEsp(ChildSelection.espProposals(sa), offered,
                    io.ike4j.negotiator.proposal.ChildContext.IKE_AUTH, io.ike4j.negotiator.proposal.TransformFilter.ALL);
            if (esp.isEmpty()) {
                sa.childErrorNotify = Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number();
                core.report(sa, FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, sa.childErrorNotify, 0,
                        ip == null ? "no ipsec profile for ikev2 profile " + sa.profile.name() : "no acceptable ESP proposal");
                return Next.then(EV_GET_CONFIG_MODE);
            }
            List<TrafficSelector> tsi = TsNarrowing.narrow(TsNarrowing.fromPayload(tsPayload(p, true)), ChildSelection.remoteSelectors(sa));
            List<TrafficSelector> tsr = TsNarrowing.narrow(TsNarrowing.fromPayload(tsPayload(p, false)), ChildSelection.localSelectors(sa));
            if (tsi.isEmpty() || tsr.isEmpty()) {
                sa.childErrorNotify = Ikev2NotifyType.TS_UNACCEPTABLE.number();
                core.report(sa, FailureReason.FLOW_MISMATCH, sa.childErrorNotify, 0,
                        "proposed TSi " + TsNarrowing.fromPayload(tsPayload(p, true)) + " TSr "
                                + TsNarrowing.fromPayload(tsPayload(p, false)) + " outside ours");
                return Next.then(EV_GET_CONFIG_MODE);
            }
            sa.esp = esp.get();
            sa.tsi = tsi;
            sa.tsr = tsr;
            sa.transportMode = Payloads.notify(p, Ikev2NotifyType.USE_TRANSPORT_MODE.number()).isPresent() && ChildSelection.wantsTransport(sa);
            sa.childSpi = ChildSelection.newEspSpi(core, sa);
            sa.child = KeySchedule.deriveChild(sa, core.crypto, sa.esp, sa.childSpi, InitReceiver.compact(sa.esp.peerSpi()));
            return Next.then(EV_GET_CONFIG_MODE);
        }
    }

    /**
     * IDr. A configured {@code identity local} wins; without one, the identity the initiator asked for in its IDr
     * (RFC 7296 §3.5: "which of the responder's identities it wants to talk to") when we may use it: with a
     * certificate, one the certificate carries; with a pre-shared key, any name (the key, not the name,
     * authenticates us), but an address only if it is ours. Otherwise the IOS default (address or subject).
     */
    static io.ike4j.config.IkeIdentity identity(Ikev2Sa sa, EngineCore core) {
        io.ike4j.config.IkeIdentity fallback = InitiatorAuth.localIdentity(sa, core);
        if (sa.profile.localIdentity().isPresent()) {
            return fallback;
        }
        Ikev2IdPayload idr = Payloads.id(sa.inPayloads, false);
        Optional<io.ike4j.config.IkeIdentity> asked = idr == null ? Optional.empty() : IdPayloads.fromPayload(idr);
        if (asked.isEmpty()) {
            return fallback;
        }
        io.ike4j.config.IkeIdentity id = asked.get();
        if (sa.profile.localAuth() != io.ike4j.config.AuthMethod.PRE_SHARE) {
            return core.credentials != null && io.ike4j.negotiator.auth.CertIdentity.matches(core.credentials.chain().get(0), id)
                    ? id : fallback;
        }
        boolean address = id.type() == io.ike4j.config.IkeIdentity.Type.IPV4_ADDR
                || id.type() == io.ike4j.config.IkeIdentity.Type.IPV6_ADDR;
        return !address || id.address().filter(a -> a.equals(sa.local.address())).isPresent() ? id : fallback;
    }

    static Ikev2TsPayload tsPayload(List<Ikev2Payload> p, boolean initiator) {
        Ikev2TsPayload ts = Payloads.ts(p, initiator);
        if (ts == null) {
            throw new java.util.NoSuchElementException(initiator ? "no TSi" : "no TSr");
        }
        return ts;
    }

    private static Next genAuth(Ikev2Sa sa, EngineCore core) {
        sa.localId = identity(sa, core);
        sa.localIdPayload = IdPayloads.toPayload(false, sa.localId);
        return Authentication.ownAuth(sa, core, EV_CHK4_SIGN); // a signature: made there, on the crypto executor
    }

    private static final class SendAuth implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            List<Ikev2Payload> p = new ArrayList<>();
            p.add(sa.localIdPayload);
            InitiatorAuth.certificates(sa, core, p);
            p.add(sa.localAuth);
            if (sa.child != null) {
                p.add(SaPayloads.esp(sa.esp, sa.childSpi));
                p.add(TsNarrowing.toPayload(true, sa.tsi));
                p.add(TsNarrowing.toPayload(false, sa.tsr));
                InitiatorAuth.childNotifies(sa, p);
            } else {
                p.add(Ikev2NotifyPayload.of(sa.childErrorNotify, io.ike4j.codec.Bytes.EMPTY));
            }
            Windows.learn(sa, sa.inPayloads); // the initiator's AUTH verified
            if (sa.child == null && sa.localWindow > 1) {
                p.add(Windows.setWindowSize(sa)); // without a CHILD_SA its notifies are not sent: the window still is
            }
            long id = sa.inMessage.header().messageId();
            return Next.to(AUTH_DONE, EV_OK).sending(Outgoing.response(Ikev2ExchangeType.IKE_AUTH.number(), id, p));
        }
    }
}
