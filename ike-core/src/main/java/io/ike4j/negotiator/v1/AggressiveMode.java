package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.HashPayload;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.IsakmpPayloadType;
import io.ike4j.codec.v1.KePayload;
import io.ike4j.codec.v1.NoncePayload;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.proposal.Phase1Proposals;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v1.Ikev1Input.IKE_PROCESS_COMPLETE;
import static io.ike4j.sm.v1.Ikev1Input.IKE_PROCESS_MAIN_MODE;

/**
 * Aggressive Mode with pre-shared keys (RFC 2409 §5.4):
 * <pre>
 * AM1 HDR, SA, KE, Ni, IDii [VID]
 * AM2 HDR, SA, KE, Nr, IDir, HASH_R [VID]
 * AM3 HDR*, HASH_I
 * </pre>
 * The initiator offers one group (its KE goes in AM1); AM3 goes encrypted (either is accepted). A responder answers
 * both modes. NAT-T (RFC 3947 §3.2, §4): the NAT-D payloads go in AM2 and AM3, and a NAT detected from AM2 makes the
 * initiator send AM3 from the NAT-T port pair. The identities travel in the clear: a deliberate choice of whoever configures it.
 */
final class AggressiveMode {
    static final int EXCHANGE = IsakmpExchangeType.AGGRESSIVE.number();

    private AggressiveMode() {
    }

    static Step sendAm1(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        int group = sa.suites.get(0).group();
        sa.suites = sa.suites.stream().filter(s -> s.group() == group).toList();
        sa.chosen = sa.suites.get(0); // for the group until AM2 says which
        SaPayload offer = Phase1Proposals.offer(sa.suites);
        sa.saIBody = Protection.body(offer);
        Phase1.initiatorKe(core, sa);
        sa.localId = Phase1.localIdentity(core, sa);
        IdPayload id = Phase1.idPayload(sa.localId);
        List<IsakmpPayload> ps = new ArrayList<>(List.of(offer, new KePayload(Bytes.wrap(sa.gxi)), new NoncePayload(sa.ni), id));
        ps.addAll(MainMode.vendorIds(core));
        core.send(sa, null, Protection.plain(core, sa, EXCHANGE, ps), true);
        return Step.waitIn(Ikev1State.IKE_I_AM1);
    }

    static Step acceptAm2(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Inbound in = sa.in;
        Optional<SaPayload> saP = in.first(SaPayload.class);
        Optional<KePayload> ke = in.first(KePayload.class);
        Optional<NoncePayload> nr = in.first(NoncePayload.class);
        Optional<IdPayload> id = in.first(IdPayload.class);
        Optional<HashPayload> hash = in.first(HashPayload.class);
        List<RawChain.Raw> raw = Protection.raw(in);
        Bytes idBody = RawChain.body(raw, IsakmpPayloadType.ID.number());
        if (in.message.isEncrypted() || saP.isEmpty() || ke.isEmpty() || nr.isEmpty() || id.isEmpty() || hash.isEmpty()
                || idBody == null || in.message.header().responderCookie() == 0 || !Phase1.validNonce(nr.get().nonce())) {
            return Step.drop("AM2 without SA, KE, Nr, IDir and HASH_R");
        }
        Optional<Phase1Proposals.Suite> chosen = Phase1Proposals.select(sa.suites, saP.get());
        if (chosen.isEmpty() || ke.get().keyExchangeData().length() != Phase1.kx(core, sa).publicValueLength(false)) {
            return MainMode.dropped(sa, FailureReason.PHASE1_PROPOSAL_MISMATCH, "AM2 answers with a transform we did not offer");
        }
        Phase1Proposals.Suite before = sa.chosen;
        sa.chosen = chosen.get();
        sa.cookieR = Bytes.wrap(in.datagram.payload().slice(8, 8).toByteArray());
        sa.gxr = ke.get().keyExchangeData().toByteArray();
        sa.nr = nr.get().nonce();
        if (!Phase1.deriveKeys(core, sa) || !Phase1.hashEquals(Phase1.hashR(sa, idBody.toByteArray()), hash.get().hash())) {
            Phase1.forgetKeys(sa);
            sa.chosen = before;
            sa.cookieR = Bytes.wrap(new byte[8]);
            return MainMode.dropped(sa, FailureReason.AUTHENTICATION_FAIL, "HASH_R mismatch in AM2");
        }
        sa.remoteId = Phase1.identity(id.get()).orElse(null);
        MainMode.readVendorIds(sa, in);
        NatT.detect(core, sa, in);
        MainMode.accepted(core, sa, in);
        return Step.stay(IKE_PROCESS_MAIN_MODE);
    }

