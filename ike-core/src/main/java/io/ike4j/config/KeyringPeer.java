package io.ike4j.config;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * IOS keyring {@code peer}: matched by address prefix, hostname or identity; pre-shared keys for
 * signing our AUTH ({@code pre-shared-key local}) and verifying the peer's ({@code pre-shared-key
 * remote}), which may differ (RFC 7296 §2.15). Keys are kept as UTF-8 octets; copies are returned.
 */
public final class KeyringPeer {
    private final String name;
    private final IpPrefix address;
    private final String hostname;
    private final IkeIdentity identity;
    private final byte[] localKey;
    private final byte[] remoteKey;

    private KeyringPeer(Builder b) {
        this.name = ConfigException.requireName("keyring peer", b.name);
        String p = "keyring peer " + name + ": ";
        ConfigException.check(b.address != null || b.hostname != null || b.identity != null,
                p + "needs an address, hostname or identity to match");
        ConfigException.check(b.localKey != null && b.localKey.length > 0, p + "local pre-shared key must not be empty");
        ConfigException.check(b.remoteKey != null && b.remoteKey.length > 0, p + "remote pre-shared key must not be empty");
        this.address = b.address;
        this.hostname = b.hostname;
        this.identity = b.identity;
        this.localKey = b.localKey.clone();
        this.remoteKey = b.remoteKey.clone();
    }

    /**
     * A builder for keyring {@code peer <name>}.
     *
     * @param name the peer's name
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** {@return the peer's name} */
    public String name() {
        return name;
    }

    /** {@return the {@code address} it matches, if any} */
    public Optional<IpPrefix> address() {
        return Optional.ofNullable(address);
    }

    /** {@return the {@code hostname} it matches (an FQDN identity), if any} */
    public Optional<String> hostname() {
        return Optional.ofNullable(hostname);
    }

    /** {@return the {@code identity} it matches, if any} */
    public Optional<IkeIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /** {@return a copy of the key for our own AUTH payload} */
    public byte[] localKey() {
        return localKey.clone();
    }

    /** {@return a copy of the key for verifying the peer's AUTH payload} */
    public byte[] remoteKey() {
        return remoteKey.clone();
    }

    /**
     * Whether the peer's {@code address} prefix covers {@code a}.
     *
     * @param a the peer's address
     * @return false without an address
     */
    public boolean matchesAddress(InetAddress a) {
        return address != null && address.contains(a);
    }

    /**
     * Whether {@code id} is the peer's {@code identity}, or an FQDN equal to its {@code hostname}.
     *
     * @param id the peer's identity
     * @return whether it matches
     */
    public boolean matchesIdentity(IkeIdentity id) {
        return (identity != null && identity.equals(id))
                || (hostname != null && id.type() == IkeIdentity.Type.FQDN && hostname.equalsIgnoreCase(id.value()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyringPeer k && name.equals(k.name) && java.util.Objects.equals(address, k.address)
                && java.util.Objects.equals(hostname, k.hostname) && java.util.Objects.equals(identity, k.identity)
                && Arrays.equals(localKey, k.localKey) && Arrays.equals(remoteKey, k.remoteKey);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, address, hostname, identity);
    }

    /** Keys are never printed. */
    @Override
    public String toString() {
        return "KeyringPeer[" + name + " address=" + address + " hostname=" + hostname + " identity=" + identity + "]";
    }

    /** Collects the peer's lines; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private IpPrefix address;
        private String hostname;
        private IkeIdentity identity;
        private byte[] localKey;
        private byte[] remoteKey;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * {@code 10.0.0.2 255.255.255.0}, {@code 10.0.0.0/24} or a bare address.
         *
         * @param prefix as {@link IpPrefix#parse} reads it
         * @return this builder
         */
        public Builder address(String prefix) {
            this.address = IpPrefix.parse(prefix);
            return this;
        }

        /**
         * {@code hostname <name>}: matched against FQDN identities.
         *
         * @param h the host name
         * @return this builder
         */
        public Builder hostname(String h) {
            this.hostname = h;
            return this;
        }

        /**
         * {@code identity <id>}.
         *
         * @param id the identity
         * @return this builder
         */
        public Builder identity(IkeIdentity id) {
            this.identity = id;
            return this;
        }

        /**
         * {@code pre-shared-key <key>}: the same key both ways.
         *
         * @param key the key, taken as UTF-8
         * @return this builder
         */
        public Builder preSharedKey(String key) {
            return localKey(key).remoteKey(key);
        }

        /**
         * The same key both ways, as octets (e.g. read from a key file, so it never becomes a String). Copied:
         * the caller may zero {@code key} afterwards.
         *
         * @param key the key
         * @return this builder
         */
        public Builder preSharedKey(byte[] key) {
            this.localKey = key == null ? null : key.clone();
            this.remoteKey = key == null ? null : key.clone();
            return this;
        }

        /**
         * {@code pre-shared-key local <key>}: signs our AUTH.
         *
         * @param key the key, taken as UTF-8
         * @return this builder
         */
        public Builder localKey(String key) {
            this.localKey = key == null ? null : key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return this;
        }

        /**
         * {@code pre-shared-key remote <key>}: verifies the peer's AUTH.
         *
         * @param key the key, taken as UTF-8
         * @return this builder
         */
        public Builder remoteKey(String key) {
            this.remoteKey = key == null ? null : key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return this;
        }

        /**
         * Validates and builds the peer.
         *
         * @return the peer
         * @throws ConfigException without something to match or without both keys
         */
        public KeyringPeer build() {
            return new KeyringPeer(this);
        }
    }
}
