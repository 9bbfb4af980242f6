package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkfPayload;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Reassembly of IKE fragments (RFC 7383 §2.6): each SKF is authenticated on its own before it is kept;
 * when all {@code totalFragments} of one message ID are in, their plaintexts are joined and decoded as one
 * payload chain starting with the first fragment's Next Payload.
 */
final class Fragments {
    /** More fragments than any sane IKE message needs; a bound, not a limit of the RFC. */
    static final int MAX_FRAGMENTS = 64;

    final long messageId;
    final int total;
    final Bytes[] parts;
    int firstNextPayload;
    int received;

    private Fragments(long messageId, int total) {
        this.messageId = messageId;
        this.total = total;
        this.parts = new Bytes[total];
    }

    /** Adds one verified fragment; returns the whole message's payloads once complete, else null. */
    static List<Ikev2Payload> add(Ikev2Sa sa, long messageId, Ikev2SkfPayload f, Ikev2SkPlaintext p) {
        int n = f.fragmentNumber();
        int total = f.totalFragments();
        if (total < 1 || total > MAX_FRAGMENTS || n < 1 || n > total) {
            throw new IkeDecodeException("INVALID_SYNTAX", 7, 0, "fragment " + n + " of " + total);
        }
        Fragments buf = sa.fragments;
        if (buf == null || buf.messageId != messageId || buf.total != total) {
            buf = new Fragments(messageId, total); // §2.6.1: a new total or message restarts reassembly
            sa.fragments = buf;
        }
        if (buf.parts[n - 1] == null) {
            buf.parts[n - 1] = p.payloadBytes();
            buf.received++;
            if (n == 1) {
                buf.firstNextPayload = f.innerNextPayload();
            }
        }
        if (buf.received < total) {
            return null;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Bytes b : buf.parts) {
            all.writeBytes(b.toByteArray());
        }
        sa.fragments = null;
        return Ikev2Codec.decodePayloadChain(buf.firstNextPayload, Bytes.wrap(all.toByteArray()));
    }
}
