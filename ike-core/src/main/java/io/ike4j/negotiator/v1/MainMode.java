package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.HashPayload;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.codec.v1.Ikev1VendorId;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.IsakmpPayloadType;
import io.ike4j.codec.v1.KePayload;
import io.ike4j.codec.v1.NoncePayload;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.codec.v1.VendorIdPayload;
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
 * Main Mode with pre-shared keys (RFC 2409 §5.4), both roles, as rows of {@link Ikev1Table}:
 * <pre>
 * MM1 HDR, SA [VID]          MM2 HDR, SA [VID]
 * MM3 HDR, KE, Ni            MM4 HDR, KE, Nr
 * MM5 HDR*, IDii, HASH_I [N(INITIAL-CONTACT)]    MM6 HDR*, IDir, HASH_R
 * </pre>
 * The rows that receive a message ({@code IKE_MM_EXCH}) only check it; they change nothing unless it is acceptable,
 * so a forged or garbled message is dropped and counted (SECURITY.md). The processing rows compute, the complete
 * rows send.
 */
final class MainMode {
    static final int EXCHANGE = IsakmpExchangeType.IDENTITY_PROTECTION.number();
    /** RFC 2407 §4.6.3.3. */
    static final int INITIAL_CONTACT = 24578;
    static final int NO_PROPOSAL_CHOSEN = 14;
    static final int INVALID_KEY_INFORMATION = 17;
    static final int INVALID_ID_INFORMATION = 18;

    private MainMode() {
    }

    static List<IsakmpPayload> vendorIds(Ikev1Core core) {
        return core.natTraversalPort == 0 ? List.of(Ikev1VendorId.DPD.payload())
                : List.of(Ikev1VendorId.DPD.payload(), Ikev1VendorId.NAT_T.payload());
    }

    /** The peer's vendor IDs (RFC 2408 §3.16), logged as IOS does ("vendor ID is DPD"); DPD and NAT-T are acted on. */
    static void readVendorIds(IsakmpSa sa, Inbound in) {
        for (VendorIdPayload v : in.all(VendorIdPayload.class)) {
            Optional<Ikev1VendorId> id = Ikev1VendorId.of(v);
            if (Ikev1Core.LOG.isDebugEnabled()) {
                Ikev1Core.LOG.debug("ISAKMP: ({}): processing vendor id payload", sa.connId());
                Ikev1Core.LOG.debug("ISAKMP: ({}): {}", sa.connId(), id.map(x -> "vendor ID is " + x.iosName())
                        .orElse("vendor ID " + v.vendorId().toHex() + " not recognised"));
            }
            if (id.isPresent() && id.get() == Ikev1VendorId.DPD) {
                sa.peerDpd = true;
            } else if (id.isPresent() && id.get() == Ikev1VendorId.NAT_T) {
                sa.peerNatT = true;
            }
        }
    }

    /** A message we cannot use: dropped, and remembered as what to name if the exchange then gives up. */
    static Step dropped(IsakmpSa sa, FailureReason reason, String detail) {
        sa.dropReason = reason;
        sa.dropDetail = detail;
        return Step.drop(detail);
    }

    static void accepted(Ikev1Core core, IsakmpSa sa, Inbound in) {
        Protection.accept(sa, in);
        sa.lastReceived = Ikev1Core.digest(in.datagram.payload());
        sa.dropReason = null;
        sa.dropDetail = null;
    }

    // ---- initiator ----

    static Step sendMm1(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        SaPayload offer = Phase1Proposals.offer(sa.suites);
        sa.saIBody = Protection.body(offer);
        List<IsakmpPayload> ps = new ArrayList<>();
        ps.add(offer);
        ps.addAll(vendorIds(core));
        core.send(sa, null, Protection.plain(core, sa, EXCHANGE, ps), true);
        return Step.waitIn(Ikev1State.IKE_I_MM1);
    }

