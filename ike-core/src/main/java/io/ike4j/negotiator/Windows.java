package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;

import java.util.List;
import java.util.Optional;

/**
 * Message-ID windows (RFC 7296 §2.3, §3.10.1 SET_WINDOW_SIZE): without the notify a peer takes one request at a
 * time. We announce ours in IKE_AUTH (1 by default, as IOS does) and learn the peer's from its authenticated IKE_AUTH.
 */
final class Windows {
    /** The most of a peer's announced window we use: its requests in flight cost us memory too. */
    static final int MAX_USED = 64;
    private static final int SET_WINDOW_SIZE = Ikev2NotifyType.SET_WINDOW_SIZE.number();

    private Windows() {
    }

    /** N(SET_WINDOW_SIZE) with our window, sent with the CHILD_SA notifies of IKE_AUTH as IOS does. */
    static Ikev2NotifyPayload setWindowSize(Ikev2Sa sa) {
        int w = sa.localWindow;
        return Ikev2NotifyPayload.of(SET_WINDOW_SIZE,
                Bytes.wrap(new byte[] {(byte) (w >>> 24), (byte) (w >>> 16), (byte) (w >>> 8), (byte) w}));
    }

    /** The window a verified message announces (0: none or malformed), as {@link #learn} reads it. */
    static int announced(List<Ikev2Payload> in) {
        Optional<Ikev2NotifyPayload> n = Payloads.notify(in, SET_WINDOW_SIZE);
        if (n.isEmpty() || n.get().data().length() != 4) {
            return 0;
        }
        io.ike4j.codec.Bytes d = n.get().data();
        long v = ((long) d.get(0) << 24) | (d.get(1) << 16) | (d.get(2) << 8) | d.get(3);
        return (int) Math.min(v, MAX_USED);
    }

    /** Only from a message whose AUTH verified; a malformed or zero value leaves the window at 1. */
    static void learn(Ikev2Sa sa, List<Ikev2Payload> in) {
        int w = announced(in);
        if (w >= 1) {
            sa.peerWindow = w;
        }
    }
}
