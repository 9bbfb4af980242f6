package io.ike4j.config;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;

import java.util.ArrayList;
import java.util.List;

/**
 * IOS {@code crypto ikev2 proposal}: lists of encryption, integrity, PRF and key exchange (DH group)
 * transforms, in preference order, as IANA IDs (RFC 7296 §3.3). Validation follows RFC 7296 §3.3.3:
 * an IKE SA needs ENCR, PRF and KE; integrity is required unless every cipher is AEAD, and forbidden
 * with AEAD ciphers (RFC 5282 §8). When no PRF is given, the PRFs matching the integrity algorithms
 * are used, as IOS and strongSwan do.
 */
public record IkeProposal(String name, List<EncryptionAlgorithm> encryption, List<Integer> integrity,
                          List<Integer> prf, List<Integer> groups) {

    /**
     * Copies the lists and checks the algorithm combination.
     *
     * @param name the proposal's name
     * @param encryption the encryption algorithms, all AEAD or all not
     * @param integrity INTEG transform IDs, empty with AEAD
     * @param prf PRF transform IDs; empty: implied by the integrity algorithms (AEAD needs them explicit)
     * @param groups key exchange methods
     */
    public IkeProposal {
        ConfigException.requireName("ikev2 proposal", name);
        encryption = List.copyOf(encryption);
        integrity = List.copyOf(integrity);
        prf = List.copyOf(prf);
        groups = List.copyOf(groups);
        String p = "ikev2 proposal " + name + ": ";
        ConfigException.check(!encryption.isEmpty(), p + "needs at least one encryption algorithm");
        boolean aead = encryption.get(0).aead();
        for (EncryptionAlgorithm e : encryption) {
            ConfigException.check(e.aead() == aead, p + "mixes AEAD and non-AEAD encryption (" + e + ")");
            ConfigException.check(!Algorithms.espOnly(e.transformId()), p + e + " is not allowed for IKE");
        }
        if (aead) {
            ConfigException.check(integrity.isEmpty(), p + "AEAD encryption " + encryption.get(0)
                    + " must not be combined with integrity " + IntegTransformId.nameOf(integrity.isEmpty() ? 0 : integrity.get(0)));
            ConfigException.check(!prf.isEmpty(), p + "AEAD encryption needs an explicit PRF");
        } else {
            ConfigException.check(!integrity.isEmpty(), p + "non-AEAD encryption " + encryption.get(0)
                    + " needs an integrity algorithm");
            ConfigException.check(!integrity.contains(IntegTransformId.NONE.number()),
                    p + "integrity NONE is only allowed with AEAD encryption");
        }
        ConfigException.check(!groups.isEmpty(), p + "needs at least one DH group");
        ConfigException.check(!groups.contains(KeTransformId.NONE.number()), p + "DH group NONE is not allowed for IKE");
        if (prf.isEmpty()) {
            List<Integer> implied = new ArrayList<>();
            for (int i : integrity) {
                int f = Algorithms.prfFor(i).orElseThrow(() -> new ConfigException(
                        p + "no PRF given and none implied by integrity " + IntegTransformId.nameOf(i)));
                if (!implied.contains(f)) {
                    implied.add(f);
                }
            }
            prf = List.copyOf(implied);
        }
    }

    /**
     * A builder for {@code crypto ikev2 proposal <name>}.
     *
     * @param name the proposal's name
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** {@return true when the proposal's ciphers are combined-mode (AEAD)} */
    public boolean aead() {
        return encryption.get(0).aead();
    }

    /** {@return strongSwan proposal syntax for this proposal, e.g. {@code aes128-sha256-modp2048}} */
    public String toStrongSwanString() {
        return StrongSwanProposals.format(this);
    }

    @Override
    public String toString() {
        return "IkeProposal[" + name + ": " + encryption + " integ=" + integrity.stream().map(IntegTransformId::nameOf).toList()
                + " prf=" + prf.stream().map(PrfTransformId::nameOf).toList()
                + " groups=" + groups.stream().map(KeTransformId::nameOf).toList() + "]";
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private final List<EncryptionAlgorithm> encryption = new ArrayList<>();
        private final List<Integer> integrity = new ArrayList<>();
        private final List<Integer> prf = new ArrayList<>();
        private final List<Integer> groups = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds an {@code encryption} algorithm.
         *
         * @param e the algorithm
         * @return this builder
         */
        public Builder encryption(EncryptionAlgorithm e) {
            encryption.add(e);
            return this;
        }

        /**
         * Adds a variable-length cipher.
         *
         * @param id the ENCR transform
         * @param keyBits 128, 192 or 256
         * @return this builder
         */
        public Builder encryption(EncrTransformId id, int keyBits) {
            return encryption(EncryptionAlgorithm.of(id, keyBits));
        }

        /**
         * Adds a fixed-length cipher.
         *
         * @param id the ENCR transform
         * @return this builder
         */
        public Builder encryption(EncrTransformId id) {
            return encryption(EncryptionAlgorithm.of(id));
        }

        /**
         * Adds an {@code integrity} algorithm.
         *
         * @param id the INTEG transform ID
         * @return this builder
         */
        public Builder integrity(int id) {
            integrity.add(id);
            return this;
        }

        /**
         * Adds {@code integrity} algorithms.
         *
         * @param ids the INTEG transforms, in order
         * @return this builder
         */
        public Builder integrity(IntegTransformId... ids) {
            for (IntegTransformId i : ids) {
                integrity(i.number());
            }
            return this;
        }

        /**
         * Adds a {@code prf} (without any, the integrity algorithms imply them).
         *
         * @param id the PRF transform ID
         * @return this builder
         */
        public Builder prf(int id) {
            prf.add(id);
            return this;
        }

        /**
         * Adds {@code prf} algorithms.
         *
         * @param ids the PRF transforms, in order
         * @return this builder
         */
        public Builder prf(PrfTransformId... ids) {
            for (PrfTransformId i : ids) {
                prf(i.number());
            }
            return this;
        }

        /**
         * IOS {@code group 2 14 19}: the numbers are the IANA KE transform IDs.
         *
         * @param ids the KE transform IDs, in order
         * @return this builder
         */
        public Builder group(int... ids) {
            for (int i : ids) {
                groups.add(i);
            }
            return this;
        }

        /**
         * Adds key exchange methods.
         *
         * @param ids the KE transforms, in order
         * @return this builder
         */
        public Builder group(KeTransformId... ids) {
            for (KeTransformId i : ids) {
                groups.add(i.number());
            }
            return this;
        }

        /**
         * Validates and builds the proposal.
         *
         * @return the proposal
         * @throws ConfigException for an invalid combination
         */
        public IkeProposal build() {
            return new IkeProposal(name, encryption, integrity, prf, groups);
        }
    }
}
