/**
 * {@code ike fuzz} (issue 14): a bounded, seeded, stateful fuzzer for other IKE implementations. A case is one
 * mutated message ({@link io.ike4j.cli.fuzz.StructureMutator} over the codec's payload records, or
 * {@link io.ike4j.cli.fuzz.ByteMutator} over the octets), chosen only by the seed and the case number
 * ({@link io.ike4j.cli.fuzz.CaseRandom}); {@link io.ike4j.cli.fuzz.Campaign} sends it over real UDP, then runs the
 * oracles (liveness probe, process watch, unexpected acceptance) and writes a {@link io.ike4j.cli.fuzz.Reproducer}
 * with a pcap for every finding.
 */
package io.ike4j.cli.fuzz;
