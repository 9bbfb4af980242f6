package io.ike4j.cli;

import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ike decode [--format ios|charon|json] FILE…}: prints every IKE message of a pcap, pcapng or
 * hex dump. A message that does not decode gets one line naming the frame, the notify a receiver
 * would answer with and the offset; decoding goes on with the next one. With {@code --keys TABLE} (Wireshark
 * {@code ikev2_decryption_table} and/or {@code ikev1_decryption_table} lines) SK/SKF payloads and IKEv1
 * encrypted bodies are decrypted and their inner payloads printed in the chosen format (JSON: a
 * {@code decrypted} object); a wrong key prints "ICV mismatch" for that message. Exit status 0 when every
 * message decoded (and, with keys, decrypted), 1 when some did not, 2 for unusable arguments or files.
 */
final class DecodeCommand implements Command {
    @Override
    public String synopsis() {
        return "[--format ios|charon|json] [--keys TABLE]... [--provider bc|jca] FILE...";
    }

    @Override
    public String summary() {
        return "print the IKEv1/IKEv2 messages of a pcap, pcapng (optionally gzipped) or hex dump";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        OutputFormat format = OutputFormat.IOS;
        List<Path> files = new ArrayList<>();
        List<Path> tables = new ArrayList<>();
        String providerName = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--format") || a.equals("-f")) {
                if (++i == args.length) {
                    throw new UsageException("--format needs a value: ios, charon or json");
                }
                format = OutputFormat.parse(args[i]);
            } else if (a.startsWith("--format=")) {
                format = OutputFormat.parse(a.substring("--format=".length()));
            } else if (a.equals("--keys") || a.equals("-k")) {
                if (++i == args.length) {
                    throw new UsageException("--keys needs a Wireshark ikev2_decryption_table/ikev1_decryption_table file");
                }
                tables.add(Path.of(args[i]));
            } else if (a.startsWith("--keys=")) {
                tables.add(Path.of(a.substring("--keys=".length())));
            } else if (a.equals("--provider")) {
                if (++i == args.length) {
                    throw new UsageException("--provider needs a value: bc or jca");
                }
                providerName = args[i];
            } else if (a.startsWith("--provider=")) {
                providerName = a.substring("--provider=".length());
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no capture file given");
        }
        Decryption decryption = null;
        if (!tables.isEmpty() || providerName != null) {
            CryptoProvider provider;
            try {
                provider = providerName == null ? CryptoProviders.defaultProvider() : CryptoProviders.named(providerName);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new UsageException(e.getMessage());
            }
            KeyTable keys = new KeyTable();
            for (Path t : tables) {
                try {
                    keys.add(t);
                } catch (IOException e) {
                    err.println("ike decode: " + t + ": " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
                    return Main.USAGE;
                } catch (IllegalArgumentException e) {
                    err.println("ike decode: " + e.getMessage());
                    return Main.USAGE;
                }
            }
            decryption = new Decryption(provider, keys);
        }
        int status = 0;
        MessagePrinter printer = new MessagePrinter(format, out, decryption);
        for (Path file : files) {
            List<CapturedDatagram> messages;
            try {
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(file.toString());
                }
                messages = CaptureReader.read(file);
            } catch (NoSuchFileException e) {
                err.println("ike decode: " + file + ": no such file");
                return Main.USAGE;
            } catch (IOException e) {
                err.println("ike decode: " + file + ": " + e.getMessage());
                return Main.USAGE;
            }
            if (files.size() > 1 && format != OutputFormat.JSON) {
                out.println("== " + file);
            }
            for (CapturedDatagram m : messages) {
                if (!printer.print(m)) {
                    status = 1;
                }
            }
        }
        return status;
    }
}
