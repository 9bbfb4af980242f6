package io.ike4j.cli;

import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.negotiator.keylog.KeylogWriter;
import io.ike4j.sa.IkeSaInfo;

import java.nio.file.Path;

/**
 * {@code ike peer --keylog FILE}: one Wireshark {@code ikev2_decryption_table} line per IKE SA
 * ({@code SPIi,SPIr,SK_ei,SK_er,"ENCR",SK_ai,SK_ar,"INTEG"}, RFC 7296 §2.14 keys) through
 * {@link KeylogWriter}, which appends and flushes each line at once.
 */
final class Keylog {
    private final KeylogWriter writer;

    Keylog(Path file) {
        this.writer = new KeylogWriter(file);
    }

    /** Appends the SA's line; false when Wireshark has no name for its algorithms (e.g. ChaCha20-Poly1305). */
    boolean write(IkeSaInfo sa, Ikev2SaKeys k) {
        return writer.writeIkev2(sa.spiI(), sa.spiR(), k.skEi(), k.skEr(), sa.encrId(), sa.encrKeyBits(), k.skAi(), k.skAr(),
                sa.integId());
    }
}
