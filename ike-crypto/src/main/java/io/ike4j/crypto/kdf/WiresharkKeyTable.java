package io.ike4j.crypto.kdf;

import io.ike4j.crypto.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wireshark's IKE decryption tables: {@code ikev2_decryption_table}
 * ({@code SPIi,SPIr,SK_ei,SK_er,"ENCR",SK_ai,SK_ar,"INTEG"}, with Wireshark's algorithm names such as
 * {@code "AES-CTR-128 [RFC5930]"}, {@code "AES-GCM-256 with 16 octet ICV [RFC5282]"},
 * {@code "ANY 96-bits of Authentication [No Checking]"}, {@code "NONE [RFC4306]"}) and
 * {@code ikev1_decryption_table} ({@code ICOOKIE,ENCKEY}). Lines starting with {@code #} are comments.
 * The names are mapped to IKEv2 IANA transform IDs so any provider can serve them.
 */
public final class WiresharkKeyTable {
    /** INTEG value for "NONE": no ICV (AEAD, or NULL encryption). */
    public static final int INTEG_NONE = 0;
    /** INTEG value for Wireshark's "ANY n-bits of Authentication [No Checking]": skip an n/8-octet ICV. */
    public static final int INTEG_UNCHECKED = -1;

    /**
     * One IKEv2 SA. SPIs are 16 lower-case hex digits.
     *
     * @param encrId      IKEv2 ENCR transform ID (3, 11, 12, 13, 14-16, 18-20, 28)
     * @param encrKeyBits Key Length attribute in bits, 0 for fixed-length ciphers
     * @param integId     IKEv2 INTEG transform ID, {@link #INTEG_NONE} or {@link #INTEG_UNCHECKED}
     * @param icvLength   ICV octets for {@link #INTEG_UNCHECKED} (otherwise the algorithm's own)
     */
    public record Ikev2Entry(String spiI, String spiR, SecretBytes skEi, SecretBytes skEr, int encrId, int encrKeyBits,
                             String encrName, SecretBytes skAi, SecretBytes skAr, int integId, int icvLength,
                             String integName) {
    }

    /** One IKEv1 SA: the initiator cookie (16 hex digits) and the phase-1 encryption key. */
    public record Ikev1Entry(String initiatorCookie, SecretBytes encryptionKey) {
    }

    private static final Pattern BITS = Pattern.compile("-(128|192|256)\\b");
    private static final Pattern ICV = Pattern.compile("(8|12|16) OCTET ICV");
    private static final Pattern ANY = Pattern.compile("ANY (\\d+)-BITS");

    private WiresharkKeyTable() {
    }

    /**
     * Reads an {@code ikev2_decryption_table}.
     *
     * @param file the table
     * @return its entries in file order
     * @throws IOException when the file cannot be read
     */
    public static List<Ikev2Entry> readIkev2(Path file) throws IOException {
        return parseIkev2(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads an {@code ikev1_decryption_table}.
     *
     * @param file the table
     * @return its entries in file order
     * @throws IOException when the file cannot be read
     */
    public static List<Ikev1Entry> readIkev1(Path file) throws IOException {
        return parseIkev1(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses the lines of an {@code ikev2_decryption_table}.
     *
     * @param lines the table's lines
     * @return its entries in order
     * @throws IllegalArgumentException naming the line for a malformed line or an unknown algorithm name
     */
    public static List<Ikev2Entry> parseIkev2(List<String> lines) {
        List<Ikev2Entry> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> f = csv(l);
            if (f.size() != 8) {
                throw new IllegalArgumentException("line " + n + ": expected 8 fields, got " + f.size());
            }
            int[] encr = encr(f.get(4), n);
            int[] integ = integ(f.get(7), n);
            out.add(new Ikev2Entry(spi(f.get(0), n), spi(f.get(1), n), key(f.get(2), n), key(f.get(3), n), encr[0],
                    encr[1], f.get(4), key(f.get(5), n), key(f.get(6), n), integ[0], integ[1], f.get(7)));
        }
        return out;
    }

    /**
     * Parses the lines of an {@code ikev1_decryption_table}.
     *
     * @param lines the table's lines
     * @return its entries in order
     * @throws IllegalArgumentException naming the line for a malformed line
     */
    public static List<Ikev1Entry> parseIkev1(List<String> lines) {
        List<Ikev1Entry> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> f = csv(l);
            if (f.size() != 2) {
                throw new IllegalArgumentException("line " + n + ": expected ICOOKIE,ENCKEY");
            }
            out.add(new Ikev1Entry(spi(f.get(0), n), key(f.get(1), n)));
        }
        return out;
    }

    /**
     * The entry for an IKE SA by its SPIs (hex, any case).
     *
     * @param table the entries
     * @param spiI SPIi in hex
     * @param spiR SPIr in hex
     * @return the entry, or empty
     */
    public static Optional<Ikev2Entry> find(List<Ikev2Entry> table, String spiI, String spiR) {
        String i = spiI.toLowerCase(Locale.ROOT);
        String r = spiR.toLowerCase(Locale.ROOT);
        return table.stream().filter(e -> e.spiI().equals(i) && e.spiR().equals(r)).findFirst();
    }

    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    private static String spi(String s, int line) {
        String v = s.toLowerCase(Locale.ROOT);
        if (!v.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("line " + line + ": SPI/cookie must be 16 hex digits: " + s);
        }
        return v;
    }

    private static SecretBytes key(String s, int line) {
        try {
            return SecretBytes.owning(HexFormat.of().parseHex(s));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + line + ": bad hex key", e);
        }
    }

    /** {ENCR ID, key bits}. */
    static int[] encr(String name, int line) {
        String u = name.toUpperCase(Locale.ROOT);
        Matcher b = BITS.matcher(u);
        int bits = b.find() ? Integer.parseInt(b.group(1)) : 0;
        Matcher icv = ICV.matcher(u);
        int icvLen = icv.find() ? Integer.parseInt(icv.group(1)) : 16;
        if (u.startsWith("NULL")) {
            return new int[] {11, 0};
        } else if (u.startsWith("3DES")) {
            return new int[] {3, 0};
        } else if (u.startsWith("AES-CBC") && bits > 0) {
            return new int[] {12, bits};
        } else if (u.startsWith("AES-CTR") && bits > 0) {
            return new int[] {13, bits};
        } else if (u.startsWith("AES-CCM") && bits > 0) {
            return new int[] {icvLen == 8 ? 14 : icvLen == 12 ? 15 : 16, bits};
        } else if (u.startsWith("AES-GCM") && bits > 0) {
            return new int[] {icvLen == 8 ? 18 : icvLen == 12 ? 19 : 20, bits};
        } else if (u.startsWith("CHACHA20")) {
            return new int[] {28, 0};
        }
        throw new IllegalArgumentException("line " + line + ": unknown encryption algorithm \"" + name + "\"");
    }

    /** {INTEG ID or NONE/UNCHECKED, ICV length}. */
    static int[] integ(String name, int line) {
        String u = name.toUpperCase(Locale.ROOT);
        Matcher any = ANY.matcher(u);
        if (any.find()) {
            return new int[] {INTEG_UNCHECKED, Integer.parseInt(any.group(1)) / 8};
        }
        String k = u.replaceAll("\\s*\\[.*$", "").replace('-', '_').strip();
        return switch (k) {
            case "NONE" -> new int[] {INTEG_NONE, 0};
            case "HMAC_MD5_96" -> new int[] {1, 12};
            case "HMAC_SHA1_96" -> new int[] {2, 12};
            case "AES_XCBC_96" -> new int[] {5, 12};
            case "HMAC_MD5_128" -> new int[] {6, 16};
            case "HMAC_SHA1_160" -> new int[] {7, 20};
            case "AES_CMAC_96" -> new int[] {8, 12};
            case "HMAC_SHA2_256_128" -> new int[] {12, 16};
            case "HMAC_SHA2_384_192" -> new int[] {13, 24};
            case "HMAC_SHA2_512_256" -> new int[] {14, 32};
            default -> throw new IllegalArgumentException("line " + line + ": unknown integrity algorithm \""
                    + name + "\"");
        };
    }
}
