package io.ike4j.negotiator.proposal;

import io.ike4j.codec.Bytes;
import io.ike4j.config.EncryptionAlgorithm;

/**
 * The negotiated CHILD_SA (ESP) transforms (RFC 7296 §3.3.2) and the SPI the peer chose for its inbound SA
 * (4 octets, RFC 7296 §3.3.1). {@code integrity} 0 for AEAD, {@code group} 0 when no KE (no PFS),
 * {@code esn} 0 (no ESN) or 1 (ESN).
 */
public record ChosenEsp(int proposalNumber, Bytes peerSpi, EncryptionAlgorithm encryption, int integrity,
                        int group, int esn) {

    public boolean aead() {
        return integrity == 0 && encryption.aead();
    }

    /** charon's "selected proposal: ESP:..." form, e.g. {@code AES_CBC_128/HMAC_SHA2_256_128/NO_EXT_SEQ}. */
    public String toStrongSwanString() {
        StringBuilder b = new StringBuilder(StrongSwanNames.encryption(encryption, "_"));
        if (integrity != 0) {
            b.append('/').append(StrongSwanNames.integrity(integrity));
        }
        if (group != 0) {
            b.append('/').append(StrongSwanNames.group(group));
        }
        return b.append('/').append(esn == 1 ? "EXT_SEQ" : "NO_EXT_SEQ").toString();
    }

    /** swanctl --list-sas form, e.g. {@code AES_CBC-128/HMAC_SHA2_256_128/MODP_2048} (ESN shown only when on). */
    public String toSwanctlString() {
        StringBuilder b = new StringBuilder(StrongSwanNames.encryption(encryption, "-"));
        if (integrity != 0) {
            b.append('/').append(StrongSwanNames.integrity(integrity));
        }
        if (group != 0) {
            b.append('/').append(StrongSwanNames.group(group));
        }
        if (esn == 1) {
            b.append("/ESN");
        }
        return b.toString();
    }
}
