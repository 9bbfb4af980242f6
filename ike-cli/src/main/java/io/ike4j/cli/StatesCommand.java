package io.ike4j.cli;

import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.v1.Ikev1Engine;

import java.io.PrintStream;

/**
 * {@code ike states [--version 2]}: prints the state machine the engine runs, as data: for each exchange and
 * direction the event a verified message starts in a state, then every row (state, event, action, next states).
 * The IOS traces ({@code debug crypto ikev2 internal}) are walks through this table. {@code --ike-version 1} (or
 * {@code --version 1}) prints the ISAKMP machine ({@code debug crypto isakmp}: Main, Aggressive and Quick Mode rows).
 */
final class StatesCommand implements Command {
    @Override
    public String synopsis() {
        return "[--ike-version 1|2]";
    }

    @Override
    public String summary() {
        return "print the IKEv2 (or IKEv1) state machine: rows (state, event, action, next states)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        String version = "2";
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--version") || args[i].equals("--ike-version")) && i + 1 < args.length) {
                version = args[++i];
            } else {
                throw new UsageException("unknown argument " + args[i]);
            }
        }
        if (version.equals("1")) {
            out.print(Ikev1Engine.stateTable());
            return 0;
        }
        if (!version.equals("2")) {
            throw new UsageException("--version must be 1 or 2, not " + version);
        }
        out.print(Ikev2Engine.stateTable());
        return 0;
    }
}
