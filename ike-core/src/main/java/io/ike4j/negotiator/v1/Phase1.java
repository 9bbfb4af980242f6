package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.OakleyAlgorithms;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.codec.v1.IsakmpEncryption;
import io.ike4j.codec.v1.IsakmpIvChain;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.config.IkeIdentity;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.KeyringPeer;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.negotiator.auth.IdPayloads;
import io.ike4j.negotiator.proposal.Phase1Proposals;
import io.ike4j.transport.DatagramEndpoint;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * What Main and Aggressive Mode share (RFC 2409 §5): the configured suites, the pre-shared key by the peer's address
 * (Main Mode must pick it before the identities, which travel encrypted under it, §5.4), Diffie-Hellman, SKEYID and
 * its keys, the phase-1 IV, ID payloads, HASH_I/HASH_R.
 */
final class Phase1 {
    /** Nonce length we send (RFC 2409 §5: 8 to 256 octets). */
    static final int NONCE = 32;

    private Phase1() {
    }

    /** Our suites for a peer on {@code local}: the policy of that address, the profile's auth method and lifetime. */
    static List<Phase1Proposals.Suite> suites(Ikev1Core core, IkeProfile profile, DatagramEndpoint local) {
        List<IkeProposal> proposals = core.config.policyFor(local.address()).map(p -> p.proposals()).orElse(List.of());
        return Phase1Proposals.suites(proposals, profile.localAuth(), 256, profile.lifetimeSeconds());
    }

