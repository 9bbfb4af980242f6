package io.ike4j.cli.fuzz;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2EapPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.crypto.RandomSource;
import io.ike4j.diag.IkeFailure;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.Impairments;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.Datagram;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * IKE_AUTH stage: ike4j's own engine as initiator completes a real IKE_SA_INIT with the target (cookies, INVALID_KE
 * handled by the engine), and its IKE_AUTH request is mutated through the {@link Impairments} hooks: the plaintext
 * payloads and header in {@code beforeProtect} (structure mutations, so the target sees a validly protected wrong
 * message: the part only a key-holding fuzzer reaches), or the protected datagram in {@code outgoing} (octet
 * mutations). The engine runs on this thread on the case's own socket; its clock never moves, so it never
 * retransmits. The engine's randomness is the case's, so the IKE_SA_INIT request is the same on every run.
 * <p>
 * Oracle: a mutation that broke the AUTH (AUTH or IDi removed or changed, protected octets changed) and still
 * an IKE_AUTH response with AUTH (and no EAP: RFC 7296 §2.16 lets a responder send its AUTH with an EAP request) or an
 * SA that reaches READY is an unexpected acceptance.
 */
final class AuthCase {
    private static final int IKE_AUTH = 35;

    private AuthCase() {
    }

    static FuzzCase run(FuzzSettings s, long caseNo) {
        SplittableRandom r = CaseRandom.of(s.seed(), caseNo, 0);
        boolean structure = s.structure() && (!s.bytes() || r.nextInt(4) != 0); // octets inside SK only fail the ICV
        Wire w = new Wire(s.source(caseNo, 0), s.target());
        Mutation[] applied = new Mutation[1];
        byte[][] plain = new byte[1][];
        boolean[] authSeen = new boolean[3]; // AUTH in response, EAP in response, error notify
        List<Datagram> queue = new ArrayList<>();
        Impairments imp = new Impairments() {
            @Override
            public Ikev2Message beforeProtect(int saId, Ikev2Message m) {
                if (!structure || applied[0] != null || m.header().exchangeType() != IKE_AUTH || m.header().isResponse()) {
                    return m;
                }
                StructureMutator.Mutated x = StructureMutator.mutate(m, r, false);
                applied[0] = x.mutation();
                try {
                    plain[0] = Ikev2Codec.encode(x.message());
                } catch (RuntimeException e) {
                    plain[0] = new byte[0];
                }
                return x.message();
            }

            @Override
            public List<Datagram> outgoing(int saId, Datagram d) {
                byte[] o = d.payload().toByteArray();
                if (structure || applied[0] != null || o.length < 28 || (o[18] & 0xff) != IKE_AUTH || (o[19] & 0x20) != 0) {
                    return List.of(d);
                }
                ByteMutator.Mutated x = ByteMutator.mutate(o, r);
                boolean changed = !java.util.Arrays.equals(o, x.octets()); // a byte set to the value it had changes nothing
                applied[0] = new Mutation(x.mutation().kind(), "protected IKE_AUTH request: " + x.mutation().description()
                        + (changed ? "" : " (no change)"), changed);
                plain[0] = x.octets();
                return List.of(new Datagram(Bytes.wrap(x.octets()), d.local(), d.remote()));
            }

            @Override
            public List<Ikev2Payload> received(int saId, int exchangeType, boolean response, long messageId,
                                               List<Ikev2Payload> payloads) {
                if (exchangeType == IKE_AUTH && response) {
                    for (Ikev2Payload p : payloads) {
                        authSeen[0] |= p instanceof Ikev2AuthPayload;
                        authSeen[1] |= p instanceof Ikev2EapPayload;
                        authSeen[2] |= p instanceof Ikev2NotifyPayload n && n.isError();
                    }
                }
                return payloads;
            }
        };
        IkeSaInfo[] up = new IkeSaInfo[1];
        IkeFailure[] failed = new IkeFailure[1];
        Ikev2Listener listener = new Ikev2Listener() {
            @Override
            public void ikeSaEstablished(IkeSaInfo sa) {
                up[0] = sa;
            }

            @Override
            public boolean wantsSentPackets() {
                return false; // the engine would decode its own (mutated, maybe undecodable) message back for us
            }

            @Override
            public void failure(IkeFailure f) {
                failed[0] = f;
            }
        };
        Ikev2Engine engine = Ikev2Engine.builder().configuration(s.config()).crypto(s.crypto())
                .random(RandomSource.deterministic(CaseRandom.caseSeed(s.seed(), caseNo)))
                .outbound(queue::add).listener(listener).impairments(imp).fragmentSize(0).build();
        boolean answered = false;
        String answer = "no answer within " + s.timeout().toMillis() + " ms";
        try {
            int sa = engine.initiate(s.ipsecProfile(), new Ikev2Peer(w.local(), s.target()));
            for (int round = 0; round < 8; round++) {
                flush(queue, w);
                if (up[0] != null || failed[0] != null) {
                    break;
                }
                byte[] in = w.receive(s.timeout().toMillis());
                if (in == null) {
                    break;
                }
                if (applied[0] != null && in.length >= 28 && (in[18] & 0xff) == IKE_AUTH && (in[19] & 0x20) != 0) {
                    answered = true;
                    answer = InitTemplate.describe(in);
                }
                engine.receive(new Datagram(Bytes.wrap(in), w.local(), s.target()));
            }
            if (up[0] != null) {
                engine.delete(sa); // free it at the target (INFORMATIONAL DELETE, RFC 7296 §1.4.1)
                flush(queue, w);
                byte[] in = w.receive(s.timeout().toMillis());
                if (in != null) {
                    engine.receive(new Datagram(Bytes.wrap(in), w.local(), s.target()));
                }
            }
        } catch (RuntimeException e) {
            answer = "engine: " + e;
        } finally {
            w.close();
        }
        if (applied[0] == null) {
            String why = failed[0] != null ? failed[0].logLine() : "IKE_SA_INIT not answered";
            return new FuzzCase(caseNo, null, new byte[0], false, "IKE_AUTH not reached: " + why, null, false, w);
        }
        String accepted = null;
        if (applied[0].breaksAuth()) {
            if (up[0] != null) {
                accepted = "the IKE SA reached READY although the IKE_AUTH request's AUTH was invalid (" + applied[0] + ")";
            } else if (authSeen[0] && !authSeen[1] && !authSeen[2]) {
                accepted = "IKE_AUTH response carries AUTH although the request's AUTH was invalid (" + applied[0] + "): " + answer;
            }
        }
        return new FuzzCase(caseNo, applied[0], plain[0], answered, answer, accepted, true, w);
    }

    private static void flush(List<Datagram> queue, Wire w) {
        List<Datagram> out = new ArrayList<>(queue);
        queue.clear();
        for (Datagram d : out) {
            w.send(d.payload().toByteArray());
        }
    }
}
