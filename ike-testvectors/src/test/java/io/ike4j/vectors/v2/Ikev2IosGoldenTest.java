package io.ike4j.vectors.v2;

import io.ike4j.codec.text.Ikev2IosFormatter;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden test: the seed's initiator IKE_SA_INIT, built with the codec API and formatted by
 * {@link Ikev2IosFormatter}, equals the IOS dump of ios-reference.md §2 line for line.
 */
class Ikev2IosGoldenTest {

    static List<String> section2Block() throws IOException {
        try (InputStream in = Ikev2IosGoldenTest.class.getResourceAsStream("/vectors/seeds/ios-reference.md")) {
            assertNotNull(in, "vectors/seeds/ios-reference.md on the classpath");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            int i = 0;
            while (!lines[i].startsWith("## 2.")) {
                i++;
            }
            while (!lines[i].equals("```")) {
                i++;
            }
            List<String> block = new ArrayList<>();
            for (i++; !lines[i].equals("```"); i++) {
                block.add(lines[i]);
            }
            return block;
        }
    }

    @Test
    void initiatorSaInitMatchesTheSeedDumpLineForLine() throws IOException {
        List<String> expected = section2Block();
        assertEquals(23, expected.size());
        assertTrue(expected.get(0).startsWith("IKEv2:(SA ID = 1):Next payload: SA"));
        Ikev2Message m = Ikev2Codec.decode(Ikev2Codec.encode(SeedMessages.initiatorSaInit()));
        List<String> actual = List.of(Ikev2IosFormatter.format(m, "IKEv2:(SA ID = 1):").split("\n", -1));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size());
    }
}
