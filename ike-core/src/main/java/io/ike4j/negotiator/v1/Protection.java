package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.TrailingBytes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ISAKMP message building and encryption (RFC 2408 §3.1, RFC 2409 App. B): headers with the SA's cookies, CBC
 * with SKEYID_e's key and the exchange's IV. The IV chain moves on only for a message we sent or one we accepted
 * ({@link #accept}), so a message that fails to decrypt or to verify changes nothing.
 */
final class Protection {
    private Protection() {
    }

    static long cookie(Bytes b) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b.get(i) & 0xff);
        }
        return v;
    }

    static IsakmpHeader header(IsakmpSa sa, int exchangeType, int flags, int messageId) {
        return IsakmpHeader.of(cookie(sa.cookieI), cookie(sa.cookieR), 0, exchangeType, flags, messageId);
    }

    /** A plain message (phase-1 messages before the keys exist, and unprotected notifies). */
    static byte[] plain(Ikev1Core core, IsakmpSa sa, int exchangeType, List<IsakmpPayload> payloads) {
        List<IsakmpPayload> ps = core.impairments.payloads(sa.saId, exchangeType, 0, payloads);
        return IsakmpCodec.encode(IsakmpMessage.plain(header(sa, exchangeType, 0, 0), ps));
    }

    /** An encrypted message of exchange {@code messageId}; its last block becomes that exchange's IV. */
    static byte[] encrypted(Ikev1Core core, IsakmpSa sa, int exchangeType, int messageId, List<IsakmpPayload> payloads) {
        List<IsakmpPayload> ps = core.impairments.payloads(sa.saId, exchangeType, messageId, payloads);
        byte[] iv = sa.ivs.ivFor(messageId);
        byte[] out = sa.encryption.encrypt(header(sa, exchangeType, IsakmpHeader.FLAG_ENCRYPTION, messageId), ps,
                sa.encKey, iv);
        int b = sa.ivs.blockSize();
        sa.ivs.update(messageId, Arrays.copyOfRange(out, out.length - b, out.length));
        return out;
    }

    /**
     * Decrypts {@code in} with its exchange's current IV and decodes the payloads (padding dropped); nothing of the SA
     * changes. Returns null on success, else why it could not be read (the notify name a peer would send).
     */
    static String decrypt(IsakmpSa sa, Inbound in) {
        if (!in.message.isEncrypted()) {
            return "not encrypted";
        }
        try {
            Bytes plain = sa.encryption.decrypt(in.message, sa.encKey, sa.ivs.ivFor(in.messageId()));
            List<IsakmpPayload> ps = IsakmpCodec.decodePayloadChain(in.message.header().nextPayload(), plain);
            List<IsakmpPayload> kept = new ArrayList<>(ps.size());
            for (IsakmpPayload p : ps) {
                if (!(p instanceof TrailingBytes)) {
                    kept.add(p);
                }
            }
            in.plaintext = plain;
            in.payloads = kept;
            in.lastBlock = sa.encryption.lastBlock(in.message);
            return null;
        } catch (IkeDecodeException e) {
            return e.getMessage();
        }
    }

    /** The message is accepted: its exchange's IV is its last ciphertext block from now on. */
    static void accept(IsakmpSa sa, Inbound in) {
        if (in.lastBlock != null) {
            sa.ivs.update(in.messageId(), in.lastBlock);
        }
    }

    /** The payloads of {@code in} as sent (plain: after the header; encrypted: the plaintext). */
    static List<RawChain.Raw> raw(Inbound in) {
        Bytes data = in.plaintext != null ? in.plaintext
                : in.datagram.payload().slice(IsakmpHeader.SIZE, in.datagram.payload().length() - IsakmpHeader.SIZE);
        return RawChain.of(in.message.header().nextPayload(), data);
    }

    /** The body of payload {@code p} as we encode it (for the hashes over our own payloads). */
    static byte[] body(IsakmpPayload p) {
        byte[] whole = IsakmpCodec.encodePayloadChain(List.of(p));
        return Arrays.copyOfRange(whole, 4, whole.length);
    }

    /** Our payloads after the first, encoded as they will be sent after a HASH payload (RFC 2409 §5.5). */
    static byte[] chain(List<IsakmpPayload> payloads) {
        return payloads.isEmpty() ? new byte[0] : IsakmpCodec.encodePayloadChain(payloads);
    }
}
