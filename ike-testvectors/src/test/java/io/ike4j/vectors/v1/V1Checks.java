package io.ike4j.vectors.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.TrailingBytes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Comparisons shared by the IKEv1 vector suites; each returns the problems found (empty = pass). */
final class V1Checks {
    private V1Checks() {
    }

    static String hex16(long v) {
        return String.format("%016x", v);
    }

    /** Decodes {@code raw}, re-encodes it and compares bytes; returns problems, adds the message to out. */
    static List<String> roundTrip(byte[] raw, List<IsakmpMessage> out) {
        List<String> problems = new ArrayList<>();
        IsakmpMessage m;
        try {
            m = IsakmpCodec.decode(raw);
        } catch (RuntimeException e) {
            problems.add("decode failed: " + e);
            return problems;
        }
        out.add(m);
        byte[] again = IsakmpCodec.encode(m);
        if (!Arrays.equals(raw, again)) {
            problems.add("re-encoding differs: " + HexFormat.of().formatHex(again));
        }
        if (!IsakmpCodec.decode(again).equals(m)) {
            problems.add("decode(encode(m)) != m");
        }
        return problems;
    }

    /** Header fields and top-level chain against tshark's dissection. */
    static List<String> compare(IsakmpMessage m, int rawLength, TsharkIsakmp t) {
        List<String> p = new ArrayList<>();
        IsakmpHeader h = m.header();
        expect(p, "ispi", t.ispi(), hex16(h.initiatorCookie()));
        expect(p, "rspi", t.rspi(), hex16(h.responderCookie()));
        expect(p, "next payload", t.nextPayload(), h.nextPayload());
        expect(p, "version", t.version(), h.majorVersion() + "." + h.minorVersion());
        expect(p, "exchange", t.exchangeType(), h.exchangeType());
        expect(p, "flags", t.flags(), h.flags());
        expect(p, "message id", t.messageId(), h.messageIdUnsigned());
        expect(p, "length", t.length(), (long) rawLength);
        if (m.isEncrypted()) {
            expect(p, "encrypted length", t.encryptedLength(), m.encryptedBody().ciphertext().length());
        } else {
            List<IsakmpPayload> real = m.payloads().stream().filter(x -> !(x instanceof TrailingBytes)).toList();
            expect(p, "payload count", t.payloads().size(), real.size());
            for (int i = 0; i < Math.min(real.size(), t.payloads().size()); i++) {
                expect(p, "payload " + i + " type", t.payloads().get(i)[0], real.get(i).type());
                expect(p, "payload " + i + " length", t.payloads().get(i)[1],
                        IsakmpCodec.encodePayloadChain(List.of(real.get(i))).length);
            }
        }
        return p;
    }

    /** Decodes a decrypted body and checks that it re-encodes to the same octets. */
    static List<String> plaintext(int firstPayload, byte[] plain) {
        List<String> p = new ArrayList<>();
        List<IsakmpPayload> chain = IsakmpCodec.decodePayloadChain(firstPayload, Bytes.wrap(plain));
        if (!Arrays.equals(plain, IsakmpCodec.encodePayloadChain(chain))) {
            p.add("decrypted chain re-encodes differently");
        }
        if (chain.isEmpty() || chain.get(0) instanceof TrailingBytes) {
            p.add("decrypted chain has no payload");
        }
        return p;
    }

    static void expect(List<String> p, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            p.add(what + ": expected " + expected + " got " + actual);
        }
    }
}
