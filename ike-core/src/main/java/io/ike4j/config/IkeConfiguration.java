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

    public static Builder builder() {
        return new Builder();
    }

    /** The first policy whose {@code match address local} covers {@code local}. */
    public Optional<IkePolicy> policyFor(InetAddress local) {
        return policies.stream().filter(p -> p.matches(local)).findFirst();
    }

    /** The first profile whose {@code match identity remote} covers the peer. */
    public Optional<IkeProfile> profileFor(IkeIdentity remoteId, InetAddress remote) {
        return profiles.stream().filter(p -> p.matchesRemote(remoteId, remote)).findFirst();
    }

    public Optional<IpsecProfile> ipsecProfile(String name) {
        return ipsecProfiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static final class Builder {
        private final List<IkePolicy> policies = new ArrayList<>();
        private final List<IkeProfile> profiles = new ArrayList<>();
        private final List<IpsecProfile> ipsec = new ArrayList<>();

        private Builder() {
        }

        public Builder policy(IkePolicy p) {
            policies.add(p);
            return this;
        }

        public Builder profile(IkeProfile p) {
            profiles.add(p);
            return this;
        }

        public Builder ipsecProfile(IpsecProfile p) {
            ipsec.add(p);
            return this;
        }

        public IkeConfiguration build() {
            return new IkeConfiguration(policies, profiles, ipsec);
        }
    }
}