    static Step sendAm3(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        IdPayload id = Phase1.idPayload(sa.localId);
        byte[] hash = core.tweaks.localHash("HASH_I", Phase1.hashI(sa, Protection.body(id)));
        List<IsakmpPayload> natd = NatT.payloads(core, sa); // computed on the endpoints AM1/AM2 used (§3.2)
        NatT.floatIfNeeded(core, sa);
        List<IsakmpPayload> ps = new ArrayList<>(List.of(new HashPayload(Bytes.wrap(hash))));
        ps.addAll(natd);
        core.send(sa, null, Protection.encrypted(core, sa, EXCHANGE, 0, ps), false);
        Phase1Done.established(core, sa);
        return Step.then(Ikev1State.IKE_P1_COMPLETE, Ikev1Input.IKE_PHASE1_COMPLETE);
    }

    static Step acceptAm1(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Inbound in = sa.in;
        List<RawChain.Raw> raw = Protection.raw(in);
        Bytes saBody = RawChain.body(raw, IsakmpPayloadType.SA.number());
        Bytes idBody = RawChain.body(raw, IsakmpPayloadType.ID.number());
        Optional<KePayload> ke = in.first(KePayload.class);
        Optional<NoncePayload> ni = in.first(NoncePayload.class);
        Optional<IdPayload> id = in.first(IdPayload.class);
        if (in.message.isEncrypted() || saBody == null || idBody == null || ke.isEmpty() || ni.isEmpty() || id.isEmpty()
                || !Phase1.validNonce(ni.get().nonce())) {
            return Step.drop("AM1 without SA, KE, Ni and IDii");
        }
        sa.aggressive = true;
        sa.saIBody = saBody.toByteArray();
        sa.peerIdBody = idBody.toByteArray();
        sa.gxi = ke.get().keyExchangeData().toByteArray();
        sa.ni = ni.get().nonce();
        sa.remoteId = Phase1.identity(id.get()).orElse(null);
        MainMode.readVendorIds(sa, in);
        MainMode.accepted(core, sa, in);
        return Step.then(Ikev1State.IKE_R_AM1, IKE_PROCESS_MAIN_MODE);
    }

    static Step chooseAm1(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Step chosen = MainMode.chooseMm1(core, sa, node);
        if (chosen.kind() != Step.Kind.GO) {
            return chosen;
        }
        if (sa.gxi.length != Phase1.kx(core, sa).publicValueLength(true)) {
            return Step.fail(FailureReason.PHASE1_PROPOSAL_MISMATCH, MainMode.NO_PROPOSAL_CHOSEN,
                    "AM1's KE is not of the chosen group " + sa.chosen.group());
        }
        String bad = Phase1.checkIdentity(core, sa);
        if (bad != null) {
            return Step.fail(FailureReason.CONFIG_ID_MISMATCH, MainMode.INVALID_ID_INFORMATION, bad);
        }
        if (!Phase1.responderKe(core, sa) || !Phase1.deriveKeys(core, sa)) {
            return Step.fail(FailureReason.MALFORMED_PAYLOAD, MainMode.INVALID_KEY_INFORMATION,
                    "the initiator's KE is not a valid group element");
        }
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step sendAm2(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        sa.localId = Phase1.localIdentity(core, sa);
        IdPayload id = Phase1.idPayload(sa.localId);
        byte[] hash = core.tweaks.localHash("HASH_R", Phase1.hashR(sa, Protection.body(id)));
        List<IsakmpPayload> ps = new ArrayList<>(List.of(Phase1Proposals.answer(sa.chosen), new KePayload(Bytes.wrap(sa.gxr)),
                new NoncePayload(sa.nr), id, new HashPayload(Bytes.wrap(hash))));
        ps.addAll(MainMode.vendorIds(core));
        ps.addAll(NatT.payloads(core, sa));
        core.send(sa, null, Protection.plain(core, sa, EXCHANGE, ps), true);
        return Step.waitIn(Ikev1State.IKE_R_AM2);
    }

    static Step acceptAm3(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Inbound in = sa.in;
        if (in.message.isEncrypted()) {
            String bad = Protection.decrypt(sa, in);
            if (bad != null) {
                return MainMode.dropped(sa, FailureReason.AUTHENTICATION_FAIL, "AM3 could not be decrypted (" + bad
                        + "): the pre-shared keys probably differ");
            }
        }
        Optional<HashPayload> hash = in.first(HashPayload.class);
        if (hash.isEmpty() || !Phase1.hashEquals(Phase1.hashI(sa, sa.peerIdBody), hash.get().hash())) {
            return MainMode.dropped(sa, FailureReason.AUTHENTICATION_FAIL, "HASH_I mismatch in AM3");
        }
        MainMode.accepted(core, sa, in);
        if (NatT.negotiated(core, sa)) {
            NatT.detectFrom(core, sa, in, sa.remote); // AM1 came from the endpoint the NAT-D hashes name
            NatT.follow(core, sa, in.datagram);
        }
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step responderComplete(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Phase1Done.established(core, sa);
        return Step.waitIn(Ikev1State.IKE_P1_COMPLETE);
    }
}
