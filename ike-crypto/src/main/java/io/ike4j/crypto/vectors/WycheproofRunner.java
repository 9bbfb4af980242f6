package io.ike4j.crypto.vectors;

import io.ike4j.crypto.AeadCipher;
import io.ike4j.crypto.Cipher;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.crypto.KeyExchange;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.SignatureScheme;
import io.ike4j.crypto.TransformKind;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.Verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Runs a Project Wycheproof JSON file (testvectors_v1 layout: {@code testGroups[].tests[]}) through a
 * {@link CryptoProvider}'s IKE primitives, selected by the file's {@code schema}:
 * <ul>
 * <li>{@code aead_test_schema_v1}: AES-GCM (ENCR 18/19/20 by tag size) and ChaCha20-Poly1305 (ENCR 28)
 *     through {@link AeadCipher}; the 12-octet nonce is split into the RFC 5282 salt (first 4 octets,
 *     appended to the key) and the 8-octet IV. Other nonce or tag sizes have no IKE transform: unsupported.</li>
 * <li>{@code ind_cpa_test_schema_v1} (AES-CBC-PKCS5): the raw CBC operation of ENCR 12; PKCS#5 padding is
 *     not IKE's, so this runner pads/unpads itself around {@link Cipher} and a rejected padding counts as
 *     the expected rejection.</li>
 * <li>{@code mac_test_schema_v1}: HMAC-SHA1/256/384/512 through PRF 2/5/6/7 with the tag truncated to
 *     {@code tagSize}; AES-CMAC through PRF 8 (only 128-bit keys: the PRF hashes other key sizes, RFC 4615).</li>
 * <li>{@code ecdh_ecpoint_test_schema_v1}: ECDH on groups 19/20/21/25/26: the X9.62 uncompressed point
 *     04 ‖ x ‖ y becomes the IKE KE data x ‖ y (RFC 5903 §7); any other encoding is handed to the provider
 *     unchanged, which must reject it (compressed points, which IKE cannot carry, count as unsupported).</li>
 * <li>{@code xdh_comp_schema_v1}: X25519 / X448 (groups 31/32).</li>
 * <li>{@code ecdsa_verify_schema_v1} (DER), {@code ecdsa_p1363_verify_schema_v1} (r ‖ s),
 *     {@code eddsa_verify_schema_v1}, {@code rsassa_pkcs1_verify_schema_v1},
 *     {@code rsassa_pss_verify_schema_v1}: {@link Verifier} of the matching {@link SignatureScheme}; the
 *     public key is built from {@code publicKeyDer} with the JDK's KeyFactory (provider-independent).</li>
 * </ul>
 * Results follow each test's {@code result}: {@code valid} must succeed, {@code invalid} must be rejected,
 * {@code acceptable} may go either way and is counted as passed. Unknown schemas: every test unsupported.
 */
public final class WycheproofRunner {
    private static final HexFormat HEX = HexFormat.of();

    /** Counts for one file; {@code failures} names each failed test (tcId and comment). */
    public record Result(int passed, int failed, int unsupported, List<String> failures) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    private WycheproofRunner() {
    }

