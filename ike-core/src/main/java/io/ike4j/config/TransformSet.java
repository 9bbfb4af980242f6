package io.ike4j.config;

import java.util.ArrayList;
import java.util.List;

/**
 * IOS {@code crypto ipsec transform-set NAME esp-aes 256 esp-sha256-hmac} with {@code mode tunnel|
 * transport}: one cipher, at most one integrity algorithm (none for AEAD esp-gcm/esp-gmac, required
 * otherwise), turned into an {@link EspProposal} by {@link #toEspProposal()}.
 */
public record TransformSet(String name, EncryptionAlgorithm encryption, int integrity, IpsecMode mode) {
    /** {@link #integrity()} value when the set has no integrity algorithm (AEAD). */
    public static final int NO_INTEGRITY = 0;

    /**
     * Checks the transform combination: an encryption transform, integrity unless AEAD.
     *
     * @param name the transform-set's name
     * @param encryption the ESP encryption transform
     * @param integrity the ESP INTEG transform ID, {@link #NO_INTEGRITY} with AEAD
     * @param mode tunnel or transport
     */
    public TransformSet {
        ConfigException.requireName("transform-set", name);
        String p = "transform-set " + name + ": ";
        ConfigException.check(encryption != null, p + "needs an encryption transform (esp-aes, esp-gcm, esp-3des, esp-null...)");
        ConfigException.check(mode != null, p + "mode must not be null");
        if (encryption.aead()) {
            ConfigException.check(integrity == NO_INTEGRITY, p + "AEAD cipher " + encryption + " takes no integrity transform");
        } else {
            ConfigException.check(integrity != NO_INTEGRITY, p + "cipher " + encryption + " needs an integrity transform (esp-sha-hmac...)");
        }
    }

    /**
     * Parses the IOS transform list, e.g. {@code "esp-aes 256 esp-sha256-hmac"}, {@code "esp-gcm 128"},
     * {@code "esp-3des esp-sha-hmac"}; mode defaults to tunnel.
     *
     * @param name the transform-set's name
     * @param transforms the keywords after the name
     * @return the transform-set
     * @throws ConfigException for an unknown keyword or an invalid combination
     */
    public static TransformSet parseIos(String name, String transforms) {
        return parseIos(name, transforms, IpsecMode.TUNNEL);
    }

    /**
     * As {@link #parseIos(String, String)}, with {@code mode}.
     *
     * @param name the transform-set's name
     * @param transforms the keywords after the name
     * @param mode tunnel or transport
     * @return the transform-set
     * @throws ConfigException for an unknown keyword or an invalid combination
     */
    public static TransformSet parseIos(String name, String transforms, IpsecMode mode) {
        String p = "transform-set " + name + ": ";
        ConfigException.check(transforms != null && !transforms.isBlank(), p + "empty transform list");
        String[] w = transforms.trim().split("\\s+");
        List<EncryptionAlgorithm> enc = new ArrayList<>();
        List<Integer> integ = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            String kw = w[i];
            EspTransform t = EspTransform.ofIos(kw).orElseThrow(() -> new ConfigException(p + "unknown transform '" + kw + "'"));
            if (t.kind() == EspTransform.Kind.ENCRYPTION) {
                int bits = t.defaultKeyBits();
                if (bits != 0 && i + 1 < w.length && w[i + 1].matches("\\d+")) {
                    bits = Integer.parseInt(w[++i].length() > 4 ? "-1" : w[i]);
                    ConfigException.check(bits == 128 || bits == 192 || bits == 256,
                            p + t.iosName() + ": key length must be 128, 192 or 256, got " + w[i]);
                }
                enc.add(new EncryptionAlgorithm(t.transformId(), bits));
            } else {
                integ.add(t.transformId());
            }
        }
        ConfigException.check(enc.size() <= 1, p + "more than one encryption transform");
        ConfigException.check(integ.size() <= 1, p + "more than one integrity transform");
        return new TransformSet(name, enc.isEmpty() ? null : enc.get(0), integ.isEmpty() ? NO_INTEGRITY : integ.get(0), mode);
    }

    /** {@return the ESP proposal of this transform-set, without PFS} */
    public EspProposal toEspProposal() {
        return new EspProposal(List.of(encryption), integrity == NO_INTEGRITY ? List.of() : List.of(integrity), List.of(), List.of());
    }

    /**
     * The proposal with the IPsec profile's PFS group (RFC 7296 §1.3.1: KE in CREATE_CHILD_SA).
     *
     * @param pfsGroup the KE transform ID
     * @return the ESP proposal
     */
    public EspProposal toEspProposal(int pfsGroup) {
        return new EspProposal(List.of(encryption), integrity == NO_INTEGRITY ? List.of() : List.of(integrity),
                List.of(pfsGroup), List.of());
    }
}
