package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.crypto.kdf.Ikev2KeyLengths;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.sa.ChildSa;

/** SKEYSEED / SK_* (RFC 7296 §2.14) and CHILD_SA KEYMAT (§2.17) for an SA. */
final class KeySchedule {
    private KeySchedule() {
    }

    /** Derives SK_d, SK_ai/ar, SK_ei/er, SK_pi/pr, sets up SK protection and zeroes the DH secret. */
    static void deriveIkeKeys(Ikev2Sa sa, EngineCore core) {
        CryptoProvider crypto = core.crypto;
        ChosenIke ike = sa.ike;
        sa.kdf = core.kdf(ike.prf()); // stateless: one per PRF for all SAs
        Prf prf = sa.kdf.prf();
        int encr = ike.encryption().transformId();
        int bits = ike.encryption().keyBits();
        Ikev2KeyLengths lengths = lengths(crypto, prf, ike);
        sa.keys = sa.kdf.initialSaKeys(sa.sharedSecret, sa.ni.toByteArray(), sa.nr.toByteArray(),
                sa.spiI.toByteArray(), sa.spiR.toByteArray(), lengths);
        sa.protector = core.protector(encr, bits, ike.integrity()); // stateless too: shared per suite
        sa.skKeys = Ikev2SkKeys.of(sa.keys);
        sa.sharedSecret.destroy();
        sa.keyExchange.destroy();
    }

    /** The lengths of an IKE suite's keys (§2.14): PRF key, SK_e and SK_a (AEAD: none). */
    static Ikev2KeyLengths lengths(CryptoProvider crypto, Prf prf, ChosenIke ike) {
        int encr = ike.encryption().transformId();
        int bits = ike.encryption().keyBits();
        return crypto.isAead(encr) ? Ikev2KeyLengths.of(prf, crypto.aeadCipher(encr, bits))
                : Ikev2KeyLengths.of(prf, crypto.cipher(encr, bits), crypto.integrity(ike.integrity()));
    }

    /**
     * The new IKE SA of an IKE SA rekey (§2.18): SKEYSEED = prf(SK_d (old), g^ir (new) | Ni | Nr) with the old SA's
     * PRF ("the rekeying exchange belongs to the old IKE SA"), then {SK_d | SK_ai | ...} = prf+ (SKEYSEED, Ni | Nr |
     * SPIi | SPIr) with the new one's. Ni, SPIi: the rekey initiator's.
     */
    static void deriveRekeyedIke(Ikev2Sa old, Ikev2Sa fresh, ChildWork w, EngineCore core) {
        ChosenIke ike = fresh.ike;
        fresh.kdf = core.kdf(ike.prf());
        SecretBytes seed = old.kdf.rekeySkeyseed(old.keys.skD(), w.shared, w.ni.toByteArray(), w.nr.toByteArray());
        try {
            fresh.keys = fresh.kdf.saKeys(seed, w.ni.toByteArray(), w.nr.toByteArray(), fresh.spiI.toByteArray(),
                    fresh.spiR.toByteArray(), lengths(core.crypto, fresh.kdf.prf(), ike));
        } finally {
            seed.destroy();
        }
        fresh.protector = core.protector(ike.encryption().transformId(), ike.encryption().keyBits(), ike.integrity());
        fresh.skKeys = Ikev2SkKeys.of(fresh.keys);
        w.destroy();
    }

    /**
     * KEYMAT = prf+(SK_d, Ni | Nr) for a CHILD_SA created in IKE_AUTH (no PFS). Keys for initiator-to-
     * responder traffic come first, encryption before integrity in each direction (§2.17); AES-GCM takes
     * its 4-octet salt with the key (RFC 4106 §8.1).
     */
    static ChildSa deriveChild(Ikev2Sa sa, CryptoProvider crypto, ChosenEsp esp, Bytes localSpi, Bytes peerSpi) {
        return deriveChild(sa, crypto, esp, sa.role == io.ike4j.sm.Role.INITIATOR, sa.ni, sa.nr, null, localSpi, peerSpi,
                sa.initiator() ? sa.tsi : sa.tsr, sa.initiator() ? sa.tsr : sa.tsi, sa.transportMode, 0);
    }

    /**
     * KEYMAT = prf+(SK_d, [g^ir (new) |] Ni | Nr) (§2.17) of a CHILD_SA made by an exchange whose initiator we are
     * ({@code exchangeInitiator}) or not: in CREATE_CHILD_SA the nonces and the "initiator to responder" direction are
     * that exchange's, whoever initiated the IKE SA.
     */
    static ChildSa deriveChild(Ikev2Sa sa, CryptoProvider crypto, ChosenEsp esp, boolean exchangeInitiator, Bytes ni,
                               Bytes nr, SecretBytes pfs, Bytes localSpi, Bytes peerSpi,
                               java.util.List<io.ike4j.config.TrafficSelector> localTs,
                               java.util.List<io.ike4j.config.TrafficSelector> remoteTs, boolean transport, int pfsGroup) {
        int encr = esp.encryption().transformId();
        int bits = esp.encryption().keyBits();
        int encrLen = crypto.isAead(encr) ? crypto.aeadCipher(encr, bits).keyMaterialLength()
                : crypto.cipher(encr, bits).keyMaterialLength();
        int integLen = esp.integrity() == 0 ? 0 : crypto.integrity(esp.integrity()).keyLength();
        int total = 2 * (encrLen + integLen);
        SecretBytes keymat = pfs == null
                ? sa.kdf.childKeymat(sa.keys.skD(), total, ni.toByteArray(), nr.toByteArray())
                : sa.kdf.childKeymat(sa.keys.skD(), total, ni.toByteArray(), nr.toByteArray(), pfs);
        try {
            SecretBytes ei = keymat.slice(0, encrLen);
            SecretBytes ai = keymat.slice(encrLen, integLen);
            SecretBytes er = keymat.slice(encrLen + integLen, encrLen);
            SecretBytes ar = keymat.slice(2 * encrLen + integLen, integLen);
            boolean i = exchangeInitiator;
            io.ike4j.sm.Role role = i ? io.ike4j.sm.Role.INITIATOR : io.ike4j.sm.Role.RESPONDER;
            return new ChildSa(sa.saId, role, localSpi, peerSpi, transport, encr, bits, esp.integrity(),
                    esp.esn(), pfsGroup, localTs, remoteTs, i ? er : ei, i ? ar : ai, i ? ei : er, i ? ai : ar,
                    sa.ipsecProfile.lifetimeSeconds(), sa.ipsecProfile.lifetimeKilobytes());
        } finally {
            keymat.destroy();
        }
    }
}
