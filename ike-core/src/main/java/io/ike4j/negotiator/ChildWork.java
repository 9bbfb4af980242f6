package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.sa.ChildSa;

import java.util.List;

/**
 * The working memory of one CREATE_CHILD_SA exchange (RFC 7296 §1.3), kept on its {@link Exchange}: what the request
 * asks for, everything read from the inbound message before any asynchronous step (so another exchange's message
 * cannot change it), the nonces and key exchange of this exchange, and what it made. Dropped with the exchange;
 * {@link #destroy} zeroes what it still holds.
 */
final class ChildWork {
    /** §1.3.1 a new CHILD_SA, §1.3.3 a CHILD_SA rekey (REKEY_SA), §1.3.2 an IKE SA rekey. */
    enum Kind { NEW_CHILD, REKEY_CHILD, REKEY_IKE }

    final Kind kind;
    /** REKEY_CHILD: the CHILD_SA being replaced. */
    Child old;
    /** Nonces of this exchange: Ni is its initiator's (§2.17, §2.18). */
    Bytes ni;
    Bytes nr;
    /** The KE group of this exchange (0: none), our party, the peer's value and the shared secret. */
    int group;
    /** Initiator: the group the peer asked for with INVALID_KE_PAYLOAD (0: ours), and how often it asked. */
    int askedGroup;
    int invalidKeRetries;
    KeyExchangeParty kx;
    Bytes peerKe;
    Bytes localKe;
    SecretBytes shared;
    /** What was chosen: ESP for a CHILD_SA, IKE for an IKE SA rekey. */
    ChosenEsp esp;
    ChosenIke ike;
    /** Our SPI in this exchange (4 octets ESP, 8 octets IKE) and the peer's. */
    Bytes localSpi;
    Bytes peerSpi;
    List<TrafficSelector> tsi = List.of();
    List<TrafficSelector> tsr = List.of();
    boolean transport;
    /** Responder: a refusal to send instead of SA/KE/Nonce (NO_PROPOSAL_CHOSEN, TEMPORARY_FAILURE, ...). */
    int refusal;
    int refusalData;
    String refusalWhy;
    /** The SPI a REKEY_SA names (the peer's inbound one: our outbound, §3.10.1). */
    Bytes rekeySpi;
    /** The peer's SET_WINDOW_SIZE in this exchange (IKE rekey; 0: none). */
    int peerWindow;
    /** What the response or request carried, copied off the message before any asynchronous step. */
    io.ike4j.codec.v2.Ikev2SaPayload peerSa;
    int peerKeGroup;
    io.ike4j.codec.v2.Ikev2TsPayload peerTsi;
    io.ike4j.codec.v2.Ikev2TsPayload peerTsr;
    boolean peerTransport;
    /** We initiated this exchange. */
    boolean ours;
    /** Initiator: this exchange's rekey survived, so the replaced SA is ours to delete (§2.8, §2.8.1). */
    boolean deleteOld;
    /** The CHILD_SA it made, once active. */
    Child made;
    /** What the exchange made. */
    ChildSa child;
    Ikev2Sa newIke;
    String installError;

    ChildWork(Kind kind) {
        this.kind = kind;
    }

    /**
     * Copies what the peer's message carries (§1.3: SA, its nonce, KE, TSi/TSr, USE_TRANSPORT_MODE, SET_WINDOW_SIZE)
     * off it, before any asynchronous step; returns the peer's nonce (Ni of a request, Nr of a response).
     */
    Bytes read(java.util.List<io.ike4j.codec.v2.Ikev2Payload> in) {
        peerSa = Payloads.first(in, io.ike4j.codec.v2.Ikev2SaPayload.class).orElse(null);
        java.util.Optional<io.ike4j.codec.v2.Ikev2KePayload> ke = Payloads.first(in, io.ike4j.codec.v2.Ikev2KePayload.class);
        peerKeGroup = ke.map(io.ike4j.codec.v2.Ikev2KePayload::group).orElse(0);
        peerKe = ke.map(io.ike4j.codec.v2.Ikev2KePayload::keyData).orElse(null);
        for (io.ike4j.codec.v2.Ikev2TsPayload ts : Payloads.all(in, io.ike4j.codec.v2.Ikev2TsPayload.class)) {
            if (ts.initiator() && peerTsi == null) {
                peerTsi = ts;
            } else if (!ts.initiator() && peerTsr == null) {
                peerTsr = ts;
            }
        }
        peerTransport = Payloads.notify(in, io.ike4j.codec.v2.iana.Ikev2NotifyType.USE_TRANSPORT_MODE.number()).isPresent();
        peerWindow = Windows.announced(in);
        return Payloads.first(in, io.ike4j.codec.v2.Ikev2NoncePayload.class).map(io.ike4j.codec.v2.Ikev2NoncePayload::nonce)
                .orElse(null);
    }

    /**
     * The CHILD_SA payloads after SA (§1.3.1): our nonce, KE when PFS, TSi, TSr, and the notifies IOS sends with
     * them; {@code nonce} is ours (Ni in a request, Nr in a response).
     */
    void childPayloads(java.util.List<io.ike4j.codec.v2.Ikev2Payload> p, Bytes nonce) {
        p.add(new io.ike4j.codec.v2.Ikev2NoncePayload(nonce));
        if (group != 0) {
            p.add(new io.ike4j.codec.v2.Ikev2KePayload(group, localKe));
        }
        p.add(io.ike4j.negotiator.proposal.TsNarrowing.toPayload(true, tsi));
        p.add(io.ike4j.negotiator.proposal.TsNarrowing.toPayload(false, tsr));
        p.add(InitiatorAuth.notify(io.ike4j.codec.v2.iana.Ikev2NotifyType.ESP_TFC_PADDING_NOT_SUPPORTED));
        p.add(InitiatorAuth.notify(io.ike4j.codec.v2.iana.Ikev2NotifyType.NON_FIRST_FRAGMENTS_ALSO));
    }

    /** The lowest nonce of this exchange, octet by octet (§2.8.1). */
    Bytes lowestNonce() {
        // §2.8.1: "an octet-by-octet comparison ... If you reach the end of one nonce, that nonce is the lower one":
        // Bytes' unsigned lexicographic order
        return ni.compareTo(nr) <= 0 ? ni : nr;
    }

    void destroy() {
        if (kx != null) {
            kx.destroy();
            kx = null;
        }
        if (shared != null) {
            shared.destroy();
            shared = null;
        }
    }
}
