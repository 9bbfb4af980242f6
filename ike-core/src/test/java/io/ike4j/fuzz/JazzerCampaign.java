package io.ike4j.fuzz;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One real coverage-guided Jazzer/libFuzzer campaign on a target class, in a child JVM started with the test class
 * path: libFuzzer exits the process on a finding and keeps global state, so one JVM per campaign (and the test JVM
 * survives whatever the target does). The child's heap is capped, so unbounded allocation is an OutOfMemoryError,
 * which Jazzer reports as a finding. Writable corpus, findings, reproducers and the log go to
 * {@code target/fuzz/NAME/}; the seeds are read from {@code src/test/resources/fuzz/NAME/}.
 */
final class JazzerCampaign {
    private static final Logger LOG = LoggerFactory.getLogger(JazzerCampaign.class);
    private static final Pattern EXECS = Pattern.compile("stat::number_of_executed_units: (\\d+)");
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    /** What a finished campaign reports. */
    record Result(String name, int exitCode, long executions, long seconds, long wallMillis, List<String> findings,
                  Path log) {
        double execsPerSecond() {
            return executions * 1000.0 / Math.max(1, wallMillis);
        }

        String summary() {
            return String.format("%s: %d executions in %d s of fuzzing (%.0f exec/s over %.1f s wall), exit %d, "
                    + "findings %s", name, executions, seconds, execsPerSecond(), wallMillis / 1000.0, exitCode, findings);
        }
    }

    private JazzerCampaign() {
    }

    /**
     * Fuzzes {@code target} for {@code seconds} (libFuzzer -max_total_time) from the seeds in {@code seeds}.
     *
     * @param name the directory name under target/fuzz
     * @param heapMb the child's -Xmx
     */
    static Result run(String name, Class<?> target, Path seeds, int seconds, int heapMb) {
        Path work = Path.of("target", "fuzz", name).toAbsolutePath();
        Path corpus = work.resolve("corpus");
        Path findings = work.resolve("findings");
        try {
            Files.createDirectories(corpus);
            Files.createDirectories(findings);
            try (Stream<Path> old = Files.list(findings)) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.delete(p); // a previous run's findings are not this run's
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = work.resolve("jazzer.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m",
                "-XX:+UseSerialGC", // two cores shared with the rest of the build
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", // the engine's safety net logs internal errors here
                "-cp", classPath(),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.getName(),
                "--instrumentation_includes=io.ike4j.**",
                "--reproducer_path=" + findings,
                "-artifact_prefix=" + findings + File.separator,
                "-max_total_time=" + seconds,
                "-timeout=30", // one input running 30 s is a hang
                "-rss_limit_mb=2560",
                "-print_final_stats=1",
                corpus.toString(),
                seeds.toString()));
        if (System.getProperty("ike4j.fuzz.seed") != null) {
            cmd.add("-seed=" + System.getProperty("ike4j.fuzz.seed"));
        }
        LOG.info("fuzzing {} for {} s: {}", name, seconds, String.join(" ", cmd));
        long start = System.nanoTime();
        int exit;
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds + 180L, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                exit = -1;
            } else {
                exit = p.exitValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        String out;
        List<String> found;
        try {
            out = Files.readString(log);
            try (Stream<Path> s = Files.list(findings)) {
                found = s.map(f -> f.getFileName().toString()).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long execs = lastGroup(EXECS, out, 1);
        long secs = lastGroup(DONE, out, 2);
        Result r = new Result(name, exit, execs, secs, wall, found, log);
        LOG.info("{}", r.summary());
        return r;
    }

    private static long lastGroup(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        long v = -1;
        while (m.find()) {
            v = Long.parseLong(m.group(group));
        }
        return v;
    }

    /** The test class path (surefire sets java.class.path to it in the forked JVM). */
    private static String classPath() {
        String cp = System.getProperty("java.class.path");
        if (!cp.contains("jazzer")) {
            cp = System.getProperty("surefire.test.class.path", cp);
        }
        return cp;
    }

    /** The last {@code lines} lines of the campaign's log, for a failure message. */
    static String tail(Result r, int lines) {
        try {
            List<String> all = Files.readAllLines(r.log());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
