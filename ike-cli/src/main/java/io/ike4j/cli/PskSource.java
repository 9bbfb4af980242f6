package io.ike4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Where {@code ike peer} takes its pre-shared key from. {@code --psk SECRET} puts the secret in the process
 * list ({@code ps}, /proc/PID/cmdline), so {@code --psk-file FILE} and the {@code IKE_PSK} environment
 * variable exist too. Precedence: {@code --psk} and {@code --psk-file} together are a usage error; either
 * one wins over {@code IKE_PSK}, which is read only when neither is given. The key is returned as octets
 * (UTF-8 for --psk and IKE_PSK, the file's octets as they are) that the caller zeroes once the
 * configuration holds its copy.
 */
final class PskSource {
    static final String ENV = "IKE_PSK";

    /** ssh's rule for private keys: no permission at all for group or others. */
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PskSource() {
    }

    /** True when {@code o} names a PSK source. */
    static boolean given(Options o) {
        return o.has("psk") || o.has("psk-file");
    }

    /**
     * The pre-shared key, or null when no source gives one. {@code IKE_PSK} is consulted only when
     * {@code needed} (a certificate-only peer must not pick up a stray variable and fail on it).
     *
     * @param command the command name for warnings ({@code ike peer})
     */
    static byte[] resolve(Options o, Function<String, String> env, boolean needed, String command, PrintStream err)
            throws UsageException {
        if (o.has("psk") && o.has("psk-file")) {
            throw new UsageException("--psk and --psk-file are mutually exclusive: give one");
        }
        if (o.has("psk")) {
            err.println(command + ": warning: --psk shows the secret in the process list; use --psk-file FILE or the "
                    + ENV + " environment variable");
            String v = o.get("psk").get();
            if (v.isEmpty()) {
                throw new UsageException("--psk must not be empty");
            }
            return v.getBytes(StandardCharsets.UTF_8);
        }
        if (o.has("psk-file")) {
            return fromFile(Path.of(o.get("psk-file").get()), command, err);
        }
        String v = needed ? env.apply(ENV) : null;
        if (v == null) {
            return null;
        }
        if (v.isEmpty()) {
            throw new UsageException(ENV + " is set but empty");
        }
        return v.getBytes(StandardCharsets.UTF_8);
    }

    /** The file's octets without one trailing newline (LF or CR LF), as {@code echo secret > FILE} writes it. */
    private static byte[] fromFile(Path file, String command, PrintStream err) throws UsageException {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new UsageException("--psk-file: cannot read " + file);
        }
        int n = all.length;
        if (n > 0 && all[n - 1] == '\n') {
            n--;
            if (n > 0 && all[n - 1] == '\r') {
                n--;
            }
        }
        byte[] key = Arrays.copyOf(all, n);
        Arrays.fill(all, (byte) 0);
        if (key.length == 0) {
            throw new UsageException("--psk-file: " + file + " is empty");
        }
        warnIfShared(file, command, err);
        return key;
    }

    private static void warnIfShared(Path file, String command, PrintStream err) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system: nothing to check
        }
        try {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            if (perms.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                err.println(command + ": warning: --psk-file " + file + " is accessible by group or others ("
                        + PosixFilePermissions.toString(perms) + "); chmod 600 it");
            }
        } catch (IOException e) {
            // the content was readable; the mode is advisory only
        }
    }
}
