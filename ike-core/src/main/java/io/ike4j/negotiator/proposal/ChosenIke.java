package io.ike4j.negotiator.proposal;

import io.ike4j.config.EncryptionAlgorithm;

/**
 * The negotiated IKE SA transforms (RFC 7296 §3.3.2): one of each type. {@code integrity} is 0 for AEAD
 * ciphers (RFC 5282 §8). {@code proposalNumber} is the number the initiator gave the proposal.
 */
public record ChosenIke(int proposalNumber, EncryptionAlgorithm encryption, int integrity, int prf, int group) {

    /** True for a combined-mode cipher without separate integrity (RFC 5282). */
    public boolean aead() {
        return integrity == 0 && encryption.aead();
    }

    /** charon's "selected proposal: IKE:..." form, e.g. {@code AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048}. */
    public String toStrongSwanString() {
        StringBuilder b = new StringBuilder(StrongSwanNames.encryption(encryption, "_"));
        if (integrity != 0) {
            b.append('/').append(StrongSwanNames.integrity(integrity));
        }
        return b.append('/').append(StrongSwanNames.prf(prf)).append('/').append(StrongSwanNames.group(group)).toString();
    }

    /** swanctl --list-sas form, e.g. {@code AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048}. */
    public String toSwanctlString() {
        StringBuilder b = new StringBuilder(StrongSwanNames.encryption(encryption, "-"));
        if (integrity != 0) {
            b.append('/').append(StrongSwanNames.integrity(integrity));
        }
        return b.append('/').append(StrongSwanNames.prf(prf)).append('/').append(StrongSwanNames.group(group)).toString();
    }
}
