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
        Ikev2KeyLengths lengths = crypto.isAead(encr)
                ? Ikev2KeyLengths.of(prf, crypto.aeadCipher(encr, bits))
                : Ikev2KeyLengths.of(prf, crypto.cipher(encr, bits), crypto.integrity(ike.integrity()));
        sa.keys = sa.kdf.initialSaKeys(sa.sharedSecret, sa.ni.toByteArray(), sa.nr.toByteArray(),
                sa.spiI.toByteArray(), sa.spiR.toByteArray(), lengths);
        sa.protector = core.protector(encr, bits, ike.integrity()); // stateless too: shared per suite
        sa.skKeys = Ikev2SkKeys.of(sa.keys);
        sa.sharedSecret.destroy();
        sa.keyExchange.destroy();
    }

    /**
     * KEYMAT = prf+(SK_d, Ni | Nr) for a CHILD_SA created in IKE_AUTH (no PFS). Keys for initiator-to-
     * responder traffic come first, encryption before integrity in each direction (§2.17); AES-GCM takes
     * its 4-octet salt with the key (RFC 4106 §8.1).
     */
    static ChildSa deriveChild(Ikev2Sa sa, CryptoProvider crypto, ChosenEsp esp, Bytes localSpi, Bytes peerSpi) {
        int encr = esp.encryption().transformId();
        int bits = esp.encryption().keyBits();
        int encrLen = crypto.isAead(encr) ? crypto.aeadCipher(encr, bits).keyMaterialLength()
                : crypto.cipher(encr, bits).keyMaterialLength();
        int integLen = esp.integrity() == 0 ? 0 : crypto.integrity(esp.integrity()).keyLength();
        int total = 2 * (encrLen + integLen);
        SecretBytes keymat = sa.kdf.childKeymat(sa.keys.skD(), total, sa.ni.toByteArray(), sa.nr.toByteArray());
        try {
            SecretBytes ei = keymat.slice(0, encrLen);
            SecretBytes ai = keymat.slice(encrLen, integLen);
            SecretBytes er = keymat.slice(encrLen + integLen, encrLen);
            SecretBytes ar = keymat.slice(2 * encrLen + integLen, integLen);
            boolean i = sa.initiator();
            return new ChildSa(sa.saId, sa.role, localSpi, peerSpi, sa.transportMode, encr, bits, esp.integrity(),
                    esp.esn(), 0, i ? sa.tsi : sa.tsr, i ? sa.tsr : sa.tsi, i ? er : ei, i ? ar : ai, i ? ei : er, i ? ai : ar,
                    sa.ipsecProfile.lifetimeSeconds(), sa.ipsecProfile.lifetimeKilobytes());
        } finally {
            keymat.destroy();
        }
    }
}
