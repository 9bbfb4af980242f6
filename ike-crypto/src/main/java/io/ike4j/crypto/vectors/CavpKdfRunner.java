package io.ike4j.crypto.vectors;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.kdf.HashFunction;
import io.ike4j.crypto.kdf.Ikev1Kdf;
import io.ike4j.crypto.kdf.Ikev1Keys;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs NIST CAVP SP 800-135 IKE KDF response files ({@code ikev1_dsa.rsp}, {@code ikev1_pke.rsp},
 * {@code ikev1_psk.rsp}, {@code ikev2.rsp}) through {@link Ikev1Kdf}/{@link Ikev2Kdf} on a provider's PRFs,
 * comparing every value the file gives. A case whose hash the provider cannot serve is counted as
 * unsupported, never as passed.
 *
 * <p>Format: sections of bracketed lines ({@code [SHA-256]}, {@code [g^xy length = 1024]} …; lengths in bits),
 * then {@code COUNT = n} followed by {@code name = hex} lines (names contain spaces: split on the first
 * {@code " = "}). CRLF line endings.
 */
public final class CavpKdfRunner {
    /** The four CAVP IKE KDF kinds, told apart by the file's header comment (or its name). */
    public enum Kind { IKEV1_DSA, IKEV1_PKE, IKEV1_PSK, IKEV2 }

    /** Counts of one file; {@code failures} names each failed case and field. */
    public record Result(int passed, int failed, int unsupported, List<String> failures) {
        public int total() {
            return passed + failed + unsupported;
        }

        /** {@code N passed, M failed, K unsupported}. */
        public String summary() {
            return passed + " passed, " + failed + " failed, " + unsupported + " unsupported";
        }
    }

    private CavpKdfRunner() {
    }

