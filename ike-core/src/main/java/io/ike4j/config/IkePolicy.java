package io.ike4j.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * IOS {@code crypto ikev2 policy}: proposals in preference order and the local addresses it applies
 * to ({@code match address local}); no match address means any.
 */
public record IkePolicy(String name, List<IkeProposal> proposals, List<IpPrefix> matchAddressLocal) {
    /**
     * Copies the lists; at least one proposal is needed.
     *
     * @param name the policy's name
     * @param proposals its proposals in preference order
     * @param matchAddressLocal the local addresses it applies to (empty: all)
     */
    public IkePolicy {
        ConfigException.requireName("ikev2 policy", name);
        proposals = List.copyOf(proposals);
        matchAddressLocal = List.copyOf(matchAddressLocal);
        ConfigException.check(!proposals.isEmpty(), "ikev2 policy " + name + ": needs at least one proposal");
    }

    /**
     * A builder for {@code crypto ikev2 policy <name>}.
     *
     * @param name the policy's name
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Whether the policy applies to an IKE SA on {@code local}.
     *
     * @param local the local address
     * @return true without {@code match address local} lines or when one covers it
     */
    public boolean matches(InetAddress local) {
        if (matchAddressLocal.isEmpty()) {
            return true;
        }
        for (IpPrefix p : matchAddressLocal) { // a loop: this runs for every IKE_SA_INIT
            if (p.contains(local)) {
                return true;
            }
        }
        return false;
    }

    /** Collects the policy's lines; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private final List<IkeProposal> proposals = new ArrayList<>();
        private final List<IpPrefix> match = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a {@code proposal}, after those added before.
         *
         * @param p the proposal
         * @return this builder
         */
        public Builder proposal(IkeProposal p) {
            proposals.add(p);
            return this;
        }

        /**
         * Adds a {@code match address local} prefix.
         *
         * @param prefix as {@link IpPrefix#parse} reads it
         * @return this builder
         */
        public Builder matchAddressLocal(String prefix) {
            match.add(IpPrefix.parse(prefix));
            return this;
        }

        /**
         * Validates and builds the policy.
         *
         * @return the policy
         * @throws ConfigException without a proposal
         */
        public IkePolicy build() {
            return new IkePolicy(name, proposals, match);
        }
    }
}
