package io.ike4j.cli.fuzz;

import java.util.List;

/**
 * What one case did and saw.
 *
 * @param caseNo     the case number
 * @param mutation   the mutation (null when the stage never got to it, e.g. IKE_SA_INIT failed before IKE_AUTH)
 * @param sent       the mutated message: the octets sent (IKE_SA_INIT), or the mutated IKE_AUTH plaintext
 * @param answered   the target answered the mutated message
 * @param answer     the answer in charon's one-line form, or why there was none
 * @param accepted   unexpected acceptance: what was accepted, or null
 * @param reachedAuth IKE_AUTH stage: IKE_SA_INIT completed and the mutated IKE_AUTH went out
 * @param wire       the socket the case used (for the pcap)
 */
record FuzzCase(long caseNo, Mutation mutation, byte[] sent, boolean answered, String answer, String accepted,
                boolean reachedAuth, Wire wire) {
    List<Wire.Packet> packets() {
        return wire.packets();
    }
}
