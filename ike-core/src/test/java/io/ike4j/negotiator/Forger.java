package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.sa.IkeSaInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the datagrams the hostile tests attack with: messages of an SA's header with a short or garbage SK
 * body (what an on-path attacker without keys can send), and properly protected SK/SKF messages made with
 * keys an engine exported (what a peer that completed IKE_SA_INIT, but is hostile, can send).
 */
final class Forger {
    private Forger() {
    }

    /** The header an SA's peer would use: {@code fromInitiator} = sent by the original initiator. */
    static Ikev2Header header(IkeSaInfo sa, boolean fromInitiator, int exchange, boolean response, long messageId) {
        int flags = (fromInitiator ? Ikev2Header.FLAG_INITIATOR : 0) | (response ? Ikev2Header.FLAG_RESPONSE : 0);
        return new Ikev2Header(sa.spiI(), sa.spiR(), exchange, flags, messageId);
    }

    /** A message whose SK payload carries {@code body} as is (no valid ICV unless the attacker had the keys). */
    static byte[] rawSk(Ikev2Header h, byte[] body) {
        return Ikev2Codec.encode(new Ikev2Message(h, List.of(new Ikev2SkPayload(41, Bytes.wrap(body)))));
    }

    /** A header with no payload at all (28 octets). */
    static byte[] headerOnly(Ikev2Header h) {
        return Ikev2Codec.encode(new Ikev2Message(h, List.of()));
    }

    /** The SK protector and keys of an SA, as its peer holds them. */
    static Ikev2SkProtector protector(IkeSaInfo sa) {
        return Ikev2SkProtector.forTransforms(EnginePair.CRYPTO, sa.encrId(), sa.encrKeyBits(), sa.integId(), 0);
    }

    static Ikev2SkKeys skKeys(Ikev2SaKeys keys) {
        return Ikev2SkKeys.of(keys);
    }

    /** A properly protected SK message (valid ICV) with {@code inner} payloads. */
    static byte[] sk(IkeSaInfo sa, Ikev2SaKeys keys, Ikev2Header h, List<Ikev2Payload> inner) {
        Ikev2SkProtector p = protector(sa);
        return p.protect(h, List.of(), inner, skKeys(keys), iv(p.ivLength(), h.messageId()), 0);
    }

    /**
     * Properly protected SKF fragments (RFC 7383 §2.5) of the encoded inner chain {@code chain}, {@code size}
     * octets of it per fragment; {@code total} may claim more fragments than the chain needs (a partial flood).
     */
    static List<byte[]> skf(IkeSaInfo sa, Ikev2SaKeys keys, Ikev2Header h, int firstPayload, byte[] chain, int size,
                            int total) {
        Ikev2SkProtector p = protector(sa);
        int needed = Math.max(1, (chain.length + size - 1) / size);
        List<byte[]> out = new ArrayList<>();
        for (int n = 1; n <= needed; n++) {
            byte[] part = Arrays.copyOfRange(chain, (n - 1) * size, Math.min(chain.length, n * size));
            out.add(p.protectFragment(h, n == 1 ? firstPayload : 0, n, Math.max(total, needed), part, skKeys(keys),
                    iv(p.ivLength(), n), 0));
        }
        return out;
    }

    /** One fragment {@code n} of {@code total} carrying {@code part}. */
    static byte[] fragment(IkeSaInfo sa, Ikev2SaKeys keys, Ikev2Header h, int firstPayload, int n, int total, byte[] part) {
        Ikev2SkProtector p = protector(sa);
        return p.protectFragment(h, n == 1 ? firstPayload : 0, n, total, part, skKeys(keys), iv(p.ivLength(), n), 0);
    }

    private static byte[] iv(int length, long seed) {
        byte[] iv = new byte[length];
        Arrays.fill(iv, (byte) (0x40 + seed));
        return iv;
    }
}
