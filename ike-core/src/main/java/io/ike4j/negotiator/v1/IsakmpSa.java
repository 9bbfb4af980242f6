package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IsakmpEncryption;
import io.ike4j.codec.v1.IsakmpIvChain;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import io.ike4j.crypto.KeyExchangeParty;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev1Kdf;
import io.ike4j.crypto.kdf.Ikev1Keys;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.proposal.Phase1Proposals;
import io.ike4j.sm.Role;
import io.ike4j.sm.SaDirectory;
import io.ike4j.sm.TimerQueue;
import io.ike4j.sm.v1.Ikev1State;
import io.ike4j.transport.DatagramEndpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ISAKMP SA (RFC 2408 §2.4, RFC 2409 §5): cookies, the phase-1 state, the negotiated suite, SKEYID_d/a/e and the
 * phase-1 IV chain, identities, endpoints, and its quick-mode nodes by message ID. Phase-1 working memory (the DH
 * key pair, g^xy, the peer's SA body) is freed when phase 1 completes; keys are wiped when the SA dies.
 */
final class IsakmpSa implements SaDirectory.Entry, TimerQueue.Timed {
    final int saId;
    final Role role;
    DatagramEndpoint local;
    DatagramEndpoint remote;
    final Instant created;
    Ikev1State state = Ikev1State.IKE_READY;
    boolean aggressive;
    Bytes cookieI;
    Bytes cookieR = Bytes.wrap(new byte[8]);
    IkeProfile profile;
    List<Phase1Proposals.Suite> suites;
    Phase1Proposals.Suite chosen;
    byte[] psk;
    KeyExchangeParty dh;
    byte[] gxi;
    byte[] gxr;
    Bytes ni;
    Bytes nr;
    /** SAi_b (RFC 2409 §5): the body of the initiator's SA payload as sent. */
    byte[] saIBody;
    /** IDii_b of an Aggressive Mode initiator, as received in AM1 (HASH_I covers it, RFC 2409 §5). */
    byte[] peerIdBody;
    Ikev1Kdf kdf;
    Ikev1Keys keys;
    SecretBytes encKey;
    IsakmpEncryption encryption;
    IsakmpIvChain ivs;
    IkeIdentity localId;
    IkeIdentity remoteId;
    boolean peerDpd;
    boolean peerNatT;
    /** RFC 3947: who is behind a NAT (from the NAT-D payloads), and when we last sent (keepalives). */
    boolean localBehindNat;
    boolean remoteBehindNat;
    Instant lastOutbound;
    Inbound in;
    /** Phase 1's last message of ours and the digest of the peer's last accepted one (RFC 2408 §5). */
    byte[] lastSent;
    byte[] lastReceived;
    int retransmits;
    Instant retransmitAt;
    Instant halfOpenUntil;
    Instant established;
    Instant expiresAt;
    /** Why the last message was dropped, named when the exchange gives up (a wrong PSK: MM5 undecryptable). */
    FailureReason dropReason;
    String dropDetail;
    /** IPsec profiles whose quick modes start once phase 1 is complete (initiator). */
    final List<IpsecProfile> pendingQuickModes = new ArrayList<>();
    final Map<Integer, QuickMode> nodes = new LinkedHashMap<>();
    /** RFC 3706: our sequence number, the one outstanding (-1: none), its tries, the next R-U-THERE and check. */
    long dpdSeq;
    long dpdOutstanding = -1;
    int dpdTries;
    Instant dpdAt;
    Instant dpdNext;
    Instant lastHeard;
    boolean dead;
    private Instant timerAt;
    private int timerIndex = -1;

    IsakmpSa(int saId, Role role, DatagramEndpoint local, DatagramEndpoint remote, Instant created) {
        this.saId = saId;
        this.role = role;
        this.local = local;
        this.remote = remote;
        this.created = created;
    }

    boolean initiator() {
        return role == Role.INITIATOR;
    }

    /** The connection ID IOS prints: 0 until phase-1 keys exist, then the SA's number. */
    int connId() {
        return keys == null ? 0 : saId;
    }

    @Override
    public int saId() {
        return saId;
    }

    @Override
    public Bytes localSpi() {
        return initiator() ? cookieI : (isZero(cookieR) ? null : cookieR);
    }

    @Override
    public DatagramEndpoint remote() {
        return remote;
    }

    @Override
    public IkeIdentity remoteIdentity() {
        return established == null ? null : remoteId;
    }

    @Override
    public boolean dead() {
        return dead;
    }

    @Override
    public Instant timerAt() {
        return timerAt;
    }

    @Override
    public int timerIndex() {
        return timerIndex;
    }

    @Override
    public void timer(Instant at, int index) {
        timerAt = at;
        timerIndex = index;
    }

    static boolean isZero(Bytes b) {
        for (int i = 0; i < b.length(); i++) {
            if (b.get(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Frees phase 1's working memory once the keys exist (RFC 2409 §5: nothing of it is needed afterwards). */
    void freePhase1Work() {
        if (dh != null) {
            dh.destroy();
            dh = null;
        }
        saIBody = null;
        peerIdBody = null;
        in = null;
        suites = null;
        if (psk != null) {
            Arrays.fill(psk, (byte) 0);
            psk = null;
        }
    }

    /** Wipes every key (the SA died). */
    void destroy() {
        dead = true;
        freePhase1Work();
        if (keys != null) {
            keys.destroy();
        }
        if (encKey != null) {
            encKey.destroy();
        }
        for (QuickMode q : nodes.values()) {
            q.freeWork();
        }
    }
}