    /**
     * Runs the Wycheproof file {@code json} through {@code p}. A file that cannot be read throws
     * {@link UncheckedIOException}; text that is not JSON throws IllegalArgumentException.
     */
    public static Result run(Path json, CryptoProvider p) {
        try {
            return run(Files.readString(json, StandardCharsets.UTF_8), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #run(Path, CryptoProvider)} for the file's text. */
    @SuppressWarnings("unchecked")
    public static Result run(String jsonText, CryptoProvider p) {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(jsonText);
        String schema = str(root.get("schema"));
        Counter c = new Counter();
        for (Object g : (List<Object>) root.getOrDefault("testGroups", List.of())) {
            Map<String, Object> group = (Map<String, Object>) g;
            List<Object> tests = (List<Object>) group.getOrDefault("tests", List.of());
            GroupRunner r = groupRunner(schema, str(root.get("algorithm")), group, p);
            for (Object t : tests) {
                Map<String, Object> test = (Map<String, Object>) t;
                String result = str(test.get("result"));
                String name = "tcId " + test.get("tcId") + " (" + str(test.get("comment")) + ", " + result + ")";
                if (r == null) {
                    c.unsupported++;
                    continue;
                }
                Outcome o;
                try {
                    o = r.run(test);
                } catch (UnsupportedTransformException e) {
                    o = Outcome.UNSUPPORTED;
                } catch (RuntimeException e) {
                    o = Outcome.REJECTED; // the primitive refused the input (bad length, bad key, …)
                }
                c.add(o, result, name);
            }
        }
        return new Result(c.passed, c.failed, c.unsupported, c.failures);
    }

    private enum Outcome { ACCEPTED, REJECTED, WRONG, UNSUPPORTED }

    private static final class Counter {
        int passed;
        int failed;
        int unsupported;
        final List<String> failures = new ArrayList<>();

        void add(Outcome o, String result, String name) {
            if (o == Outcome.UNSUPPORTED) {
                unsupported++;
                return;
            }
            boolean ok = switch (result) {
                case "valid" -> o == Outcome.ACCEPTED;
                case "invalid" -> o == Outcome.REJECTED;
                case "acceptable" -> true;
                default -> false;
            };
            if (ok) {
                passed++;
            } else {
                failed++;
                failures.add(name + ": " + o);
            }
        }
    }

    @FunctionalInterface
    private interface GroupRunner {
        Outcome run(Map<String, Object> test);
    }

    private static GroupRunner groupRunner(String schema, String algorithm, Map<String, Object> g, CryptoProvider p) {
        if (schema == null) {
            return null;
        }
        return switch (schema) {
            case "aead_test_schema_v1.json" -> aead(algorithm, g, p);
            case "ind_cpa_test_schema_v1.json" -> "AES-CBC-PKCS5".equals(algorithm) ? cbc(g, p) : null;
            case "mac_test_schema_v1.json" -> mac(algorithm, g, p);
            case "ecdh_ecpoint_test_schema_v1.json" -> ecdh(g, p);
            case "xdh_comp_schema_v1.json" -> xdh(g, p);
            case "ecdsa_verify_schema_v1.json", "ecdsa_p1363_verify_schema_v1.json",
                    "eddsa_verify_schema_v1.json", "rsassa_pkcs1_verify_schema_v1.json",
                    "rsassa_pss_verify_schema_v1.json" -> signature(schema, g, p);
            default -> null;
        };
    }

    // ---- AEAD ----

    private static GroupRunner aead(String algorithm, Map<String, Object> g, CryptoProvider p) {
        int keyBits = num(g.get("keySize"));
        int ivBits = num(g.get("ivSize"));
        int tagBits = num(g.get("tagSize"));
        int id;
        if ("AES-GCM".equals(algorithm)) {
            id = switch (tagBits) {
                case 64 -> 18;
                case 96 -> 19;
                case 128 -> 20;
                default -> -1;
            };
        } else if ("CHACHA20-POLY1305".equals(algorithm)) {
            id = tagBits == 128 && keyBits == 256 ? 28 : -1;
        } else {
            return null;
        }
        if (id < 0 || ivBits != 96 || !p.supports(TransformKind.ENCR, id)) {
            return null;
        }
        AeadCipher a;
        try {
            a = p.aeadCipher(id, id == 28 ? 0 : keyBits);
        } catch (UnsupportedTransformException | IllegalArgumentException e) {
            return null;
        }
        return t -> {
            byte[] key = hex(t, "key");
            byte[] iv = hex(t, "iv");
            byte[] aad = hex(t, "aad");
            byte[] msg = hex(t, "msg");
            byte[] sealed = concat(hex(t, "ct"), hex(t, "tag"));
            if (iv.length != 12 || key.length != keyBits / 8) {
                return Outcome.REJECTED;
            }
            byte[] km = concat(key, Arrays.copyOf(iv, 4));
            byte[] iv8 = Arrays.copyOfRange(iv, 4, 12);
            byte[] opened;
            try {
                opened = a.open(km, iv8, aad, sealed, 0, sealed.length);
            } catch (IcvMismatchException e) {
                return Outcome.REJECTED;
            }
            if (!Arrays.equals(opened, msg)) {
                return Outcome.WRONG;
            }
            byte[] resealed = a.seal(km, iv8, aad, msg, 0, msg.length);
            return Arrays.equals(resealed, sealed) ? Outcome.ACCEPTED : Outcome.WRONG;
        };
    }

    // ---- AES-CBC with PKCS#5 padding around the raw IKE CBC cipher ----

    private static GroupRunner cbc(Map<String, Object> g, CryptoProvider p) {
        int keyBits = num(g.get("keySize"));
        if (num(g.get("ivSize")) != 128 || !p.supports(TransformKind.ENCR, 12)) {
            return null;
        }
        Cipher c;
        try {
            c = p.cipher(12, keyBits);
        } catch (UnsupportedTransformException | IllegalArgumentException e) {
            return null;
        }
        return t -> {
            byte[] key = hex(t, "key");
            byte[] iv = hex(t, "iv");
            byte[] msg = hex(t, "msg");
            byte[] ct = hex(t, "ct");
            if (ct.length == 0 || ct.length % 16 != 0) {
                return Outcome.REJECTED;
            }
            byte[] pt = c.decrypt(key, iv, ct, 0, ct.length);
            int pad = pt[pt.length - 1] & 0xff;
            if (pad < 1 || pad > 16) {
                return Outcome.REJECTED;
            }
            for (int k = pt.length - pad; k < pt.length; k++) {
                if ((pt[k] & 0xff) != pad) {
                    return Outcome.REJECTED;
                }
            }
            byte[] unpadded = Arrays.copyOf(pt, pt.length - pad);
            if (!Arrays.equals(unpadded, msg)) {
                return Outcome.WRONG;
            }
            byte[] padded = Arrays.copyOf(msg, msg.length + 16 - msg.length % 16);
            Arrays.fill(padded, msg.length, padded.length, (byte) (padded.length - msg.length));
            return Arrays.equals(c.encrypt(key, iv, padded, 0, padded.length), ct) ? Outcome.ACCEPTED : Outcome.WRONG;
        };
    }

    // ---- MACs through the PRFs ----

    private static GroupRunner mac(String algorithm, Map<String, Object> g, CryptoProvider p) {
        int tagBits = num(g.get("tagSize"));
        int keyBits = num(g.get("keySize"));
        int prfId = switch (algorithm == null ? "" : algorithm) {
            case "HMACSHA1" -> 2;
            case "HMACSHA256" -> 5;
            case "HMACSHA384" -> 6;
            case "HMACSHA512" -> 7;
            case "AES-CMAC" -> keyBits == 128 ? 8 : -1;
            default -> -1;
        };
        if (prfId < 0 || !p.supports(TransformKind.PRF, prfId) || tagBits % 8 != 0) {
            return null;
        }
        var prf = p.prf(prfId);
        if (tagBits / 8 > prf.outputLength()) {
            return null;
        }
        return t -> {
            byte[] key = hex(t, "key");
            if (prfId == 8 && key.length != 16) {
                return Outcome.REJECTED; // a CMAC key of another size is not an AES-128 key
            }
            byte[] tag = hex(t, "tag");
            byte[] full = prf.compute(key, hex(t, "msg"));
            byte[] mine = Arrays.copyOf(full, tagBits / 8);
            return MessageDigest.isEqual(mine, tag) ? Outcome.ACCEPTED : Outcome.REJECTED;
        };
    }

    // ---- key exchange ----

    private static int curveGroup(String curve) {
        return switch (curve == null ? "" : curve) {
            case "secp256r1" -> 19;
            case "secp384r1" -> 20;
            case "secp521r1" -> 21;
            case "secp192r1" -> 25;
            case "secp224r1" -> 26;
            case "brainpoolP224r1" -> 27;
            case "brainpoolP256r1" -> 28;
            case "brainpoolP384r1" -> 29;
            case "brainpoolP512r1" -> 30;
            case "curve25519" -> 31;
            case "curve448" -> 32;
            default -> -1;
        };
    }

    private static GroupRunner ecdh(Map<String, Object> g, CryptoProvider p) {
        int id = curveGroup(str(g.get("curve")));
        if (id < 0 || id > 30 || !"ecpoint".equals(str(g.get("encoding"))) || !p.supports(TransformKind.KE, id)) {
            return null;
        }
        KeyExchange ke = p.keyExchange(id);
        int flen = ke.publicValueLength(false) / 2;
        return t -> {
            byte[] pub = hex(t, "public");
            byte[] ikeValue;
            if (pub.length == 1 + 2 * flen && pub[0] == 4) {
                ikeValue = Arrays.copyOfRange(pub, 1, pub.length);
            } else if (pub.length == 1 + flen && (pub[0] == 2 || pub[0] == 3)) {
                return Outcome.UNSUPPORTED; // compressed points have no IKE encoding
            } else {
                ikeValue = pub; // malformed: the provider must refuse it
            }
            return agree(ke, hex(t, "private"), ikeValue, hex(t, "shared"));
        };
    }

    private static GroupRunner xdh(Map<String, Object> g, CryptoProvider p) {
        int id = curveGroup(str(g.get("curve")));
        if ((id != 31 && id != 32) || !p.supports(TransformKind.KE, id)) {
            return null;
        }
        KeyExchange ke = p.keyExchange(id);
        return t -> agree(ke, hex(t, "private"), hex(t, "public"), hex(t, "shared"));
    }

    private static Outcome agree(KeyExchange ke, byte[] priv, byte[] peer, byte[] expected) {
        var party = ke.withPrivateKey(priv);
        try (AutoCloseable ignored = party::destroy) {
            SecretBytes z = party.sharedSecret(peer);
            boolean same = z.contentEquals(expected);
            z.destroy();
            return same ? Outcome.ACCEPTED : Outcome.WRONG;
        } catch (InvalidKeyExchangeValueException e) {
            return Outcome.REJECTED;
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    // ---- signatures ----

    @SuppressWarnings("unchecked")
    private static GroupRunner signature(String schema, Map<String, Object> g, CryptoProvider p) {
        String sha = str(g.get("sha"));
        Map<String, Object> pk = g.get("publicKey") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String curve = str(pk.get("curve"));
        SignatureScheme scheme;
        String keyAlg;
        switch (schema) {
            case "ecdsa_verify_schema_v1.json" -> {
                keyAlg = "EC";
                scheme = switch (sha == null ? "" : sha) {
                    case "SHA-256" -> SignatureScheme.ECDSA_SHA256_DER;
                    case "SHA-384" -> SignatureScheme.ECDSA_SHA384_DER;
                    case "SHA-512" -> SignatureScheme.ECDSA_SHA512_DER;
                    default -> null;
                };
            }
            case "ecdsa_p1363_verify_schema_v1.json" -> {
                keyAlg = "EC";
                String k = curve + "/" + sha;
                scheme = switch (k) {
                    case "secp256r1/SHA-256" -> SignatureScheme.ECDSA_P256_SHA256_RAW;
                    case "secp384r1/SHA-384" -> SignatureScheme.ECDSA_P384_SHA384_RAW;
                    case "secp521r1/SHA-512" -> SignatureScheme.ECDSA_P521_SHA512_RAW;
                    default -> null;
                };
            }
            case "eddsa_verify_schema_v1.json" -> {
                keyAlg = "edwards25519".equals(curve) ? "Ed25519" : "Ed448";
                scheme = "edwards25519".equals(curve) ? SignatureScheme.ED25519
                        : "edwards448".equals(curve) ? SignatureScheme.ED448 : null;
            }
            case "rsassa_pkcs1_verify_schema_v1.json" -> {
                keyAlg = "RSA";
                scheme = switch (sha == null ? "" : sha) {
                    case "SHA-1" -> SignatureScheme.RSA_PKCS1_SHA1;
                    case "SHA-256" -> SignatureScheme.RSA_PKCS1_SHA256;
                    case "SHA-384" -> SignatureScheme.RSA_PKCS1_SHA384;
                    case "SHA-512" -> SignatureScheme.RSA_PKCS1_SHA512;
                    default -> null;
                };
            }
            default -> { // PSS: RFC 8247 profile only (MGF1 with the same hash, salt = hash length)
                keyAlg = "RSA";
                SignatureScheme s = switch (sha == null ? "" : sha) {
                    case "SHA-256" -> SignatureScheme.RSA_PSS_SHA256;
                    case "SHA-384" -> SignatureScheme.RSA_PSS_SHA384;
                    case "SHA-512" -> SignatureScheme.RSA_PSS_SHA512;
                    default -> null;
                };
                boolean profile = s != null && "MGF1".equals(str(g.get("mgf"))) && sha.equals(str(g.get("mgfSha")))
                        && g.get("sLen") != null && num(g.get("sLen")) == s.hashLength();
                scheme = profile ? s : null;
            }
        }
        if (scheme == null || !p.supportedSignatureSchemes().contains(scheme) || g.get("publicKeyDer") == null) {
            return null;
        }
        Verifier v;
        try {
            PublicKey key = KeyFactory.getInstance(keyAlg)
                    .generatePublic(new X509EncodedKeySpec(HEX.parseHex(str(g.get("publicKeyDer")))));
            v = p.verifier(scheme, key);
        } catch (UnsupportedTransformException e) {
            return null;
        } catch (Exception e) {
            return t -> Outcome.REJECTED; // the key itself is unusable: nothing verifies
        }
        Verifier verifier = v;
        return t -> verifier.verify(hex(t, "msg"), hex(t, "sig")) ? Outcome.ACCEPTED : Outcome.REJECTED;
    }

    // ---- helpers ----

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static int num(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        if (o instanceof String s) {
            return Integer.parseInt(s);
        }
        return -1;
    }

    private static byte[] hex(Map<String, Object> t, String field) {
        Object v = t.get(field);
        return v == null ? new byte[0] : HEX.parseHex(v.toString());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
