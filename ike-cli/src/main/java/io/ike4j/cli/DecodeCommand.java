package io.ike4j.cli;

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
 * would answer with and the offset; decoding goes on with the next one. Exit status 0 when every
 * message decoded, 1 when some did not, 2 for unusable arguments or files.
 */
final class DecodeCommand implements Command {
    @Override
    public String synopsis() {
        return "[--format ios|charon|json] FILE...";
    }

    @Override
    public String summary() {
        return "print the IKEv1/IKEv2 messages of a pcap, pcapng (optionally gzipped) or hex dump";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        OutputFormat format = OutputFormat.IOS;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--format") || a.equals("-f")) {
                if (++i == args.length) {
                    throw new UsageException("--format needs a value: ios, charon or json");
                }
                format = OutputFormat.parse(args[i]);
            } else if (a.startsWith("--format=")) {
                format = OutputFormat.parse(a.substring("--format=".length()));
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no capture file given");
        }
        int status = 0;
        MessagePrinter printer = new MessagePrinter(format, out);
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
