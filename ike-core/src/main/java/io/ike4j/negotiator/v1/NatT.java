package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.NatDPayload;
import io.ike4j.diag.FailureCounters;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

/**
 * NAT traversal for IKEv1 (RFC 3947, RFC 3948): negotiated by both sides' NAT-T vendor ID (§3.1); NAT-D payloads in
 * MM3/MM4 (AM2/AM3), HASH = hash(CKY-I | CKY-R | IP | Port) with the negotiated hash, the first naming the peer as we
 * see it, the next ones us (§3.2); a mismatch says who is behind a NAT. Then the initiator floats from 500 to the NAT-T
 * port pair with MM5 (§4), either side follows the peer's endpoint from accepted messages only, Quick Mode proposes the
 * UDP-encapsulated modes (§5.1), and the side behind the NAT sends a 0xFF keepalive when it has sent nothing for the
 * keepalive interval (RFC 3948 §2.3).
 */
final class NatT {
    static final int IKE_PORT = 500;
    private static final Bytes KEEPALIVE = Bytes.wrap(new byte[] {(byte) 0xFF});

    private NatT() {
    }

    static boolean negotiated(Ikev1Core core, IsakmpSa sa) {
        return core.natTraversalPort != 0 && sa.peerNatT;
    }

    static boolean detected(IsakmpSa sa) {
        return sa.localBehindNat || sa.remoteBehindNat;
    }

    static Bytes hash(IsakmpSa sa, DatagramEndpoint e) {
        return Bytes.wrap(sa.kdf.natDetectionHash(sa.cookieI.toByteArray(), sa.cookieR.toByteArray(),
                e.address().getAddress(), e.port()));
    }

    /** Our NAT-D payloads: the peer's endpoint as we send to it, then ours. */
    static List<IsakmpPayload> payloads(Ikev1Core core, IsakmpSa sa) {
        if (!negotiated(core, sa)) {
            return List.of();
        }
        return List.of(NatDPayload.of(hash(sa, sa.remote)), NatDPayload.of(hash(sa, sa.local)));
    }

    /** The peer's NAT-D payloads of {@code in}: who is behind a NAT. */
    static void detect(Ikev1Core core, IsakmpSa sa, Inbound in) {
        detectFrom(core, sa, in, in.datagram.remote());
    }

    /**
     * As {@link #detect}, the peer's hashes compared with {@code peerSeen} (AM3 may arrive on the NAT-T port after the
     * float while its NAT-D payloads name the endpoints of AM1/AM2).
     */
    static void detectFrom(Ikev1Core core, IsakmpSa sa, Inbound in, DatagramEndpoint peerSeen) {
        List<NatDPayload> natd = in.all(NatDPayload.class);
        if (!negotiated(core, sa) || natd.isEmpty()) {
            return;
        }
        byte[] us = hash(sa, sa.local).toByteArray();
        byte[] peer = hash(sa, peerSeen).toByteArray();
        sa.localBehindNat = !MessageDigest.isEqual(us, natd.get(0).hash().toByteArray());
        boolean named = false;
        for (int i = 1; i < natd.size(); i++) {
            named |= MessageDigest.isEqual(peer, natd.get(i).hash().toByteArray());
        }
        sa.remoteBehindNat = !named;
        if (detected(sa)) {
            Ikev1Core.LOG.info("ISAKMP: ({}): NAT found, {}", sa.connId(),
                    sa.localBehindNat ? "we are behind it" : "the peer is behind it");
        }
    }

    /** The initiator floats to the NAT-T port pair before MM5 / AM3 when a NAT is in the way and it started on 500. */
    static void floatIfNeeded(Ikev1Core core, IsakmpSa sa) {
        if (!detected(sa) || sa.local.port() != IKE_PORT || sa.remote.port() != IKE_PORT) {
            return;
        }
        DatagramEndpoint before = sa.remote;
        sa.local = new DatagramEndpoint(sa.local.address(), core.natTraversalPort);
        sa.remote = new DatagramEndpoint(sa.remote.address(), core.natTraversalPort);
        core.sas.remoteChanged(sa, before);
        Ikev1Core.LOG.info("ISAKMP: ({}): floating to {} -> {}", sa.connId(), sa.local, sa.remote);
    }

    /**
     * An accepted message came from elsewhere: the SA follows the peer (a NAT rebinding, a float) only when NAT-D found
     * a NAT or the message came to the NAT-T port, as RFC 7296 §2.23 has it for IKEv2; without a NAT a replayed
     * authenticated message from a spoofed source must not redirect the SA.
     */
    static void follow(Ikev1Core core, IsakmpSa sa, Datagram d) {
        if (sa.remote.equals(d.remote()) && sa.local.equals(d.local())) {
            return;
        }
        if (!detected(sa) && d.local().port() != core.natTraversalPort) {
            Ikev1Core.LOG.debug("ISAKMP: ({}): message from {} accepted, but no NAT was detected: the SA stays at {}",
                    sa.connId(), d.remote(), sa.remote);
            return;
        }
        DatagramEndpoint before = sa.remote;
        sa.remote = d.remote();
        sa.local = d.local();
        core.sas.remoteChanged(sa, before);
        if (sa.halfOpenUntil != null && !before.address().equals(sa.remote.address())) {
            // a half-open SA's count by address moves with it: endHalfOpen takes it off sa.remote's address, and
            // the old address would otherwise keep it for ever (and reach halfOpenPerAddress after a few such SAs)
            core.halfOpenByAddress.computeIfPresent(before.address(), (a, n) -> n == 1 ? null : n - 1);
            core.halfOpenByAddress.merge(sa.remote.address(), 1, Integer::sum);
        }
        Ikev1Core.LOG.info("ISAKMP: ({}): peer now at {} (accepted message on {})", sa.connId(), sa.remote, sa.local);
    }

    /** From the timer: a keepalive when we are behind a NAT and have sent nothing for the interval. */
    static void keepalive(Ikev1Core core, IsakmpSa sa, Instant now) {
        Instant due = nextKeepalive(core, sa);
        if (due == null || now.isBefore(due)) {
            return;
        }
        core.outbound.send(new Datagram(KEEPALIVE, sa.local, sa.remote));
        sa.lastOutbound = now;
        core.counters.count(FailureCounters.Packet.NAT_KEEPALIVE_SENT);
    }

    static Instant nextKeepalive(Ikev1Core core, IsakmpSa sa) {
        if (!sa.localBehindNat || core.natKeepalive == null || sa.established == null || sa.lastOutbound == null) {
            return null;
        }
        return sa.lastOutbound.plus(core.natKeepalive);
    }
}
