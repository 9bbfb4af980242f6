package io.ike4j.cli.fuzz;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2KePayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.config.IkeProposal;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A valid IKE_SA_INIT request (RFC 7296 §1.2: HDR, SAi1, KEi, Ni), the seed of every IKE_SA_INIT case and the
 * liveness probe. The KE value is computed once per campaign (fuzz mode: nobody completes these SAs, so one key
 * pair serves all); the SPI and the nonce come from the case's generator. No NAT-D: its hash covers our ephemeral
 * port, and the cases must be the same octets on every run.
 */
public final class InitTemplate {
    private final List<IkeProposal> proposals;
    private final int group;
    private final Bytes keValue;

    public InitTemplate(List<IkeProposal> proposals, CryptoProvider crypto, long seed) {
        this.proposals = List.copyOf(proposals);
        this.group = proposals.get(0).groups().get(0);
        this.keValue = Bytes.wrap(crypto.keyExchange(group).initiator(RandomSource.deterministic(seed)).publicValue());
    }

    public int group() {
        return group;
    }

    /** A fresh valid request: random initiator SPI and nonce from {@code r}. */
    public Ikev2Message request(SplittableRandom r) {
        byte[] spi = new byte[8];
        byte[] nonce = new byte[32];
        fill(r, spi);
        spi[0] |= 0x01; // never all zero
        fill(r, nonce);
        Ikev2Header h = new Ikev2Header(Bytes.wrap(spi), Bytes.wrap(new byte[8]), Ikev2ExchangeType.IKE_SA_INIT.number(),
                Ikev2Header.FLAG_INITIATOR, 0);
        List<Ikev2Payload> p = new ArrayList<>();
        p.add(saPayload(proposals));
        p.add(new Ikev2KePayload(group, keValue));
        p.add(new Ikev2NoncePayload(Bytes.wrap(nonce)));
        return new Ikev2Message(h, p);
    }

    /** SAi1 as RFC 7296 §3.3 lays it out: one IKE proposal per configured one, ENCR PRF INTEG KE transforms. */
    static io.ike4j.codec.v2.Ikev2SaPayload saPayload(List<IkeProposal> proposals) {
        List<io.ike4j.codec.v2.Ikev2Proposal> out = new ArrayList<>();
        int n = 1;
        for (IkeProposal p : proposals) {
            List<io.ike4j.codec.v2.Ikev2Transform> ts = new ArrayList<>();
            for (io.ike4j.config.EncryptionAlgorithm e : p.encryption()) {
                ts.add(e.keyBits() > 0
                        ? new io.ike4j.codec.v2.Ikev2Transform(1, e.transformId(),
                        List.of(io.ike4j.codec.v2.Ikev2TransformAttribute.keyLength(e.keyBits())))
                        : new io.ike4j.codec.v2.Ikev2Transform(1, e.transformId()));
            }
            p.prf().forEach(id -> ts.add(new io.ike4j.codec.v2.Ikev2Transform(2, id)));
            p.integrity().forEach(id -> ts.add(new io.ike4j.codec.v2.Ikev2Transform(3, id)));
            p.groups().forEach(id -> ts.add(new io.ike4j.codec.v2.Ikev2Transform(4, id)));
            out.add(new io.ike4j.codec.v2.Ikev2Proposal(n++, 1, Bytes.EMPTY, ts));
        }
        return new io.ike4j.codec.v2.Ikev2SaPayload(out);
    }

    private static void fill(SplittableRandom r, byte[] b) {
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) r.nextInt(256);
        }
    }

    /**
     * {@code request} (any octets) with N(COOKIE) as first payload (RFC 7296 §2.6): header next payload and length
     * adjusted relative to what they were, so a mutated length stays mutated the same way.
     */
    public static byte[] withCookie(byte[] request, Bytes cookie) {
        if (request.length < 28) {
            return request;
        }
        int len = 8 + cookie.length();
        byte[] out = new byte[request.length + len];
        System.arraycopy(request, 0, out, 0, 28);
        out[16] = (byte) Ikev2NotifyPayload.TYPE;
        long hl = ((request[24] & 0xffL) << 24) | ((request[25] & 0xff) << 16) | ((request[26] & 0xff) << 8) | (request[27] & 0xff);
        ByteMutator.put32(out, 24, (hl + len) & 0xffffffffL);
        out[28] = request[16];
        out[30] = (byte) (len >>> 8);
        out[31] = (byte) len;
        int type = Ikev2NotifyType.COOKIE.number();
        out[34] = (byte) (type >>> 8);
        out[35] = (byte) type;
        cookie.copyTo(out, 36);
        System.arraycopy(request, 28, out, 28 + len, request.length - 28);
        return out;
    }

    /** The answer, decoded, or empty when the octets do not decode. */
    static Optional<Ikev2Message> decode(byte[] answer) {
        try {
            return Optional.of(Ikev2Codec.decode(answer));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The COOKIE of an IKE_SA_INIT response asking for one. */
    static Optional<Bytes> cookie(Ikev2Message m) {
        return notify(m, Ikev2NotifyType.COOKIE.number()).map(Ikev2NotifyPayload::data);
    }

    static Optional<Ikev2NotifyPayload> notify(Ikev2Message m, int type) {
        return m.payloads().stream().filter(p -> p instanceof Ikev2NotifyPayload n && n.notifyType() == type)
                .map(p -> (Ikev2NotifyPayload) p).findFirst();
    }

    /** strongSwan's one-line rendering: {@code IKE_SA_INIT response 0 [ SA KE No ]}. */
    static String describe(byte[] answer) {
        return decode(answer).map(io.ike4j.codec.text.Ikev2CharonFormatter::format)
                .orElse(answer.length + " octets that do not decode");
    }
}
