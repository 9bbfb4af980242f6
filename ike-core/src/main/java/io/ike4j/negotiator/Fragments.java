package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.diag.FailureCounters.Packet;

import java.time.Instant;
import java.util.List;

/**
 * Reassembly of IKE fragments (RFC 7383 §2.6), bounded in every dimension an attacker holding SK_a (anyone who
 * completed IKE_SA_INIT) could stretch (RFC 7383 §5): the fragment count, the reassembled size (strongSwan's
 * {@code max_packet}, 10,000 octets by default), the time a partial message is kept, and the reassembly
 * memory of the whole engine. Only fragments whose ICV verified are stored; any violation drops the partial
 * message (the sender retransmits, or the exchange times out) without touching the SA otherwise.
 */
final class Fragments {
    final long messageId;
    final int total;
    final Bytes[] parts;
    final Instant deadline;
    int firstNextPayload;
    int received;
    int bytes;
    /** Digest of fragment 1's datagram: only its retransmission repeats our response (RFC 7383 §2.6.1). */
    byte[] firstDigest;

    private Fragments(long messageId, int total, Instant deadline) {
        this.messageId = messageId;
        this.total = total;
        this.parts = new Bytes[total];
        this.deadline = deadline;
    }

    /**
     * The checks of RFC 7383 §2.6 that come before the ICV: numbers non-zero, number within total, total within
     * our limit and not below the stored total, and not a replay of a stored fragment ("MUST be silently
     * discarded"). Returns why the fragment is dropped, or null.
     */
    static String precheck(Ikev2Sa sa, EngineCore core, long messageId, Ikev2SkfPayload f) {
        int n = f.fragmentNumber();
        int total = f.totalFragments();
        if (n < 1 || total < 1 || n > total) {
            return "fragment " + n + " of " + total;
        }
        if (total > core.maxFragments) {
            return total + " fragments, more than the limit of " + core.maxFragments;
        }
        Fragments buf = sa.fragments;
        if (buf != null && buf.messageId == messageId) {
            if (total < buf.total) {
                return "total " + total + " below the " + buf.total + " being reassembled";
            }
            if (total == buf.total && buf.parts[n - 1] != null) {
                return "fragment " + n + " of " + total + " already stored";
            }
        }
        return null;
    }

    /**
     * Stores one verified fragment; returns the whole message's payloads once all are in, else null (also when
     * the partial message was dropped for a limit). The decoded chain may raise IkeDecodeException: it is
     * authenticated input then.
     */
    static List<Ikev2Payload> add(Ikev2Sa sa, EngineCore core, long messageId, Ikev2SkfPayload f, Ikev2SkPlaintext p,
                                  byte[] digest) {
        int n = f.fragmentNumber();
        int total = f.totalFragments();
        Fragments buf = sa.fragments;
        if (buf == null || buf.messageId != messageId || total > buf.total) {
            release(sa, core); // §2.6: a greater total restarts reassembly with this fragment
            buf = new Fragments(messageId, total, core.now.plus(core.fragmentTimeout));
            sa.fragments = buf;
            core.timers.wake(sa, buf.deadline);
        }
        Bytes part = p.payloadBytes();
        if (buf.bytes + part.length() > core.maxReassembledSize) {
            drop(sa, core, "reassembled message would exceed " + core.maxReassembledSize + " octets");
            return null;
        }
        if (core.reassemblyBytes + part.length() > core.maxReassemblyMemory) {
            drop(sa, core, "engine reassembly memory would exceed " + core.maxReassemblyMemory + " octets");
            return null;
        }
        buf.parts[n - 1] = part;
        buf.received++;
        buf.bytes += part.length();
        core.reassemblyBytes += part.length();
        core.reassemblyPeak = Math.max(core.reassemblyPeak, core.reassemblyBytes);
        if (n == 1) {
            buf.firstNextPayload = f.innerNextPayload();
            buf.firstDigest = digest;
        }
        if (buf.received < total) {
            return null;
        }
        byte[] all = new byte[buf.bytes];
        int at = 0;
        for (Bytes b : buf.parts) {
            b.copyTo(all, at);
            at += b.length();
        }
        release(sa, core);
        sa.inDigest = buf.firstDigest;
        return Ikev2Codec.decodePayloadChain(buf.firstNextPayload, Bytes.wrap(all));
    }

    /** Drops a partial message whose time is up (RFC 7383 §2.6: "MUST discard all IKE Fragment messages"). */
    static void expire(Ikev2Sa sa, EngineCore core) {
        Fragments buf = sa.fragments;
        if (buf != null && !core.now.isBefore(buf.deadline)) {
            drop(sa, core, "incomplete after " + core.fragmentTimeout.toSeconds() + " s (" + buf.received + " of "
                    + buf.total + " fragments)");
        }
    }

    /** Frees the partial message and its share of the engine's reassembly memory. */
    static void release(Ikev2Sa sa, EngineCore core) {
        Fragments buf = sa.fragments;
        if (buf != null) {
            core.reassemblyBytes -= buf.bytes;
            sa.fragments = null;
        }
    }

    static void drop(Ikev2Sa sa, EngineCore core, String why) {
        long id = sa.fragments != null ? sa.fragments.messageId : -1;
        release(sa, core);
        core.counters.count(Packet.DROPPED_FRAGMENT);
        core.dropLog.line(DropLog.Kind.FRAGMENT, sa, core.now, "IKEv2:(SA ID = " + sa.saId + "):Dropping IKE fragments"
                + (id >= 0 ? " of message id " + id : "") + ": " + why);
    }
}
