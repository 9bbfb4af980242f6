package io.ike4j.vectors.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: one private strongSwan charon on loopback, started by {@code interop/strongswan/start.sh}
 * (self-built charon in /opt/strongswan-lt with the load-tester plugin's no-op kernel, see
 * interop/PROVENANCE.md and ../shared/peers/README.md). Never uses ports 500/4500 (the script refuses them).
 * Runtime files live in {@code $IKEPEERS_RUN/<name>} (default {@link #DEFAULT_RUN_BASE}); the charon log is
 * level 4 for ike/chd, so {@link #logKeys()} sees every secret. Stop by PID with {@link #stop()} or
 * try-with-resources; a JVM shutdown hook stops forgotten instances.
 */
public final class StrongSwanPeer implements AutoCloseable {
    public static final Path DEFAULT_RUN_BASE = Path.of("/tmp/ike4j-interop");
    public static final Path PREFIX = Path.of("/opt/strongswan-lt");
    public static final Path CHARON = PREFIX.resolve("libexec/ipsec/charon");
    public static final Path SWANCTL = PREFIX.resolve("sbin/swanctl");
    public static final Path LOAD_TESTER = PREFIX.resolve("lib/ipsec/plugins/libstrongswan-load-tester.so");
    private static final long CMD_TIMEOUT_S = 30;

    private final String name;
    private final Path runDir;
    private final long pid;
    private final Thread hook;
    private volatile boolean stopped;

    private StrongSwanPeer(String name, Path runDir, long pid) {
        this.name = name;
        this.runDir = runDir;
        this.pid = pid;
        this.hook = new Thread(this::stopQuietly, "strongswan-stop-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The repository's {@code interop/strongswan} directory, found from the working directory upwards. */
    public static Path scriptDir() {
        Path p = Path.of("").toAbsolutePath();
        for (; p != null; p = p.getParent()) {
            Path d = p.resolve("interop/strongswan");
            if (Files.isRegularFile(d.resolve("start.sh"))) {
                return d;
            }
        }
        throw new IllegalStateException("interop/strongswan/start.sh not found above " + Path.of("").toAbsolutePath());
    }

    public static Path runBase() {
        String env = System.getenv("IKEPEERS_RUN");
        return env == null || env.isBlank() ? DEFAULT_RUN_BASE : Path.of(env);
    }

    /**
     * Makes sure the self-built charon with load-tester exists: runs {@code install.sh} (apt packages) and
     * {@code build.sh} (~4 min) when it is missing. Throws with the reason (and the scripts' output) otherwise.
     */
    public static synchronized void ensureInstalled() {
        if (installed()) {
            return;
        }
        Path dir = scriptDir();
        Result r = run(List.of("sh", dir.resolve("install.sh").toString()), 900);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("interop/strongswan/install.sh failed (exit " + r.exitCode()
                    + "; root needed):\n" + tail(r.output()));
        }
        r = run(List.of("sh", dir.resolve("build.sh").toString()), 1800);
        if (r.exitCode() != 0 || !installed()) {
            throw new IllegalStateException("interop/strongswan/build.sh failed (exit " + r.exitCode()
                    + "), " + CHARON + " or " + LOAD_TESTER + " still missing:\n" + tail(r.output()));
        }
    }

    static boolean installed() {
        return Files.isExecutable(CHARON) && Files.isExecutable(SWANCTL) && Files.isRegularFile(LOAD_TESTER);
    }

    /**
     * Starts charon instance {@code name} on UDP {@code ikePort}/{@code nattPort} (all local addresses; the
     * swanctl.conf pins 127.x addresses) with the swanctl directory {@code swanctlDir} (e.g.
     * {@code scriptDir().resolve("bob")}). Returns once the vici socket answers and swanctl.conf is loaded.
     * A still-running instance of the same name (left over by a crashed JVM) is stopped first, by its PID file.
     */
    public static StrongSwanPeer start(String name, int ikePort, int nattPort, Path swanctlDir) {
        return start(name, ikePort, nattPort, swanctlDir, null);
    }

    /**
     * As {@link #start(String, int, int, Path)}, inside network namespace {@code netns} (null: this one), where the
     * standard ports 500/4500 are allowed (start.sh's SW_ALLOW_STD_PORTS). Stopping by PID and swanctl over the vici
     * unix socket work from here as for any instance.
     */
    public static StrongSwanPeer start(String name, int ikePort, int nattPort, Path swanctlDir, String netns) {
        ensureInstalled();
        Path dir = scriptDir();
        Path run = runBase().resolve(name);
        if (Files.exists(run.resolve("charon.pid"))) {
            run(env(List.of("sh", dir.resolve("stop.sh").toString(), name)), CMD_TIMEOUT_S);
        }
        List<String> cmd = new ArrayList<>();
        if (netns != null) {
            cmd.addAll(List.of("ip", "netns", "exec", netns));
        }
        cmd.addAll(List.of("sh", dir.resolve("start.sh").toString(), name, Integer.toString(ikePort),
                Integer.toString(nattPort), swanctlDir.toAbsolutePath().toString()));
        ProcessBuilder pb = env(cmd);
        if (netns != null) {
            pb.environment().put("SW_ALLOW_STD_PORTS", "1");
        }
        Result r = run(pb, 60);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("charon " + name + " did not start (exit " + r.exitCode() + "):\n"
                    + r.output() + "\n" + tail(readQuietly(run.resolve("charon.log"))));
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(run.resolve("charon.pid")).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("charon " + name + ": no PID file in " + run + ": " + e, e);
        }
        StrongSwanPeer peer = new StrongSwanPeer(name, run, pid);
        Result stats = peer.swanctlResult("--stats");
        if (stats.exitCode() != 0) {
            peer.stop();
            throw new IllegalStateException("charon " + name + ": vici does not answer:\n" + stats.output());
        }
        return peer;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return pid;
    }

    public Path runDir() {
        return runDir;
    }

    public Path logFile() {
        return runDir.resolve("charon.log");
    }

    /** Runs swanctl against this instance's vici socket; returns stdout+stderr, throws on a non-zero exit. */
    public String swanctl(String... args) {
        Result r = swanctlResult(args);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("swanctl " + String.join(" ", args) + " on " + name + " exited "
                    + r.exitCode() + ":\n" + r.output());
        }
        return r.output();
    }

    /** Like {@link #swanctl} but returns the exit code instead of throwing. */
    public Result swanctlResult(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(SWANCTL.toString());
        cmd.addAll(List.of(args));
        cmd.add("--uri");
        cmd.add("unix://" + runDir.resolve("charon.vici"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SWANCTL_DIR", runDir.resolve("swanctl").toString());
        return run(pb, CMD_TIMEOUT_S);
    }

    /** {@code swanctl --list-sas --raw}, parsed. */
    public List<IkeSaStatus> listSas() {
        return SasParser.parse(swanctl("--list-sas", "--raw"));
    }

    /** {@code swanctl --list-conns --raw}: the names of the loaded connections. */
    public List<String> listConns() {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> ev : ViciRaw.events(swanctl("--list-conns", "--raw"), "list-conn")) {
            names.addAll(ev.keySet());
        }
        names.remove("load-test"); // the load-tester plugin's own (neutralised) config, see fake-kernel.conf
        return names;
    }

    /**
     * One loaded connection as {@code swanctl --list-conns --raw} shows it: nested maps (sections), lists and
     * strings, e.g. {@code remote-1.id}, {@code children.<child>.remote-ts}. Empty map if not loaded.
     */
    public Map<String, Object> connection(String connName) {
        for (Map<String, Object> ev : ViciRaw.events(swanctl("--list-conns", "--raw"), "list-conn")) {
            if (ev.get(connName) instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> conn = (Map<String, Object>) m;
                return conn;
            }
        }
        return Map.of();
    }

    /** {@code swanctl --initiate --child CHILD} (blocks until charon reports success or failure). */
    public String initiate(String child) {
        return swanctl("--initiate", "--child", child, "--timeout", "20");
    }

    public List<String> logLines() {
        try {
            return Files.readAllLines(logFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CharonLogKeys logKeys() {
        return CharonLogKeys.parse(logLines());
    }

    /** Stops charon by its PID (TERM, then KILL after 10 s) via stop.sh; idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        ProcessHandle.of(pid).filter(StrongSwanPeer::isCharon).ifPresent(h -> {
            h.destroy();
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(runDir.resolve("charon.pid"));
        } catch (IOException ignored) {
            // the instance is gone either way; a stale pid file is checked by kill -0 in start.sh
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
    }

    /** Guards against a recycled PID, like stop.sh: only charon (or the unshare/sh that execs it) is killed. */
    private static boolean isCharon(ProcessHandle h) {
        String cmd = h.info().command().orElse("");
        String base = cmd.substring(cmd.lastIndexOf('/') + 1);
        return base.equals("charon") || base.equals("unshare") || base.equals("sh") || cmd.isEmpty();
    }

    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // JVM shutdown: nothing left to report to
        }
    }

    /** Exit code and merged stdout/stderr of a command. */
    public record Result(int exitCode, String output) {
    }

    private static ProcessBuilder env(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("IKEPEERS_RUN", runBase().toString());
        return pb;
    }

    private static Result run(List<String> cmd, long timeoutS) {
        return run(new ProcessBuilder(cmd), timeoutS);
    }

    static Result run(ProcessBuilder pb, long timeoutS) {
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Path out = Files.createTempFile("ike4j-interop", ".out");
            try {
                pb.redirectOutput(out.toFile());
                Process p = pb.start();
                if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(-1, "timed out after " + timeoutS + " s: " + pb.command() + "\n"
                            + Files.readString(out));
                }
                return new Result(p.exitValue(), Files.readString(out));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return new Result(-1, "cannot run " + pb.command() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted: " + pb.command());
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String s) {
        String[] lines = s.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 30), lines.length));
    }
}
