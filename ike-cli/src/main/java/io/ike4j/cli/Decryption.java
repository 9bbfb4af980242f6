package io.ike4j.cli;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.IsakmpDecryptor;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.TrailingBytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.kdf.WiresharkKeyTable;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decryption state of one {@code ike decode --keys} run: IKEv2 SK/SKF payloads by the SPIs' key table line
 * (SKF fragments are reassembled; the inner payloads come with the last fragment), IKEv1 encrypted bodies
 * through {@link IsakmpDecryptor}. Never throws for bad keys: the outcome says what happened.
 */
final class Decryption {
    /**
     * What decrypting one message gave.
     *
     * @param status       {@code ok}, {@code icv-mismatch}, {@code no-key} or {@code error}
     * @param icvOk        IKEv2: the ICV/tag verified (false for "[No Checking]" tables); IKEv1: null
     * @param plaintext    the inner payload octets without padding and pad length (null unless ok)
     * @param v2Payloads   IKEv2 inner payloads (null for a fragment that does not complete a message)
     * @param v1Payloads   IKEv1 payloads without the padding
     */
    record Outcome(String status, Boolean icvOk, Bytes plaintext, List<Ikev2Payload> v2Payloads,
                   List<IsakmpPayload> v1Payloads, String detail) {
        static Outcome failed(String status, String detail) {
            return new Outcome(status, null, null, null, null, detail);
        }

        boolean ok() {
            return status.equals("ok");
        }
    }

    private final CryptoProvider provider;
    private final KeyTable keys;
    private final IsakmpDecryptor ikev1;
    private final Map<String, TreeMap<Integer, Ikev2SkPlaintext>> fragments = new HashMap<>();

    Decryption(CryptoProvider provider, KeyTable keys) {
        this.provider = provider;
        this.keys = keys;
        this.ikev1 = new IsakmpDecryptor(provider, cookie -> keys.ikev1.stream()
                .filter(e -> e.initiatorCookie().equals(String.format("%016x", cookie)))
                .map(WiresharkKeyTable.Ikev1Entry::encryptionKey).findFirst());
    }

    static boolean isProtected(Ikev2Message m) {
        List<Ikev2Payload> ps = m.payloads();
        Ikev2Payload last = ps.isEmpty() ? null : ps.get(ps.size() - 1);
        return last instanceof Ikev2SkPayload || last instanceof Ikev2SkfPayload;
    }

    Outcome decrypt(Bytes datagram, Ikev2Message m) {
        var entry = WiresharkKeyTable.find(keys.ikev2, m.header().initiatorSpi().toHex(),
                m.header().responderSpi().toHex());
        if (entry.isEmpty()) {
            return Outcome.failed("no-key", "no key table line for these SPIs");
        }
        var e = entry.get();
        try {
            Ikev2SkProtector p = Ikev2SkProtector.forTransforms(provider, e.encrId(), e.encrKeyBits(), e.integId(),
                    e.icvLength());
            Ikev2SkPlaintext pt = p.unprotect(datagram, m, new Ikev2SkKeys(e.skEi(), e.skAi(), e.skEr(), e.skAr()));
            Ikev2Payload last = m.payloads().get(m.payloads().size() - 1);
            List<Ikev2Payload> inner = null;
            if (last instanceof Ikev2SkfPayload skf) {
                String key = m.header().initiatorSpi().toHex() + "/" + m.header().responderSpi().toHex() + "/"
                        + m.header().flags() + "/" + m.header().messageId();
                TreeMap<Integer, Ikev2SkPlaintext> got = fragments.computeIfAbsent(key, k -> new TreeMap<>());
                got.put(skf.fragmentNumber(), pt);
                if (got.size() == skf.totalFragments() && got.firstKey() == 1) {
                    ByteArrayOutputStream whole = new ByteArrayOutputStream();
                    got.values().forEach(f -> whole.writeBytes(f.payloadBytes().toByteArray()));
                    inner = Ikev2Codec.decodePayloadChain(got.get(1).innerNextPayload(), Bytes.wrap(whole.toByteArray()));
                    fragments.remove(key);
                }
            } else {
                inner = pt.payloads();
            }
            return new Outcome("ok", pt.icvVerified(), pt.payloadBytes(), inner, null, null);
        } catch (IcvMismatchException x) {
            return new Outcome("icv-mismatch", false, null, null, null, "ICV mismatch");
        } catch (RuntimeException x) {
            // Unsupported transform, wrong key length, malformed plaintext (wrong key with no ICV): reported.
            return Outcome.failed("error", String.valueOf(x.getMessage()));
        }
    }

    /** Feeds every IKEv1 message (plain ones teach the SA state); empty for a plain message. */
    Optional<Outcome> offer(IsakmpMessage m) {
        try {
            Optional<IsakmpDecryptor.Decrypted> d = ikev1.offer(m);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            List<IsakmpPayload> ps = d.get().payloads();
            int pad = 0;
            if (!ps.isEmpty() && ps.get(ps.size() - 1) instanceof TrailingBytes t) {
                pad = t.octets().length();
                ps = ps.subList(0, ps.size() - 1);
            }
            Bytes all = d.get().plaintext();
            return Optional.of(new Outcome("ok", null, all.slice(0, all.length() - pad), null, ps, null));
        } catch (IllegalStateException x) {
            String msg = String.valueOf(x.getMessage());
            return Optional.of(Outcome.failed(msg.startsWith("no key") ? "no-key" : "error", msg));
        } catch (RuntimeException x) {
            return Optional.of(Outcome.failed("error", String.valueOf(x.getMessage())));
        }
    }
}
