package io.ike4j.negotiator.keylog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.codec.Bytes;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.WiresharkKeyTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KeylogWriter lines parse back through WiresharkKeyTable to the same algorithms and keys. */
class KeylogWriterTest {
    private static final Bytes SPI_I = Bytes.fromHex("71ffd0f84715091a");
    private static final Bytes SPI_R = Bytes.fromHex("76e12a0e77887094");

    private static SecretBytes key(int len, int seed) {
        byte[] k = new byte[len];
        for (int i = 0; i < len; i++) {
            k[i] = (byte) (seed * 31 + i);
        }
        return SecretBytes.owning(k);
    }

    /** {encrId, keyBits, SK_e octets, integId, SK_a octets, expected ENCR name, expected INTEG name}. */
    private static final Object[][] CASES = {
        {12, 128, 16, 12, 32, "AES-CBC-128 [RFC3602]", "HMAC_SHA2_256_128 [RFC4868]"},
        {12, 192, 24, 13, 48, "AES-CBC-192 [RFC3602]", "HMAC_SHA2_384_192 [RFC4868]"},
        {12, 256, 32, 14, 64, "AES-CBC-256 [RFC3602]", "HMAC_SHA2_512_256 [RFC4868]"},
        {12, 256, 32, 2, 20, "AES-CBC-256 [RFC3602]", "HMAC_SHA1_96 [RFC2404]"},
        {13, 128, 20, 12, 32, "AES-CTR-128 [RFC5930]", "HMAC_SHA2_256_128 [RFC4868]"},
        {13, 192, 28, 2, 20, "AES-CTR-192 [RFC5930]", "HMAC_SHA1_96 [RFC2404]"},
        {13, 256, 36, 14, 64, "AES-CTR-256 [RFC5930]", "HMAC_SHA2_512_256 [RFC4868]"},
        {3, 0, 24, 2, 20, "3DES [RFC2451]", "HMAC_SHA1_96 [RFC2404]"},
        {3, 0, 24, 1, 16, "3DES [RFC2451]", "HMAC_MD5_96 [RFC2403]"},
        {12, 128, 16, 5, 16, "AES-CBC-128 [RFC3602]", "ANY 96-bits of Authentication [No Checking]"},
        {12, 128, 16, 8, 16, "AES-CBC-128 [RFC3602]", "ANY 96-bits of Authentication [No Checking]"},
        {18, 128, 20, 0, 0, "AES-GCM-128 with 8 octet ICV [RFC5282]", "NONE [RFC4306]"},
        {19, 192, 28, 0, 0, "AES-GCM-192 with 12 octet ICV [RFC5282]", "NONE [RFC4306]"},
        {20, 256, 36, 0, 0, "AES-GCM-256 with 16 octet ICV [RFC5282]", "NONE [RFC4306]"},
        {20, 128, 20, 0, 0, "AES-GCM-128 with 16 octet ICV [RFC5282]", "NONE [RFC4306]"},
        {18, 256, 36, 0, 0, "AES-GCM-256 with 8 octet ICV [RFC5282]", "NONE [RFC4306]"},
        {14, 128, 19, 0, 0, "AES-CCM-128 with 8 octet ICV [RFC5282]", "NONE [RFC4306]"},
        {16, 256, 35, 0, 0, "AES-CCM-256 with 16 octet ICV [RFC5282]", "NONE [RFC4306]"},
    };

    @Test
    void everyWiresharkAlgorithmRoundTripsThroughWiresharkKeyTable() {
        int checked = 0;
        for (int bitsI = 0; bitsI < 3; bitsI++) {
            for (Object[] c : CASES) {
                int encr = (int) c[0];
                int bits = (int) c[1];
                int integ = (int) c[3];
                boolean aead = integ == 0;
                SecretBytes ei = key((int) c[2], 1);
                SecretBytes er = key((int) c[2], 2);
                SecretBytes ai = aead ? null : key((int) c[4], 3);
                SecretBytes ar = aead ? null : key((int) c[4], 4);
                String line = KeylogWriter.ikev2Line(SPI_I, SPI_R, ei, er, encr, bits, ai, ar, integ);
                assertTrue(line.contains("\"" + c[5] + "\""), line);
                assertTrue(line.endsWith("\"" + c[6] + "\""), line);
                List<WiresharkKeyTable.Ikev2Entry> t = WiresharkKeyTable.parseIkev2(List.of(line));
                assertEquals(1, t.size());
                WiresharkKeyTable.Ikev2Entry e = t.get(0);
                assertEquals("71ffd0f84715091a", e.spiI());
                assertEquals("76e12a0e77887094", e.spiR());
                assertEquals(encr, e.encrId(), line);
                assertEquals(encr == 3 ? 0 : bits, e.encrKeyBits(), line);
                assertArrayEquals(ei.unsafeBytes(), e.skEi().unsafeBytes());
                assertArrayEquals(er.unsafeBytes(), e.skEr().unsafeBytes());
                int expectedInteg = integ == 5 || integ == 8 ? WiresharkKeyTable.INTEG_UNCHECKED : integ;
                assertEquals(expectedInteg, e.integId(), line);
                boolean unchecked = expectedInteg == WiresharkKeyTable.INTEG_UNCHECKED;
                assertEquals(aead || unchecked ? 0 : (int) c[4], e.skAi().length());
                assertEquals(aead || unchecked ? 0 : (int) c[4], e.skAr().length());
                if (unchecked) {
                    assertEquals(12, e.icvLength());
                }
                if (!aead && !unchecked) {
                    assertArrayEquals(ai.unsafeBytes(), e.skAi().unsafeBytes());
                    assertArrayEquals(ar.unsafeBytes(), e.skAr().unsafeBytes());
                }
                checked++;
            }
        }
        assertEquals(3 * CASES.length, checked);
    }

