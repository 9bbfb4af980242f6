package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.KeyringPeer;

import java.net.InetAddress;
import java.security.PublicKey;

/**
 * How the peer of an IKE SA proved its identity, so that INITIAL_CONTACT clears only SAs the same
 * credential set up. RFC 7296 §2.4 lets INITIAL_CONTACT delete "other IKE SAs ... to the same
 * authenticated identity"; an ID payload is only authenticated as far as the credential binds it.
 */
sealed interface PeerCredential {

    /**
     * True when a peer that proved {@code this} may, by INITIAL_CONTACT from {@code address}, end the SA
     * {@code old} set up from {@code oldAddress}. The caller has checked that both claim the same identity.
     */
    boolean clears(PeerCredential old, InetAddress address, InetAddress oldAddress);

    /**
     * A keyring entry's pre-shared key. {@code boundToIdentity} when the entry was matched by the peer's
     * identity or hostname: only that identity knows the key. Otherwise the entry was matched by an address
     * prefix — a key shared by every peer there, any of which can claim any identity — so the SA to end must
     * also come from the same address.
     */
    record SharedKey(KeyringPeer entry, boolean boundToIdentity) implements PeerCredential {
        static SharedKey of(KeyringPeer entry, IkeIdentity claimed) {
            return new SharedKey(entry, claimed != null && entry.matchesIdentity(claimed));
        }

        @Override
        public boolean clears(PeerCredential old, InetAddress address, InetAddress oldAddress) {
            return equals(old) && (boundToIdentity || address.equals(oldAddress));
        }
    }

    /**
     * The end-entity certificate's public key (DER SubjectPublicKeyInfo): a renewed certificate for the same
     * key still clears, another certificate with the same name but another key does not.
     */
    record CertificateKey(Bytes subjectPublicKeyInfo) implements PeerCredential {
        static CertificateKey of(PublicKey key) {
            return new CertificateKey(Bytes.wrap(key.getEncoded()));
        }

        @Override
        public boolean clears(PeerCredential old, InetAddress address, InetAddress oldAddress) {
            return equals(old);
        }
    }
}
