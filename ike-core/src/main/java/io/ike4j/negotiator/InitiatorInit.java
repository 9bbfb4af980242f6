package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.negotiator.auth.SignatureAuth;
import io.ike4j.negotiator.proposal.SaPayloads;

import java.util.ArrayList;
import java.util.List;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/** Initiator builds IKE_SA_INIT (ios-reference.md §1, first table; RFC 7296 §1.2). */
final class InitiatorInit {
    /** Nonce length: 32 octets, at least half the PRF key size of every PRF we offer (RFC 7296 §2.10). */
    static final int NONCE_LENGTH = 32;

    private InitiatorInit() {
    }

    static void rows(TransitionTable t) {
        t.pass(IDLE, EV_INIT_SA, I_BLD_INIT, EV_GET_IKE_POLICY);
        t.on(I_BLD_INIT, EV_GET_IKE_POLICY, "getIkePolicy", InitiatorInit::getIkePolicy);
        t.on(I_BLD_INIT, EV_SET_POLICY, "setPolicy", InitiatorInit::setPolicy);
        t.pass(I_BLD_INIT, EV_CHK_AUTH4PKI, I_BLD_INIT, EV_GEN_DH_KEY);
        t.on(I_BLD_INIT, EV_GEN_DH_KEY, "genDhKey", InitiatorInit::genDhKey);
        t.on(I_BLD_INIT, EV_OK_RECD_DH_PUBKEY_RESP, "dhKeyReady",
                (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_GET_CONFIG_MODE)));
        t.pass(I_BLD_INIT, EV_GET_CONFIG_MODE, I_BLD_INIT, EV_BLD_MSG);
        t.on(I_BLD_INIT, EV_BLD_MSG, "buildMessage", InitiatorInit::buildMessage, I_WAIT_INIT);
    }

    private static Next getIkePolicy(Ikev2Sa sa, EngineCore core) {
        sa.proposals = core.config.policyFor(sa.local.address()).orElseThrow().proposals();
        return Next.then(EV_SET_POLICY);
    }

    /** The KE guess: the first group of the first proposal, or the one the responder asked for (§1.2). */
    private static Next setPolicy(Ikev2Sa sa, EngineCore core) {
        if (sa.group == 0) {
            sa.group = sa.proposals.get(0).groups().get(0);
        }
        return Next.then(EV_CHK_AUTH4PKI);
    }

    /** Key generation, asynchronous as IOS shows it: on the engine's {@link CryptoExecutor} (inline by default). */
    static Next genDhKey(Ikev2Sa sa, EngineCore core) {
        if (sa.keyExchange != null) {
            sa.keyExchange.destroy();
        }
        sa.keyExchange = null;
        int group = sa.group;
        return PublicKeyWork.start(sa, core, () -> core.crypto.keyExchange(group).initiator(core.random), kx -> {
            sa.keyExchange = kx;
            sa.localKeData = Bytes.wrap(kx.publicValue());
        }, io.ike4j.crypto.KeyExchangeParty::destroy, EV_OK_RECD_DH_PUBKEY_RESP,
                e -> Next.fail(io.ike4j.diag.FailureReason.INTERNAL_ERROR, 0, "key generation: " + e.getMessage()));
    }

    private static Next buildMessage(Ikev2Sa sa, EngineCore core) {
        if (sa.ni == null) {
            sa.ni = Bytes.wrap(core.random.nextBytes(NONCE_LENGTH)); // kept for COOKIE / INVALID_KE retries
        }
        Ikev2Header h = Messages.header(sa, Ikev2ExchangeType.IKE_SA_INIT.number(), false, 0);
        List<Ikev2Payload> p = new ArrayList<>();
        if (sa.cookie != null) {
            p.add(Ikev2NotifyPayload.of(Ikev2NotifyType.COOKIE.number(), sa.cookie)); // §2.6: the first payload
            if (sa.puzzleSolution != null) {
                p.add(Puzzles.payload(sa.puzzleSolution)); // RFC 8019 §7.1.2: "HDR, N(COOKIE), [PS,] SA, KE, Ni"
            }
        }
        p.add(SaPayloads.ike(sa.proposals, Bytes.EMPTY));
        p.add(new Ikev2KePayload(sa.group, sa.localKeData));
        p.add(new Ikev2NoncePayload(sa.ni));
        p.addAll(commonNotifies(sa, h, core.fragmentSize > 0));
        p.addAll(core.vendorIds);
        sa.nextRequestId = 1;
        return Next.stop(I_WAIT_INIT).sending(Outgoing.plain(h.exchangeType(), false, 0, p));
    }

    /** N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG), in strongSwan's order; FRAG_SUP when {@code fragments}. */
    static List<Ikev2Payload> commonNotifies(Ikev2Sa sa, Ikev2Header h, boolean fragments) {
        Ikev2Payload s = NatDetection.source(h, sa.local);
        Ikev2Payload d = NatDetection.destination(h, sa.remote);
        return fragments ? List.of(s, d, Ikev2NotifyPayload.of(Ikev2NotifyType.IKEV2_FRAGMENTATION_SUPPORTED.number(),
                Bytes.EMPTY), SignatureAuth.signatureHashAlgorithms()) : List.of(s, d, SignatureAuth.signatureHashAlgorithms());
    }
}
