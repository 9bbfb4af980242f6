package io.ike4j.cli.fuzz;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * IKE_SA_INIT stage: the valid request of the case mutated once, sent, the answer awaited; a COOKIE request is
 * honoured (RFC 7296 §2.6) by sending the same mutated octets again behind N(COOKIE), so mutations reach the
 * target's IKE_SA_INIT processing even when it is under "attack" (strongSwan: cookie_threshold).
 */
final class InitCase {
    /** The case's mutated octets and mutation, from seed and case number only. */
    record Generated(byte[] octets, Mutation mutation) {
    }

    private InitCase() {
    }

    static Generated generate(FuzzSettings s, InitTemplate t, long caseNo) {
        SplittableRandom r = CaseRandom.of(s.seed(), caseNo, 0);
        Ikev2Message valid = t.request(r);
        boolean structure = s.structure() && (!s.bytes() || r.nextBoolean());
        if (structure) {
            try {
                StructureMutator.Mutated m = StructureMutator.mutate(valid, r, true);
                return new Generated(m.encoded(), m.mutation());
            } catch (RuntimeException e) {
                // a combination the encoder refuses: fall through to an octet-level mutation (same generator)
            }
        }
        ByteMutator.Mutated m = ByteMutator.mutate(Ikev2Codec.encode(valid), r);
        return new Generated(m.octets(), m.mutation());
    }

    static FuzzCase run(FuzzSettings s, InitTemplate t, long caseNo) {
        Generated g = generate(s, t, caseNo);
        Wire w = new Wire(s.source(caseNo, 0), s.target());
        try {
            w.send(g.octets());
            byte[] answer = await(w, g.octets(), s.timeout().toMillis());
            if (answer != null) {
                Optional<Bytes> cookie = InitTemplate.decode(answer).flatMap(InitTemplate::cookie);
                if (cookie.isPresent() && (answer[19] & 0x20) != 0) {
                    byte[] again = InitTemplate.withCookie(g.octets(), cookie.get());
                    w.send(again);
                    byte[] second = await(w, again, s.timeout().toMillis());
                    answer = second == null ? answer : second;
                    if (second == null) {
                        return new FuzzCase(caseNo, g.mutation(), g.octets(), true, "COOKIE, then no answer with the cookie", null,
                                false, w);
                    }
                }
                return new FuzzCase(caseNo, g.mutation(), g.octets(), true, InitTemplate.describe(answer), null, false, w);
            }
            return new FuzzCase(caseNo, g.mutation(), g.octets(), false, "no answer within " + s.timeout().toMillis() + " ms",
                    null, false, w);
        } finally {
            w.close();
        }
    }

    /** The first answer for our initiator SPI (any answer if we sent less than an SPI). */
    private static byte[] await(Wire w, byte[] sent, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            byte[] in = w.receive(left);
            if (in == null) {
                return null;
            }
            if (sent.length < 8 || java.util.Arrays.equals(in, 0, 8, sent, 0, 8)) {
                return in;
            }
        }
    }
}