    static Step acceptMm2(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Inbound in = sa.in;
        Optional<SaPayload> saP = in.first(SaPayload.class);
        if (in.message.isEncrypted() || saP.isEmpty() || in.message.header().responderCookie() == 0) {
            return Step.drop("MM2 without SA payload or responder cookie");
        }
        Optional<Phase1Proposals.Suite> chosen = Phase1Proposals.select(sa.suites, saP.get());
        if (chosen.isEmpty() || saP.get().proposals().get(0).transforms().size() != 1) {
            return dropped(sa, FailureReason.PHASE1_PROPOSAL_MISMATCH, "MM2 answers with a transform we did not offer");
        }
        sa.chosen = chosen.get();
        sa.cookieR = Bytes.wrap(in.datagram.payload().slice(8, 8).toByteArray());
        readVendorIds(sa, in);
        accepted(core, sa, in);
        return Step.then(Ikev1State.IKE_I_MM2, IKE_PROCESS_MAIN_MODE);
    }

    static Step processMm2(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Phase1.initiatorKe(core, sa);
        sa.kdf = Oakley.kdf(core.crypto, sa.chosen.hash()); // NAT-D hashes in MM3 use the negotiated hash
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step sendMm3(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        List<IsakmpPayload> ps = new ArrayList<>(List.of(new KePayload(Bytes.wrap(sa.gxi)), new NoncePayload(sa.ni)));
        if (Signatures.signing(sa)) {
            ps.addAll(Signatures.certRequests(core));
        }
        ps.addAll(NatT.payloads(core, sa));
        core.send(sa, null, Protection.plain(core, sa, EXCHANGE, ps), true);
        return Step.waitIn(Ikev1State.IKE_I_MM3);
    }

    static Step acceptMm4(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        return acceptKeNonce(core, sa, false) ? Step.then(Ikev1State.IKE_I_MM4, IKE_PROCESS_MAIN_MODE)
                : Step.drop("MM4 without a valid KE and nonce");
    }

    /** MM3/MM4: a KE of the group's length and a nonce of 8..256 octets (RFC 2409 §5). */
    static boolean acceptKeNonce(Ikev1Core core, IsakmpSa sa, boolean fromInitiator) {
        Inbound in = sa.in;
        Optional<KePayload> ke = in.first(KePayload.class);
        Optional<NoncePayload> n = in.first(NoncePayload.class);
        if (in.message.isEncrypted() || ke.isEmpty() || n.isEmpty() || !Phase1.validNonce(n.get().nonce())
                || ke.get().keyExchangeData().length() != Phase1.kx(core, sa).publicValueLength(fromInitiator)) {
            return false;
        }
        if (sa.kdf == null) {
            sa.kdf = Oakley.kdf(core.crypto, sa.chosen.hash());
        }
        NatT.detect(core, sa, in);
        if (fromInitiator) {
            sa.gxi = ke.get().keyExchangeData().toByteArray();
            sa.ni = n.get().nonce();
        } else {
            sa.gxr = ke.get().keyExchangeData().toByteArray();
            sa.nr = n.get().nonce();
        }
        accepted(core, sa, in);
        return true;
    }

    static Step processMm4(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        if (!Phase1.deriveKeys(core, sa)) {
            return Step.fail(FailureReason.MALFORMED_PAYLOAD, 0, "the responder's KE is not a valid group element");
        }
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step sendMm5(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        NatT.floatIfNeeded(core, sa);
        sa.localId = Phase1.localIdentity(core, sa);
        IdPayload id = Phase1.idPayload(sa.localId);
        byte[] hash = core.tweaks.localHash("HASH_I", Phase1.hashI(sa, Protection.body(id)));
        List<IsakmpPayload> ps = new ArrayList<>(List.of(id));
        ps.addAll(authentication(core, sa, hash));
        if (!core.sas.othersWith(sa)) {
            ps.add(initialContact(sa));
        }
        core.send(sa, null, Protection.encrypted(core, sa, EXCHANGE, 0, ps), true);
        return Step.waitIn(Ikev1State.IKE_I_MM5);
    }

    /** HASH_I/HASH_R itself (pre-shared key), or CERT and SIG of it (RSA signatures, RFC 2409 §5.1). */
    static List<IsakmpPayload> authentication(Ikev1Core core, IsakmpSa sa, byte[] hash) {
        return Signatures.signing(sa) ? Signatures.certAndSignature(core, hash) : List.of(new HashPayload(Bytes.wrap(hash)));
    }

    static NotifyPayload initialContact(IsakmpSa sa) {
        byte[] spi = new byte[16];
        sa.cookieI.copyTo(spi, 0);
        sa.cookieR.copyTo(spi, 8);
        return new NotifyPayload(1, 1, INITIAL_CONTACT, Bytes.wrap(spi), Bytes.EMPTY);
    }

    /** MM6 / MM5: decrypted with the phase-1 IV, ID then HASH, the hash verified over the ID body as sent. */
    static Step acceptIdHash(Ikev1Core core, IsakmpSa sa, boolean fromInitiator, Ikev1State next) {
        Inbound in = sa.in;
        String which = fromInitiator ? "MM5" : "MM6";
        if (!in.message.isEncrypted()) {
            return Step.drop(which + " not encrypted");
        }
        String bad = Protection.decrypt(sa, in);
        if (bad != null) {
            return dropped(sa, FailureReason.AUTHENTICATION_FAIL, which + " could not be decrypted (" + bad
                    + "): the pre-shared keys probably differ");
        }
        Optional<IdPayload> id = in.first(IdPayload.class);
        Optional<HashPayload> hash = in.first(HashPayload.class);
        Bytes idBody = RawChain.body(Protection.raw(in), IsakmpPayloadType.ID.number());
        boolean signed = Signatures.signing(sa);
        if (id.isEmpty() || (hash.isEmpty() && !signed) || idBody == null) {
            return dropped(sa, FailureReason.AUTHENTICATION_FAIL, which + " decrypted without ID and HASH payloads"
                    + " (PAYLOAD_MALFORMED): the pre-shared keys probably differ");
        }
        byte[] expected = fromInitiator ? Phase1.hashI(sa, idBody.toByteArray()) : Phase1.hashR(sa, idBody.toByteArray());
        if (signed) {
            String bad2 = Signatures.verify(core, sa, in, Phase1.identity(id.get()).orElse(null), expected);
            if (bad2 != null) {
                return dropped(sa, FailureReason.AUTHENTICATION_FAIL, (fromInitiator ? "SIG_I" : "SIG_R") + " of " + which
                        + ": " + bad2);
            }
        } else if (!Phase1.hashEquals(expected, hash.get().hash())) {
            return dropped(sa, FailureReason.AUTHENTICATION_FAIL, (fromInitiator ? "HASH_I" : "HASH_R")
                    + " mismatch in " + which);
        }
        sa.remoteId = Phase1.identity(id.get()).orElse(null);
        accepted(core, sa, in);
        if (NatT.negotiated(core, sa)) {
            NatT.follow(core, sa, in.datagram); // authenticated: the answer goes where it came from (the float)
        }
        return Step.then(next, IKE_PROCESS_MAIN_MODE);
    }

    static Step acceptMm6(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        return acceptIdHash(core, sa, false, Ikev1State.IKE_I_MM6);
    }

    static Step processMm6(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        String bad = Phase1.checkIdentity(core, sa);
        if (bad != null) {
            return Step.fail(FailureReason.CONFIG_ID_MISMATCH, INVALID_ID_INFORMATION, bad);
        }
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step initiatorComplete(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Phase1Done.established(core, sa);
        return Step.then(Ikev1State.IKE_P1_COMPLETE, Ikev1Input.IKE_PHASE1_COMPLETE);
    }

    // ---- responder ----

    static Step acceptMm1(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        Inbound in = sa.in;
        Bytes body = RawChain.body(Protection.raw(in), IsakmpPayloadType.SA.number());
        if (in.message.isEncrypted() || in.first(SaPayload.class).isEmpty() || body == null) {
            return Step.drop("MM1 without SA payload");
        }
        sa.saIBody = body.toByteArray();
        readVendorIds(sa, in);
        accepted(core, sa, in);
        return Step.then(Ikev1State.IKE_R_MM1, IKE_PROCESS_MAIN_MODE);
    }

    /** The pre-shared key by the peer's address, then our most preferred suite among the offer (RFC 2409 §5). */
    static Step chooseMm1(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        var profile = Phase1.profileByAddress(core, sa.remote);
        if (profile.isEmpty()) {
            return Step.fail(FailureReason.PEER_ADDRESS_MISMATCH, NO_PROPOSAL_CHOSEN,
                    "no isakmp profile with a pre-shared key for " + sa.remote.address().getHostAddress());
        }
        sa.profile = profile.get();
        sa.suites = Phase1.suites(core, sa.profile, sa.local);
        Optional<Phase1Proposals.Suite> chosen = Phase1Proposals.select(sa.suites, sa.in.first(SaPayload.class).get());
        if (chosen.isEmpty()) {
            return Step.fail(FailureReason.PHASE1_PROPOSAL_MISMATCH, NO_PROPOSAL_CHOSEN,
                    "atts are not acceptable: no offered transform matches a configured proposal");
        }
        sa.chosen = chosen.get();
        sa.psk = Phase1.psk(sa.profile, sa.remote);
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step sendMm2(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        List<IsakmpPayload> ps = new ArrayList<>();
        ps.add(Phase1Proposals.answer(sa.chosen));
        ps.addAll(vendorIds(core));
        core.send(sa, null, Protection.plain(core, sa, EXCHANGE, ps), false);
        return Step.waitIn(Ikev1State.IKE_R_MM2);
    }

    static Step acceptMm3(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        return acceptKeNonce(core, sa, true) ? Step.then(Ikev1State.IKE_R_MM3, IKE_PROCESS_MAIN_MODE)
                : Step.drop("MM3 without a valid KE and nonce");
    }

    static Step keysMm3(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        if (!Phase1.responderKe(core, sa) || !Phase1.deriveKeys(core, sa)) {
            return Step.fail(FailureReason.MALFORMED_PAYLOAD, INVALID_KEY_INFORMATION,
                    "the initiator's KE is not a valid group element");
        }
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step sendMm4(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        List<IsakmpPayload> ps = new ArrayList<>(List.of(new KePayload(Bytes.wrap(sa.gxr)), new NoncePayload(sa.nr)));
        if (Signatures.signing(sa)) {
            ps.addAll(Signatures.certRequests(core));
        }
        ps.addAll(NatT.payloads(core, sa));
        core.send(sa, null, Protection.plain(core, sa, EXCHANGE, ps), false);
        return Step.waitIn(Ikev1State.IKE_R_MM4);
    }

    static Step acceptMm5(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        return acceptIdHash(core, sa, true, Ikev1State.IKE_R_MM5);
    }

    /** The identity check and INITIAL-CONTACT (RFC 2407 §4.6.3.3: the peer's older SAs go). */
    static Step processMm5(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        String bad = Phase1.checkIdentity(core, sa);
        if (bad != null) {
            return Step.fail(FailureReason.CONFIG_ID_MISMATCH, INVALID_ID_INFORMATION, bad);
        }
        for (NotifyPayload n : sa.in.all(NotifyPayload.class)) {
            if (n.notifyType() == INITIAL_CONTACT) {
                Phase1Done.initialContact(core, sa);
            }
        }
        return Step.stay(IKE_PROCESS_COMPLETE);
    }

    static Step sendMm6(Ikev1Core core, IsakmpSa sa, QuickMode node) {
        sa.localId = Phase1.localIdentity(core, sa);
        IdPayload id = Phase1.idPayload(sa.localId);
        byte[] hash = core.tweaks.localHash("HASH_R", Phase1.hashR(sa, Protection.body(id)));
        List<IsakmpPayload> ps = new ArrayList<>(List.of(id));
        ps.addAll(authentication(core, sa, hash));
        core.send(sa, null, Protection.encrypted(core, sa, EXCHANGE, 0, ps), false);
        Phase1Done.established(core, sa);
        return Step.waitIn(Ikev1State.IKE_P1_COMPLETE);
    }
}
