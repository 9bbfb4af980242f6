package io.ike4j.codec.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.HashFunction;
import io.ike4j.crypto.kdf.Ikev1Kdf;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Decrypts the IKEv1 messages of a capture in order, given only each SA's phase-1 encryption key (as in
 * Wireshark's {@code ikev1_decryption_table}): like Wireshark it learns the negotiated cipher and hash from
 * the phase-1 SA payload (the last one seen: the responder's choice), g^xi and g^xr from the KE payloads
 * (first seen = initiator's), derives the phase-1 IV = hash(g^xi | g^xr) (RFC 2409 App. B) and follows the
 * CBC chain per message ID ({@link IsakmpIvChain}); an exact retransmission is decrypted with the original's
 * IV and does not advance the chain. A diagnostic tool: it trusts message order. Not thread-safe.
 */
public final class IsakmpDecryptor {
    /** One decrypted message: the whole plaintext body (payloads and padding) and its payload chain. */
    public record Decrypted(Bytes plaintext, List<IsakmpPayload> payloads) {
    }

    private static final class SaState {
        int encrAlg;
        int keyBits;
        int hashAlg;
        Bytes gxi;
        Bytes gxr;
        IsakmpIvChain chain;
        final Map<Integer, Bytes> lastCiphertext = new HashMap<>();
        final Map<Integer, byte[]> lastIv = new HashMap<>();
    }

    private final CryptoProvider provider;
    private final LongFunction<Optional<SecretBytes>> keys;
    private final Map<Long, SaState> sas = new HashMap<>();

    /**
     * A decryptor that finds phase-1 keys through {@code keys}.
     *
     * @param provider the crypto provider for the negotiated cipher and hash
     * @param keys the phase-1 encryption key by initiator cookie
     */
    public IsakmpDecryptor(CryptoProvider provider, LongFunction<Optional<SecretBytes>> keys) {
        this.provider = provider;
        this.keys = keys;
    }

    /**
     * Feeds the next message. Unencrypted messages only update the SA state and give empty. Encrypted ones
     * give their plaintext; a message that cannot be decrypted (no key, unknown cipher, no KE seen) throws
     * {@link IllegalStateException} with the reason; a malformed plaintext throws {@link IkeDecodeException}.
     *
     * @param m the next message of the capture
     * @return the decrypted body, or empty for an unencrypted message
     */
    public Optional<Decrypted> offer(IsakmpMessage m) {
        SaState st = sas.computeIfAbsent(m.header().initiatorCookie(), c -> new SaState());
        if (!m.isEncrypted()) {
            learn(st, m.payloads(), m.header().messageId());
            return Optional.empty();
        }
        SecretBytes key = keys.apply(m.header().initiatorCookie())
                .orElseThrow(() -> new IllegalStateException("no key for initiator cookie "
                        + String.format("%016x", m.header().initiatorCookie())));
        if (st.encrAlg == 0 || st.hashAlg == 0) {
            throw new IllegalStateException("no phase-1 SA seen for this cookie");
        }
        IsakmpEncryption enc = new IsakmpEncryption(provider.cipher(OakleyAlgorithms.ikev2EncrId(st.encrAlg),
                st.encrAlg == 7 ? (st.keyBits == 0 ? key.length() * 8 : st.keyBits) : 0));
        if (st.chain == null) {
            if (st.gxi == null || st.gxr == null) {
                throw new IllegalStateException("no KE payloads seen: phase-1 IV unknown");
            }
            HashFunction h = HashFunction.jdk(OakleyAlgorithms.hashName(st.hashAlg));
            byte[] iv = new Ikev1Kdf(null, h).phase1Iv(st.gxi.toByteArray(), st.gxr.toByteArray(), enc.blockSize());
            st.chain = new IsakmpIvChain(h, enc.blockSize(), iv);
        }
        int mid = m.header().messageId();
        Bytes ct = m.encryptedBody().ciphertext();
        byte[] iv;
        if (ct.equals(st.lastCiphertext.get(mid))) {
            // A retransmission (RFC 2408 §5: identical octets): it was encrypted with the IV of the
            // original, and it must not advance the chain (Wireshark gets this wrong).
            iv = st.lastIv.get(mid);
        } else {
            iv = st.chain.ivFor(mid);
            st.chain.update(mid, enc.lastBlock(m));
            st.lastCiphertext.put(mid, ct);
            st.lastIv.put(mid, iv);
        }
        Bytes plain = enc.decrypt(m, key, iv);
        List<IsakmpPayload> payloads = IsakmpCodec.decodePayloadChain(m.header().nextPayload(), plain);
        learn(st, payloads, mid);
        return Optional.of(new Decrypted(plain, payloads));
    }

    private static void learn(SaState st, List<IsakmpPayload> payloads, int messageId) {
        if (messageId != 0) {
            return;
        }
        for (IsakmpPayload p : payloads) {
            if (p instanceof SaPayload sa && !sa.proposals().isEmpty()
                    && !sa.proposals().get(0).transforms().isEmpty()) {
                Transform t = sa.proposals().get(0).transforms().get(0);
                for (DataAttribute a : t.attributes()) {
                    if (!a.hasNumericValue()) {
                        continue;
                    }
                    int v = (int) a.numericValue();
                    switch (a.type()) {
                        case 1 -> st.encrAlg = v; // RFC 2409 App. A: Encryption Algorithm
                        case 2 -> st.hashAlg = v; // Hash Algorithm
                        case 14 -> st.keyBits = v; // Key Length
                        default -> { }
                    }
                }
            } else if (p instanceof KePayload ke) {
                if (st.gxi == null) {
                    st.gxi = ke.keyExchangeData();
                } else if (st.gxr == null) {
                    st.gxr = ke.keyExchangeData();
                }
            }
        }
    }

}
