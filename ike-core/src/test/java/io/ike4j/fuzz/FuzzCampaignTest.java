package io.ike4j.fuzz;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, fuzzing ourselves: each Jazzer target first runs in this JVM on its seeds (a regression run), then is
 * really fuzzed by {@link JazzerCampaign}: 10 s per decoder, 15 s for the engine (about 70 s of wall time with the
 * child JVMs' start), or {@code -Dike4j.fuzz.seconds} each. A campaign fails the
 * test on any finding (an uncaught exception other than the decoders' IkeDecodeException, an engine INTERNAL_ERROR, a
 * lost answer, an OutOfMemoryError under the child's heap cap, a 30 s hang) or when it ran too few inputs to count.
 * A longer campaign: {@code ./mvnw -B -o -pl ike-core test -Dtest=FuzzCampaignTest -Dike4j.fuzz.seconds=300}.
 */
@Tag("fuzz")
class FuzzCampaignTest {
    static final Integer SECONDS = Integer.getInteger("ike4j.fuzz.seconds");

    @Test
    void ikev2Decoder() throws Throwable {
        campaign("ikev2-decoder", Ikev2DecoderFuzzer.class, 10, 512, 5_000);
    }

    @Test
    void isakmpDecoder() throws Throwable {
        campaign("isakmp-decoder", IsakmpDecoderFuzzer.class, 10, 512, 5_000);
    }

    @Test
    void ikev2EngineReceive() throws Throwable {
        campaign("ikev2-engine", Ikev2EngineFuzzer.class, 15, 512, 500);
    }

    private static void campaign(String name, Class<?> target, int seconds, int heapMb, long minExecutions) throws Throwable {
        Path seeds = seeds(name);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 3, "seeds in " + seeds);
        MethodHandle one = MethodHandles.publicLookup().findStatic(target, "fuzzerTestOneInput",
                MethodType.methodType(void.class, byte[].class));
        for (Path f : files) {
            one.invokeExact(Files.readAllBytes(f)); // regression: no seed may be a finding
        }
        JazzerCampaign.Result r = JazzerCampaign.run(name, target, seeds, SECONDS != null ? SECONDS : seconds, heapMb);
        String why = r.summary() + "\n" + JazzerCampaign.tail(r, 60);
        assertEquals(List.of(), r.findings(), why);
        assertEquals(0, r.exitCode(), why);
        assertTrue(r.executions() >= minExecutions, "too few executions to count as fuzzing: " + why);
    }

    static Path seeds(String name) throws URISyntaxException, IOException {
        var url = FuzzCampaignTest.class.getResource("/fuzz/" + name);
        if (url == null) {
            throw new IOException("no seed directory fuzz/" + name + " on the test class path");
        }
        return Path.of(url.toURI());
    }
}
