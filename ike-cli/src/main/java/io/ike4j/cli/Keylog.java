package io.ike4j.cli;

import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.sa.IkeSaInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ike peer --keylog FILE}: one Wireshark {@code ikev2_decryption_table} line per IKE SA
 * ({@code SPIi,SPIr,SK_ei,SK_er,"ENCR",SK_ai,SK_ar,"INTEG"}, RFC 7296 §2.14 keys; AEAD SK_e includes the salt,
 * RFC 5282 §7.1, and has no SK_a). Algorithm names are the Wireshark IKEv2 dissector's UAT choices, the
 * strings {@link io.ike4j.crypto.kdf.WiresharkKeyTable} reads back. Stand-in until
 * {@code io.ike4j.negotiator.keylog.KeylogWriter} is on main; each line is appended and flushed at once.
 */
final class Keylog {
    private final Path file;

    Keylog(Path file) {
        this.file = file;
    }

    /** The table line, or empty when Wireshark has no name for the SA's algorithms (e.g. ChaCha20). */
    static Optional<String> line(IkeSaInfo sa, Ikev2SaKeys k) {
        Optional<String> encr = encrName(sa.encrId(), sa.encrKeyBits());
        boolean aead = isAead(sa.encrId());
        Optional<String> integ = aead ? Optional.of("NONE [RFC4306]") : integName(sa.integId());
        if (encr.isEmpty() || integ.isEmpty()) {
            return Optional.empty();
        }
        boolean noSkA = aead || integ.get().startsWith("ANY ");
        return Optional.of(sa.spiI().toHex().toLowerCase(Locale.ROOT) + ',' + sa.spiR().toHex().toLowerCase(Locale.ROOT)
                + ',' + hex(k.skEi()) + ',' + hex(k.skEr()) + ",\"" + encr.get() + "\"," + (noSkA ? "" : hex(k.skAi()))
                + ',' + (noSkA ? "" : hex(k.skAr())) + ",\"" + integ.get() + '"');
    }

    /** Appends the SA's line; false when it has none. */
    synchronized boolean write(IkeSaInfo sa, Ikev2SaKeys keys) {
        Optional<String> l = line(sa, keys);
        if (l.isEmpty()) {
            return false;
        }
        try {
            Files.writeString(file, l.get() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to keylog " + file, e);
        }
        return true;
    }

    private static Optional<String> encrName(int id, int bits) {
        boolean aes = bits == 128 || bits == 192 || bits == 256;
        return Optional.ofNullable(switch (id) {
            case 3 -> "3DES [RFC2451]";
            case 12 -> aes ? "AES-CBC-" + bits + " [RFC3602]" : null;
            case 13 -> aes ? "AES-CTR-" + bits + " [RFC5930]" : null;
            case 14, 15, 16 -> aes ? "AES-CCM-" + bits + " with " + (8 + 4 * (id - 14)) + " octet ICV [RFC5282]" : null;
            case 18, 19, 20 -> aes ? "AES-GCM-" + bits + " with " + (8 + 4 * (id - 18)) + " octet ICV [RFC5282]" : null;
            default -> null;
        });
    }

    private static Optional<String> integName(int id) {
        return Optional.ofNullable(switch (id) {
            case 1 -> "HMAC_MD5_96 [RFC2403]";
            case 2 -> "HMAC_SHA1_96 [RFC2404]";
            case 5, 8 -> "ANY 96-bits of Authentication [No Checking]";
            case 12 -> "HMAC_SHA2_256_128 [RFC4868]";
            case 13 -> "HMAC_SHA2_384_192 [RFC4868]";
            case 14 -> "HMAC_SHA2_512_256 [RFC4868]";
            default -> null;
        });
    }

    private static boolean isAead(int id) {
        return (id >= 14 && id <= 16) || (id >= 18 && id <= 20);
    }

    private static String hex(SecretBytes s) {
        return s == null ? "" : HexFormat.of().formatHex(s.unsafeBytes());
    }
}
