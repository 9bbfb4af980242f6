package io.ike4j.sa;

import io.ike4j.codec.Bytes;
import io.ike4j.config.IkeIdentity;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.sm.IkeVersion;
import io.ike4j.sm.Role;
import io.ike4j.transport.DatagramEndpoint;

import java.time.Instant;
import java.util.Optional;

/**
 * An immutable snapshot of an IKE SA: what {@code show crypto ikev2 sa detailed} prints (ios-reference.md
 * §4). Transform fields are IANA numbers ({@code integId} 0 for AEAD); identities are empty until IKE_AUTH.
 * {@code version} says which IKE the SA speaks, and {@code state} is that version's state ({@link Ikev2State} for
 * IKEv2; IKEv1 brings its ISAKMP states).
 */
public record IkeSaInfo(IkeVersion version, int saId, Role role, Enum<?> state, Bytes spiI, Bytes spiR,
                        DatagramEndpoint local, DatagramEndpoint remote,
                        int encrId, int encrKeyBits, int integId, int prfId, int group,
                        String localAuth, String remoteAuth,
                        Optional<IkeIdentity> localId, Optional<IkeIdentity> remoteId,
                        Instant created, Optional<Instant> established, int lifetimeSeconds,
                        long nextRequestId, long expectedRequestId, int window,
                        boolean localBehindNat, boolean remoteBehindNat, Optional<Integer> dpdIntervalSeconds,
                        int childSas) {

    /**
     * An IKEv2 SA's snapshot (the version every SA had before IKEv1); the parameters are the components after
     * {@code version}.
     *
     * @param saId the SA ID
     * @param role our role
     * @param state the IKEv2 state
     * @param spiI the initiator SPI
     * @param spiR the responder SPI
     * @param local our endpoint
     * @param remote the peer's endpoint
     * @param encrId the encryption transform
     * @param encrKeyBits its key length
     * @param integId the integrity transform (0 for AEAD)
     * @param prfId the PRF
     * @param group the key exchange group
     * @param localAuth our authentication method's name
     * @param remoteAuth the peer's
     * @param localId our identity
     * @param remoteId the peer's
     * @param created when the SA was made
     * @param established when it was established
     * @param lifetimeSeconds its lifetime
     * @param nextRequestId our next request's message ID
     * @param expectedRequestId the peer's next expected request ID
     * @param window our message-ID window
     * @param localBehindNat whether we are behind a NAT
     * @param remoteBehindNat whether the peer is
     * @param dpdIntervalSeconds the liveness-check interval
     * @param childSas the number of CHILD_SAs
     */
    public IkeSaInfo(int saId, Role role, Ikev2State state, Bytes spiI, Bytes spiR,
                     DatagramEndpoint local, DatagramEndpoint remote,
                     int encrId, int encrKeyBits, int integId, int prfId, int group,
                     String localAuth, String remoteAuth,
                     Optional<IkeIdentity> localId, Optional<IkeIdentity> remoteId,
                     Instant created, Optional<Instant> established, int lifetimeSeconds,
                     long nextRequestId, long expectedRequestId, int window,
                     boolean localBehindNat, boolean remoteBehindNat, Optional<Integer> dpdIntervalSeconds,
                     int childSas) {
        this(IkeVersion.IKEV2, saId, role, state, spiI, spiR, local, remote, encrId, encrKeyBits, integId, prfId, group,
                localAuth, remoteAuth, localId, remoteId, created, established, lifetimeSeconds, nextRequestId,
                expectedRequestId, window, localBehindNat, remoteBehindNat, dpdIntervalSeconds, childSas);
    }

    /** {@return the local SPI: ours is the initiator SPI when we initiated} */
    public Bytes localSpi() {
        return role == Role.INITIATOR ? spiI : spiR;
    }

    /** {@return the peer's SPI} */
    public Bytes remoteSpi() {
        return role == Role.INITIATOR ? spiR : spiI;
    }
}