    /** The profile and keyring peer whose key a peer at {@code remote} uses (IOS: the keyring entry by address). */
    static Optional<IkeProfile> profileByAddress(Ikev1Core core, DatagramEndpoint remote) {
        for (IkeProfile p : core.config.profiles()) {
            if (p.keyring().isEmpty()) {
                boolean signed = p.remoteAuth() == io.ike4j.config.AuthMethod.RSA_SIG && core.credentials != null;
                if (signed && p.matchRemoteAddresses().stream().anyMatch(a -> a.contains(remote.address()))) {
                    return Optional.of(p); // RSA signatures: no key to pick by address
                }
                continue;
            }
            boolean addressOk = p.matchRemoteAddresses().isEmpty()
                    || p.matchRemoteAddresses().stream().anyMatch(a -> a.contains(remote.address()));
            if (addressOk && p.keyring().get().lookup(null, remote.address()).isPresent()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static byte[] psk(IkeProfile profile, DatagramEndpoint remote) {
        return profile.keyring().flatMap(k -> k.lookup(null, remote.address())).map(KeyringPeer::localKey).orElse(null);
    }

    static boolean validNonce(Bytes n) {
        return n.length() >= 8 && n.length() <= 256;
    }

    static KeyExchange kx(Ikev1Core core, IsakmpSa sa) {
        return core.crypto.keyExchange(sa.chosen.group());
    }

    /** The initiator's key pair and nonce (MM3 / AM1). */
    static void initiatorKe(Ikev1Core core, IsakmpSa sa) {
        sa.dh = kx(core, sa).initiator(core.random);
        sa.gxi = sa.dh.publicValue();
        sa.ni = Bytes.wrap(core.random.nextBytes(NONCE));
    }

    /** The responder's key pair and nonce; false if the initiator's value is not a valid group element. */
    static boolean responderKe(Ikev1Core core, IsakmpSa sa) {
        try {
            sa.dh = kx(core, sa).responder(sa.gxi, core.random);
        } catch (InvalidKeyExchangeValueException e) {
            return false;
        }
        sa.gxr = sa.dh.publicValue();
        sa.nr = Bytes.wrap(core.random.nextBytes(NONCE));
        return true;
    }

    /**
     * g^xy, SKEYID = prf(pre-shared-key, Ni_b | Nr_b) (§5.4), SKEYID_d/a/e (§5), the cipher key (App. B) and the
     * phase-1 IV = hash(g^xi | g^xr) (§5, App. B). False if the peer's KE value is invalid.
     */
    static boolean deriveKeys(Ikev1Core core, IsakmpSa sa) {
        SecretBytes gxy;
        try {
            gxy = sa.dh.sharedSecret(sa.initiator() ? sa.gxr : sa.gxi);
        } catch (InvalidKeyExchangeValueException e) {
            return false;
        }
        try {
            sa.kdf = Oakley.kdf(core.crypto, sa.chosen.hash());
            SecretBytes skeyid = Signatures.signing(sa) ? sa.kdf.skeyidSignature(sa.ni.toByteArray(), sa.nr.toByteArray(), gxy)
                    : sa.kdf.skeyidPsk(sa.psk, sa.ni.toByteArray(), sa.nr.toByteArray());
            sa.keys = sa.kdf.keys(skeyid, gxy, sa.cookieI.toByteArray(), sa.cookieR.toByteArray());
            Cipher c = core.crypto.cipher(OakleyAlgorithms.ikev2EncrId(sa.chosen.encryption()), sa.chosen.keyBits());
            sa.encKey = sa.kdf.encryptionKey(sa.keys.skeyidE(), c.keyMaterialLength());
            sa.encryption = new IsakmpEncryption(c);
            sa.ivs = new IsakmpIvChain(sa.kdf.hash(), c.blockSize(), sa.kdf.phase1Iv(sa.gxi, sa.gxr, c.blockSize()));
        } finally {
            gxy.destroy();
        }
        if (core.exportKeys) {
            core.listener.isakmpSaKeys(core.info(sa), new Ikev1SaKeys(sa.cookieI, sa.cookieR, sa.keys.skeyidD(),
                    sa.keys.skeyidA(), sa.keys.skeyidE(), sa.encKey));
        }
        return true;
    }

    /** Undoes {@link #deriveKeys} (an Aggressive Mode answer that did not verify must leave nothing behind). */
    static void forgetKeys(IsakmpSa sa) {
        if (sa.keys != null) {
            sa.keys.destroy();
        }
        if (sa.encKey != null) {
            sa.encKey.destroy();
        }
        sa.keys = null;
        sa.encKey = null;
        sa.encryption = null;
        sa.ivs = null;
        sa.kdf = null;
    }

    /** Our identity: configured, else our address (IOS's default, {@code crypto isakmp identity address}). */
    static IkeIdentity localIdentity(Ikev1Core core, IsakmpSa sa) {
        if (Signatures.signing(sa)) {
            return Signatures.localIdentity(core, sa);
        }
        return sa.profile.localIdentity().orElse(IkeIdentity.address(sa.local.address()));
    }

    /** A phase-1 ID payload: protocol UDP, port 500, as IOS sends it (RFC 2407 §4.6.2: 0/0 or 17/500). */
    static IdPayload idPayload(IkeIdentity id) {
        Ikev2IdPayload v2 = IdPayloads.toPayload(true, id);
        return new IdPayload(v2.idType(), 17, 500, v2.data());
    }

    static Optional<IkeIdentity> identity(IdPayload id) {
        return IdPayloads.fromPayload(new Ikev2IdPayload(true, id.idType(), id.data()));
    }

    static byte[] hashI(IsakmpSa sa, byte[] idIBody) {
        return sa.kdf.hashI(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.cookieI.toByteArray(), sa.cookieR.toByteArray(),
                sa.saIBody, idIBody);
    }

    static byte[] hashR(IsakmpSa sa, byte[] idRBody) {
        return sa.kdf.hashR(sa.keys.skeyid(), sa.gxi, sa.gxr, sa.cookieI.toByteArray(), sa.cookieR.toByteArray(),
                sa.saIBody, idRBody);
    }

    /** Constant-time comparison of a received hash with the expected one. */
    static boolean hashEquals(byte[] expected, Bytes received) {
        return MessageDigest.isEqual(expected, received.toByteArray());
    }

    /** The identity check after the peer's ID arrived (config ID mismatch): null if fine, else why not. */
    static String checkIdentity(Ikev1Core core, IsakmpSa sa) {
        if (sa.remoteId == null) {
            return "the peer's ID payload names no identity";
        }
        IkeProfile p = sa.profile;
        if (!p.matchRemoteIdentities().isEmpty() && !p.matchRemoteIdentities().contains(sa.remoteId)) {
            return "peer identity " + sa.remoteId + " matches no identity of isakmp profile " + p.name();
        }
        return null;
    }

    static String authName(int auth) {
        return switch (auth) {
            case 1 -> "pre-share";
            case 3 -> "rsa-sig";
            case 9, 10, 11 -> "ecdsa-sig";
            default -> "auth " + auth;
        };
    }
}
