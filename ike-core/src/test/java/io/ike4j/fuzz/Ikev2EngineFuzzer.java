package io.ike4j.fuzz;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.config.AuthMethod;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IkePolicy;
import io.ike4j.config.IkeProfile;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.Keyring;
import io.ike4j.config.KeyringPeer;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.jca.JcaProvider;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.KeyEngine;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.v2.Ikev2State;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Jazzer target: the IKEv2 engine's receive path. Per input a fresh responder (deterministic random source, so it
 * picks the same SPIs, nonce and keys every time) answers one recorded valid IKE_SA_INIT (optionally also the
 * recorded IKE_AUTH: the SA is then READY), then receives datagrams built from the input: raw octets; octets behind
 * the SA's header (its SPIs: the SA lookup, message-ID and ICV checks, RFC 7296 §2.1-2.3, §3.14); properly
 * protected SK messages (the inner decoder and the exchange handlers) and SKF fragments (RFC 7383 §2.6) made with
 * the keys the responder exported; clock jumps. Oracles: {@code receive} throws nothing, the engine counts no
 * INTERNAL_ERROR (its safety net for bugs), and afterwards a further valid IKE_SA_INIT from another peer is answered.
 *
 * <p>Input: u8 flags (bit 0: complete IKE_AUTH first), then up to 8 steps of u8 kind and its fields (see
 * {@link #step}).
 */
public final class Ikev2EngineFuzzer {
    static final CryptoProvider CRYPTO = new JcaProvider();
    static final DatagramEndpoint R_ADDR = DatagramEndpoint.of("10.0.0.2", 500);
    static final DatagramEndpoint I_ADDR = DatagramEndpoint.of("10.0.0.1", 500);
    static final DatagramEndpoint ATTACKER = DatagramEndpoint.of("10.0.0.3", 4500);
    static final DatagramEndpoint PROBE = DatagramEndpoint.of("10.0.0.9", 500);
    static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");
    static final long R_SEED = 0x1ce4L;
    static final int MAX_STEPS = 8;

    private static IkeConfiguration config;
    private static IpsecProfile profile;
    /** The initiator's recorded IKE_SA_INIT and IKE_AUTH requests to a responder seeded {@link #R_SEED}. */
    private static byte[] initRequest;
    private static byte[] authRequest;
    /** Another initiator's IKE_SA_INIT, from {@link #PROBE}: the engine must still answer it. */
    private static byte[] probeRequest;
    private static byte[] iv;

    private Ikev2EngineFuzzer() {
    }

    /** The responder under test and what it sent and exported. */
    static final class Responder implements Ikev2Listener, KeyEngine {
        final List<Datagram> sent = new ArrayList<>();
        /** The first SA's protection keys, copied when exported (the engine wipes its own when the SA goes). */
        Ikev2SkKeys keys;
        final Ikev2Engine engine;
        Instant now = T0;

        Responder() {
            engine = base(R_SEED, sent::add, this).build();
        }

        @Override
        public void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys k) {
            if (keys == null) {
                keys = Ikev2SkKeys.of(k.skEi().copy(), k.skAi().copy(), k.skEr().copy(), k.skAr().copy());
            }
        }

        @Override
        public void install(ChildSa child, Completion completion) {
            completion.installed();
        }

        void receive(byte[] octets, DatagramEndpoint from) {
            engine.receive(Datagram.of(octets, R_ADDR, from));
        }
    }

    static Ikev2Engine.Builder base(long seed, io.ike4j.transport.Outbound out, Object listener) {
        Ikev2Engine.Builder b = Ikev2Engine.builder().configuration(config).crypto(CRYPTO)
                .random(RandomSource.deterministic(seed)).outbound(out).startTime(T0).exportKeys(true);
        if (listener instanceof Ikev2Listener l) {
            b.listener(l);
        }
        if (listener instanceof KeyEngine k) {
            b.keyEngine(k);
        }
        return b;
    }

    static IkeConfiguration config() {
        IkePolicy.Builder pol = IkePolicy.builder("pol");
        StrongSwanProposals.parseIke("aes128-sha256-x25519").forEach(pol::proposal);
        Keyring keyring = Keyring.builder("kr").peer(KeyringPeer.builder("peer").address("10.0.0.0/8")
                .localKey("fuzz-psk").remoteKey("fuzz-psk").build()).build();
        IkeProfile prof = IkeProfile.builder("prof").authenticationLocal(AuthMethod.PRE_SHARE)
                .authenticationRemote(AuthMethod.PRE_SHARE).keyring(keyring).matchRemoteAddress("0.0.0.0").build();
        profile = IpsecProfile.builder("ipsec").transformSet(TransformSet.parseIos("ts", "esp-aes 128 esp-sha256-hmac"))
                .ikeProfile(prof).build();
        return IkeConfiguration.builder().policy(pol.build()).profile(prof).ipsecProfile(profile).build();
    }

    /** Records a full handshake against a responder seeded {@link #R_SEED}, and the probe's first message. */
    public static synchronized void fuzzerInitialize() {
        if (initRequest != null) {
            return;
        }
        config = config();
        Deque<Datagram> toR = new ArrayDeque<>();
        Deque<Datagram> toI = new ArrayDeque<>();
        List<byte[]> fromI = new ArrayList<>();
        Responder r = new Responder();
        KeyEngine ke = (c, done) -> done.installed();
        Ikev2Engine i = base(77, d -> {
            fromI.add(d.payload().toByteArray());
            toR.add(d);
        }, ke).build();
        i.initiate(profile, new Ikev2Peer(I_ADDR, R_ADDR));
        while (!toR.isEmpty() || !r.sent.isEmpty()) {
            while (!toR.isEmpty()) {
                Datagram d = toR.poll();
                r.engine.receive(new Datagram(d.payload(), R_ADDR, I_ADDR));
            }
            toI.addAll(r.sent);
            r.sent.clear();
            while (!toI.isEmpty()) {
                Datagram d = toI.poll();
                i.receive(new Datagram(d.payload(), I_ADDR, R_ADDR));
            }
        }
        if (fromI.size() != 2 || r.engine.sas().size() != 1 || r.engine.sas().get(0).state() != Ikev2State.READY) {
            throw new IllegalStateException("recording the handshake failed: " + fromI.size() + " messages, "
                    + r.engine.sas());
        }
        initRequest = fromI.get(0);
        authRequest = fromI.get(1);
        List<byte[]> fromP = new ArrayList<>();
        Ikev2Engine p = base(78, d -> fromP.add(d.payload().toByteArray()), ke).build();
        p.initiate(profile, new Ikev2Peer(PROBE, R_ADDR));
        probeRequest = fromP.get(0);
        iv = new byte[16];
        Arrays.fill(iv, (byte) 0x5a);
    }

    public static void fuzzerTestOneInput(byte[] data) {
        fuzzerInitialize();
        FuzzInput in = new FuzzInput(data);
        Responder r = new Responder();
        r.receive(initRequest, I_ADDR);
        if ((in.u8() & 1) != 0) {
            r.receive(authRequest, I_ADDR);
        }
        IkeSaInfo sa = r.engine.sas().get(0);
        if (r.keys == null) {
            throw new IllegalStateException("the responder exported no keys");
        }
        for (int n = 0; n < MAX_STEPS && !in.exhausted(); n++) {
            step(r, sa, in);
            check(r, "step " + n);
        }
        // The engine stays usable: a further valid IKE_SA_INIT (another peer) gets an answer.
        int before = r.sent.size();
        r.receive(probeRequest, PROBE);
        check(r, "probe");
        if (r.sent.subList(before, r.sent.size()).stream().noneMatch(d -> d.remote().equals(PROBE))) {
            throw new IllegalStateException("no answer to a valid IKE_SA_INIT after the input; sent " + r.sent.size()
                    + ", counters " + r.engine.counters());
        }
    }

    private static void check(Responder r, String where) {
        long internal = r.engine.counters().get(Packet.INTERNAL_ERROR);
        if (internal != 0) {
            throw new IllegalStateException("INTERNAL_ERROR counted at " + where + " (see the engine's error log)");
        }
    }

    /**
     * One step: u8 kind mod 5 =
     * 0 raw: u8 source (bit 0: the SA's peer, else another address), chunk octets;
     * 1 behind the SA's SPIs: u8 next payload, u8 exchange, u8 flags, u32 message ID, chunk body (length set right);
     * 2 SK: u8 exchange, u8 flags (I/R bits), u8 message ID, u8 first inner payload, chunk inner chain (decoded and
     *   re-encoded with the SA's keys; an undecodable chain goes as a single SKF fragment instead);
     * 3 SKF: u8 exchange, u8 flags, u8 message ID, u8 first inner payload, u8 number, u8 total, chunk fragment;
     * 4 clock: u16 seconds forward.
     */
    static void step(Responder r, IkeSaInfo sa, FuzzInput in) {
        int kind = in.u8() % 5;
        switch (kind) {
            case 0 -> {
                boolean peer = (in.u8() & 1) != 0;
                r.receive(in.chunk(), peer ? I_ADDR : ATTACKER);
            }
            case 1 -> {
                int next = in.u8();
                int exchange = in.u8();
                int flags = in.u8();
                long mid = in.u32();
                byte[] body = in.chunk();
                ByteBuffer b = ByteBuffer.allocate(Ikev2Header.LENGTH + body.length);
                b.put(sa.spiI().toByteArray()).put(sa.spiR().toByteArray()).put((byte) next).put((byte) 0x20)
                        .put((byte) exchange).put((byte) flags).putInt((int) mid).putInt(b.capacity()).put(body);
                r.receive(b.array(), I_ADDR);
            }
            case 2, 3 -> {
                Ikev2Header h = new Ikev2Header(sa.spiI(), sa.spiR(), in.u8(), flags(in.u8()), in.u8());
                int first = in.u8();
                int number = kind == 3 ? in.u8() : 1;
                int total = kind == 3 ? in.u8() : 1;
                byte[] chain = in.chunk();
                Ikev2SkProtector p = Ikev2SkProtector.forTransforms(CRYPTO, sa.encrId(), sa.encrKeyBits(), sa.integId(), 0);
                Ikev2SkKeys keys = r.keys;
                byte[] ivn = Arrays.copyOf(iv, p.ivLength());
                List<Ikev2Payload> inner = null;
                if (kind == 2) {
                    try {
                        inner = Ikev2Codec.decodePayloadChain(first, Bytes.wrap(chain));
                    } catch (IkeDecodeException e) {
                        inner = null;
                    }
                }
                byte[] msg = inner != null ? p.protect(h, List.of(), inner, keys, ivn, 0)
                        : p.protectFragment(h, number == 1 ? first : 0, number, total, chain, keys, ivn, 0);
                r.receive(msg, I_ADDR);
            }
            default -> {
                r.now = r.now.plus(Duration.ofSeconds(in.u16()));
                r.engine.advanceTime(r.now);
            }
        }
    }

    /** The I bit always (a message of the original initiator, whose keys we hold); the R bit from the input. */
    private static int flags(int b) {
        return Ikev2Header.FLAG_INITIATOR | (b & Ikev2Header.FLAG_RESPONSE);
    }
}
