package io.ike4j.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A whole device configuration, as the {@code crypto ikev2 ...} / {@code crypto ipsec ...} sections of an
 * IOS running-config: policies, profiles and IPsec profiles in configuration order, names unique.
 * Lookups follow IOS: the first policy matching the local address, the first profile matching the
 * peer's identity or address.
 */
public record IkeConfiguration(List<IkePolicy> policies, List<IkeProfile> profiles, List<IpsecProfile> ipsecProfiles) {
    /**
     * Copies the lists and checks that names are unique per kind.
     *
     * @param policies the {@code crypto ikev2 policy} entries
     * @param profiles the {@code crypto ikev2 profile} entries
     * @param ipsecProfiles the {@code crypto ipsec profile} entries
     */
    public IkeConfiguration {
        policies = List.copyOf(policies);
        profiles = List.copyOf(profiles);
        ipsecProfiles = List.copyOf(ipsecProfiles);
        unique("ikev2 policy", policies, IkePolicy::name);
        unique("ikev2 profile", profiles, IkeProfile::name);
        unique("ipsec profile", ipsecProfiles, IpsecProfile::name);
    }

    private static <T> void unique(String what, List<T> items, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (T t : items) {
            ConfigException.check(seen.add(name.apply(t)), "duplicate " + what + " " + name.apply(t));
        }
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The first policy whose {@code match address local} covers {@code local}.
     *
     * @param local the local address of the IKE SA
     * @return the policy, or empty
     */
    public Optional<IkePolicy> policyFor(InetAddress local) {
        for (IkePolicy p : policies) { // a loop: per IKE_SA_INIT, and a stream is several objects
            if (p.matches(local)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The first profile whose {@code match identity remote} covers the peer.
     *
     * @param remoteId the peer's identity (IDi or IDr)
     * @param remote the peer's address
     * @return the profile, or empty
     */
    public Optional<IkeProfile> profileFor(IkeIdentity remoteId, InetAddress remote) {
        for (IkeProfile p : profiles) {
            if (p.matchesRemote(remoteId, remote)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The IPsec profile named {@code name}.
     *
     * @param name its name
     * @return the profile, or empty
     */
    public Optional<IpsecProfile> ipsecProfile(String name) {
        return ipsecProfiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Collects policies and profiles; {@link #build()} validates. */
    public static final class Builder {
        private final List<IkePolicy> policies = new ArrayList<>();
        private final List<IkeProfile> profiles = new ArrayList<>();
        private final List<IpsecProfile> ipsec = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a {@code crypto ikev2 policy}.
         *
         * @param p the policy
         * @return this builder
         */
        public Builder policy(IkePolicy p) {
            policies.add(p);
            return this;
        }

        /**
         * Adds a {@code crypto ikev2 profile}.
         *
         * @param p the profile
         * @return this builder
         */
        public Builder profile(IkeProfile p) {
            profiles.add(p);
            return this;
        }

        /**
         * Adds a {@code crypto ipsec profile}.
         *
         * @param p the profile
         * @return this builder
         */
        public Builder ipsecProfile(IpsecProfile p) {
            ipsec.add(p);
            return this;
        }

        /**
         * Validates and builds the configuration.
         *
         * @return the configuration
         * @throws ConfigException when names repeat
         */
        public IkeConfiguration build() {
            return new IkeConfiguration(policies, profiles, ipsec);
        }
    }
}
