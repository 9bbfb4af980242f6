package io.ike4j.sa;

import io.ike4j.codec.Bytes;
import io.ike4j.config.IkeIdentity;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.Role;
import io.ike4j.transport.DatagramEndpoint;

import java.time.Instant;
import java.util.Optional;

/**
 * An immutable snapshot of an IKE SA: what {@code show crypto ikev2 sa detailed} prints (ios-reference.md
 * §4). Transform fields are IANA numbers ({@code integId} 0 for AEAD); identities are empty until IKE_AUTH.
 */
public record IkeSaInfo(int saId, Role role, Ikev2State state, Bytes spiI, Bytes spiR,
                        DatagramEndpoint local, DatagramEndpoint remote,
                        int encrId, int encrKeyBits, int integId, int prfId, int group,
                        String localAuth, String remoteAuth,
                        Optional<IkeIdentity> localId, Optional<IkeIdentity> remoteId,
                        Instant created, Optional<Instant> established, int lifetimeSeconds,
                        long nextRequestId, long expectedRequestId, int window,
                        boolean localBehindNat, boolean remoteBehindNat, Optional<Integer> dpdIntervalSeconds,
                        int childSas) {

    /** {@return the local SPI: ours is the initiator SPI when we initiated} */
    public Bytes localSpi() {
        return role == Role.INITIATOR ? spiI : spiR;
    }

    /** {@return the peer's SPI} */
    public Bytes remoteSpi() {
        return role == Role.INITIATOR ? spiR : spiI;
    }
}
