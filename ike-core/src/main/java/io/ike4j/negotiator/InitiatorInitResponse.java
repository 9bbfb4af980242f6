package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.auth.SignatureAuth;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.negotiator.proposal.ProposalSelector;

import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/**
 * Initiator handles the IKE_SA_INIT response (ios-reference.md §1, third table, rows 1-13). The response is
 * unauthenticated, so nothing in it may end the attempt at once (RFC 7296 §2.21.1): COOKIE and a usable
 * INVALID_KE_PAYLOAD are acted on, as the RFC defines corrective actions for them; anything else unusable (an
 * error notify, a missing payload, a proposal we did not offer, a bad KE value) is ignored with
 * {@link Next#ignore}: the request stays outstanding and is retransmitted, and only if no usable response
 * arrives before the exchange times out is the attempt failed, with what was seen.
 */
final class InitiatorInitResponse {
    /** INVALID_KE_PAYLOAD retries per SA: one per group we could be asked for is plenty. */
    static final int MAX_INVALID_KE_RETRIES = 2;
    /** COOKIE round trips per SA before giving up (a responder that keeps asking is broken or hostile). */
    static final int MAX_COOKIE_RETRIES = 3;

    private InitiatorInitResponse() {
    }

    static void rows(TransitionTable t) {
        t.entry(io.ike4j.codec.v2.iana.Ikev2ExchangeType.IKE_SA_INIT, true, I_WAIT_INIT, EV_RECV_INIT);
        t.pass(I_WAIT_INIT, EV_RECV_INIT, I_PROC_INIT, EV_CHK_NOTIFY);
        t.on(I_PROC_INIT, EV_CHK_NOTIFY, "checkNotify", InitiatorInitResponse::checkNotify, I_PROC_INIT, I_BLD_INIT, I_WAIT_INIT);
        t.on(I_PROC_INIT, EV_VERIFY_MSG, "verifyMessage", InitiatorInitResponse::verifyMessage, I_PROC_INIT, I_WAIT_INIT);
        t.on(I_PROC_INIT, EV_PROC_MSG, "processMessage", InitiatorInitResponse::processMessage, I_PROC_INIT, I_WAIT_INIT);
        t.on(I_PROC_INIT, EV_DETECT_NAT, "detectNat", (sa, core) -> {
            NatDetection.check(sa, sa.inMessage.header(), sa.inPayloads);
            return Next.then(EV_CHK_NAT_T);
        });
        t.on(I_PROC_INIT, EV_CHK_NAT_T, "checkNatT", (sa, core) -> {
            NatTraversal.floatIfNeeded(sa, core);
            return Next.then(EV_CHK_CONFIG_MODE);
        });
        t.pass(I_PROC_INIT, EV_CHK_CONFIG_MODE, INIT_DONE, EV_GEN_DH_SECRET);
        t.on(INIT_DONE, EV_GEN_DH_SECRET, "genDhSecret", InitiatorInitResponse::genDhSecret, INIT_DONE, I_WAIT_INIT);
        t.on(INIT_DONE, EV_OK_RECD_DH_SECRET_RESP, "dhSecretReady",
                (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_GEN_SKEYID)), INIT_DONE, I_WAIT_INIT);
        t.on(INIT_DONE, EV_GEN_SKEYID, "deriveKeys", (sa, core) -> {
            KeySchedule.deriveIkeKeys(sa, core);
            core.exportKeys(sa);
            sa.initResponse = sa.inBytes.toByteArray();
            return Next.then(EV_DONE);
        });
    }

    /**
     * RFC 8019 §7.1.2-7.1.3: a puzzle with the cookie. One we will do (an HMAC PRF we offered and support, at most
     * {@code puzzleSolving} bits) is solved on the crypto executor, and the retry carries the solution; else the cookie
     * alone goes back, as a client without puzzles would.
     */
    private static Next solvePuzzle(Ikev2Sa sa, EngineCore core, Bytes puzzle, Bytes cookie) {
        int prfId = (puzzle.get(0) << 8) | puzzle.get(1);
        int difficulty = puzzle.get(2);
        boolean offered = sa.proposals.stream().anyMatch(p -> p.prf().contains(prfId));
        boolean hmac = prfId == 2 || prfId == 5 || prfId == 6 || prfId == 7;
        if (!offered || !hmac || !core.crypto.supports(io.ike4j.crypto.TransformKind.PRF, prfId)
                || Math.max(8, difficulty) > core.maxPuzzleDifficulty) {
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Responder asked for a COOKIE and a {}-bit puzzle (PRF {}): not "
                    + "solving it, repeating IKE_SA_INIT with the cookie", sa.saId, difficulty, prfId);
            return Next.to(I_BLD_INIT, EV_BLD_MSG);
        }
        io.ike4j.crypto.Prf prf = core.crypto.prf(prfId);
        byte[] c = cookie.toByteArray();
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Responder asked for a COOKIE and a {}-bit puzzle (PRF {}): solving it",
                sa.saId, difficulty, prfId);
        Next n = PublicKeyWork.start(sa, core, () -> Puzzles.solve(prf, c, difficulty), s -> sa.puzzleSolution = s, s -> { },
                EV_BLD_MSG, e -> Next.fail(FailureReason.INTERNAL_ERROR, 0, "puzzle: " + e.getMessage()));
        return n.failed() ? n : Next.waitTraced(I_BLD_INIT);
    }

    /** Error notifies first (RFC 7296 §2.21.1); INVALID_KE_PAYLOAD restarts with the wanted group (§1.2). */
    private static Next checkNotify(Ikev2Sa sa, EngineCore core) {
        Optional<Ikev2NotifyPayload> cookie = Payloads.notify(sa.inPayloads, Ikev2NotifyType.COOKIE.number());
        if (cookie.isPresent()) {
            // RFC 7296 §2.6: the responder is under load; repeat the request, unchanged, behind its cookie
            Bytes data = cookie.get().data();
            if (data.length() < 1 || data.length() > 64 || sa.cookieRetries >= MAX_COOKIE_RETRIES) {
                return ignore(FailureReason.PEER_ERROR_NOTIFY, Ikev2NotifyType.COOKIE.number(),
                        "unusable COOKIE (" + data.length() + " octets, try " + (sa.cookieRetries + 1) + ")");
            }
            sa.cookieRetries++;
            sa.cookie = data;
            sa.puzzleSolution = null;
            Optional<Ikev2NotifyPayload> puzzle = Payloads.notify(sa.inPayloads, Puzzles.PUZZLE);
            if (puzzle.isPresent() && puzzle.get().data().length() == 3) {
                return solvePuzzle(sa, core, puzzle.get().data(), data);
            }
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Responder asked for a COOKIE: repeating IKE_SA_INIT", sa.saId);
            return Next.to(I_BLD_INIT, EV_BLD_MSG);
        }
        Optional<Ikev2NotifyPayload> err = Payloads.error(sa.inPayloads);
        if (err.isEmpty()) {
            return Next.then(EV_VERIFY_MSG);
        }
        Ikev2NotifyPayload n = err.get();
        int type = n.notifyType();
        if (type == Ikev2NotifyType.INVALID_KE_PAYLOAD.number()) {
            int want = n.data().length() == 2 ? (n.data().get(0) << 8) | n.data().get(1) : -1;
            boolean offered = sa.proposals.stream().anyMatch(p -> p.groups().contains(want));
            if (!offered || want == sa.group || sa.invalidKeRetries >= MAX_INVALID_KE_RETRIES) {
                return ignore(FailureReason.PHASE1_PROPOSAL_MISMATCH, type,
                        "INVALID_KE_PAYLOAD asks for group " + want + ", which we cannot use");
            }
            EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Peer wants DH group {} instead of {}: retrying", sa.saId, want, sa.group);
            sa.invalidKeRetries++;
            sa.group = want;
            return Next.to(I_BLD_INIT, EV_GEN_DH_KEY);
        }
        if (type == Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number()) {
            return ignore(FailureReason.PHASE1_PROPOSAL_MISMATCH, type, "peer accepted none of our IKE proposals");
        }
        if (type == Ikev2NotifyType.INVALID_SYNTAX.number()) {
            return ignore(FailureReason.MALFORMED_PAYLOAD, type, "peer found our IKE_SA_INIT malformed");
        }
        return ignore(FailureReason.PEER_ERROR_NOTIFY, type, "IKE_SA_INIT refused");
    }

    private static Next ignore(FailureReason reason, int notify, String detail) {
        return Next.ignore(I_WAIT_INIT, reason, notify, detail);
    }

    private static Next verifyMessage(Ikev2Sa sa, EngineCore core) {
        List<Ikev2Payload> p = sa.inPayloads;
        if (Payloads.count(p, Ikev2SaPayload.class) != 1 || Payloads.count(p, Ikev2KePayload.class) != 1
                || Payloads.count(p, Ikev2NoncePayload.class) != 1 || sa.inMessage.header().responderSpi().equals(Ikev2Sa.ZERO_SPI)) {
            return ignore(FailureReason.MALFORMED_PAYLOAD, 0, "IKE_SA_INIT response needs SA, KE, Nr and a responder SPI");
        }
        int n = Payloads.first(p, Ikev2NoncePayload.class).get().nonce().length();
        if (n < 16 || n > 256) {
            return ignore(FailureReason.MALFORMED_PAYLOAD, 0, "nonce of " + n + " octets");
        }
        return Next.then(EV_PROC_MSG);
    }

    /** The responder must pick exactly one of our proposals and use the group of our KE (§2.7, §1.2). */
    private static Next processMessage(Ikev2Sa sa, EngineCore core) {
        List<Ikev2Payload> p = sa.inPayloads;
        Optional<ChosenIke> chosen = ProposalSelector.acceptIke(sa.proposals, Payloads.first(p, Ikev2SaPayload.class).get());
        if (chosen.isEmpty()) {
            return ignore(FailureReason.PHASE1_PROPOSAL_MISMATCH, 0, "responder chose a proposal we did not offer");
        }
        Ikev2KePayload ke = Payloads.first(p, Ikev2KePayload.class).get();
        if (chosen.get().group() != sa.group || ke.group() != sa.group) {
            return ignore(FailureReason.PHASE1_PROPOSAL_MISMATCH, 0,
                    "responder chose group " + chosen.get().group() + " with KE " + ke.group() + ", we sent " + sa.group);
        }
        sa.ike = chosen.get();
        sa.spiR = InitReceiver.compact(sa.inMessage.header().responderSpi());
        sa.peerKeData = ke.keyData();
        sa.nr = InitReceiver.compact(Payloads.first(p, Ikev2NoncePayload.class).get().nonce());
        sa.peerHashAlgorithms = Payloads.notify(p, Ikev2NotifyType.SIGNATURE_HASH_ALGORITHMS.number())
                .map(SignatureAuth::parseSignatureHashAlgorithms).orElse(List.of());
        sa.peerFragmentation = Payloads.notify(p, Ikev2NotifyType.IKEV2_FRAGMENTATION_SUPPORTED.number()).isPresent();
        return Next.then(EV_DETECT_NAT);
    }

    private static Next genDhSecret(Ikev2Sa sa, EngineCore core) {
        io.ike4j.crypto.KeyExchangeParty kx = sa.keyExchange;
        byte[] peer = sa.peerKeData.toByteArray();
        return PublicKeyWork.start(sa, core, () -> kx.sharedSecret(peer), s -> {
            sa.sharedSecret = s;
            sa.remove(sa.outstanding(0)); // the response is usable: the IKE_SA_INIT exchange is complete
            sa.ignoredInitResponse = null;
        }, io.ike4j.crypto.SecretBytes::destroy, EV_OK_RECD_DH_SECRET_RESP,
                e -> ignore(FailureReason.MALFORMED_PAYLOAD, 0, "bad KE value: " + e.getMessage()));
    }
}
