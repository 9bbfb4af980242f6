package io.ike4j.cli;

import java.io.PrintStream;

/** One {@code ike} sub-command. */
interface Command {
    String synopsis();

    String summary();

    /** Runs the command and returns the process exit status. */
    int run(String[] args, PrintStream out, PrintStream err) throws UsageException;
}
