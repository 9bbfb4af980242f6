package io.ike4j.vectors.crypto.primitives;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.vectors.Resources;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.ike4j.vectors.crypto.primitives.KeyExchangeVectors.check;
import static io.ike4j.vectors.crypto.primitives.KeyExchangeVectors.concat;

/**
 * Key exchange vectors: RFC 5903 §8 (groups 19-21, from the RFC text: both sides' public values in the
 * IKE x ‖ y form and the x-only shared secret) and Mbed TLS's copy of them, RFC 5114 App. A (groups 22-24
 * MODP and 25, 26, 19-21 ECP), RFC 7748 §6 (X25519/X448 Diffie-Hellman, groups 31/32) and the RFC 7748
 * §5.2 scalar multiplications from pyca/cryptography (X(k, u) = the shared secret of private key k with
 * peer value u).
 */
class RfcKeyExchangeSuite {
    private static final String DIR = "rfc-test-vector-excerpts/";

    @Test
    void rfcVectors() {
        Tally.onAllProviders("RfcKeyExchangeSuite", p -> {
            Tally t = new Tally();
            int before = t.passed + t.failed + t.unsupported;
            rfc5903(p, t);
            mbedtls(p, t);
            rfc5114(p, t);
            rfc7748(p, t);
            pyca(p, t, "X25519", 31);
            pyca(p, t, "X448", 32);
            int n = t.passed + t.failed + t.unsupported - before;
            t.expect(n == 3 * 2 + 3 * 2 + 8 * 2 + 2 * 2 + 3 + 3, "RfcKeyExchangeSuite: expected 38 checks, got " + n);
            return t;
        });
    }

    /** RFC 5903 §8.1-8.3: i, gix, giy, r, grx, gry, girx. */
    private static void rfc5903(CryptoProvider p, Tally t) {
        Map<String, byte[]> v = new HashMap<>();
        for (RfcText.Field f : RfcText.fields(Resources.text(DIR + "rfc5903-sections-7-9-ke-formats-test-vectors-changes.txt"))) {
            if (f.hex() == null) {
                continue;
            }
            v.put(f.name(), f.hex());
            if (f.name().equals("girx")) {
                int group = switch (v.get("i").length) {
                    case 32 -> 19;
                    case 48 -> 20;
                    default -> 21;
                };
                byte[] gi = concat(v.get("gix"), v.get("giy"));
                byte[] gr = concat(v.get("grx"), v.get("gry"));
                check(p, t, "RFC 5903 group " + group + " initiator", group, v.get("i"), gi, gr, v.get("girx"));
                check(p, t, "RFC 5903 group " + group + " responder", group, v.get("r"), gr, gi, v.get("girx"));
                v.clear();
            }
        }
    }

    /** Mbed TLS test_suite_ecdh.data: ecdh_primitive_testvec:CURVE:i:gix:giy:r:grx:gry:girx (RFC 5903 §8). */
    private static void mbedtls(CryptoProvider p, Tally t) {
        for (String line : Resources.text("mbedtls/test_suite_ecdh.data").split("\r?\n")) {
            if (!line.startsWith("ecdh_primitive_testvec:")) {
                continue;
            }
            String[] f = line.trim().split(":");
            int group = switch (f[1]) {
                case "SECP256R1" -> 19;
                case "SECP384R1" -> 20;
                case "SECP521R1" -> 21;
                default -> -1;
            };
            if (group < 0) {
                t.unsupported(false, line);
                continue;
            }
            byte[] i = h(f[2]);
            byte[] gi = concat(h(f[3]), h(f[4]));
            byte[] r = h(f[5]);
            byte[] gr = concat(h(f[6]), h(f[7]));
            byte[] z = h(f[8]);
            check(p, t, "mbedtls " + f[1] + " initiator", group, i, gi, gr, z);
            check(p, t, "mbedtls " + f[1] + " responder", group, r, gr, gi, z);
        }
    }

    private static byte[] h(String s) {
        return Tally.hex(s.replace("\"", ""));
    }

