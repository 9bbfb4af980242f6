package io.ike4j.cli.fuzz;

import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The liveness oracle: a fresh valid IKE_SA_INIT must still be answered with an IKE_SA_INIT response (a COOKIE,
 * INVALID_KE_PAYLOAD or NO_PROPOSAL_CHOSEN answer counts: the target is alive) within the liveness timeout, with a
 * few retries (each from a new source and SPI) before the target counts as not answering.
 */
public final class Liveness {
    /** The outcome: alive, after how many attempts, what answered (or why not), the probes' datagrams. */
    public record Probe(boolean alive, int attempts, String answer, List<Wire.Packet> packets) {
    }

    private final FuzzSettings s;
    private final InitTemplate template;

    Liveness(FuzzSettings s, InitTemplate template) {
        this.s = s;
        this.template = template;
    }

    /** The probe after case {@code caseNo}. */
    Probe probe(long caseNo) {
        List<Wire.Packet> packets = new ArrayList<>();
        int attempts = 0;
        for (int attempt = 0; attempt <= s.livenessRetries(); attempt++) {
            attempts++;
            Ikev2Message req = template.request(CaseRandom.of(s.seed(), caseNo, 16 + attempt));
            byte[] octets = Ikev2Codec.encode(req);
            try (Wire w = new Wire(s.source(caseNo + attempt * 7919L, 1), s.target())) {
                w.send(octets);
                Optional<String> answer = awaitInitResponse(w, octets, s.livenessTimeout().toMillis());
                packets.addAll(w.packets());
                if (answer.isPresent()) {
                    return new Probe(true, attempts, answer.get(), packets);
                }
            }
        }
        return new Probe(false, attempts, "no IKE_SA_INIT response to " + attempts + " valid IKE_SA_INIT request(s) within "
                + s.livenessTimeout().toMillis() + " ms each", packets);
    }

    /** The first IKE_SA_INIT response for the SPI of {@code request}, rendered, within {@code millis}. */
    static Optional<String> awaitInitResponse(Wire w, byte[] request, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return Optional.empty();
            }
            byte[] in = w.receive(left);
            if (in == null) {
                return Optional.empty();
            }
            if (in.length >= 28 && Arrays.equals(in, 0, 8, request, 0, 8) && (in[18] & 0xff) == 34 && (in[19] & 0x20) != 0) {
                return Optional.of(InitTemplate.describe(in));
            }
        }
    }
}
