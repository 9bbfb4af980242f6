package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeProposal;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.negotiator.proposal.ChildContext;
import io.ike4j.negotiator.proposal.SaPayloads;

import java.util.ArrayList;
import java.util.List;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/**
 * Our CREATE_CHILD_SA requests (RFC 7296 §1.3): a new CHILD_SA (§1.3.1), a CHILD_SA rekey with N(REKEY_SA) and,
 * when the IPsec profile sets a PFS group, a KE payload (§1.3.3), and an IKE SA rekey with a new SPI and KE
 * (§1.3.2). The seeds trace only the response side of the initiator (CHILD_I_WAIT on); the building states
 * CHILD_I_INIT / CHILD_I_IKE / CHILD_I_IPSEC are ike4j's, named as IOS names the responder's. The exchange takes its
 * message ID when it starts, so nothing else can take it while a key pair is computed.
 */
final class ChildInitiator {
    static final int CREATE_CHILD_SA = Ikev2ExchangeType.CREATE_CHILD_SA.number();

    private ChildInitiator() {
    }

    static void rows(TransitionTable t) {
        t.pass(READY, EV_INIT_CREATE_CHILD, CHILD_I_INIT, EV_INIT_CREATE_CHILD);
        t.pass(CHILD_I_INIT, EV_INIT_CREATE_CHILD, CHILD_I_INIT, EV_CHK_CC_TYPE);
        t.on(CHILD_I_INIT, EV_CHK_CC_TYPE, "checkCreateChildType", (sa, core) ->
                sa.current.work.kind == ChildWork.Kind.REKEY_IKE ? Next.to(CHILD_I_IKE, EV_REKEY_IKESA)
                        : Next.to(CHILD_I_IPSEC, EV_GET_POLICY), CHILD_I_IKE, CHILD_I_IPSEC);
        t.on(CHILD_I_IKE, EV_REKEY_IKESA, "newIkeSpiAndNonce", ChildInitiator::rekeyIke);
        t.on(CHILD_I_IKE, EV_GEN_DH_KEY, "genDhKey", ChildInitiator::genDhKey);
        t.on(CHILD_I_IKE, EV_OK_RECD_DH_PUBKEY_RESP, "dhKeyReady", (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_BLD_MSG)));
        t.on(CHILD_I_IKE, EV_BLD_MSG, "sendCreateChild", ChildInitiator::send, CHILD_I_WAIT);
        t.on(CHILD_I_IPSEC, EV_GET_POLICY, "childSpiNonceSelectors", ChildInitiator::childPolicy);
        t.on(CHILD_I_IPSEC, EV_GEN_DH_KEY, "genDhKey", ChildInitiator::genDhKey);
        t.on(CHILD_I_IPSEC, EV_OK_RECD_DH_PUBKEY_RESP, "dhKeyReady", (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_BLD_MSG)));
        t.on(CHILD_I_IPSEC, EV_BLD_MSG, "sendCreateChild", ChildInitiator::send, CHILD_I_WAIT);
    }

    /** A new CHILD_SA on an established IKE SA; false if it cannot start now (see {@link #start}). */
    static boolean startNew(Ikev2Sa sa, EngineCore core) {
        return startNew(sa, core, 0);
    }

    /** As above with PFS group {@code group} (0: the profile's), the one a peer asked for with INVALID_KE_PAYLOAD. */
    static boolean startNew(Ikev2Sa sa, EngineCore core, int group) {
        ChildWork w = new ChildWork(ChildWork.Kind.NEW_CHILD);
        w.askedGroup = group;
        return start(sa, core, w);
    }

    /** Rekeys {@code c} (§1.3.3); false if it cannot start now. */
    static boolean startRekey(Ikev2Sa sa, EngineCore core, Child c) {
        return startRekey(sa, core, c, 0);
    }

    /** As above with PFS group {@code group} (0: the profile's), the one a peer asked for with INVALID_KE_PAYLOAD. */
    static boolean startRekey(Ikev2Sa sa, EngineCore core, Child c, int group) {
        if (c == null || !c.live() || c.rekeying != null) {
            return false;
        }
        ChildWork w = new ChildWork(ChildWork.Kind.REKEY_CHILD);
        w.old = c;
        w.askedGroup = group;
        return start(sa, core, w);
    }

    /** Rekeys the IKE SA (§1.3.2); false if it cannot start now. */
    static boolean startIkeRekey(Ikev2Sa sa, EngineCore core) {
        return startIkeRekey(sa, core, 0);
    }

    /** As above with KE group {@code group} (0: the SA's own), the one a peer asked for with INVALID_KE_PAYLOAD. */
    static boolean startIkeRekey(Ikev2Sa sa, EngineCore core, int group) {
        ChildWork w = new ChildWork(ChildWork.Kind.REKEY_IKE);
        w.askedGroup = group;
        return start(sa, core, w);
    }

    /**
     * Only on an established SA that has not been rekeyed or is being deleted, with an IPsec profile for CHILD_SAs,
     * within the peer's window (§2.3), and not while the IKE SA is being rekeyed (§2.25.2).
     */
    private static boolean start(Ikev2Sa sa, EngineCore core, ChildWork w) {
        boolean ike = w.kind == ChildWork.Kind.REKEY_IKE;
        if (sa.dead || sa.state != READY || sa.rekeyedTo != null || sa.ikeRekey != null
                || sa.outstandingCount() >= sa.peerWindow || (!ike && sa.ipsecProfile == null)
                || (ike && ikeProposals(sa, core).isEmpty())) {
            return false;
        }
        Exchange x = new Exchange(sa.nextRequestId++, CREATE_CHILD_SA, true, false, READY);
        w.ours = true;
        w.invalidKeRetries = w.askedGroup != 0 ? 1 : 0;
        x.work = w;
        sa.add(x);
        if (ike) {
            sa.ikeRekey = x;
        } else if (w.old != null) {
            w.old.rekeying = x;
        }
        core.run(sa, x, EV_INIT_CREATE_CHILD);
        return true;
    }

    /** §1.3.2: our SPI of the new IKE SA, a fresh nonce, the KE of the SA's own group. */
    private static Next rekeyIke(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        w.localSpi = core.newSpi(true);
        w.ni = Bytes.wrap(core.random.nextBytes(InitiatorInit.NONCE_LENGTH));
        w.group = w.askedGroup != 0 ? w.askedGroup : sa.ike.group();
        return Next.then(EV_GEN_DH_KEY);
    }

    /** §1.3.1/§1.3.3: a new inbound ESP SPI, a nonce, the old CHILD_SA's selectors on a rekey, the PFS group. */
    private static Next childPolicy(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        w.localSpi = core.newEspSpi(sa);
        w.ni = Bytes.wrap(core.random.nextBytes(InitiatorInit.NONCE_LENGTH));
        if (w.old != null) { // §2.8: "SHOULD NOT have different Traffic Selectors and algorithms than the old one"
            w.tsi = w.old.keys.localSelectors();
            w.tsr = w.old.keys.remoteSelectors();
            w.transport = w.old.keys.transportMode();
        } else {
            w.tsi = ChildSelection.localSelectors(sa);
            w.tsr = ChildSelection.remoteSelectors(sa);
            w.transport = ChildSelection.wantsTransport(sa);
        }
        w.group = w.askedGroup != 0 ? w.askedGroup : pfsGroup(sa.ipsecProfile.espProposals());
        return Next.then(w.group != 0 ? EV_GEN_DH_KEY : EV_BLD_MSG);
    }

    /** The KE group we send with the request: the first real group of our first proposal that has one (0: no PFS). */
    static int pfsGroup(List<EspProposal> proposals) {
        for (EspProposal p : proposals) {
            for (int g : p.groups()) {
                if (g != 0) {
                    return g;
                }
            }
        }
        return 0;
    }

    private static Next genDhKey(Ikev2Sa sa, EngineCore core) {
        ChildWork w = sa.current.work;
        int group = w.group;
        return PublicKeyWork.start(sa, core, () -> core.crypto.keyExchange(group).initiator(core.random), kx -> {
            w.kx = kx;
            w.localKe = Bytes.wrap(kx.publicValue());
        }, KeyExchangeParty::destroy, EV_OK_RECD_DH_PUBKEY_RESP, e -> Next.fail(io.ike4j.diag.FailureReason.INTERNAL_ERROR,
                0, "key pair: " + e.getMessage()));
    }

    private static Next send(Ikev2Sa sa, EngineCore core) {
        Exchange x = sa.current;
        ChildWork w = x.work;
        List<Ikev2Payload> p = new ArrayList<>();
        if (w.kind == ChildWork.Kind.REKEY_IKE) {
            p.add(SaPayloads.ike(ikeProposals(sa, core), w.localSpi));
            p.add(new Ikev2NoncePayload(w.ni));
            p.add(new Ikev2KePayload(w.group, w.localKe));
            p.add(Windows.setWindowSize(sa)); // as IOS sends it (ios-reference.md §2)
        } else {
            if (w.old != null) { // §3.10.1: REKEY_SA names the SA being rekeyed by the SPI we receive on
                p.add(new Ikev2NotifyPayload(3, w.old.inboundSpi(), Ikev2NotifyType.REKEY_SA.number(), Bytes.EMPTY));
            }
            if (w.transport) {
                p.add(InitiatorAuth.notify(Ikev2NotifyType.USE_TRANSPORT_MODE));
            }
            p.add(SaPayloads.esp(sa.ipsecProfile.espProposals(), w.localSpi, ChildContext.CREATE_CHILD_SA));
            w.childPayloads(p, w.ni);
        }
        return Next.stop(CHILD_I_WAIT).sending(Outgoing.request(CREATE_CHILD_SA, x.messageId, p));
    }

    /** The IKE proposals a rekey offers: the policy's for our address (the current suite came from it). */
    static List<IkeProposal> ikeProposals(Ikev2Sa sa, EngineCore core) {
        return core.config.policyFor(sa.local.address()).map(io.ike4j.config.IkePolicy::proposals).orElse(List.of());
    }
}
