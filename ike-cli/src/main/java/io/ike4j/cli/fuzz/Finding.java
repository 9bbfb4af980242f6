package io.ike4j.cli.fuzz;

import java.nio.file.Path;

/**
 * One oracle that fired.
 *
 * @param caseNo      the case after which it fired
 * @param oracle      {@code target-not-answering}, {@code process-gone} or {@code unexpected-acceptance}
 * @param detail      what was seen
 * @param mutation    what the case did
 * @param reproducer  the reproducer file (the pcap next to it)
 * @param pcap        the exchange of the case (and the failed probes)
 */
public record Finding(long caseNo, String oracle, String detail, Mutation mutation, Path reproducer, Path pcap) {
    public static final String NOT_ANSWERING = "target-not-answering";
    public static final String PROCESS_GONE = "process-gone";
    public static final String UNEXPECTED_ACCEPTANCE = "unexpected-acceptance";
}
