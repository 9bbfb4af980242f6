package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.negotiator.proposal.Phase2Proposals;
import io.ike4j.sa.ChildSa;
import io.ike4j.sm.Role;
import io.ike4j.sm.v1.Ikev1State;

import java.time.Instant;
import java.util.List;

/**
 * One Quick Mode exchange, IOS's "node" (RFC 2409 §5.5): its message ID, its state (IKE_QM_*), its own IV, what it
 * negotiated and the octets for retransmission. Working memory (nonces, the PFS key pair and secret) is freed when
 * it completes; the node stays a while after that, so a retransmitted QM2 still gets our QM3 again.
 */
final class QuickMode {
    final int messageId;
    final Role role;
    Ikev1State state = Ikev1State.IKE_QM_READY;
    IpsecProfile ipsecProfile;
    List<Phase2Proposals.Suite> suites;
    Phase2Proposals.Suite chosen;
    Bytes inboundSpi;
    Bytes outboundSpi;
    Bytes ni;
    Bytes nr;
    KeyExchangeParty dh;
    byte[] peerKe;
    SecretBytes pfsSecret;
    IdPayload idCi;
    IdPayload idCr;
    TrafficSelector localTs;
    TrafficSelector remoteTs;
    ChildSa child;
    Inbound in;
    /** Our last message of this exchange and the digest of the peer's last one (RFC 2408 §5: retransmissions). */
    byte[] lastSent;
    byte[] lastReceived;
    int retransmits;
    Instant retransmitAt;
    /** A failed node is forgotten at this time. */
    Instant forgetAt;
    /** Until then a completed node answers a retransmitted QM2 with its QM3 again (then only the IPsec SAs stay). */
    Instant lingerUntil;
    /** The IPsec SAs' rekey (a new Quick Mode, ours only) and expiry. */
    Instant softAt;
    Instant hardAt;
    /** The new node that replaces this one's IPsec SAs. */
    boolean rekeyed;

    QuickMode(int messageId, Role role) {
        this.messageId = messageId;
        this.role = role;
    }

    Bytes inboundSpiOrEmpty() {
        return inboundSpi == null ? Bytes.EMPTY : inboundSpi;
    }

    /** Frees the working memory: nonces stay only as long as KEYMAT needs them. */
    void freeWork() {
        if (dh != null) {
            dh.destroy();
            dh = null;
        }
        if (pfsSecret != null) {
            pfsSecret.destroy();
            pfsSecret = null;
        }
        peerKe = null;
        in = null;
        suites = null;
    }
}
