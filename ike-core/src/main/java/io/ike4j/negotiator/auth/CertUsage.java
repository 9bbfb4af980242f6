package io.ike4j.negotiator.auth;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the peer's end-entity certificate may sign IKE AUTH, by its keyUsage and extendedKeyUsage
 * (RFC 4945 §5.1.3.2, §5.1.3.12). PKIX path validation does not look at these for the end entity.
 *
 * <p>RFC 4945 §5.1.3.12 accepts only id-kp-ipsecIKE and anyExtendedKeyUsage; {@code extraEkus} adds the
 * ones real deployments need (serverAuth 1.3.6.1.5.5.7.3.1, or iKEIntermediate 1.3.6.1.5.5.8.2.2 for
 * Windows clients). The default is strict RFC 4945.
 */
public record CertUsage(Set<String> extraEkus) {
    /** id-kp-ipsecIKE (RFC 4945 §5.1.3.12). */
    public static final String ID_KP_IPSEC_IKE = "1.3.6.1.5.5.7.3.17";
    /** anyExtendedKeyUsage (RFC 5280 §4.2.1.12). */
    public static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
    /** Strict RFC 4945: no extra extended key usage accepted. */
    public static final CertUsage STRICT = new CertUsage(Set.of());

    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    /** RFC 5280 §4.2.1.3 KeyUsage bits. */
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    /**
     * Copies the OIDs, which must be dotted decimal.
     *
     * @param extraEkus extended key usage OIDs accepted in addition to the RFC 4945 §5.1.3.12 ones
     */
    public CertUsage {
        extraEkus = Set.copyOf(extraEkus);
        for (String oid : extraEkus) {
            if (!OID.matcher(oid).matches()) {
                throw new IllegalArgumentException("extended key usage: not a dotted OID: " + oid);
            }
        }
    }

    /**
     * Why {@code ee} may not authenticate an IKE peer, or empty when it may.
     *
     * @param ee the peer's end-entity certificate
     * @return the reason, for the failure log line, or empty
     */
    public Optional<String> refusal(X509Certificate ee) {
        String who = "certificate " + ee.getSubjectX500Principal().getName();
        // §5.1.3.2: no KU, continue; KU with neither digitalSignature nor nonRepudiation, reject.
        boolean[] ku = ee.getKeyUsage();
        if (ku != null && !bit(ku, DIGITAL_SIGNATURE) && !bit(ku, NON_REPUDIATION)) {
            return Optional.of(who + " keyUsage lacks digitalSignature/nonRepudiation (RFC 4945 §5.1.3.2)");
        }
        // §5.1.3.12: no EKU, continue; EKU with id-kp-ipsecIKE or anyExtendedKeyUsage, continue; else reject.
        List<String> eku;
        try {
            eku = ee.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return Optional.of(who + " extendedKeyUsage does not parse: " + e.getMessage());
        }
        if (eku != null && eku.stream().noneMatch(o -> o.equals(ID_KP_IPSEC_IKE) || o.equals(ANY_EXTENDED_KEY_USAGE)
                || extraEkus.contains(o))) {
            return Optional.of(who + " extendedKeyUsage " + eku + " excludes IKE: needs id-kp-ipsecIKE or"
                    + " anyExtendedKeyUsage (RFC 4945 §5.1.3.12)"
                    + (extraEkus.isEmpty() ? "" : " or one of " + extraEkus.stream().sorted().toList()));
        }
        return Optional.empty();
    }

    private static boolean bit(boolean[] ku, int i) {
        return i < ku.length && ku[i];
    }
}
