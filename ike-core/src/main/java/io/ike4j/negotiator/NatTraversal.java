package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.time.Instant;

/**
 * NAT traversal after detection (RFC 7296 §2.23, RFC 3948): the initiator moves to the NAT-T port (4500) for
 * IKE_AUTH when a NAT was detected and it started on 500 (both ports then carry the non-ESP marker); either side
 * follows the peer's address and port from authenticated messages only (an unverified datagram changes nothing);
 * the side behind the NAT sends a one-octet 0xFF keepalive when it has sent nothing for the keepalive interval, so
 * the NAT mapping stays. Costs nothing per packet beyond an endpoint comparison; keepalives are a deadline of the
 * SA's timer slot.
 */
final class NatTraversal {
    static final int IKE_PORT = 500;
    private static final Bytes KEEPALIVE = Bytes.wrap(new byte[] {(byte) 0xFF});

    private NatTraversal() {
    }

    static boolean natDetected(Ikev2Sa sa) {
        return sa.localBehindNat || sa.remoteBehindNat;
    }

    /** The initiator's EV_CHK_NAT_T step: float from 500 to the NAT-T port pair when a NAT is in the way. */
    static void floatIfNeeded(Ikev2Sa sa, EngineCore core) {
        if (!natDetected(sa) || core.natTraversalPort == 0 || sa.local.port() != IKE_PORT || sa.remote.port() != IKE_PORT) {
            return;
        }
        DatagramEndpoint before = sa.remote;
        sa.local = new DatagramEndpoint(sa.local.address(), core.natTraversalPort);
        sa.remote = new DatagramEndpoint(sa.remote.address(), core.natTraversalPort);
        core.sas.remoteChanged(sa, before);
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):NAT detected ({}): moving to {} -> {}", sa.saId,
                sa.localBehindNat ? "we are behind it" : "the peer is behind it", sa.local, sa.remote);
    }

    /**
     * An authenticated message arrived from {@code d}: with a NAT in the way, the peer's endpoint and the local one
     * it reached follow it (§2.23: a NAT may rebind the port; the IKE_AUTH request of a floating initiator arrives
     * on 4500).
     */
    static void follow(Ikev2Sa sa, EngineCore core, Datagram d) {
        if (sa.remote.equals(d.remote()) && sa.local.equals(d.local())) {
            return;
        }
        if (!natDetected(sa) && d.local().port() != core.natTraversalPort) {
            return; // no NAT: the SA's endpoints are the ones it was made on
        }
        DatagramEndpoint before = sa.remote;
        sa.remote = d.remote();
        sa.local = d.local();
        core.sas.remoteChanged(sa, before);
        EngineCore.INTERNAL.info("IKEv2:(SA ID = {}):peer now at {} (authenticated message on {})", sa.saId, sa.remote, sa.local);
    }

    /** From the SA's timer: a keepalive when we are behind a NAT and have sent nothing for the interval. */
    static void keepalive(Ikev2Sa sa, EngineCore core) {
        if (!sa.localBehindNat || core.natKeepalive == null || sa.established == null || sa.dead) {
            return;
        }
        Instant due = sa.lastOutbound == null ? core.now : sa.lastOutbound.plus(core.natKeepalive);
        if (!core.now.isBefore(due)) {
            core.outbound.send(new Datagram(KEEPALIVE, sa.local, sa.remote));
            sa.lastOutbound = core.now;
            core.counters.count(io.ike4j.diag.FailureCounters.Packet.NAT_KEEPALIVE_SENT);
        }
    }

    /** When the SA's next keepalive is due, or null. */
    static Instant nextKeepalive(Ikev2Sa sa, EngineCore core) {
        if (!sa.localBehindNat || core.natKeepalive == null || sa.established == null || sa.lastOutbound == null) {
            return null;
        }
        return sa.lastOutbound.plus(core.natKeepalive);
    }
}
