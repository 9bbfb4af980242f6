package io.ike4j.config;

import io.ike4j.crypto.iana.EsnTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;

import java.util.ArrayList;
import java.util.List;

/**
 * A CHILD_SA (ESP) proposal (RFC 7296 §3.3): encryption, integrity, optional PFS groups and ESN values.
 * AEAD encryption takes no integrity (RFC 4106 §8, RFC 5282); non-AEAD takes integrity except ENCR_NULL
 * which still needs one (RFC 4303 §3.2: ESP must offer confidentiality or integrity). An empty ESN list
 * is normalised to {@code [NO_ESN]}, the value a proposal without ESN transform means (RFC 7296 §3.3.2).
 */
public record EspProposal(List<EncryptionAlgorithm> encryption, List<Integer> integrity, List<Integer> groups,
                          List<Integer> esn) {

    /**
     * Copies the lists (ESN defaults to no ESN) and checks the algorithm combination.
     *
     * @param encryption the encryption algorithms, all AEAD or all not
     * @param integrity INTEG transform IDs, empty with AEAD
     * @param groups key exchange methods for PFS, empty without
     * @param esn ESN transform IDs; empty means no ESN only
     */
    public EspProposal {
        encryption = List.copyOf(encryption);
        integrity = List.copyOf(integrity);
        groups = List.copyOf(groups);
        esn = esn.isEmpty() ? List.of(EsnTransformId.NO_ESN.number()) : List.copyOf(esn);
        // Messages are built only when a check fails: a responder makes these per CHILD_SA it selects.
        if (encryption.isEmpty()) {
            throw invalid("needs at least one encryption algorithm");
        }
        boolean aead = encryption.get(0).aead();
        for (EncryptionAlgorithm e : encryption) {
            if (e.aead() != aead) {
                throw invalid("mixes AEAD and non-AEAD encryption (" + e + ")");
            }
        }
        if (aead && !integrity.isEmpty()) {
            throw invalid("AEAD encryption " + encryption.get(0) + " must not be combined with integrity "
                    + IntegTransformId.nameOf(integrity.get(0)));
        }
        if (!aead && integrity.isEmpty()) {
            throw invalid("non-AEAD encryption " + encryption.get(0) + " needs an integrity algorithm");
        }
        for (int e : esn) {
            if (e != 0 && e != 1) {
                throw invalid("ESN value must be 0 or 1, got " + e);
            }
        }
    }

    private static ConfigException invalid(String what) {
        return new ConfigException("esp proposal: " + what);
    }

    /** {@return true when the proposal's ciphers are combined-mode (AEAD)} */
    public boolean aead() {
        return encryption.get(0).aead();
    }

    /** {@return true when the proposal demands PFS (a KE transform other than NONE)} */
    public boolean pfs() {
        return groups.stream().anyMatch(g -> g != KeTransformId.NONE.number());
    }

    /** {@return the proposal in strongSwan syntax, e.g. {@code aes128-sha256}} */
    public String toStrongSwanString() {
        return StrongSwanProposals.format(this);
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final List<EncryptionAlgorithm> encryption = new ArrayList<>();
        private final List<Integer> integrity = new ArrayList<>();
        private final List<Integer> groups = new ArrayList<>();
        private final List<Integer> esn = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an encryption algorithm.
         *
         * @param e the algorithm
         * @return this builder
         */
        public Builder encryption(EncryptionAlgorithm e) {
            encryption.add(e);
            return this;
        }

        /**
         * Adds an integrity algorithm.
         *
         * @param id the INTEG transform ID
         * @return this builder
         */
        public Builder integrity(int id) {
            integrity.add(id);
            return this;
        }

        /**
         * Adds a key exchange method for PFS.
         *
         * @param id the KE transform ID
         * @return this builder
         */
        public Builder group(int id) {
            groups.add(id);
            return this;
        }

        /**
         * Adds an ESN transform.
         *
         * @param id 0 (no ESN) or 1 (ESN)
         * @return this builder
         */
        public Builder esn(int id) {
            esn.add(id);
            return this;
        }

        /**
         * Validates and builds the proposal.
         *
         * @return the proposal
         * @throws ConfigException for an invalid combination
         */
        public EspProposal build() {
            return new EspProposal(encryption, integrity, groups, esn);
        }
    }
}
