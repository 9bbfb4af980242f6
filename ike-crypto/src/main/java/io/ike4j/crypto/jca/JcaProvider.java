package io.ike4j.crypto.jca;

import io.ike4j.crypto.ModpGroup;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.Integrity;
import io.ike4j.crypto.IntegrityIds;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.Signer;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.Verifier;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.spec.ECParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code jca} crypto provider: every IKE transform that the installed {@code java.security}
 * providers (or one given provider, e.g. a FIPS module) can compute. What it can serve is decided once,
 * at construction, by probing the provider with a real operation per algorithm; {@link #supported}
 * then tells a gateway at configuration time what it cannot negotiate, and {@link #unsupported} lists
 * the IANA IDs of the algorithm set that are missing (on plain JDK 17: brainpool groups,
 * P-192/P-224, ML-KEM — Java 17 has no {@code javax.crypto.KEM}).
 *
 * <p>Built here from provider primitives rather than probed: AES-XCBC and AES-CMAC (RFC 3566/4493 on
 * {@code AES/ECB/NoPadding}), AES-CCM (RFC 3610 on AES/ECB + AES/CTR) when the provider has no CCM,
 * AES-CTR's RFC 3686 counter block, AES-GCM with 8-octet ICVs (a
 * truncated 16-octet tag), MODP groups (BigInteger when no {@code KeyAgreement "DH"} exists), the
 * RFC 5903 point encoding and the RFC 4754 raw ECDSA encoding.
 *
 * <p>Wiping key material is limited here. This provider zeroes the copies it makes itself (truncated keys,
 * CBC-MAC subkeys, CCM scratch blocks, the default {@code keyed(...)} forms' key copies), but the JCA keeps
 * keys where no caller can reach them: {@link javax.crypto.spec.SecretKeySpec} clones the key and its
 * {@code destroy()} throws {@code DestroyFailedException} on JDK 17, and initialised {@code Mac}/{@code Cipher}
 * objects hold their own key schedules until garbage-collected. Where every copy must be zeroed when an SA
 * dies, use the {@code bc} provider (see {@code BcWipe}) or a provider that zeroizes itself.
 */
public final class JcaProvider implements CryptoProvider {
    /** The IANA IDs this provider knows how to build, per kind (the algorithm list). */
    private static final Map<TransformKind, Set<Integer>> KNOWN = Map.of(
            TransformKind.PRF, Set.of(1, 2, 4, 5, 6, 7, 8),
            TransformKind.INTEG, Set.of(1, 2, 5, 8, 12, 13, 14, IntegrityIds.LEGACY_HMAC_SHA2_256_96),
            TransformKind.ENCR, Set.of(3, 11, 12, 13, 14, 15, 16, 18, 19, 20, 28),
            TransformKind.KE, Set.of(1, 2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
                    31, 32, 35, 36, 37));

    private final Jca jca;
    private final Map<TransformKind, Set<Integer>> supported = new EnumMap<>(TransformKind.class);
    private final Set<SignatureScheme> schemes;
    private final Map<Integer, ECParameterSpec> curves = new LinkedHashMap<>();
    private final boolean dhKeyAgreement;
    /** GCM ICV lengths the provider refuses, computed by truncating a 16-octet tag. */
    private final Set<Integer> gcmTruncated = new TreeSet<>();
    /** CCM ICV lengths the provider serves itself; the others use {@link AesCcm}. */
    private final Set<Integer> nativeCcm = new TreeSet<>();

    /** Uses whichever installed providers the JCA selects for each algorithm. */
    public JcaProvider() {
        this(new Jca(null));
    }

    /**
     * Uses only {@code provider} (e.g. a FIPS module), whether or not it is installed.
     *
     * @param provider the {@code java.security} provider
     */
    public JcaProvider(Provider provider) {
        this(new Jca(Objects.requireNonNull(provider, "provider")));
    }

    /**
     * Uses only the installed provider named {@code providerName} (e.g. "SunJCE", "SunEC").
     *
     * @param providerName the installed provider's name
     */
    public JcaProvider(String providerName) {
        this(new Jca(installed(providerName)));
    }

    private static Provider installed(String name) {
        Provider p = Security.getProvider(Objects.requireNonNull(name, "providerName"));
        if (p == null) {
            throw new IllegalArgumentException("no installed java.security provider named '" + name + "'");
        }
        return p;
    }

    private JcaProvider(Jca jca) {
        this.jca = jca;
        Set<Integer> prf = new TreeSet<>();
        Set<Integer> integ = new TreeSet<>();
        boolean md5 = Hmac.available(jca, "HmacMD5");
        boolean sha1 = Hmac.available(jca, "HmacSHA1");
        boolean sha256 = Hmac.available(jca, "HmacSHA256");
        boolean sha384 = Hmac.available(jca, "HmacSHA384");
        boolean sha512 = Hmac.available(jca, "HmacSHA512");
        boolean aesBlock = AesBlockMac.available(jca);
        addIf(prf, md5, 1);
        addIf(prf, sha1, 2);
        addIf(prf, aesBlock, 4);
        addIf(prf, sha256, 5);
        addIf(prf, sha384, 6);
        addIf(prf, sha512, 7);
        addIf(prf, aesBlock, 8);
        addIf(integ, md5, 1);
        addIf(integ, sha1, 2);
        addIf(integ, aesBlock, 5);
        addIf(integ, aesBlock, 8);
        addIf(integ, sha256, 12);
        addIf(integ, sha384, 13);
        addIf(integ, sha512, 14);
        addIf(integ, sha256, IntegrityIds.LEGACY_HMAC_SHA2_256_96);

        Set<Integer> encr = new TreeSet<>();
        addIf(encr, BlockCipher.available(jca, "DESede", "DESede/CBC/NoPadding", 24, 8), 3);
        encr.add(11);
        addIf(encr, BlockCipher.available(jca, "AES", "AES/CBC/NoPadding", 16, 16), 12);
        boolean ctr = BlockCipher.available(jca, "AES", "AES/CTR/NoPadding", 16, 16);
        addIf(encr, ctr, 13);
        // AES-CCM: the provider's own when it has one (not the JDK), else built on AES/ECB + AES/CTR
        boolean builtCcm = AesCcm.available(jca);
        int[][] ccm = {{14, 8}, {15, 12}, {16, 16}};
        for (int[] c : ccm) {
            if (JcaAeadCipher.available(jca, JcaAeadCipher.Mode.CCM, 16, c[1])) {
                encr.add(c[0]);
                nativeCcm.add(c[1]);
            } else if (builtCcm) {
                encr.add(c[0]);
            }
        }
        boolean gcm16 = JcaAeadCipher.available(jca, JcaAeadCipher.Mode.GCM, 16, 16);
        int[][] gcm = {{18, 8}, {19, 12}, {20, 16}};
        for (int[] g : gcm) {
            if (JcaAeadCipher.available(jca, JcaAeadCipher.Mode.GCM, 16, g[1])) {
                encr.add(g[0]);
            } else if (gcm16 && ctr) {
                encr.add(g[0]);
                gcmTruncated.add(g[1]);
            }
        }
        addIf(encr, JcaAeadCipher.available(jca, JcaAeadCipher.Mode.CHACHA20_POLY1305, 32, 16), 28);

        Set<Integer> ke = new TreeSet<>();
        dhKeyAgreement = ModpKeyExchange.keyAgreementAvailable(jca);
        for (ModpGroup g : ModpGroup.values()) {
            ke.add(g.id); // BigInteger arithmetic when the provider has no DH
        }
        for (EcCurve c : EcCurve.values()) {
            ECParameterSpec params = EcpKeyExchange.probe(jca, c);
            if (params != null) {
                curves.put(c.id, params);
                ke.add(c.id);
            }
        }
        addIf(ke, XdhKeyExchange.available(jca, NamedParameterSpec.X25519, 32), 31);
        addIf(ke, XdhKeyExchange.available(jca, NamedParameterSpec.X448, 56), 32);
        // 35-37 ML-KEM: Java 17 has no javax.crypto.KEM (JEP 452 is Java 21, ML-KEM Java 24): unsupported

        supported.put(TransformKind.PRF, Collections.unmodifiableSet(prf));
        supported.put(TransformKind.INTEG, Collections.unmodifiableSet(integ));
        supported.put(TransformKind.ENCR, Collections.unmodifiableSet(encr));
        supported.put(TransformKind.KE, Collections.unmodifiableSet(ke));

        Set<SignatureScheme> sig = EnumSet.noneOf(SignatureScheme.class);
        for (SignatureScheme s : SignatureScheme.values()) {
            if (JcaSignatures.available(jca, s)) {
                sig.add(s);
            }
        }
        schemes = Collections.unmodifiableSet(sig);
    }

    private static void addIf(Set<Integer> set, boolean condition, int id) {
        if (condition) {
            set.add(id);
        }
    }

    @Override
    public String name() {
        return "jca";
    }

    /** {@return the single java.security provider in use, or null when the installed ones are} */
    public Provider jcaProvider() {
        return jca.provider();
    }

    @Override
    public Set<Integer> supported(TransformKind kind) {
        return supported.get(kind);
    }

    /**
     * The IDs of {@code kind} from the algorithm list that the underlying JCA provider(s) cannot
     * serve, sorted: what a gateway using this provider cannot negotiate.
     *
     * @param kind the transform type
     * @return the IANA IDs it lacks
     */
    public Set<Integer> unsupported(TransformKind kind) {
        Set<Integer> out = new TreeSet<>(KNOWN.get(kind));
        out.removeAll(supported(kind));
        return Collections.unmodifiableSet(out);
    }

    @Override
    public Set<SignatureScheme> supportedSignatureSchemes() {
        return schemes;
    }

    private void require(TransformKind kind, int id) {
        if (!supports(kind, id)) {
            throw new UnsupportedTransformException(kind, id, toString());
        }
    }

    @Override
    public KeyExchange keyExchange(int transformId) {
        require(TransformKind.KE, transformId);
        if (transformId == 31) {
            return XdhKeyExchange.x25519(jca);
        }
        if (transformId == 32) {
            return XdhKeyExchange.x448(jca);
        }
        ECParameterSpec params = curves.get(transformId);
        if (params != null) {
            return new EcpKeyExchange(jca, EcCurve.of(transformId).orElseThrow(), params);
        }
        return new ModpKeyExchange(jca, ModpGroup.of(transformId).orElseThrow(), dhKeyAgreement);
    }

    @Override
    public Prf prf(int transformId) {
        require(TransformKind.PRF, transformId);
        return switch (transformId) {
            case 1 -> new HmacPrf(1, new Hmac(jca, "HmacMD5", 16));
            case 2 -> new HmacPrf(2, new Hmac(jca, "HmacSHA1", 20));
            case 4 -> new AesPrf(4, jca, AesBlockMac.Kind.XCBC);
            case 5 -> new HmacPrf(5, new Hmac(jca, "HmacSHA256", 32));
            case 6 -> new HmacPrf(6, new Hmac(jca, "HmacSHA384", 48));
            case 7 -> new HmacPrf(7, new Hmac(jca, "HmacSHA512", 64));
            case 8 -> new AesPrf(8, jca, AesBlockMac.Kind.CMAC);
            default -> throw new UnsupportedTransformException(TransformKind.PRF, transformId, toString());
        };
    }

    /**
     * HMAC over any hash the JCA has a {@code Mac} for, including SHA-224 (NIST CAVP SP 800-135 tests it;
     * it has no IKEv2 PRF ID, so that Prf's transformId is 0). Hashes with an IKEv2 PRF ID go through
     * {@link #prf(int)}.
     */
    @Override
    public Prf hmacPrf(String hashName) {
        String h = hashName.trim().toUpperCase(java.util.Locale.ROOT).replace("_", "-");
        if (h.equals("SHA224") || h.equals("SHA-224") || h.equals("SHA2-224")) {
            if (!Hmac.available(jca, "HmacSHA224")) {
                throw new UnsupportedTransformException(TransformKind.PRF, 0, this + " (HMAC-SHA-224)");
            }
            return new HmacPrf(0, new Hmac(jca, "HmacSHA224", 28));
        }
        return CryptoProvider.super.hmacPrf(hashName);
    }

    /**
     * Also serves {@link IntegrityIds#LEGACY_HMAC_SHA2_256_96} (HMAC-SHA-256 truncated to 96 bits) when
     * asked for by that private ID; proposals must opt in to it explicitly, it is never a default.
     */
    @Override
    public Integrity integrity(int transformId) {
        require(TransformKind.INTEG, transformId);
        return switch (transformId) {
            case 1 -> MacIntegrity.hmac(1, new Hmac(jca, "HmacMD5", 16), 12);
            case 2 -> MacIntegrity.hmac(2, new Hmac(jca, "HmacSHA1", 20), 12);
            case 5 -> MacIntegrity.aes(5, new AesBlockMac(jca, AesBlockMac.Kind.XCBC));
            case 8 -> MacIntegrity.aes(8, new AesBlockMac(jca, AesBlockMac.Kind.CMAC));
            case 12 -> MacIntegrity.hmac(12, new Hmac(jca, "HmacSHA256", 32), 16);
            case 13 -> MacIntegrity.hmac(13, new Hmac(jca, "HmacSHA384", 48), 24);
            case 14 -> MacIntegrity.hmac(14, new Hmac(jca, "HmacSHA512", 64), 32);
            case IntegrityIds.LEGACY_HMAC_SHA2_256_96 ->
                    MacIntegrity.hmac(transformId, new Hmac(jca, "HmacSHA256", 32), 12);
            default -> throw new UnsupportedTransformException(TransformKind.INTEG, transformId, toString());
        };
    }

    @Override
    public boolean isAead(int transformId) {
        // RFC 5282, RFC 4543 (GMAC), RFC 7634, RFC 8750 (IIV) and the Camellia-CCM variants
        return switch (transformId) {
            case 14, 15, 16, 18, 19, 20, 21, 25, 26, 27, 28, 29, 30, 31 -> true;
            default -> false;
        };
    }

    @Override
    public Cipher cipher(int transformId, int keyLengthBits) {
        require(TransformKind.ENCR, transformId);
        return switch (transformId) {
            case 3 -> {
                fixedKey(transformId, keyLengthBits, 192);
                yield new BlockCipher(jca, 3, BlockCipher.Mode.CBC, "DESede", 24);
            }
            case 11 -> {
                fixedKey(transformId, keyLengthBits, 0);
                yield new BlockCipher(jca, 11, BlockCipher.Mode.NULL, "NULL", 0);
            }
            case 12 -> new BlockCipher(jca, 12, BlockCipher.Mode.CBC, "AES", aesKey(transformId, keyLengthBits));
            case 13 -> new BlockCipher(jca, 13, BlockCipher.Mode.CTR, "AES", aesKey(transformId, keyLengthBits));
            default -> throw new IllegalArgumentException("ENCR " + TransformKind.ENCR.nameOf(transformId)
                    + " is a combined-mode algorithm: use aeadCipher");
        };
    }

    @Override
    public AeadCipher aeadCipher(int transformId, int keyLengthBits) {
        require(TransformKind.ENCR, transformId);
        return switch (transformId) {
            case 14, 15, 16 -> {
                int icv = icv(transformId - 14);
                int key = aesKey(transformId, keyLengthBits);
                yield nativeCcm.contains(icv)
                        ? new JcaAeadCipher(jca, transformId, JcaAeadCipher.Mode.CCM, key, icv, false)
                        : new AesCcm(jca, transformId, key, icv);
            }
            case 18, 19, 20 -> {
                int icv = icv(transformId - 18);
                yield new JcaAeadCipher(jca, transformId, JcaAeadCipher.Mode.GCM, aesKey(transformId, keyLengthBits),
                        icv, gcmTruncated.contains(icv));
            }
            case 28 -> {
                fixedKey(transformId, keyLengthBits, 256);
                yield new JcaAeadCipher(jca, 28, JcaAeadCipher.Mode.CHACHA20_POLY1305, 32, 16, false);
            }
            default -> throw new IllegalArgumentException("ENCR " + TransformKind.ENCR.nameOf(transformId)
                    + " is not a combined-mode algorithm: use cipher");
        };
    }

    private static int icv(int index) {
        return new int[] {8, 12, 16}[index];
    }

    /** AES needs the Key Length attribute (RFC 7296 §3.3.5): 128, 192 or 256; returns octets. */
    private static int aesKey(int transformId, int bits) {
        if (bits != 128 && bits != 192 && bits != 256) {
            throw new IllegalArgumentException("ENCR " + TransformKind.ENCR.nameOf(transformId)
                    + " key length must be 128, 192 or 256 bits, got " + bits);
        }
        return bits / 8;
    }

    /** Fixed-length ciphers take no Key Length attribute (0), or their one length. */
    private static void fixedKey(int transformId, int bits, int only) {
        if (bits != 0 && bits != only) {
            throw new IllegalArgumentException("ENCR " + TransformKind.ENCR.nameOf(transformId)
                    + " has a fixed key length; got " + bits + " bits");
        }
    }

    @Override
    public Signer signer(SignatureScheme scheme, PrivateKey key) {
        requireScheme(scheme);
        return JcaSignatures.signer(jca, scheme, key);
    }

    @Override
    public Verifier verifier(SignatureScheme scheme, PublicKey key) {
        requireScheme(scheme);
        return JcaSignatures.verifier(jca, scheme, key);
    }

    private void requireScheme(SignatureScheme scheme) {
        if (!schemes.contains(scheme)) {
            throw new UnsupportedOperationException(this + " does not support signature scheme " + scheme);
        }
    }

    @Override
    public String toString() {
        return "jca(" + (jca.provider() == null ? "installed providers" : jca.provider().getName()) + ")";
    }
}
