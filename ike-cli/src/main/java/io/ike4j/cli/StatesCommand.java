package io.ike4j.cli;

import io.ike4j.negotiator.Ikev2Engine;

import java.io.PrintStream;

/**
 * {@code ike states [--version 2]}: prints the state machine the engine runs, as data: for each exchange and
 * direction the event a verified message starts in a state, then every row (state, event, action, next states).
 * The IOS traces ({@code debug crypto ikev2 internal}) are walks through this table. IKEv1's (the ISAKMP states)
 * comes with the IKEv1 engine.
 */
final class StatesCommand implements Command {
    @Override
    public String synopsis() {
        return "[--version 2]";
    }

    @Override
    public String summary() {
        return "print the IKEv2 state machine: entries and rows (state, event, action, next states)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        String version = "2";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--version") && i + 1 < args.length) {
                version = args[++i];
            } else {
                throw new UsageException("unknown argument " + args[i]);
            }
        }
        if (version.equals("1")) {
            err.println("ike states: IKEv1 has no state table yet (only IKEv2 is implemented)");
            return 2;
        }
        if (!version.equals("2")) {
            throw new UsageException("--version must be 1 or 2, not " + version);
        }
        out.print(Ikev2Engine.stateTable());
        return 0;
    }
}
