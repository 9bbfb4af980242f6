package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IpsecMode;
import io.ike4j.config.TrafficSelector;

import java.net.Inet4Address;
import java.util.List;

/** The first CHILD_SA's proposals and selectors as IKE_AUTH carries them (RFC 7296 §1.2, §2.9). */
final class ChildSelection {
    private ChildSelection() {
    }

    /**
     * The profile's ESP proposals. They are always used with {@code ChildContext.IKE_AUTH}, which leaves KE
     * transforms out and ignores the peer's: IKE_AUTH has no KE payload, so the first CHILD_SA's keys come
     * from SK_d alone and PFS applies from the first rekey on (RFC 7296 §1.2, as strongSwan does).
     */
    static List<EspProposal> espProposals(Ikev2Sa sa) {
        return sa.ipsecProfile.espProposals();
    }

    /** The profile's selectors, or everything of the peer address family when none are configured. */
    static List<TrafficSelector> localSelectors(Ikev2Sa sa) {
        List<TrafficSelector> ts = sa.ipsecProfile == null ? List.of() : sa.ipsecProfile.localSelectors();
        return ts.isEmpty() ? List.of(any(sa)) : ts;
    }

    static List<TrafficSelector> remoteSelectors(Ikev2Sa sa) {
        List<TrafficSelector> ts = sa.ipsecProfile == null ? List.of() : sa.ipsecProfile.remoteSelectors();
        return ts.isEmpty() ? List.of(any(sa)) : ts;
    }

    private static TrafficSelector any(Ikev2Sa sa) {
        return sa.remote.address() instanceof Inet4Address ? TrafficSelector.anyIpv4() : TrafficSelector.anyIpv6();
    }

    /** Transport mode when every transform set of the profile asks for it (RFC 7296 §1.3.1). */
    static boolean wantsTransport(Ikev2Sa sa) {
        return sa.ipsecProfile != null && sa.ipsecProfile.transformSets().stream().allMatch(t -> t.mode() == IpsecMode.TRANSPORT);
    }

    /** A fresh inbound ESP SPI, unique in this engine (see {@link EngineCore#newEspSpi}). */
    static Bytes newEspSpi(EngineCore core, Ikev2Sa sa) {
        return core.newEspSpi(sa);
    }
}
