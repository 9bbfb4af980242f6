package io.ike4j.crypto.kdf;

import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * IKEv2 key derivation and keyed computations over one negotiated {@link Prf} (RFC 7296 §2.13-2.18,
 * §2.15, RFC 9370 §2.2.2). Stateless and thread-safe.
 */
public final class Ikev2Kdf {
    /** RFC 7296 §2.15: the fixed pad for PSK AUTH. */
    private static final byte[] KEY_PAD = "Key Pad for IKEv2".getBytes(StandardCharsets.US_ASCII);
    /** prf+ stops at T255 (RFC 7296 §2.13: the counter is one octet). */
    private static final int MAX_BLOCKS = 255;

    private final Prf prf;

    /**
     * The IKEv2 computations over the negotiated PRF.
     *
     * @param prf the negotiated PRF
     */
    public Ikev2Kdf(Prf prf) {
        this.prf = prf;
    }

    /** {@return the PRF} */
    public Prf prf() {
        return prf;
    }

    /**
     * prf+ (RFC 7296 §2.13): T1 = prf(K, S | 0x01), Tn = prf(K, Tn-1 | S | n); the first {@code length}
     * octets of T1 | T2 | …. K is keyed once for all the blocks.
     *
     * @param key K
     * @param length octets wanted (at most 255 PRF outputs)
     * @param seed S, the concatenation of these
     * @return the first {@code length} octets
     */
    public SecretBytes prfPlus(byte[] key, int length, byte[]... seed) {
        int h = prf.outputLength();
        if (length < 0 || (long) length > (long) h * MAX_BLOCKS) {
            throw new IllegalArgumentException("prf+ cannot produce " + length + " octets with a " + h + "-octet PRF");
        }
        byte[] s = Concat.of(seed);
        try {
            // SecretBytes.owning: a view of the caller's key, which keyed() copies; not ours to destroy
            return PrfFeedback.expand(prf, SecretBytes.owning(key), length, new byte[0], s, true);
        } finally {
            Arrays.fill(s, (byte) 0);
        }
    }

