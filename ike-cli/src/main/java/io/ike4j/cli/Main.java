package io.ike4j.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The {@code ike} command. Sub-commands and option names are a contract other tools and tests rely
 * on: add, never rename.
 */
public final class Main {
    /** Exit status for usage errors and unreadable input. */
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System::getenv);
    }

    /** {@code env} stands in for the process environment (tests: IKE_PSK). */
    static int run(String[] args, PrintStream out, PrintStream err, Function<String, String> env) {
        Map<String, Command> commands = new TreeMap<>();
        commands.put("decode", new DecodeCommand());
        commands.put("demo", new DemoCommand());
        commands.put("fuzz", new FuzzCommand(env));
        commands.put("peer", new PeerCommand(env));
        commands.put("states", new StatesCommand());
        commands.put("vectors", new VectorsCommand());
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(commands, args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("ike: unknown command '" + args[0] + "'");
            usage(commands, err);
            return USAGE;
        }
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println("usage: ike " + args[0] + " " + command.synopsis());
            out.println("      " + command.summary());
            return 0;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException e) {
            err.println("ike " + args[0] + ": " + e.getMessage());
            err.println("usage: ike " + args[0] + " " + command.synopsis());
            return USAGE;
        }
    }

    private static void usage(Map<String, Command> commands, PrintStream s) {
        s.println("usage: ike COMMAND [OPTIONS]");
        s.println();
        commands.forEach((name, c) -> s.printf("  ike %s %s%n      %s%n", name, c.synopsis(), c.summary()));
    }
}
