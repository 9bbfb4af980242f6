package io.ike4j.cli;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.vectors.CavpKdfRunner;
import io.ike4j.crypto.vectors.WycheproofRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ike vectors [--provider bc|jca] [--verbose] FILE…}: runs NIST CAVP SP 800-135 IKEv1/IKEv2 KDF
 * {@code .rsp} files and Wycheproof JSON files through the selected provider, printing
 * {@code FILE: N passed, M failed, K unsupported} per file (with {@code --verbose}, each failure too). Exit
 * status 0 when nothing failed, 1 when a case failed, 2 for unusable arguments or unreadable/unrecognised
 * files. Unsupported cases (an algorithm the provider lacks) do not fail the run: they are listed. This is
 * what a user validating a FIPS provider runs.
 */
final class VectorsCommand implements Command {
    @Override
    public String synopsis() {
        return "[--provider bc|jca] [--verbose] FILE...";
    }

    @Override
    public String summary() {
        return "run NIST CAVP IKE KDF (.rsp) and Wycheproof (.json) vector files through a crypto provider";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        String providerName = null;
        boolean verbose = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--provider") || a.equals("-p")) {
                if (++i == args.length) {
                    throw new UsageException("--provider needs a value: bc or jca");
                }
                providerName = args[i];
            } else if (a.startsWith("--provider=")) {
                providerName = a.substring("--provider=".length());
            } else if (a.equals("--verbose") || a.equals("-v")) {
                verbose = true;
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no vector file given");
        }
        CryptoProvider provider;
        try {
            provider = providerName == null ? CryptoProviders.defaultProvider() : CryptoProviders.named(providerName);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        int status = 0;
        for (Path f : files) {
            try {
                if (!Files.isRegularFile(f)) {
                    err.println("ike vectors: " + f + ": no such file");
                    status = Math.max(status, Main.USAGE);
                    continue;
                }
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                int passed;
                int failed;
                int unsupported;
                List<String> failures;
                if (name.endsWith(".json")) {
                    WycheproofRunner.Result r = WycheproofRunner.run(f, provider);
                    passed = r.passed();
                    failed = r.failed();
                    unsupported = r.unsupported();
                    failures = r.failures();
                } else if (CavpKdfRunner.recognizes(f)) {
                    CavpKdfRunner.Result r = CavpKdfRunner.run(f, provider);
                    passed = r.passed();
                    failed = r.failed();
                    unsupported = r.unsupported();
                    failures = r.failures();
                } else {
                    err.println("ike vectors: " + f + ": neither a CAVP IKE KDF .rsp file nor a Wycheproof JSON file");
                    status = Math.max(status, Main.USAGE);
                    continue;
                }
                out.println(f + ": " + passed + " passed, " + failed + " failed, " + unsupported + " unsupported");
                if (verbose) {
                    failures.forEach(x -> out.println("  FAILED " + x));
                }
                if (failed > 0) {
                    status = Math.max(status, 1);
                }
            } catch (IOException | RuntimeException e) {
                err.println("ike vectors: " + f + ": " + e.getMessage());
                status = Math.max(status, Main.USAGE);
            }
        }
        return status;
    }
}