    /**
     * SKEYSEED = prf(Ni | Nr, g^ir) (RFC 7296 §2.14). For PRFs with a fixed 16-octet key (AES128-XCBC,
     * AES128-CMAC: IDs 4 and 8) the key is the first 8 octets of Ni and of Nr (same section).
     *
     * @param ni Ni
     * @param nr Nr
     * @param sharedSecret g^ir
     * @return SKEYSEED
     */
    public SecretBytes skeyseed(byte[] ni, byte[] nr, SecretBytes sharedSecret) {
        byte[] key = nonceKey(ni, nr);
        try {
            return SecretBytes.owning(prf.compute(key, sharedSecret.unsafeBytes()));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The PRF key {@code Ni | Nr}, halved for fixed-key-size PRFs (RFC 7296 §2.14). */
    byte[] nonceKey(byte[] ni, byte[] nr) {
        int id = prf.transformId();
        if ((id == 4 || id == 8) && ni.length >= 8 && nr.length >= 8) {
            return Concat.of(Arrays.copyOf(ni, 8), Arrays.copyOf(nr, 8));
        }
        return Concat.of(ni, nr);
    }

    /**
     * {SK_d | SK_ai | SK_ar | SK_ei | SK_er | SK_pi | SK_pr} = prf+(SKEYSEED, Ni | Nr | SPIi | SPIr).
     *
     * @param skeyseed SKEYSEED
     * @param ni Ni
     * @param nr Nr
     * @param spiI SPIi
     * @param spiR SPIr
     * @param lengths the keys' lengths
     * @return the seven keys
     */
    public Ikev2SaKeys saKeys(SecretBytes skeyseed, byte[] ni, byte[] nr, byte[] spiI, byte[] spiR,
                              Ikev2KeyLengths lengths) {
        SecretBytes keymat = prfPlus(skeyseed.unsafeBytes(), lengths.total(), ni, nr, spiI, spiR);
        try {
            return Ikev2SaKeys.split(keymat, lengths);
        } finally {
            keymat.destroy();
        }
    }

    /**
     * The initial IKE SA: SKEYSEED then the seven keys.
     *
     * @param sharedSecret g^ir
     * @param ni Ni
     * @param nr Nr
     * @param spiI SPIi
     * @param spiR SPIr
     * @param lengths the keys' lengths
     * @return the seven keys
     */
    public Ikev2SaKeys initialSaKeys(SecretBytes sharedSecret, byte[] ni, byte[] nr, byte[] spiI, byte[] spiR,
                                     Ikev2KeyLengths lengths) {
        SecretBytes seed = skeyseed(ni, nr, sharedSecret);
        try {
            return saKeys(seed, ni, nr, spiI, spiR, lengths);
        } finally {
            seed.destroy();
        }
    }

    /**
     * IKE SA rekey (RFC 7296 §2.18): SKEYSEED = prf(SK_d (old), g^ir (new) | Ni | Nr), with the new
     * exchange's nonces; the new keys then come from {@link #saKeys} with the new SPIs. RFC 9370 §2.2.2
     * additional key exchanges also follow this form: SKEYSEED(n) = prf(SK_d(n-1), SK(n) | Ni | Nr).
     *
     * @param oldSkD SK_d of the old IKE SA
     * @param newSharedSecret g^ir of the rekeying exchange
     * @param ni Ni of the rekeying exchange
     * @param nr Nr of the rekeying exchange
     * @return the new SKEYSEED
     */
    public SecretBytes rekeySkeyseed(SecretBytes oldSkD, SecretBytes newSharedSecret, byte[] ni, byte[] nr) {
        return SecretBytes.owning(prf.compute(oldSkD.unsafeBytes(), newSharedSecret.unsafeBytes(), ni, nr));
    }

    /**
     * RFC 9370 §2.2.2: after IKE_SA_INIT's keys (SK_d(0)…) each IKE_INTERMEDIATE additional key exchange n
     * with shared secret SK(n) gives SKEYSEED(n) = prf(SK_d(n-1), SK(n) | Ni | Nr) and {SK_d(n) …} =
     * prf+(SKEYSEED(n), Ni | Nr | SPIi | SPIr). Returns the keys after the last exchange (the previous
     * sets are destroyed; {@code initial} is not).
     *
     * @param initial the keys from IKE_SA_INIT
     * @param additionalSecrets SK(1), SK(2), … in exchange order
     * @param ni Ni
     * @param nr Nr
     * @param spiI SPIi
     * @param spiR SPIr
     * @param lengths the keys' lengths
     * @return the keys after the last additional exchange
     */
    public Ikev2SaKeys additionalKeyExchanges(Ikev2SaKeys initial, java.util.List<SecretBytes> additionalSecrets,
                                              byte[] ni, byte[] nr, byte[] spiI, byte[] spiR,
                                              Ikev2KeyLengths lengths) {
        Ikev2SaKeys current = initial;
        for (SecretBytes sk : additionalSecrets) {
            SecretBytes seed = rekeySkeyseed(current.skD(), sk, ni, nr);
            Ikev2SaKeys next = saKeys(seed, ni, nr, spiI, spiR, lengths);
            seed.destroy();
            if (current != initial) {
                current.destroy();
            }
            current = next;
        }
        return current;
    }

    /**
     * CHILD_SA KEYMAT (RFC 7296 §2.17): prf+(SK_d, [g^ir (new) |] Ni | Nr); for RFC 9370 additional key
     * exchanges of the CREATE_CHILD_SA, pass their secrets after g^ir in order. With no secret: no PFS.
     *
     * @param skD SK_d
     * @param length octets wanted (both directions' keys)
     * @param ni Ni of the exchange
     * @param nr Nr of the exchange
     * @param pfsSecrets g^ir (new) and any additional secrets, or none
     * @return KEYMAT
     */
    public SecretBytes childKeymat(SecretBytes skD, int length, byte[] ni, byte[] nr, SecretBytes... pfsSecrets) {
        byte[][] seed = new byte[pfsSecrets.length + 2][];
        for (int i = 0; i < pfsSecrets.length; i++) {
            seed[i] = pfsSecrets[i].unsafeBytes();
        }
        seed[pfsSecrets.length] = ni;
        seed[pfsSecrets.length + 1] = nr;
        return prfPlus(skD.unsafeBytes(), length, seed);
    }

    /**
     * MACedIDForI/R = prf(SK_pi/SK_pr, RestOfIDPayload) (RFC 7296 §2.15), where {@code idPayloadBody} is the
     * ID payload after its generic header: ID Type, three RESERVED octets, identification data.
     *
     * @param skP SK_pi or SK_pr
     * @param idPayloadBody RestOfIDPayload
     * @return MACedIDForI or MACedIDForR
     */
    public byte[] macedId(SecretBytes skP, byte[] idPayloadBody) {
        return prf.compute(skP.unsafeBytes(), idPayloadBody);
    }

    /**
     * The octets an AUTH payload signs or MACs (RFC 7296 §2.15): InitiatorSignedOctets = RealMessage1 |
     * NonceRData | MACedIDForI (and symmetrically for the responder: RealMessage2 | NonceIData | MACedIDForR).
     *
     * @param realMessage the signer's IKE_SA_INIT message as sent
     * @param peerNonce the other side's nonce data
     * @param skP the signer's SK_pi or SK_pr
     * @param idPayloadBody the signer's RestOfIDPayload
     * @return the signed octets
     */
    public byte[] signedOctets(byte[] realMessage, byte[] peerNonce, SecretBytes skP, byte[] idPayloadBody) {
        return Concat.of(realMessage, peerNonce, macedId(skP, idPayloadBody));
    }

    /**
     * Shared-key AUTH (RFC 7296 §2.15): prf(prf(Shared Secret, "Key Pad for IKEv2"), signedOctets).
     *
     * @param sharedKey the pre-shared key
     * @param signedOctets from {@link #signedOctets}
     * @return the AUTH data
     */
    public byte[] pskAuth(byte[] sharedKey, byte[] signedOctets) {
        return pskAuthOf(sharedKey, signedOctets);
    }

    /**
     * Shared-key AUTH over the signed octets' three parts, without concatenating them (the first is a whole
     * IKE_SA_INIT message): the same value as {@code pskAuth(sharedKey, signedOctets(realMessage, peerNonce, skP,
     * idPayloadBody))}.
     *
     * @param sharedKey the pre-shared key
     * @param realMessage the signer's IKE_SA_INIT message as sent
     * @param peerNonce the other side's nonce data
     * @param skP the signer's SK_pi or SK_pr
     * @param idPayloadBody the signer's RestOfIDPayload
     * @return the AUTH data
     */
    public byte[] pskAuth(byte[] sharedKey, byte[] realMessage, byte[] peerNonce, SecretBytes skP, byte[] idPayloadBody) {
        return pskAuthOf(sharedKey, realMessage, peerNonce, macedId(skP, idPayloadBody));
    }

    private byte[] pskAuthOf(byte[] sharedKey, byte[]... signedOctets) {
        byte[] k = prf.compute(sharedKey, KEY_PAD);
        try {
            return prf.compute(k, signedOctets);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    /**
     * NAT_DETECTION_*_IP data (RFC 7296 §2.23): SHA-1(SPIi | SPIr | IP address | port), the IP address
     * 4 or 16 octets, the port 2 octets big-endian. In IKE_SA_INIT requests SPIr is eight zero octets.
     *
     * @param spiI SPIi
     * @param spiR SPIr
     * @param address the IP address, 4 or 16 octets
     * @param port the UDP port
     * @return the notification data, 20 octets
     */
    public static byte[] natDetectionHash(byte[] spiI, byte[] spiR, byte[] address, int port) {
        return JdkDigests.SHA1.hash(spiI, spiR, address, Concat.be16(port));
    }

    /**
     * A stateless cookie (RFC 7296 §2.6): Cookie = VersionIDofSecret | Hash(Ni | IPi | SPIi | Secret),
     * here with SHA-256 and a 4-octet version ID, so the responder can rotate secrets and still accept
     * cookies made with the previous one.
     *
     * @param secretVersion VersionIDofSecret
     * @param secret the responder's current secret
     * @param ni Ni
     * @param initiatorAddress IPi, 4 or 16 octets
     * @param spiI SPIi
     * @return the COOKIE notification data
     */
    public static byte[] cookie(int secretVersion, byte[] secret, byte[] ni, byte[] initiatorAddress, byte[] spiI) {
        byte[] h = JdkDigests.SHA256.hash(ni, initiatorAddress, spiI, secret);
        return Concat.of(Concat.be32(secretVersion), h);
    }

    /**
     * Checks {@code cookie} (constant-time) against the one made with {@code secret}.
     *
     * @param cookie the COOKIE data the initiator returned
     * @param secretVersion the version ID of {@code secret}
     * @param secret the secret it should have been made with
     * @param ni Ni
     * @param initiatorAddress IPi, 4 or 16 octets
     * @param spiI SPIi
     * @return true when it matches
     */
    public static boolean verifyCookie(byte[] cookie, int secretVersion, byte[] secret, byte[] ni,
                                       byte[] initiatorAddress, byte[] spiI) {
        return java.security.MessageDigest.isEqual(cookie, cookie(secretVersion, secret, ni, initiatorAddress, spiI));
    }
}
