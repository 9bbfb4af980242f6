package io.ike4j.cli;

import io.ike4j.config.AuthMethod;
import io.ike4j.config.ConfigException;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TrafficSelector;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.iana.KeTransformId;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Maps the {@code ike demo}/{@code ike peer} options onto an IOS-shaped {@link IkeConfiguration}: one
 * {@code crypto ikev2 policy} with the {@code --ike} proposals, one keyring whose single peer covers every
 * address ({@code 0.0.0.0/0} and {@code ::/0}) with the {@code --psk}, one ikev2 profile matching
 * {@code --remote-id} (or any address), and one ipsec profile whose transform sets are the {@code --esp}
 * proposals expanded (IOS transform sets hold one cipher and one integrity algorithm each).
 *
 * @param ike         strongSwan IKE proposals, comma-separated
 * @param esp         strongSwan ESP proposals, comma-separated; a KE group in them becomes the PFS group
 * @param psk         pre-shared key octets, empty when both directions use certificates (not copied: the
 *                    caller zeroes it once {@link #build()} has returned, the keyring holds its own copy)
 * @param localAuth   how we authenticate (RFC 7296 §2.15)
 * @param remoteAuth  how the peer must authenticate
 * @param localId     IDi/IDr we send, empty for the IOS default (address, or certificate subject)
 * @param remoteId    required peer identity, empty to accept any identity that authenticates
 * @param localTs     our traffic selector (CIDR), empty for 0.0.0.0/0
 * @param remoteTs    the peer's traffic selector, empty for 0.0.0.0/0
 * @param dpd         dead peer detection ({@code --dpd}), empty for none
 * @param lifetime    hard lifetime in seconds of the IKE SA and of its CHILD_SAs ({@code --lifetime}), empty for
 *                    the IOS defaults (86400 / 3600)
 */
record PeerConfig(String ike, String esp, byte[] psk, AuthMethod localAuth, AuthMethod remoteAuth,
                  Optional<String> localId, Optional<String> remoteId, Optional<String> localTs,
                  Optional<String> remoteTs, Optional<io.ike4j.config.DpdSettings> dpd, OptionalInt lifetime) {

    /** With the default lifetimes. */
    PeerConfig(String ike, String esp, byte[] psk, AuthMethod localAuth, AuthMethod remoteAuth,
               Optional<String> localId, Optional<String> remoteId, Optional<String> localTs,
               Optional<String> remoteTs, Optional<io.ike4j.config.DpdSettings> dpd) {
        this(ike, esp, psk, localAuth, remoteAuth, localId, remoteId, localTs, remoteTs, dpd, OptionalInt.empty());
    }

    /** Without dead peer detection. */
    PeerConfig(String ike, String esp, byte[] psk, AuthMethod localAuth, AuthMethod remoteAuth,
               Optional<String> localId, Optional<String> remoteId, Optional<String> localTs,
               Optional<String> remoteTs) {
        this(ike, esp, psk, localAuth, remoteAuth, localId, remoteId, localTs, remoteTs, Optional.empty());
    }

    /**
     * {@code --dpd INTERVAL[,RETRY[,on-demand|periodic]]}, IOS's {@code dpd 10 2 periodic} with commas; retry defaults
     * to 2 s and the mode to on-demand, as on IOS.
     *
     * @throws ConfigException naming what is wrong
     */
    static io.ike4j.config.DpdSettings dpd(String text) {
        String[] f = text.split(",", -1);
        ConfigException.check(f.length >= 1 && f.length <= 3, "--dpd: INTERVAL[,RETRY[,on-demand|periodic]], got '" + text + "'");
        ConfigException.check(f.length < 3 || f[2].equals("on-demand") || f[2].equals("periodic"),
                "--dpd: mode must be on-demand or periodic, got '" + (f.length < 3 ? "" : f[2]) + "'");
        try {
            return new io.ike4j.config.DpdSettings(Integer.parseInt(f[0].trim()),
                    f.length > 1 ? Integer.parseInt(f[1].trim()) : 2, f.length > 2 && f[2].equals("periodic"));
        } catch (NumberFormatException e) {
            throw new ConfigException("--dpd: seconds must be numbers, got '" + text + "'");
        }
    }

    /** The same with the key as text (UTF-8), for keys that are no secret (the demo's) and tests. */
    PeerConfig(String ike, String esp, String psk, AuthMethod localAuth, AuthMethod remoteAuth,
               Optional<String> localId, Optional<String> remoteId, Optional<String> localTs,
               Optional<String> remoteTs) {
        this(ike, esp, psk.getBytes(java.nio.charset.StandardCharsets.UTF_8), localAuth, remoteAuth, localId, remoteId,
                localTs, remoteTs);
    }

    static final String DEFAULT_IKE = "aes128-sha256-modp2048";
    static final String DEFAULT_ESP = "aes128-sha256";

    /** A PSK configuration with the given proposals and everything else defaulted. */
    static PeerConfig psk(String ike, String esp, String psk) {
        return new PeerConfig(ike, esp, psk, AuthMethod.PRE_SHARE, AuthMethod.PRE_SHARE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The configuration and the ipsec profile to initiate with (also the responder's only profile). */
    record Built(IkeConfiguration configuration, IpsecProfile ipsecProfile) {
    }

    /** @throws ConfigException naming what is wrong (bad proposal, identity, selector...) */
    Built build() {
        List<IkeProposal> proposals = option("ike", () -> StrongSwanProposals.parseIke(ike));
        IkePolicy.Builder policy = IkePolicy.builder("ike-cli");
        proposals.forEach(policy::proposal);

        IkeProfile.Builder pb = IkeProfile.builder("ike-cli").authenticationLocal(localAuth).authenticationRemote(remoteAuth);
        if (localAuth == AuthMethod.PRE_SHARE || remoteAuth == AuthMethod.PRE_SHARE) {
            ConfigException.check(psk.length > 0, "pre-share authentication needs --psk");
            Keyring keyring = Keyring.builder("ike-cli")
                    .peer(KeyringPeer.builder("any-v4").address("0.0.0.0/0").preSharedKey(psk).build())
                    .peer(KeyringPeer.builder("any-v6").address("::/0").preSharedKey(psk).build()).build();
            pb.keyring(keyring);
        }
        if (remoteId.isPresent()) {
            pb.matchRemoteIdentity(option("remote-id", () -> IkeIdentity.infer(remoteId.get())));
        } else {
            // any peer: IOS "match identity remote address 0.0.0.0" (and its IPv6 twin)
            pb.matchRemoteAddress("0.0.0.0/0").matchRemoteAddress("::/0");
        }
        localId.ifPresent(id -> pb.identityLocal(option("id", () -> IkeIdentity.infer(id))));
        dpd.ifPresent(d -> pb.dpd(d.intervalSeconds(), d.retrySeconds(), d.periodic()));
        lifetime.ifPresent(pb::lifetime); // RFC 7296 §2.8: each end enforces its own lifetimes
        IkeProfile profile = pb.build();

        IpsecProfile.Builder ib = IpsecProfile.builder("ike-cli").ikeProfile(profile);
        lifetime.ifPresent(ib::lifetimeSeconds);
        List<EspProposal> espProposals = option("esp", () -> StrongSwanProposals.parseEsp(esp));
        int n = 0;
        Integer pfs = null;
        for (EspProposal p : espProposals) {
            for (EncryptionAlgorithm e : p.encryption()) {
                List<Integer> integs = p.integrity().isEmpty() ? List.of(TransformSet.NO_INTEGRITY) : p.integrity();
                for (int integ : integs) {
                    String name = "ts-" + (++n);
                    ib.transformSet(option("esp", () -> new TransformSet(name, e, integ, io.ike4j.config.IpsecMode.TUNNEL)));
                }
            }
            for (int g : p.groups()) {
                if (pfs == null && g != KeTransformId.NONE.number()) {
                    pfs = g;
                }
            }
        }
        if (pfs != null) {
            ib.pfsGroup(pfs);
        }
        localTs.ifPresent(ts -> ib.localSelector(option("local-ts", () -> TrafficSelector.cidr(ts))));
        remoteTs.ifPresent(ts -> ib.remoteSelector(option("remote-ts", () -> TrafficSelector.cidr(ts))));
        IpsecProfile ipsec = ib.build();
        IkeConfiguration config = IkeConfiguration.builder().policy(policy.build()).profile(profile).ipsecProfile(ipsec).build();
        return new Built(config, ipsec);
    }

    /** Runs one option's parser; its ConfigException is re-thrown naming the option and the value. */
    private <T> T option(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ConfigException e) {
            String value = switch (name) {
                case "ike" -> ike;
                case "esp" -> esp;
                case "id" -> localId.orElse("");
                case "remote-id" -> remoteId.orElse("");
                case "local-ts" -> localTs.orElse("");
                default -> remoteTs.orElse("");
            };
            throw new ConfigException("--" + name + " " + value + ": " + e.getMessage());
        }
    }
}
