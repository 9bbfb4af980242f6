package io.ike4j.config;

import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.EsnTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser and formatter for strongSwan's proposal syntax ({@code ike=}/{@code esp=} in ipsec.conf,
 * {@code proposals} in swanctl.conf), as used by {@code ike peer --ike/--esp}: comma-separated
 * proposals, each a dash-separated list of algorithm keywords, e.g. {@code aes128-sha256-modp2048,
 * aes256gcm16-prfsha384-ecp384}. Several keywords of one kind in one proposal are alternatives in
 * preference order. The keyword table is written from strongSwan's documented algorithm names
 * (docs.strongswan.org "IKEv2 Cipher Suites"), mapped to IANA IDs; {@link #format} writes each
 * algorithm with its canonical keyword so {@code parse(format(p))} equals {@code p}.
 */
public final class StrongSwanProposals {
    private StrongSwanProposals() {
    }

    private enum Kind { ENCR, INTEG, PRF, KE, ESN }

    private record Entry(Kind kind, int id, int keyBits) {
    }

    private static final Map<String, Entry> KEYWORDS = new HashMap<>();
    /** Canonical keyword per (kind, id, keyBits), the first one registered. */
    private static final Map<Entry, String> CANONICAL = new LinkedHashMap<>();

    private static void add(String keyword, Kind kind, int id, int keyBits) {
        Entry e = new Entry(kind, id, keyBits);
        KEYWORDS.put(keyword, e);
        CANONICAL.putIfAbsent(e, keyword);
    }

    static {
        for (int bits : new int[] {128, 192, 256}) {
            add("aes" + bits, Kind.ENCR, EncrTransformId.ENCR_AES_CBC.number(), bits);
            add("aes" + bits + "ctr", Kind.ENCR, EncrTransformId.ENCR_AES_CTR.number(), bits);
            // ICV length in octets (8/12/16) or in bits (64/96/128), both accepted by strongSwan.
            int[][] icv = {{8, 64}, {12, 96}, {16, 128}};
            EncrTransformId[] gcm = {EncrTransformId.ENCR_AES_GCM_8, EncrTransformId.ENCR_AES_GCM_12,
                EncrTransformId.ENCR_AES_GCM_16};
            EncrTransformId[] ccm = {EncrTransformId.ENCR_AES_CCM_8, EncrTransformId.ENCR_AES_CCM_12,
                EncrTransformId.ENCR_AES_CCM_16};
            for (int i = 0; i < 3; i++) {
                add("aes" + bits + "gcm" + icv[i][0], Kind.ENCR, gcm[i].number(), bits);
                add("aes" + bits + "gcm" + icv[i][1], Kind.ENCR, gcm[i].number(), bits);
                add("aes" + bits + "ccm" + icv[i][0], Kind.ENCR, ccm[i].number(), bits);
                add("aes" + bits + "ccm" + icv[i][1], Kind.ENCR, ccm[i].number(), bits);
            }
            add("aes" + bits + "gmac", Kind.ENCR, EncrTransformId.ENCR_NULL_AUTH_AES_GMAC.number(), bits);
            add("camellia" + bits, Kind.ENCR, EncrTransformId.ENCR_CAMELLIA_CBC.number(), bits);
        }
        add("aes", Kind.ENCR, EncrTransformId.ENCR_AES_CBC.number(), 128);
        add("3des", Kind.ENCR, EncrTransformId.ENCR_3DES.number(), 0);
        add("chacha20poly1305", Kind.ENCR, EncrTransformId.ENCR_CHACHA20_POLY1305.number(), 0);
        add("null", Kind.ENCR, EncrTransformId.ENCR_NULL.number(), 0);

        add("md5", Kind.INTEG, IntegTransformId.AUTH_HMAC_MD5_96.number(), 0);
        add("md5_128", Kind.INTEG, IntegTransformId.AUTH_HMAC_MD5_128.number(), 0);
        add("sha1", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA1_96.number(), 0);
        add("sha", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA1_96.number(), 0);
        add("sha1_160", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA1_160.number(), 0);
        add("sha256", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA2_256_128.number(), 0);
        add("sha2_256", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA2_256_128.number(), 0);
        add("sha384", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA2_384_192.number(), 0);
        add("sha2_384", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA2_384_192.number(), 0);
        add("sha512", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA2_512_256.number(), 0);
        add("sha2_512", Kind.INTEG, IntegTransformId.AUTH_HMAC_SHA2_512_256.number(), 0);
        add("aesxcbc", Kind.INTEG, IntegTransformId.AUTH_AES_XCBC_96.number(), 0);
        add("aescmac", Kind.INTEG, IntegTransformId.AUTH_AES_CMAC_96.number(), 0);

        add("prfmd5", Kind.PRF, PrfTransformId.PRF_HMAC_MD5.number(), 0);
        add("prfsha1", Kind.PRF, PrfTransformId.PRF_HMAC_SHA1.number(), 0);
        add("prfsha256", Kind.PRF, PrfTransformId.PRF_HMAC_SHA2_256.number(), 0);
        add("prfsha384", Kind.PRF, PrfTransformId.PRF_HMAC_SHA2_384.number(), 0);
        add("prfsha512", Kind.PRF, PrfTransformId.PRF_HMAC_SHA2_512.number(), 0);
        add("prfaesxcbc", Kind.PRF, PrfTransformId.PRF_AES128_XCBC.number(), 0);
        add("prfaescmac", Kind.PRF, PrfTransformId.PRF_AES128_CMAC.number(), 0);

        Object[][] ke = {
            {"modp768", KeTransformId.MODP_768}, {"modp1024", KeTransformId.MODP_1024},
            {"modp1536", KeTransformId.MODP_1536}, {"modp2048", KeTransformId.MODP_2048},
            {"modp3072", KeTransformId.MODP_3072}, {"modp4096", KeTransformId.MODP_4096},
            {"modp6144", KeTransformId.MODP_6144}, {"modp8192", KeTransformId.MODP_8192},
            {"modp1024s160", KeTransformId.MODP_1024_160}, {"modp2048s224", KeTransformId.MODP_2048_224},
            {"modp2048s256", KeTransformId.MODP_2048_256}, {"ecp192", KeTransformId.ECP_192},
            {"ecp224", KeTransformId.ECP_224}, {"ecp256", KeTransformId.ECP_256},
            {"ecp384", KeTransformId.ECP_384}, {"ecp521", KeTransformId.ECP_521},
            {"ecp224bp", KeTransformId.BRAINPOOL_P224R1}, {"ecp256bp", KeTransformId.BRAINPOOL_P256R1},
            {"ecp384bp", KeTransformId.BRAINPOOL_P384R1}, {"ecp512bp", KeTransformId.BRAINPOOL_P512R1},
            {"curve25519", KeTransformId.CURVE25519}, {"x25519", KeTransformId.CURVE25519},
            {"curve448", KeTransformId.CURVE448}, {"x448", KeTransformId.CURVE448},
            {"mlkem512", KeTransformId.ML_KEM_512}, {"mlkem768", KeTransformId.ML_KEM_768},
            {"mlkem1024", KeTransformId.ML_KEM_1024},
        };
        for (Object[] k : ke) {
            add((String) k[0], Kind.KE, ((KeTransformId) k[1]).number(), 0);
        }
        add("esn", Kind.ESN, EsnTransformId.ESN.number(), 0);
        add("noesn", Kind.ESN, EsnTransformId.NO_ESN.number(), 0);
    }

    /**
     * Parses comma-separated IKE proposals; proposal i is named {@code ike-<i+1>}.
     *
     * @param text e.g. {@code aes128-sha256-modp2048,aes256gcm16-prfsha384-ecp384}
     * @return the proposals
     * @throws ConfigException for an unknown keyword or an invalid proposal
     */
    public static List<IkeProposal> parseIke(String text) {
        List<IkeProposal> out = new ArrayList<>();
        List<String> parts = split(text);
        for (int i = 0; i < parts.size(); i++) {
            out.add(parseIkeProposal("ike-" + (i + 1), parts.get(i)));
        }
        return List.copyOf(out);
    }

    /**
     * Parses comma-separated ESP proposals.
     *
     * @param text e.g. {@code aes128-sha256,aes256gcm16}
     * @return the proposals
     * @throws ConfigException for an unknown keyword or an invalid proposal
     */
    public static List<EspProposal> parseEsp(String text) {
        List<EspProposal> out = new ArrayList<>();
        for (String p : split(text)) {
            out.add(parseEspProposal(p));
        }
        return List.copyOf(out);
    }

    /**
     * Parses one IKE proposal.
     *
     * @param name the name to give it
     * @param proposal e.g. {@code aes128-sha256-modp2048}
     * @return the proposal
     * @throws ConfigException for an unknown keyword, ESN keywords or no key exchange method
     */
    public static IkeProposal parseIkeProposal(String name, String proposal) {
        Parsed p = tokens(proposal, "IKE");
        if (!p.esn.isEmpty()) {
            throw new ConfigException("IKE proposal '" + proposal + "': esn/noesn applies to ESP only");
        }
        if (p.groups.isEmpty()) {
            throw new ConfigException("IKE proposal '" + proposal + "': needs a key exchange method (e.g. modp2048, ecp256, x25519)");
        }
        try {
            return new IkeProposal(name, p.encr, p.integ, p.prf, p.groups);
        } catch (ConfigException e) {
            throw new ConfigException("IKE proposal '" + proposal + "': " + detail(e));
        }
    }

    /**
     * Parses one ESP proposal.
     *
     * @param proposal e.g. {@code aes128-sha256-modp2048} (a KE method means PFS)
     * @return the proposal
     * @throws ConfigException for an unknown keyword or PRF keywords
     */
    public static EspProposal parseEspProposal(String proposal) {
        Parsed p = tokens(proposal, "ESP");
        if (!p.prf.isEmpty()) {
            throw new ConfigException("ESP proposal '" + proposal + "': PRF keywords apply to IKE only");
        }
        try {
            return new EspProposal(p.encr, p.integ, p.groups, p.esn);
        } catch (ConfigException e) {
            throw new ConfigException("ESP proposal '" + proposal + "': " + detail(e));
        }
    }

    /** The record's message without its own "esp proposal: " / "ikev2 proposal NAME: " prefix. */
    private static String detail(ConfigException e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return m.startsWith("esp proposal: ") || m.startsWith("ikev2 proposal ") ? m.substring(colon + 2) : m;
    }

    private static final class Parsed {
        final List<EncryptionAlgorithm> encr = new ArrayList<>();
        final List<Integer> integ = new ArrayList<>();
        final List<Integer> prf = new ArrayList<>();
        final List<Integer> groups = new ArrayList<>();
        final List<Integer> esn = new ArrayList<>();
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            throw new ConfigException("empty proposal list");
        }
        List<String> out = new ArrayList<>();
        for (String p : text.split(",", -1)) {
            String t = p.trim();
            if (t.isEmpty()) {
                throw new ConfigException("empty proposal in '" + text + "'");
            }
            out.add(t);
        }
        return out;
    }

    private static Parsed tokens(String proposal, String proto) {
        Parsed p = new Parsed();
        for (String raw : proposal.trim().split("-", -1)) {
            String token = raw.trim().toLowerCase(java.util.Locale.ROOT);
            if (token.isEmpty()) {
                throw new ConfigException(proto + " proposal '" + proposal + "': empty algorithm keyword");
            }
            Entry e = KEYWORDS.get(token);
            if (e == null) {
                throw new ConfigException(proto + " proposal '" + proposal + "': unknown algorithm keyword '" + raw.trim() + "'");
            }
            switch (e.kind) {
                case ENCR -> addOnce(p.encr, new EncryptionAlgorithm(e.id, e.keyBits));
                case INTEG -> addOnce(p.integ, e.id);
                case PRF -> addOnce(p.prf, e.id);
                case KE -> addOnce(p.groups, e.id);
                case ESN -> addOnce(p.esn, e.id);
                default -> throw new IllegalStateException(e.kind.name());
            }
        }
        return p;
    }

    private static <T> void addOnce(List<T> list, T value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /**
     * strongSwan syntax for an IKE proposal; the PRF is written only when integrity does not imply it.
     *
     * @param p the proposal
     * @return e.g. {@code aes128-sha256-modp2048}
     */
    public static String format(IkeProposal p) {
        List<String> out = new ArrayList<>();
        p.encryption().forEach(e -> out.add(keyword(Kind.ENCR, e.transformId(), e.keyBits(), EncrTransformId.nameOf(e.transformId()))));
        p.integrity().forEach(i -> out.add(keyword(Kind.INTEG, i, 0, IntegTransformId.nameOf(i))));
        List<Integer> implied = new ArrayList<>();
        for (int i : p.integrity()) {
            Algorithms.prfFor(i).filter(f -> !implied.contains(f)).ifPresent(implied::add);
        }
        if (p.aead() || !implied.equals(p.prf())) {
            p.prf().forEach(f -> out.add(keyword(Kind.PRF, f, 0, PrfTransformId.nameOf(f))));
        }
        p.groups().forEach(g -> out.add(keyword(Kind.KE, g, 0, KeTransformId.nameOf(g))));
        return String.join("-", out);
    }

    /**
     * strongSwan syntax for an ESP proposal; {@code noesn} alone (the default) is not written.
     *
     * @param p the proposal
     * @return e.g. {@code aes128-sha256}
     */
    public static String format(EspProposal p) {
        List<String> out = new ArrayList<>();
        p.encryption().forEach(e -> out.add(keyword(Kind.ENCR, e.transformId(), e.keyBits(), EncrTransformId.nameOf(e.transformId()))));
        p.integrity().forEach(i -> out.add(keyword(Kind.INTEG, i, 0, IntegTransformId.nameOf(i))));
        p.groups().forEach(g -> out.add(keyword(Kind.KE, g, 0, KeTransformId.nameOf(g))));
        if (!p.esn().equals(List.of(EsnTransformId.NO_ESN.number()))) {
            p.esn().forEach(e -> out.add(keyword(Kind.ESN, e, 0, "esn" + e)));
        }
        return String.join("-", out);
    }

    /**
     * Comma-joined strongSwan syntax of several proposals.
     *
     * @param proposals the IKE proposals
     * @return the joined syntax
     */
    public static String formatIke(List<IkeProposal> proposals) {
        return String.join(",", proposals.stream().map(StrongSwanProposals::format).toList());
    }

    /**
     * Comma-joined strongSwan syntax of several ESP proposals.
     *
     * @param proposals the ESP proposals
     * @return the joined syntax
     */
    public static String formatEsp(List<EspProposal> proposals) {
        return String.join(",", proposals.stream().map(StrongSwanProposals::format).toList());
    }

    private static String keyword(Kind kind, int id, int keyBits, String name) {
        String k = CANONICAL.get(new Entry(kind, id, keyBits));
        if (k == null) {
            throw new ConfigException("no strongSwan keyword for " + name + (keyBits == 0 ? "" : " " + keyBits + " bits"));
        }
        return k;
    }
}
