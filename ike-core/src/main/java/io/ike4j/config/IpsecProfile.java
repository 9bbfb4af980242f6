package io.ike4j.config;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * IOS {@code crypto ipsec profile}: {@code set transform-set} (preference order), {@code set pfs group}
 * (a KE transform ID), {@code set security-association lifetime seconds|kilobytes} (IOS defaults
 * 3600 s and 4608000 KB), {@code set ikev2-profile}, and the traffic selectors to negotiate.
 */
public record IpsecProfile(String name, List<TransformSet> transformSets, OptionalInt pfsGroup, int lifetimeSeconds,
                           long lifetimeKilobytes, IkeProfile ikeProfile, List<TrafficSelector> localSelectors,
                           List<TrafficSelector> remoteSelectors) {
    /** The CHILD_SA lifetime IOS uses by default: 3,600 seconds. */
    public static final int DEFAULT_LIFETIME_SECONDS = 3600;
    /** The CHILD_SA volume lifetime IOS uses by default: 4,608,000 kilobytes. */
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4_608_000L;

    /**
     * Copies the lists and checks the profile is complete.
     *
     * @param name the profile's name
     * @param transformSets {@code set transform-set}, in preference order
     * @param pfsGroup {@code set pfs group}, or empty without PFS
     * @param lifetimeSeconds the CHILD_SA lifetime in seconds
     * @param lifetimeKilobytes the CHILD_SA lifetime in kilobytes
     * @param ikeProfile {@code set ikev2-profile}
     * @param localSelectors the local traffic selectors
     * @param remoteSelectors the remote traffic selectors
     */
    public IpsecProfile {
        ConfigException.requireName("ipsec profile", name);
        String p = "ipsec profile " + name + ": ";
        transformSets = List.copyOf(transformSets);
        localSelectors = List.copyOf(localSelectors);
        remoteSelectors = List.copyOf(remoteSelectors);
        ConfigException.check(!transformSets.isEmpty(), p + "needs 'set transform-set'");
        ConfigException.check(pfsGroup != null, p + "pfs group must not be null");
        pfsGroup.ifPresent(g -> ConfigException.check(g > 0 && g < 65536, p + "bad pfs group " + g));
        ConfigException.check(lifetimeSeconds >= 120 && lifetimeSeconds <= 86400,
                p + "lifetime must be 120..86400 seconds, got " + lifetimeSeconds);
        ConfigException.check(lifetimeKilobytes >= 2560 && lifetimeKilobytes <= 4_294_967_295L,
                p + "lifetime must be 2560..4294967295 kilobytes, got " + lifetimeKilobytes);
        ConfigException.check(ikeProfile != null, p + "needs 'set ikev2-profile'");
    }

    /**
     * A builder for {@code crypto ipsec profile <name>}.
     *
     * @param name the profile's name
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** {@return the ESP proposals in transform-set order, each with the PFS group if set} */
    public List<EspProposal> espProposals() {
        EspProposal[] out = new EspProposal[transformSets.size()];
        for (int i = 0; i < out.length; i++) {
            TransformSet t = transformSets.get(i);
            out[i] = pfsGroup.isPresent() ? t.toEspProposal(pfsGroup.getAsInt()) : t.toEspProposal();
        }
        return List.of(out);
    }

    /** Collects the profile's lines; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private final List<TransformSet> sets = new ArrayList<>();
        private OptionalInt pfs = OptionalInt.empty();
        private int seconds = DEFAULT_LIFETIME_SECONDS;
        private long kilobytes = DEFAULT_LIFETIME_KILOBYTES;
        private IkeProfile ikeProfile;
        private final List<TrafficSelector> local = new ArrayList<>();
        private final List<TrafficSelector> remote = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a {@code set transform-set}, after those added before.
         *
         * @param t the transform-set
         * @return this builder
         */
        public Builder transformSet(TransformSet t) {
            sets.add(t);
            return this;
        }

        /**
         * {@code set pfs group <n>} (default none).
         *
         * @param group the KE transform ID
         * @return this builder
         */
        public Builder pfsGroup(int group) {
            pfs = OptionalInt.of(group);
            return this;
        }

        /**
         * {@code set security-association lifetime seconds} (default {@link IpsecProfile#DEFAULT_LIFETIME_SECONDS}).
         *
         * @param s the lifetime
         * @return this builder
         */
        public Builder lifetimeSeconds(int s) {
            seconds = s;
            return this;
        }

        /**
         * {@code set security-association lifetime kilobytes} (default {@link IpsecProfile#DEFAULT_LIFETIME_KILOBYTES}).
         *
         * @param kb the lifetime
         * @return this builder
         */
        public Builder lifetimeKilobytes(long kb) {
            kilobytes = kb;
            return this;
        }

        /**
         * {@code set ikev2-profile} (required).
         *
         * @param p the IKEv2 profile
         * @return this builder
         */
        public Builder ikeProfile(IkeProfile p) {
            ikeProfile = p;
            return this;
        }

        /**
         * Adds a local traffic selector (default: any IPv4).
         *
         * @param ts the selector
         * @return this builder
         */
        public Builder localSelector(TrafficSelector ts) {
            local.add(ts);
            return this;
        }

        /**
         * Adds a remote traffic selector (default: any IPv4).
         *
         * @param ts the selector
         * @return this builder
         */
        public Builder remoteSelector(TrafficSelector ts) {
            remote.add(ts);
            return this;
        }

        /**
         * Validates and builds the profile.
         *
         * @return the profile
         * @throws ConfigException when it is incomplete
         */
        public IpsecProfile build() {
            List<TrafficSelector> l = local.isEmpty() ? List.of(TrafficSelector.anyIpv4()) : local;
            List<TrafficSelector> r = remote.isEmpty() ? List.of(TrafficSelector.anyIpv4()) : remote;
            return new IpsecProfile(name, sets, pfs, seconds, kilobytes, ikeProfile, l, r);
        }
    }
}
