package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeIdentity;
import io.ike4j.negotiator.auth.CertIdentity;
import io.ike4j.negotiator.auth.CertPayloads;
import io.ike4j.negotiator.auth.IdPayloads;
import io.ike4j.negotiator.proposal.SaPayloads;
import io.ike4j.negotiator.proposal.TsNarrowing;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.ike4j.sm.v2.Ikev2Event.*;
import static io.ike4j.sm.v2.Ikev2State.*;

/** Initiator builds IKE_AUTH (ios-reference.md §1, third table, rows 14-20; RFC 7296 §1.2). */
final class InitiatorAuth {
    private InitiatorAuth() {
    }

    static void rows(TransitionTable t) {
        t.pass(I_BLD_AUTH, EV_GET_CONFIG_MODE, I_BLD_AUTH, EV_CHK_EAP);
        t.pass(I_BLD_AUTH, EV_CHK_EAP, I_BLD_AUTH, EV_GEN_AUTH);
        t.on(I_BLD_AUTH, EV_GEN_AUTH, "genAuth", InitiatorAuth::genAuth);
        t.on(I_BLD_AUTH, EV_CHK_AUTH_TYPE, "signIfCertificate", (sa, core) -> Authentication.signs(sa)
                ? Authentication.signatureWork(sa, core, EV_OK_AUTH_GEN) : Next.then(EV_OK_AUTH_GEN));
        t.on(I_BLD_AUTH, EV_OK_AUTH_GEN, "authGenerated", (sa, core) -> PublicKeyWork.verdict(sa, Next.then(EV_SEND_AUTH)));
        t.on(I_BLD_AUTH, EV_SEND_AUTH, "sendAuth", InitiatorAuth::sendAuth, I_WAIT_AUTH);
    }

    /** Our identity: configured, else the certificate's subject, else our address (as IOS defaults). */
    static IkeIdentity localIdentity(Ikev2Sa sa, EngineCore core) {
        Optional<IkeIdentity> configured = sa.profile.localIdentity();
        if (configured.isPresent()) {
            return configured.get();
        }
        if (sa.profile.localAuth() != AuthMethod.PRE_SHARE && core.credentials != null) {
            return CertIdentity.subjectDn(core.credentials.chain().get(0));
        }
        return IkeIdentity.address(sa.local.address());
    }

    private static Next genAuth(Ikev2Sa sa, EngineCore core) {
        sa.traceMessageId = 1;
        sa.localId = localIdentity(sa, core);
        sa.localIdPayload = IdPayloads.toPayload(true, sa.localId);
        return Authentication.ownAuth(sa, core, EV_CHK_AUTH_TYPE); // a signature: made on the crypto executor
    }

    private static Next sendAuth(Ikev2Sa sa, EngineCore core) {
        sa.childSpi = ChildSelection.newEspSpi(core, sa);
        sa.tsi = ChildSelection.localSelectors(sa);
        sa.tsr = ChildSelection.remoteSelectors(sa);
        sa.transportMode = ChildSelection.wantsTransport(sa);
        List<Ikev2Payload> p = new ArrayList<>();
        p.add(sa.localIdPayload);
        certificates(sa, core, p);
        if (sa.profile.remoteAuth() != AuthMethod.PRE_SHARE && core.trustAnchors != null) {
            p.add(CertPayloads.certReq(core.trustAnchors));
        }
        p.add(sa.localAuth);
        if (!core.otherSaWith(sa)) {
            // §2.4: only when we hold no other SA with this peer, negotiating ones included, so that SAs set up
            // side by side do not make the peer delete each other
            p.add(notify(Ikev2NotifyType.INITIAL_CONTACT));
        }
        p.add(SaPayloads.esp(ChildSelection.espProposals(sa), sa.childSpi,
                io.ike4j.negotiator.proposal.ChildContext.IKE_AUTH));
        p.add(TsNarrowing.toPayload(true, sa.tsi));
        p.add(TsNarrowing.toPayload(false, sa.tsr));
        childNotifies(sa, p);
        long id = sa.nextRequestId++;
        return Next.waitTraced(I_WAIT_AUTH).sending(Outgoing.request(Ikev2ExchangeType.IKE_AUTH.number(), id, p));
    }

    /** CERT payloads: our chain, end entity first (RFC 7296 §3.6). */
    static void certificates(Ikev2Sa sa, EngineCore core, List<Ikev2Payload> p) {
        if (sa.profile.localAuth() != AuthMethod.PRE_SHARE && core.credentials != null) {
            for (X509Certificate c : core.credentials.chain()) {
                p.add(CertPayloads.cert(c));
            }
        }
    }

    /**
     * N(USE_TRANSPORT_MODE) when asked for, N(SET_WINDOW_SIZE) with our window (1 by default, §2.3),
     * N(ESP_TFC_PADDING_NOT_SUPPORTED) and N(NON_FIRST_FRAGMENTS_ALSO) (§3.10.1), as IOS sends them.
     */
    static void childNotifies(Ikev2Sa sa, List<Ikev2Payload> p) {
        if (sa.transportMode) {
            p.add(notify(Ikev2NotifyType.USE_TRANSPORT_MODE));
        }
        p.add(Windows.setWindowSize(sa));
        p.add(notify(Ikev2NotifyType.ESP_TFC_PADDING_NOT_SUPPORTED));
        p.add(notify(Ikev2NotifyType.NON_FIRST_FRAGMENTS_ALSO));
    }

    static Ikev2NotifyPayload notify(Ikev2NotifyType t) {
        return Ikev2NotifyPayload.of(t.number(), Bytes.EMPTY);
    }
}
