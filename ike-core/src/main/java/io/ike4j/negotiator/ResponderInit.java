package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.auth.CertPayloads;
import io.ike4j.negotiator.auth.SignatureAuth;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.negotiator.proposal.ProposalSelector;
import io.ike4j.negotiator.proposal.SaPayloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/** Responder handles IKE_SA_INIT (ios-reference.md §1, second table; RFC 7296 §1.2, §2.6-2.10). */
final class ResponderInit {
    private static final int INVALID_SYNTAX = Ikev2NotifyType.INVALID_SYNTAX.number();
    private static final int NO_PROPOSAL_CHOSEN = Ikev2NotifyType.NO_PROPOSAL_CHOSEN.number();

    private ResponderInit() {
    }

    static void rows(TransitionTable t) {
        t.entry(io.ike4j.codec.v2.iana.Ikev2ExchangeType.IKE_SA_INIT, false, IDLE, EV_RECV_INIT);
        t.pass(IDLE, EV_RECV_INIT, R_INIT, EV_VERIFY_MSG);
        t.on(R_INIT, EV_VERIFY_MSG, "verifyMessage", ResponderInit::verifyMessage, R_INIT, EXIT);
        t.on(R_INIT, EV_INSERT_SA, "insertSa", ResponderInit::insertSa, R_INIT, EXIT);
        t.on(R_INIT, EV_GET_IKE_POLICY, "getIkePolicy", ResponderInit::getIkePolicy, R_INIT, EXIT);
        t.on(R_INIT, EV_PROC_MSG, "processMessage", new ProcessMessage(), R_INIT, EXIT);
        t.on(R_INIT, EV_DETECT_NAT, "detectNat", (sa, core) -> {
            NatDetection.check(sa, sa.inMessage.header(), sa.inPayloads);
            return Next.then(EV_CHK_CONFIG_MODE);
        });
        t.pass(R_INIT, EV_CHK_CONFIG_MODE, R_BLD_INIT, EV_SET_POLICY);
        t.pass(R_BLD_INIT, EV_SET_POLICY, R_BLD_INIT, EV_CHK_AUTH4PKI);
        t.pass(R_BLD_INIT, EV_CHK_AUTH4PKI, R_BLD_INIT, EV_PKI_SESH_OPEN);
        t.pass(R_BLD_INIT, EV_PKI_SESH_OPEN, R_BLD_INIT, EV_GEN_DH_KEY);
        t.on(R_BLD_INIT, EV_GEN_DH_KEY, "genDhKey", ResponderInit::genDhKey);
        t.on(R_BLD_INIT, EV_OK_RECD_DH_PUBKEY_RESP, "dhKeyReady",
                (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_GEN_DH_SECRET)));
        t.on(R_BLD_INIT, EV_GEN_DH_SECRET, "genDhSecret", ResponderInit::genDhSecret);
        t.on(R_BLD_INIT, EV_OK_RECD_DH_SECRET_RESP, "dhSecretReady",
                (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_GEN_SKEYID)));
        t.on(R_BLD_INIT, EV_GEN_SKEYID, "deriveKeys", (sa, core) -> {
            KeySchedule.deriveIkeKeys(sa, core);
            core.exportKeys(sa);
            return Next.then(EV_GET_CONFIG_MODE);
        });
        t.pass(R_BLD_INIT, EV_GET_CONFIG_MODE, R_BLD_INIT, EV_BLD_MSG);
        t.on(R_BLD_INIT, EV_BLD_MSG, "buildMessage", new BuildMessage(), INIT_DONE);
        t.pass(INIT_DONE, EV_DONE, INIT_DONE, EV_CHK4_ROLE);
        t.on(INIT_DONE, EV_CHK4_ROLE, "checkRole", (sa, core) -> sa.initiator()
                ? Next.to(I_BLD_AUTH, EV_GET_CONFIG_MODE) : Next.then(EV_START_TMR), I_BLD_AUTH, INIT_DONE);
        t.on(INIT_DONE, EV_START_TMR, "startHalfOpenTimer", (sa, core) -> {
            sa.halfOpenDeadline = core.now.plus(core.halfOpenTimeout);
            core.timers.wake(sa, sa.halfOpenDeadline);
            return Next.waitTraced(R_WAIT_AUTH);
        }, R_WAIT_AUTH);
    }

    /** SA, KE and Ni once each, a nonce of 16..256 octets (RFC 7296 §3.9). */
    private static Next verifyMessage(Ikev2Sa sa, EngineCore core) {
        List<Ikev2Payload> p = sa.inPayloads;
        if (Payloads.count(p, Ikev2SaPayload.class) != 1 || Payloads.count(p, Ikev2KePayload.class) != 1
                || Payloads.count(p, Ikev2NoncePayload.class) != 1) {
            return Next.fail(FailureReason.MALFORMED_PAYLOAD, INVALID_SYNTAX, "IKE_SA_INIT request needs one SA, KE and Ni");
        }
        int n = Payloads.first(p, Ikev2NoncePayload.class).get().nonce().length();
        if (n < 16 || n > 256) {
            return Next.fail(FailureReason.MALFORMED_PAYLOAD, INVALID_SYNTAX, "nonce of " + n + " octets");
        }
        return Next.then(EV_INSERT_SA);
    }

    private static Next insertSa(Ikev2Sa sa, EngineCore core) {
        sa.spiR = core.newSpi();
        core.sas.indexLocalSpi(sa);
        return Next.then(EV_GET_IKE_POLICY);
    }

    /** IOS: the policy by local address; Huawei's "peer address mismatch" when no profile can serve the peer. */
    private static Next getIkePolicy(Ikev2Sa sa, EngineCore core) {
        Optional<IkePolicy> policy = core.config.policyFor(sa.local.address());
        if (policy.isEmpty()) {
            return Next.fail(FailureReason.PHASE1_PROPOSAL_MISMATCH, NO_PROPOSAL_CHOSEN,
                    "no ikev2 policy matches local address " + sa.local.address().getHostAddress());
        }
        boolean servable = false;
        for (IkeProfile pr : core.config.profiles()) {
            if (canServe(pr, sa)) {
                servable = true;
                break;
            }
        }
        if (!servable) {
            return Next.fail(FailureReason.PEER_ADDRESS_MISMATCH, NO_PROPOSAL_CHOSEN,
                    "no ikev2 profile or keyring peer for " + sa.remote.address().getHostAddress());
        }
        sa.proposals = policy.get().proposals();
        return Next.then(EV_PROC_MSG);
    }

    /** A profile can serve a peer whose identity is still unknown if it matches identities or this address. */
    private static boolean canServe(IkeProfile pr, Ikev2Sa sa) {
        boolean byAddress = false;
        for (io.ike4j.config.IpPrefix a : pr.matchRemoteAddresses()) {
            byAddress |= a.contains(sa.remote.address());
        }
        boolean byIdentity = !pr.matchRemoteIdentities().isEmpty();
        if (!byAddress && !byIdentity) {
            return false;
        }
        if (pr.remoteAuth() == AuthMethod.PRE_SHARE && pr.keyring().isPresent() && !byIdentity) {
            if (pr.keyring().get().lookup(null, sa.remote.address()).isPresent()) {
                return true;
            }
            for (var k : pr.keyring().get().peers()) { // a key by identity or name: IKE_AUTH's ID decides
                if (k.identity().isPresent() || k.hostname().isPresent()) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static final class ProcessMessage implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            List<Ikev2Payload> p = sa.inPayloads;
            Ikev2SaPayload offered = Payloads.first(p, Ikev2SaPayload.class).get();
            Ikev2KePayload ke = Payloads.first(p, Ikev2KePayload.class).get();
            // our preference, but the initiator's KE group when the chosen pair allows it (saves INVALID_KE)
            Optional<ChosenIke> chosen = ProposalSelector.selectIke(sa.proposals, offered, ke.group(), core.ikeFilter);
            if (chosen.isEmpty()) {
                return Next.fail(FailureReason.PHASE1_PROPOSAL_MISMATCH, NO_PROPOSAL_CHOSEN,
                        "no acceptable proposal among " + offered.proposals().size() + " received");
            }
            sa.ike = chosen.get();
            if (ke.group() != sa.ike.group()) {
                return invalidKe(sa, core, ke.group());
            }
            sa.group = ke.group();
            sa.peerKeData = ke.keyData();
            sa.ni = InitReceiver.compact(Payloads.first(p, Ikev2NoncePayload.class).get().nonce());
            Payloads.notify(p, Ikev2NotifyType.SIGNATURE_HASH_ALGORITHMS.number())
                    .ifPresent(n -> sa.peerHashAlgorithms = SignatureAuth.parseSignatureHashAlgorithms(n));
            sa.peerFragmentation = Payloads.notify(p, Ikev2NotifyType.IKEV2_FRAGMENTATION_SUPPORTED.number()).isPresent();
            if (!sa.returnRoutable && !core.mayAnswerUnauthenticated(sa, responseLength(sa, core), sa.inBytes.length())) {
                return askCookieFirst(sa, core);
            }
            return Next.then(EV_DETECT_NAT);
        }
    }

    /**
     * Our response would be larger than the request (CERTREQ, vendor IDs, a short Ni): the initiator proves its
     * address with a cookie first (RFC 7296 §2.6), so a forged source never receives more than it sent. Decided
     * before any key is made; no state is kept.
     */
    private static Next askCookieFirst(Ikev2Sa sa, EngineCore core) {
        core.trace(sa, sa.state, EV_SEND_NOTIFY);
        Cookies.ask(core, new io.ike4j.transport.Datagram(sa.inBytes, sa.local, sa.remote), sa.inMessage,
                Payloads.first(sa.inPayloads, Ikev2NoncePayload.class).orElseThrow());
        core.discard(sa);
        return Next.stop(EXIT);
    }

    /** The octets {@link #buildMessage} will send, with placeholders of the right length for KE and Nr. */
    private static int responseLength(Ikev2Sa sa, EngineCore core) {
        Ikev2Header h = Messages.header(sa, Ikev2ExchangeType.IKE_SA_INIT.number(), true, 0);
        int ke = core.crypto.keyExchange(sa.group).publicValueLength(false);
        List<Ikev2Payload> p = responsePayloads(sa, core, h, Bytes.wrap(new byte[ke]),
                Bytes.wrap(new byte[InitiatorInit.NONCE_LENGTH]));
        sa.plannedInitResponse = p; // buildMessage puts the real KE and Nr in: the rest is what it would build again
        return io.ike4j.codec.v2.Ikev2Codec.encodedLength(new io.ike4j.codec.v2.Ikev2Message(h, p));
    }

    /**
     * The initiator guessed another group than the one we selected: answer INVALID_KE_PAYLOAD naming ours
     * and keep no state (RFC 7296 §1.2, §3.10.1); the retry arrives as a new IKE_SA_INIT.
     */
    private static Next invalidKe(Ikev2Sa sa, EngineCore core, int sentGroup) {
        int want = sa.ike.group();
        core.trace(sa, sa.state, EV_SEND_NOTIFY);
        byte[] data = {(byte) (want >> 8), (byte) want};
        ErrorNotifies.sendInitResponse(sa, core, List.of(Ikev2NotifyPayload.of(
                Ikev2NotifyType.INVALID_KE_PAYLOAD.number(), Bytes.wrap(data))));
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):Received KE for group {}, sent INVALID_KE_PAYLOAD asking for group {}",
                sa.saId, sentGroup, want);
        core.discard(sa);
        return Next.stop(EXIT);
    }

    /** Our key pair for the initiator's group, on the engine's {@link CryptoExecutor} (inline by default). */
    private static Next genDhKey(Ikev2Sa sa, EngineCore core) {
        int group = sa.group;
        byte[] peer = sa.peerKeData.toByteArray();
        return PublicKeyWork.start(sa, core, () -> core.crypto.keyExchange(group).responder(peer, core.random), kx -> {
            sa.keyExchange = kx;
            sa.localKeData = Bytes.wrap(kx.publicValue());
        }, io.ike4j.crypto.KeyExchangeParty::destroy, EV_OK_RECD_DH_PUBKEY_RESP, ResponderInit::badKe);
    }

    private static Next genDhSecret(Ikev2Sa sa, EngineCore core) {
        io.ike4j.crypto.KeyExchangeParty kx = sa.keyExchange;
        byte[] peer = sa.peerKeData.toByteArray();
        return PublicKeyWork.start(sa, core, () -> kx.sharedSecret(peer), s -> {
            sa.sharedSecret = s;
            sa.nr = Bytes.wrap(core.random.nextBytes(InitiatorInit.NONCE_LENGTH));
        }, io.ike4j.crypto.SecretBytes::destroy, EV_OK_RECD_DH_SECRET_RESP, ResponderInit::badKe);
    }

    private static Next badKe(InvalidKeyExchangeValueException e) {
        return Next.fail(FailureReason.MALFORMED_PAYLOAD, INVALID_SYNTAX, "bad KE value: " + e.getMessage());
    }

    /** Where {@link #responsePayloads} puts KE and Nr. */
    private static final int KE_AT = 1;
    private static final int NONCE_AT = 2;

    private static List<Ikev2Payload> responsePayloads(Ikev2Sa sa, EngineCore core, Ikev2Header h, Bytes ke, Bytes nr) {
        List<Ikev2Payload> p = new ArrayList<>(8 + core.vendorIds.size());
        p.add(SaPayloads.ike(sa.ike, Bytes.EMPTY));
        p.add(new Ikev2KePayload(sa.group, ke));
        p.add(new Ikev2NoncePayload(nr));
        p.addAll(InitiatorInit.commonNotifies(sa, h, sa.peerFragmentation && core.fragmentSize > 0)); // RFC 7383 §2.3: only in answer to its own
        if (core.trustAnchors != null) {
            p.add(CertPayloads.certReq(core.trustAnchors)); // §3.7: which CAs we trust
        }
        p.addAll(core.vendorIds);
        return p;
    }

    private static final class BuildMessage implements TransitionTable.Action {
        @Override
        public Next run(Ikev2Sa sa, EngineCore core) {
            Ikev2Header h = Messages.header(sa, Ikev2ExchangeType.IKE_SA_INIT.number(), true, 0);
            List<Ikev2Payload> p = sa.plannedInitResponse;
            sa.plannedInitResponse = null;
            if (p == null) {
                p = responsePayloads(sa, core, h, sa.localKeData, sa.nr);
            } else {
                p.set(KE_AT, new Ikev2KePayload(sa.group, sa.localKeData));
                p.set(NONCE_AT, new Ikev2NoncePayload(sa.nr));
            }
            Messages.Built b = Messages.plain(sa, core, h, p);
            if (!core.mayAnswerUnauthenticated(sa, b.octets().length, sa.inBytes.length())) {
                return askCookieFirst(sa, core); // an impairment grew it: the same rule holds
            }
            sa.initRequest = sa.inBytes.toByteArray();
            sa.initResponse = b.octets();
            sa.expectedRequestId = 1;
            core.sendResponse(sa, 0, b.octets(), b.message(), b.inner());
            return Next.to(INIT_DONE, EV_DONE);
        }
    }
}