    /** RFC 5114 App. A: xA, yA, xB, yB, Z (MODP) and dA, x_qA, y_qA, dB, x_qB, y_qB, x_Z, y_Z (ECP). */
    private static void rfc5114(CryptoProvider p, Tally t) {
        Map<String, byte[]> v = new HashMap<>();
        int group = -1;
        String title = "";
        for (RfcText.Field f : RfcText.fields(Resources.text(DIR + "rfc5114-appendix-A-test-data.txt"))) {
            if (f.name().matches("A\\.\\d+\\.")) {
                title = f.raw();
                group = title.contains("1024-bit MODP") ? 22 : title.contains("224-bit Prime Order") ? 23
                        : title.contains("256-bit Prime Order") ? 24 : title.startsWith("192-bit") ? 25
                        : title.startsWith("224-bit") ? 26 : title.startsWith("256-bit") ? 19
                        : title.startsWith("384-bit") ? 20 : title.startsWith("521-bit") ? 21 : -1;
                v.clear();
                continue;
            }
            if (f.hex() == null) {
                continue;
            }
            v.put(f.name(), f.hex());
            String label = "RFC 5114 " + title + " (group " + group + ")";
            if (f.name().equals("Z")) {
                check(p, t, label + " A", group, v.get("xA"), v.get("yA"), v.get("yB"), v.get("Z"));
                check(p, t, label + " B", group, v.get("xB"), v.get("yB"), v.get("yA"), v.get("Z"));
            } else if (f.name().equals("y_Z")) {
                int len = p.supports(io.ike4j.crypto.TransformKind.KE, group)
                        ? p.keyExchange(group).publicValueLength(false) / 2 : 0;
                byte[] qa = concat(KeyExchangeVectors.pad(v.get("x_qA"), len), KeyExchangeVectors.pad(v.get("y_qA"), len));
                // the RFC labels B's coordinates x_qB/y_qB in the data (its legend repeats x_qA)
                byte[] qb = concat(KeyExchangeVectors.pad(v.get("x_qB"), len), KeyExchangeVectors.pad(v.get("y_qB"), len));
                check(p, t, label + " A", group, v.get("dA"), qa, qb, v.get("x_Z"));
                check(p, t, label + " B", group, v.get("dB"), qb, qa, v.get("x_Z"));
            }
        }
    }

    /** RFC 7748 §6.1/6.2: a, X(a, base), b, X(b, base), K. */
    private static void rfc7748(CryptoProvider p, Tally t) {
        String text = Resources.text(DIR + "rfc7748-sections-5.2-and-6-test-vectors.txt");
        int s6 = text.indexOf("6.  Diffie-Hellman");
        Map<String, byte[]> v = new HashMap<>();
        for (RfcText.Field f : RfcText.fields(text.substring(s6))) {
            if (f.hex() == null) {
                continue;
            }
            String n = f.name();
            String key = n.startsWith("Alice's private") ? "a" : n.startsWith("Alice's public") ? "A"
                    : n.startsWith("Bob's private") ? "b" : n.startsWith("Bob's public") ? "B"
                    : n.startsWith("Their shared") ? "K" : null;
            if (key == null) {
                continue;
            }
            v.put(key, f.hex());
            if (key.equals("K")) {
                int group = v.get("a").length == 32 ? 31 : 32;
                check(p, t, "RFC 7748 §6 group " + group + " Alice", group, v.get("a"), v.get("A"), v.get("B"), v.get("K"));
                check(p, t, "RFC 7748 §6 group " + group + " Bob", group, v.get("b"), v.get("B"), v.get("A"), v.get("K"));
                v.clear();
            }
        }
    }

    /** pyca/cryptography's copy of RFC 7748 §5.2: OUTPUT_U = X(INPUT_SCALAR, INPUT_U). */
    private static void pyca(CryptoProvider p, Tally t, String dir, int group) {
        Map<String, byte[]> v = new HashMap<>();
        for (String line : Resources.text("pyca-cryptography-vectors/" + dir + "/rfc7748.txt").split("\r?\n")) {
            int eq = line.indexOf(" = ");
            if (line.startsWith("#") || eq < 0) {
                continue;
            }
            String k = line.substring(0, eq).trim();
            if (k.equals("COUNT")) {
                v.clear();
                continue;
            }
            v.put(k, Tally.hex(line.substring(eq + 3)));
            if (k.equals("OUTPUT_U")) {
                check(p, t, "pyca " + dir + " " + Tally.HEX.formatHex(v.get("INPUT_SCALAR")), group,
                        v.get("INPUT_SCALAR"), null, v.get("INPUT_U"), v.get("OUTPUT_U"));
            }
        }
    }
}
