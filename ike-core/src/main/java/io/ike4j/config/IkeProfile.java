package io.ike4j.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IOS {@code crypto ikev2 profile}: which peers it serves ({@code match identity remote address|fqdn|
 * email|key-id}; an address match is a prefix, {@code 0.0.0.0} meaning any IPv4 peer), how each side
 * authenticates (RFC 7296 §2.15), the local identity (default: our address), the keyring (required when
 * either side uses pre-share), SA lifetime (IOS 120..86400 s, default 86400), optional DPD, and
 * retransmission settings.
 */
public record IkeProfile(String name, List<IkeIdentity> matchRemoteIdentities, List<IpPrefix> matchRemoteAddresses,
                         AuthMethod localAuth, AuthMethod remoteAuth, Optional<IkeIdentity> localIdentity,
                         Optional<Keyring> keyring, int lifetimeSeconds, Optional<DpdSettings> dpd,
                         Retransmission retransmission) {
    /** The IKE SA lifetime IOS uses by default: 86,400 seconds. */
    public static final int DEFAULT_LIFETIME = 86400;

    /**
     * Copies the lists and checks the profile is complete (a remote match, authentication methods, a keyring for pre-share).
     *
     * @param name the profile's name
     * @param matchRemoteIdentities {@code match identity remote} entries
     * @param matchRemoteAddresses {@code match address remote} entries (prefixes)
     * @param localAuth {@code authentication local}
     * @param remoteAuth {@code authentication remote}
     * @param localIdentity {@code identity local}, or empty for the local address
     * @param keyring the keyring for pre-shared keys, if any
     * @param lifetimeSeconds the IKE SA lifetime in seconds
     * @param dpd dead peer detection settings, if any
     * @param retransmission the request retransmission schedule
     */
    public IkeProfile {
        ConfigException.requireName("ikev2 profile", name);
        String p = "ikev2 profile " + name + ": ";
        matchRemoteIdentities = List.copyOf(matchRemoteIdentities);
        matchRemoteAddresses = List.copyOf(matchRemoteAddresses);
        ConfigException.check(!matchRemoteIdentities.isEmpty() || !matchRemoteAddresses.isEmpty(),
                p + "needs a 'match identity remote' statement");
        ConfigException.check(localAuth != null, p + "needs 'authentication local'");
        ConfigException.check(remoteAuth != null, p + "needs 'authentication remote'");
        ConfigException.check(localIdentity != null && keyring != null && dpd != null, p + "null option");
        ConfigException.check(keyring.isPresent() || (localAuth != AuthMethod.PRE_SHARE && remoteAuth != AuthMethod.PRE_SHARE),
                p + "pre-share authentication needs a keyring");
        ConfigException.check(lifetimeSeconds >= 120 && lifetimeSeconds <= 86400,
                p + "lifetime must be 120..86400 seconds, got " + lifetimeSeconds);
        ConfigException.check(retransmission != null, p + "retransmission must not be null");
    }

    /**
     * A builder for {@code crypto ikev2 profile <name>}.
     *
     * @param name the profile's name
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * True when the peer's identity (IDi/IDr) or address matches a {@code match identity remote} line.
     *
     * @param id the peer's identity, or null before it is known
     * @param address the peer's address
     * @return whether this profile applies to the peer
     */
    public boolean matchesRemote(IkeIdentity id, InetAddress address) {
        // loops, not streams: per IKE_AUTH on both sides
        if (id != null) {
            for (IkeIdentity m : matchRemoteIdentities) {
                if (m.type() == id.type() && m.value().equalsIgnoreCase(id.value())) {
                    return true;
                }
            }
        }
        if (matchRemoteAddresses.isEmpty()) {
            return false;
        }
        InetAddress idAddr = id == null ? null : id.address().orElse(null);
        for (IpPrefix pf : matchRemoteAddresses) {
            if ((idAddr != null && pf.contains(idAddr)) || (address != null && pf.contains(address))) {
                return true;
            }
        }
        return false;
    }

    /** Collects the profile's lines; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private final List<IkeIdentity> ids = new ArrayList<>();
        private final List<IpPrefix> addrs = new ArrayList<>();
        private AuthMethod localAuth;
        private AuthMethod remoteAuth;
        private IkeIdentity localIdentity;
        private Keyring keyring;
        private int lifetime = DEFAULT_LIFETIME;
        private DpdSettings dpd;
        private Retransmission retransmission = Retransmission.STRONGSWAN_DEFAULT;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * {@code match identity remote address 10.0.0.0 255.255.255.0}; {@code 0.0.0.0} alone = any IPv4.
         *
         * @param prefix as {@link IpPrefix#parse} reads it
         * @return this builder
         */
        public Builder matchRemoteAddress(String prefix) {
            IpPrefix pf = IpPrefix.parse(prefix);
            if (pf.address().isAnyLocalAddress() && !prefix.contains("/") && !prefix.trim().contains(" ")) {
                pf = new IpPrefix(pf.address(), 0);
            }
            addrs.add(pf);
            return this;
        }

        /**
         * Adds a {@code match identity remote} identity.
         *
         * @param id the identity
         * @return this builder
         */
        public Builder matchRemoteIdentity(IkeIdentity id) {
            ids.add(id);
            return this;
        }

        /**
         * {@code match identity remote fqdn <fqdn>}.
         *
         * @param fqdn the domain name
         * @return this builder
         */
        public Builder matchRemoteFqdn(String fqdn) {
            return matchRemoteIdentity(IkeIdentity.fqdn(fqdn));
        }

        /**
         * {@code match identity remote email <address>}.
         *
         * @param email {@code user@domain}
         * @return this builder
         */
        public Builder matchRemoteEmail(String email) {
            return matchRemoteIdentity(IkeIdentity.email(email));
        }

        /**
         * {@code match identity remote key-id <id>}.
         *
         * @param keyId the key ID
         * @return this builder
         */
        public Builder matchRemoteKeyId(String keyId) {
            return matchRemoteIdentity(IkeIdentity.keyId(keyId));
        }

        /**
         * {@code authentication local <method>}: how we authenticate (required).
         *
         * @param m the method
         * @return this builder
         */
        public Builder authenticationLocal(AuthMethod m) {
            this.localAuth = m;
            return this;
        }

        /**
         * {@code authentication remote <method>}: how the peer must authenticate (required).
         *
         * @param m the method
         * @return this builder
         */
        public Builder authenticationRemote(AuthMethod m) {
            this.remoteAuth = m;
            return this;
        }

        /**
         * {@code identity local}: the identity we send (default our address).
         *
         * @param id the identity
         * @return this builder
         */
        public Builder identityLocal(IkeIdentity id) {
            this.localIdentity = id;
            return this;
        }

        /**
         * {@code keyring local}: where pre-shared keys come from (required for {@code pre-share}).
         *
         * @param k the keyring
         * @return this builder
         */
        public Builder keyring(Keyring k) {
            this.keyring = k;
            return this;
        }

        /**
         * {@code lifetime <seconds>} of the IKE SA (default {@link IkeProfile#DEFAULT_LIFETIME}).
         *
         * @param seconds the lifetime
         * @return this builder
         */
        public Builder lifetime(int seconds) {
            this.lifetime = seconds;
            return this;
        }

        /**
         * {@code dpd <interval> <retry> on-demand|periodic} (default none).
         *
         * @param intervalSeconds 10..3600
         * @param retrySeconds 2..60
         * @param periodic true for {@code periodic}, false for {@code on-demand}
         * @return this builder
         */
        public Builder dpd(int intervalSeconds, int retrySeconds, boolean periodic) {
            this.dpd = new DpdSettings(intervalSeconds, retrySeconds, periodic);
            return this;
        }

        /**
         * The request retransmission schedule (default {@link Retransmission#STRONGSWAN_DEFAULT}).
         *
         * @param r the schedule
         * @return this builder
         */
        public Builder retransmission(Retransmission r) {
            this.retransmission = r;
            return this;
        }

        /**
         * Validates and builds the profile.
         *
         * @return the profile
         * @throws ConfigException when it is incomplete
         */
        public IkeProfile build() {
            return new IkeProfile(name, ids, addrs, localAuth, remoteAuth, Optional.ofNullable(localIdentity),
                    Optional.ofNullable(keyring), lifetime, Optional.ofNullable(dpd), retransmission);
        }
    }
}
