package io.ike4j.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** IOS {@code crypto ikev2 keyring}: named peers, looked up by identity first, then by address. */
public record Keyring(String name, List<KeyringPeer> peers) {
    /**
     * Copies the peer list; at least one peer, with unique names.
     *
     * @param name the keyring's name
     * @param peers its peers
     */
    public Keyring {
        ConfigException.requireName("keyring", name);
        peers = List.copyOf(peers);
        ConfigException.check(!peers.isEmpty(), "keyring " + name + ": needs at least one peer");
        Set<String> names = new HashSet<>();
        for (KeyringPeer p : peers) {
            ConfigException.check(names.add(p.name()), "keyring " + name + ": duplicate peer " + p.name());
        }
    }

    /**
     * A builder for {@code crypto ikev2 keyring <name>}.
     *
     * @param name the keyring's name
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The peer whose identity/hostname matches, else the longest address prefix containing {@code address}.
     *
     * @param id the peer's identity, or null
     * @param address the peer's address
     * @return the keyring peer, or empty
     */
    public Optional<KeyringPeer> lookup(IkeIdentity id, InetAddress address) {
        if (id != null) {
            for (KeyringPeer p : peers) {
                if (p.matchesIdentity(id)) {
                    return Optional.of(p);
                }
            }
        }
        KeyringPeer best = null;
        if (address != null) {
            for (KeyringPeer p : peers) {
                if (p.matchesAddress(address)
                        && (best == null || p.address().get().prefixLength() > best.address().get().prefixLength())) {
                    best = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Collects the keyring's peers; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private final List<KeyringPeer> peers = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a {@code peer}.
         *
         * @param p the peer
         * @return this builder
         */
        public Builder peer(KeyringPeer p) {
            peers.add(p);
            return this;
        }

        /**
         * Validates and builds the keyring.
         *
         * @return the keyring
         * @throws ConfigException without peers or with repeated names
         */
        public Keyring build() {
            return new Keyring(name, peers);
        }
    }
}
