package io.ike4j.cli;

import io.ike4j.crypto.kdf.WiresharkKeyTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys given with {@code ike decode --keys TABLE}: Wireshark's {@code ikev2_decryption_table} lines
 * (8 CSV fields) and {@code ikev1_decryption_table} lines ({@code ICOOKIE,ENCKEY}), told apart per line so
 * one file may hold both.
 */
final class KeyTable {
    final List<WiresharkKeyTable.Ikev2Entry> ikev2 = new ArrayList<>();
    final List<WiresharkKeyTable.Ikev1Entry> ikev1 = new ArrayList<>();

    void add(Path file) throws IOException {
        List<String> v2 = new ArrayList<>();
        List<String> v1 = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int fields = fieldCount(l);
            if (fields == 8) {
                v2.add(l);
            } else if (fields == 2) {
                v1.add(l);
            } else {
                throw new IllegalArgumentException(file + " line " + n + ": neither an IKEv2 (8 fields) nor an IKEv1"
                        + " (ICOOKIE,ENCKEY) key table line");
            }
        }
        ikev2.addAll(WiresharkKeyTable.parseIkev2(v2));
        ikev1.addAll(WiresharkKeyTable.parseIkev1(v1));
    }

    private static int fieldCount(String line) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                n++;
            }
        }
        return n;
    }
}
