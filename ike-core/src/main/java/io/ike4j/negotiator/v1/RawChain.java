package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;

import java.util.ArrayList;
import java.util.List;

/**
 * The payloads of a chain as the peer sent them (RFC 2408 §3.2 generic headers walked, nothing re-encoded): IKEv1
 * hashes payload bodies as they are on the wire (SAi_b, IDii_b of RFC 2409 §5; "the payloads after HASH" of §5.5),
 * and a hash over our own re-encoding would fail against a peer whose encoding differs in a way the codec
 * normalises. Padding after the last payload is not part of the chain.
 */
final class RawChain {
    /**
     * One payload as sent.
     *
     * @param type  its payload type
     * @param whole generic header and body
     */
    record Raw(int type, Bytes whole) {
        Bytes body() {
            return whole.slice(4, whole.length() - 4);
        }
    }

    private RawChain() {
    }

    /** The payloads of {@code data} starting with one of {@code firstType}; stops at a bad length. */
    static List<Raw> of(int firstType, Bytes data) {
        List<Raw> out = new ArrayList<>();
        int type = firstType;
        int off = 0;
        while (type != 0 && off + 4 <= data.length()) {
            int next = data.get(off) & 0xff;
            int len = ((data.get(off + 2) & 0xff) << 8) | (data.get(off + 3) & 0xff);
            if (len < 4 || off + len > data.length()) {
                break;
            }
            out.add(new Raw(type, data.slice(off, len)));
            off += len;
            type = next;
        }
        return out;
    }

    /** Body of the first payload of {@code type}, or null. */
    static Bytes body(List<Raw> chain, int type) {
        for (Raw r : chain) {
            if (r.type() == type) {
                return r.body();
            }
        }
        return null;
    }

    /** Every payload after the first, concatenated as sent: "the rest" of HASH(1)/HASH(2) (RFC 2409 §5.5, §5.7). */
    static byte[] afterFirst(List<Raw> chain) {
        int n = 0;
        for (int i = 1; i < chain.size(); i++) {
            n += chain.get(i).whole().length();
        }
        byte[] out = new byte[n];
        int o = 0;
        for (int i = 1; i < chain.size(); i++) {
            Bytes w = chain.get(i).whole();
            w.copyTo(out, o);
            o += w.length();
        }
        return out;
    }
}