    @Test
    void matchesTheLinesStrongSwanWrote() {
        // vectors/peers-captures/v2-psk-modp2048/wireshark/ikev2_decryption_table (strongSwan save-keys).
        String expected = "71ffd0f84715091a,76e12a0e77887094,f799401049ee6f1f369638d3760a6a96,"
                + "5298041ca07e8471c0b4e17a2c47a4f0,\"AES-CBC-128 [RFC3602]\","
                + "5782c145cacc84067f811871ebbd57eed3434f0615da5511247157b96e8d89af,"
                + "0527f9c0cdc84813ae9b16e1c603b0c61381447c7a05ebca18cfb8a88af3b071,\"HMAC_SHA2_256_128 [RFC4868]\"";
        String line = KeylogWriter.ikev2Line(SPI_I, SPI_R,
                hex("f799401049ee6f1f369638d3760a6a96"), hex("5298041ca07e8471c0b4e17a2c47a4f0"), 12, 128,
                hex("5782c145cacc84067f811871ebbd57eed3434f0615da5511247157b96e8d89af"),
                hex("0527f9c0cdc84813ae9b16e1c603b0c61381447c7a05ebca18cfb8a88af3b071"), 12);
        assertEquals(expected, line);
        // v2-psk-gcm-ecp384: AEAD leaves the SK_a fields empty.
        String gcm = KeylogWriter.ikev2Line(Bytes.fromHex("7aa40b7a4f19f7af"), Bytes.fromHex("c628567bef3fdfb1"),
                hex("a6e2bc4f331e352e2b73ac9f07c25f1097345d5946f470847101474c7c3c41b749262ce4"),
                hex("031e4de2aa3b98e75b52b6ecf0431758a00781390d4e466da3bcf3cce7797ac25f9e59ee"), 20, 256,
                null, null, 0);
        assertEquals("7aa40b7a4f19f7af,c628567bef3fdfb1,"
                + "a6e2bc4f331e352e2b73ac9f07c25f1097345d5946f470847101474c7c3c41b749262ce4,"
                + "031e4de2aa3b98e75b52b6ecf0431758a00781390d4e466da3bcf3cce7797ac25f9e59ee,"
                + "\"AES-GCM-256 with 16 octet ICV [RFC5282]\",,,\"NONE [RFC4306]\"", gcm);
    }

    @Test
    void rejectsWhatWiresharkCannotDecrypt() {
        SecretBytes k = key(16, 1);
        assertThrows(IllegalArgumentException.class, () -> KeylogWriter.ikev2Line(SPI_I, SPI_R, k, k, 28, 0, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> KeylogWriter.ikev2Line(SPI_I, SPI_R, k, k, 11, 0, k, k, 2));
        assertThrows(IllegalArgumentException.class, () -> KeylogWriter.ikev2Line(SPI_I, SPI_R, k, k, 12, 0, k, k, 2));
        assertThrows(IllegalArgumentException.class, () -> KeylogWriter.ikev2Line(SPI_I, SPI_R, k, k, 12, 128, k, k, 0));
        assertThrows(IllegalArgumentException.class, () -> KeylogWriter.ikev2Line(SPI_I, SPI_R, k, k, 12, 128, k, k, 99));
        assertThrows(IllegalArgumentException.class,
                () -> KeylogWriter.ikev2Line(Bytes.fromHex("0102"), SPI_R, k, k, 12, 128, k, k, 2));
    }

    @Test
    void appendsFlushedLinesFromManyThreads(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ikev2_decryption_table");
        Files.writeString(f, "# existing\n");
        KeylogWriter w = new KeylogWriter(f);
        assertFalse(w.writeIkev2(SPI_I, SPI_R, key(32, 1), key(32, 2), 28, 0, null, null, 0)); // ChaCha20: skipped
        assertEquals("# existing\n", Files.readString(f));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Bytes spi = Bytes.fromHex(String.format("%016x", 0x1000L + i));
            expected.add(KeylogWriter.ikev2Line(spi, SPI_R, key(16, i), key(16, i + 1), 12, 128, key(32, i),
                    key(32, i + 2), 12));
            final int n = i;
            pool.submit(() -> assertTrue(w.writeIkev2(spi, SPI_R, key(16, n), key(16, n + 1), 12, 128, key(32, n),
                    key(32, n + 2), 12)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertEquals(201, lines.size());
        assertEquals("# existing", lines.get(0));
        assertEquals(expected.stream().sorted().toList(), lines.subList(1, 201).stream().sorted().toList());
        assertEquals(200, WiresharkKeyTable.readIkev2(f).size());
    }

    private static SecretBytes hex(String h) {
        return SecretBytes.owning(java.util.HexFormat.of().parseHex(h));
    }
}