    /** True when {@code file} looks like a CAVP IKE KDF response file. */
    public static boolean recognizes(Path file) throws IOException {
        return kindOf(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.ISO_8859_1)) != null;
    }

    public static Result run(Path file, CryptoProvider provider) throws IOException {
        return run(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.ISO_8859_1),
                provider::hmacPrf);
    }

    /**
     * @param name      file name (used only when the header does not say the kind)
     * @param prfByHash HMAC PRF for a CAVP hash name ({@code SHA-1}, {@code SHA-224} …); may throw
     *                  {@link UnsupportedTransformException}
     */
    public static Result run(String name, List<String> lines, Function<String, Prf> prfByHash) {
        Kind kind = kindOf(name, lines);
        if (kind == null) {
            throw new IllegalArgumentException(name + ": not a CAVP IKEv1/IKEv2 KDF file");
        }
        int passed = 0;
        int failed = 0;
        int unsupported = 0;
        List<String> failures = new ArrayList<>();
        Map<String, String> section = new LinkedHashMap<>();
        String hashName = null;
        Map<String, String> fields = null;
        List<Map<String, String>> cases = new ArrayList<>();
        List<String> caseHash = new ArrayList<>();
        List<Map<String, String>> caseSection = new ArrayList<>();
        boolean inSectionHeader = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (!inSectionHeader) {
                    section = new LinkedHashMap<>();
                    inSectionHeader = true;
                }
                String in = line.substring(1, line.length() - 1);
                int eq = in.indexOf('=');
                if (eq < 0) {
                    hashName = in.strip();
                } else {
                    section.put(in.substring(0, eq).strip(), in.substring(eq + 1).strip());
                }
                continue;
            }
            inSectionHeader = false;
            int eq = line.indexOf(" = ");
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 3).strip();
            if (key.equals("COUNT")) {
                fields = new LinkedHashMap<>();
                fields.put(key, value);
                cases.add(fields);
                caseHash.add(hashName);
                caseSection.add(section);
            } else if (fields != null) {
                fields.put(key, value);
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            Map<String, String> c = cases.get(i);
            String label = "[" + caseHash.get(i) + "] COUNT " + c.get("COUNT");
            Prf prf;
            try {
                prf = prfByHash.apply(caseHash.get(i));
            } catch (UnsupportedTransformException e) {
                unsupported++;
                continue;
            }
            List<String> bad;
            try {
                bad = switch (kind) {
                    case IKEV2 -> checkIkev2(prf, c, caseSection.get(i));
                    default -> checkIkev1(kind, prf, HashFunction.jdk(caseHash.get(i)), c);
                };
            } catch (RuntimeException e) {
                bad = List.of("exception " + e);
            }
            if (bad.isEmpty()) {
                passed++;
            } else {
                failed++;
                failures.add(label + ": " + String.join(", ", bad));
            }
        }
        return new Result(passed, failed, unsupported, List.copyOf(failures));
    }

    static Kind kindOf(String name, List<String> lines) {
        for (String l : lines) {
            if (!l.startsWith("#")) {
                continue;
            }
            String s = l.toLowerCase(Locale.ROOT);
            if (s.contains("ike v2")) {
                return Kind.IKEV2;
            } else if (s.contains("ike v1 digital signature")) {
                return Kind.IKEV1_DSA;
            } else if (s.contains("ike v1 public key")) {
                return Kind.IKEV1_PKE;
            } else if (s.contains("ike v1 pre-shared")) {
                return Kind.IKEV1_PSK;
            }
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("ikev1_dsa")) {
            return Kind.IKEV1_DSA;
        } else if (n.contains("ikev1_pke")) {
            return Kind.IKEV1_PKE;
        } else if (n.contains("ikev1_psk")) {
            return Kind.IKEV1_PSK;
        } else if (n.contains("ikev2") && n.endsWith(".rsp")) {
            return Kind.IKEV2;
        }
        return null;
    }

    private static byte[] hex(Map<String, String> c, String key) {
        String v = c.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing field " + key);
        }
        return HexFormat.of().parseHex(v);
    }

    private static void expect(List<String> bad, String field, byte[] expected, byte[] actual) {
        if (!Arrays.equals(expected, actual)) {
            bad.add(field + " mismatch");
        }
    }

    private static List<String> checkIkev1(Kind kind, Prf prf, HashFunction hash, Map<String, String> c) {
        Ikev1Kdf kdf = new Ikev1Kdf(prf, hash);
        byte[] ckyI = hex(c, "CKY_I");
        byte[] ckyR = hex(c, "CKY_R");
        byte[] ni = hex(c, "Ni");
        byte[] nr = hex(c, "Nr");
        SecretBytes gxy = SecretBytes.owning(hex(c, "g^xy"));
        SecretBytes skeyid = switch (kind) {
            case IKEV1_DSA -> kdf.skeyidSignature(ni, nr, gxy);
            case IKEV1_PKE -> kdf.skeyidPublicKey(ni, nr, ckyI, ckyR);
            case IKEV1_PSK -> kdf.skeyidPsk(hex(c, "pre-shared-key"), ni, nr);
            default -> throw new IllegalStateException();
        };
        List<String> bad = new ArrayList<>();
        expect(bad, "SKEYID", hex(c, "SKEYID"), skeyid.copy());
        Ikev1Keys keys = kdf.keys(skeyid, gxy, ckyI, ckyR);
        expect(bad, "SKEYID_d", hex(c, "SKEYID_d"), keys.skeyidD().copy());
        expect(bad, "SKEYID_a", hex(c, "SKEYID_a"), keys.skeyidA().copy());
        expect(bad, "SKEYID_e", hex(c, "SKEYID_e"), keys.skeyidE().copy());
        keys.destroy();
        gxy.destroy();
        return bad;
    }

    private static List<String> checkIkev2(Prf prf, Map<String, String> c, Map<String, String> section) {
        Ikev2Kdf kdf = new Ikev2Kdf(prf);
        byte[] ni = hex(c, "Ni");
        byte[] nr = hex(c, "Nr");
        SecretBytes gir = SecretBytes.owning(hex(c, "g^ir"));
        SecretBytes girNew = SecretBytes.owning(hex(c, "g^ir (new)"));
        byte[] spiI = hex(c, "SPIi");
        byte[] spiR = hex(c, "SPIr");
        byte[] dkmExpected = hex(c, "DKM");
        byte[] childExpected = hex(c, "DKM(Child SA)");
        List<String> bad = new ArrayList<>();
        SecretBytes seed = kdf.skeyseed(ni, nr, gir);
        expect(bad, "SKEYSEED", hex(c, "SKEYSEED"), seed.copy());
        int dkmLen = bitsToOctets(section.get("DKM length"), dkmExpected.length);
        SecretBytes dkm = kdf.prfPlus(seed.unsafeBytes(), dkmLen, ni, nr, spiI, spiR);
        expect(bad, "DKM", dkmExpected, dkm.copy());
        // CAVP: SK_d is the first hLen octets of DKM.
        SecretBytes skD = dkm.slice(0, prf.outputLength());
        int childLen = bitsToOctets(section.get("Child SA DKM length"), childExpected.length);
        SecretBytes child = kdf.childKeymat(skD, childLen, ni, nr);
        expect(bad, "DKM(Child SA)", childExpected, child.copy());
        SecretBytes childDh = kdf.childKeymat(skD, childLen, ni, nr, girNew);
        expect(bad, "DKM(Child SA D-H)", hex(c, "DKM(Child SA D-H)"), childDh.copy());
        SecretBytes rekey = kdf.rekeySkeyseed(skD, girNew, ni, nr);
        expect(bad, "SKEYSEED(Rekey)", hex(c, "SKEYSEED(Rekey)"), rekey.copy());
        for (SecretBytes s : new SecretBytes[] {gir, girNew, seed, dkm, skD, child, childDh, rekey}) {
            s.destroy();
        }
        return bad;
    }

    private static int bitsToOctets(String bits, int fallback) {
        if (bits == null) {
            return fallback;
        }
        return Integer.parseInt(bits.strip()) / 8;
    }
}
