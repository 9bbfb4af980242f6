package io.ike4j.vectors.crypto.decrypt;

import io.ike4j.codec.Bytes;
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
import java.util.List;
import java.util.Optional;

/** Decrypts one IKEv2 datagram with a Wireshark key table entry (shared by the decryption suites). */
final class Ikev2Decryptor {
    private Ikev2Decryptor() {
    }

    static boolean isIkev2(Bytes ike) {
        return ike.length() >= 28 && (ike.get(17) & 0xf0) == 0x20;
    }

    static boolean isEncrypted(Ikev2Message m) {
        List<Ikev2Payload> ps = m.payloads();
        return !ps.isEmpty() && (ps.get(ps.size() - 1) instanceof Ikev2SkPayload
                || ps.get(ps.size() - 1) instanceof Ikev2SkfPayload);
    }

    static Optional<WiresharkKeyTable.Ikev2Entry> entry(List<WiresharkKeyTable.Ikev2Entry> table, Ikev2Message m) {
        return WiresharkKeyTable.find(table, m.header().initiatorSpi().toHex(), m.header().responderSpi().toHex());
    }

    static Ikev2SkProtector protector(CryptoProvider p, WiresharkKeyTable.Ikev2Entry e) {
        return Ikev2SkProtector.forTransforms(p, e.encrId(), e.encrKeyBits(), e.integId(), e.icvLength());
    }

    static Ikev2SkKeys keys(WiresharkKeyTable.Ikev2Entry e) {
        return new Ikev2SkKeys(e.skEi(), e.skAi(), e.skEr(), e.skAr());
    }

    static Ikev2SkPlaintext decrypt(CryptoProvider p, WiresharkKeyTable.Ikev2Entry e, Bytes datagram)
            throws IcvMismatchException {
        Ikev2Message m = Ikev2Codec.decode(datagram);
        return protector(p, e).unprotect(datagram, m, keys(e));
    }

    /** {@code datagram} with bit 0 of the octet {@code fromEnd} octets before its end flipped. */
    static Bytes flip(Bytes datagram, int fromEnd) {
        byte[] b = datagram.toByteArray();
        b[b.length - fromEnd] ^= 0x01;
        return Bytes.wrap(b);
    }
}
