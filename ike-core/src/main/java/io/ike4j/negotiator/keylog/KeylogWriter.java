package io.ike4j.negotiator.keylog;

import io.ike4j.codec.Bytes;
import io.ike4j.crypto.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes IKE SA keys as Wireshark {@code ikev2_decryption_table} lines
 * ({@code SPIi,SPIr,SK_ei,SK_er,"ENCR",SK_ai,SK_ar,"INTEG"}), the file tshark reads from its configuration
 * directory (or {@code -o uat:ikev2_decryption_table:<line>}) to decrypt SK/SKF payloads (RFC 7296 §3.14,
 * RFC 7383). The algorithm names are the exact strings of the Wireshark 4.0 IKEv2 dissector's choices.
 *
 * <p>Keys are SK_e/SK_a of RFC 7296 §2.14; for AES-GCM/CCM SK_e includes the 4-octet salt (RFC 5282 §7.1),
 * and AEAD SAs have no SK_a (the fields are left empty, INTEG "NONE"). Integrity algorithms Wireshark cannot
 * check (AES-XCBC-96, AES-CMAC-96) are written as "ANY 96-bits of Authentication [No Checking]" with empty
 * SK_a fields (Wireshark rejects any SK_a there, and a rejected record stops it loading the rest of the file):
 * the payload still decrypts, the ICV shows "[not validated]". Encryption algorithms Wireshark 4.0 cannot decrypt (ENCR_NULL,
 * ChaCha20-Poly1305, ...) have no line: {@link #ikev2Line} throws, {@link #writeIkev2} logs and skips.
 *
 * <p>The file is opened in append mode for every line and closed again, so each line is on disk when the
 * call returns; calls are serialised (thread-safe). This is key material: write it only where asked to.
 */
public final class KeylogWriter {
    private static final Logger LOG = LoggerFactory.getLogger("ike4j.ikev2.keylog");
    private static final HexFormat HEX = HexFormat.of();

    // IKEv2 transform IDs (IANA "Transform Type 1/3", RFC 7296 §3.3.2).
    static final int ENCR_3DES = 3;
    static final int ENCR_AES_CBC = 12;
    static final int ENCR_AES_CTR = 13;
    static final int ENCR_AES_CCM_8 = 14;
    static final int ENCR_AES_CCM_12 = 15;
    static final int ENCR_AES_CCM_16 = 16;
    static final int ENCR_AES_GCM_8 = 18;
    static final int ENCR_AES_GCM_12 = 19;
    static final int ENCR_AES_GCM_16 = 20;
    static final int INTEG_NONE = 0;

    private final Path file;

    /**
     * Lines go to {@code file}, created when missing, appended to otherwise.
     *
     * @param file the {@code ikev2_decryption_table} file
     */
    public KeylogWriter(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** {@return the table file} */
    public Path file() {
        return file;
    }

    /**
     * One table line (no line terminator).
     *
     * @param spiI        initiator SPI, 8 octets
     * @param spiR        responder SPI, 8 octets
     * @param skEi        SK_ei
     * @param skEr        SK_er
     * @param encrId      IKEv2 ENCR transform ID
     * @param encrKeyBits Key Length attribute in bits (128/192/256 for AES; ignored for 3DES)
     * @param skAi        null or empty for AEAD
     * @param skAr        SK_ar, null or empty for AEAD
     * @param integId     IKEv2 INTEG transform ID, 0 (NONE) for AEAD
     * @return {@code SPIi,SPIr,SK_ei,SK_er,"ENCR",SK_ai,SK_ar,"INTEG"}
     * @throws IllegalArgumentException when Wireshark has no name for the algorithm or an SPI is not 8 octets
     */
    public static String ikev2Line(Bytes spiI, Bytes spiR, SecretBytes skEi, SecretBytes skEr, int encrId,
                                   int encrKeyBits, SecretBytes skAi, SecretBytes skAr, int integId) {
        Objects.requireNonNull(skEi, "skEi");
        Objects.requireNonNull(skEr, "skEr");
        String encr = encrName(encrId, encrKeyBits).orElseThrow(() -> new IllegalArgumentException(
                "Wireshark cannot decrypt IKEv2 ENCR " + encrId + " (" + encrKeyBits + " bits)"));
        boolean aead = isAead(encrId);
        String integ = aead ? "NONE [RFC4306]" : integName(integId).orElseThrow(() -> new IllegalArgumentException(
                "no Wireshark name for IKEv2 INTEG " + integId));
        if (!aead && integId == INTEG_NONE) {
            throw new IllegalArgumentException("INTEG NONE with a non-AEAD cipher (ENCR " + encrId + ")");
        }
        boolean noSkA = aead || integ.startsWith("ANY ");
        return spi(spiI, "spiI") + ',' + spi(spiR, "spiR") + ',' + hex(skEi) + ',' + hex(skEr) + ",\"" + encr
                + "\"," + (noSkA ? "" : hex(skAi)) + ',' + (noSkA ? "" : hex(skAr)) + ",\"" + integ + '"';
    }

    /**
     * Appends {@code ikev2Line(...)}; returns false (and logs why) when Wireshark cannot represent the SA.
     *
     * @param spiI initiator SPI
     * @param spiR responder SPI
     * @param skEi SK_ei
     * @param skEr SK_er
     * @param encrId IKEv2 ENCR transform ID
     * @param encrKeyBits Key Length attribute in bits
     * @param skAi SK_ai, null or empty for AEAD
     * @param skAr SK_ar, null or empty for AEAD
     * @param integId IKEv2 INTEG transform ID, 0 for AEAD
     * @return whether a line was written
     */
    public boolean writeIkev2(Bytes spiI, Bytes spiR, SecretBytes skEi, SecretBytes skEr, int encrId,
                              int encrKeyBits, SecretBytes skAi, SecretBytes skAr, int integId) {
        String line;
        try {
            line = ikev2Line(spiI, spiR, skEi, skEr, encrId, encrKeyBits, skAi, skAr, integId);
        } catch (IllegalArgumentException e) {
            LOG.warn("keylog: IKE SA {}/{} not written: {}", spiI, spiR, e.getMessage());
            return false;
        }
        writeLine(line);
        return true;
    }

    /**
     * Appends one line (a terminator is added) and forces it out before returning.
     *
     * @param line the line
     */
    public synchronized void writeLine(String line) {
        Objects.requireNonNull(line, "line");
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a keylog line cannot contain a line break");
        }
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to keylog " + file, e);
        }
    }

    /**
     * Wireshark 4.0's IKEv2 encryption choice for an ENCR ID and key length, if it has one.
     *
     * @param encrId the ENCR transform ID
     * @param keyBits the key length in bits
     * @return e.g. {@code AES-CBC-128 [RFC3602]}, or empty
     */
    public static Optional<String> encrName(int encrId, int keyBits) {
        boolean aesBits = keyBits == 128 || keyBits == 192 || keyBits == 256;
        return Optional.ofNullable(switch (encrId) {
            case ENCR_3DES -> "3DES [RFC2451]";
            case ENCR_AES_CBC -> aesBits ? "AES-CBC-" + keyBits + " [RFC3602]" : null;
            case ENCR_AES_CTR -> aesBits ? "AES-CTR-" + keyBits + " [RFC5930]" : null;
            case ENCR_AES_CCM_8, ENCR_AES_CCM_12, ENCR_AES_CCM_16 ->
                    aesBits ? "AES-CCM-" + keyBits + " with " + icv(encrId) + " octet ICV [RFC5282]" : null;
            case ENCR_AES_GCM_8, ENCR_AES_GCM_12, ENCR_AES_GCM_16 ->
                    aesBits ? "AES-GCM-" + keyBits + " with " + icv(encrId) + " octet ICV [RFC5282]" : null;
            default -> null;
        });
    }

    /**
     * Wireshark 4.0's IKEv2 integrity choice for an INTEG ID ("ANY n-bits" where it cannot check).
     *
     * @param integId the INTEG transform ID, 0 for NONE
     * @return e.g. {@code HMAC_SHA2_256_128 [RFC4868]}, or empty
     */
    public static Optional<String> integName(int integId) {
        return Optional.ofNullable(switch (integId) {
            case INTEG_NONE -> "NONE [RFC4306]";
            case 1 -> "HMAC_MD5_96 [RFC2403]";
            case 2 -> "HMAC_SHA1_96 [RFC2404]";
            case 5, 8 -> "ANY 96-bits of Authentication [No Checking]"; // AES-XCBC-96, AES-CMAC-96
            case 6 -> "HMAC_MD5_128 [RFC4595]";
            case 7 -> "HMAC_SHA1_160 [RFC4595]";
            case 12 -> "HMAC_SHA2_256_128 [RFC4868]";
            case 13 -> "HMAC_SHA2_384_192 [RFC4868]";
            case 14 -> "HMAC_SHA2_512_256 [RFC4868]";
            default -> null;
        });
    }

    private static boolean isAead(int encrId) {
        return (encrId >= ENCR_AES_CCM_8 && encrId <= ENCR_AES_CCM_16)
                || (encrId >= ENCR_AES_GCM_8 && encrId <= ENCR_AES_GCM_16);
    }

    /** ICV octets of the RFC 5282 AEAD variants: IDs 14/18 -> 8, 15/19 -> 12, 16/20 -> 16. */
    private static int icv(int encrId) {
        int variant = encrId >= ENCR_AES_GCM_8 ? encrId - ENCR_AES_GCM_8 : encrId - ENCR_AES_CCM_8;
        return 8 + 4 * variant;
    }

    private static String spi(Bytes spi, String what) {
        Objects.requireNonNull(spi, what);
        if (spi.length() != 8) {
            throw new IllegalArgumentException(what + " must be 8 octets, got " + spi.length());
        }
        return spi.toHex().toLowerCase(java.util.Locale.ROOT);
    }

    private static String hex(SecretBytes key) {
        return key == null ? "" : HEX.formatHex(key.unsafeBytes());
    }
}
