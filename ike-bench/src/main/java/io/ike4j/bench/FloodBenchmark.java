package io.ike4j.bench;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.config.EncryptionAlgorithm;
import io.ike4j.config.IkeConfiguration;
import io.ike4j.config.IpsecMode;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.TransformSet;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.RandomSource;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.diag.FailureCounters;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.negotiator.Ikev2Engine;
import io.ike4j.negotiator.Ikev2Listener;
import io.ike4j.negotiator.Ikev2Peer;
import io.ike4j.negotiator.Impairments;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.transport.Datagram;
import io.ike4j.transport.DatagramEndpoint;
import io.ike4j.transport.DatagramHandler;
import io.ike4j.transport.Outbound;
import io.ike4j.transport.SimulatedNetwork;
import io.ike4j.transport.VirtualClock;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The hostile-network flood of issue 10, as a program (not a timed test): one ike4j responder with default
 * limits on a simulated network receives 50,000 IKE_SA_INIT requests within 10 s of virtual time, from one
 * address or from 1,000, half of them from attackers that answer our cookies (the other half spoofed: nobody
 * sees the answers), plus key-holding attackers (real engines that complete IKE_SA_INIT, never IKE_AUTH, and
 * fill the reassembly queue with partial fragmented messages), while 100 legitimate initiators connect at
 * random moments. Reports the half-open peak, the heap, the reassembly memory peak, legitimate handshakes
 * completed (must be 100/100) and what the responder sent per attacker datagram (must be at most 1 datagram and
 * 1.0x the octets for the unauthenticated ones).
 *
 * <pre>java -cp ike-bench/target/benchmarks.jar io.ike4j.bench.FloodBenchmark [--requests N] [--legit N]</pre>
 */
public final class FloodBenchmark {
    static final DatagramEndpoint RESPONDER = DatagramEndpoint.of("10.0.0.2", 500);
    static final int IKE_AUTH = 35;
    static final int COOKIE = 16390;

    private final int requests;
    private final int attackerAddresses;
    private final int legitimate;
    private final int keyHolders;
    private final CryptoProvider crypto = CryptoProviders.named("bc");
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final SimulatedNetwork net = new SimulatedNetwork(clock, 1).keepLog(false);
    private final IkeConfiguration config = HandshakeBenchmark.config("aes128-sha256-x25519,aes256-sha384-ecp384",
            new TransformSet("ts", new EncryptionAlgorithm(12, 128), 12, IpsecMode.TUNNEL));
    private final IpsecProfile profile = config.ipsecProfiles().get(0);

    private Ikev2Engine responder;
    private byte[] template;
    private int niOffset;
    private long attackIn;
    private long attackInBytes;
    private long attackOut;
    private long attackOutBytes;
    private long legitUp;
    private long keyHolderFragments;
    private long heapPeak;
    private long reassemblyPeak;

    FloodBenchmark(int requests, int attackerAddresses, int legitimate, int keyHolders) {
        this.requests = requests;
        this.attackerAddresses = attackerAddresses;
        this.legitimate = legitimate;
        this.keyHolders = keyHolders;
    }

    public static void main(String[] args) {
        int requests = 50_000;
        int legit = 100;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--legit" -> legit = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %9s %9s %11s %11s %13s %9s %10s %10s%n", "scenario", "half-open", "refused",
                "heap peak", "retained", "reassembly", "legit up", "dgrams/in", "octets/in");
        boolean ok = true;
        for (int addresses : new int[] {1, 1_000}) {
            ok &= new FloodBenchmark(requests, addresses, legit, 100).run();
        }
        System.exit(ok ? 0 : 1);
    }

    boolean run() {
        long heapBefore = retainedHeap();
        responder = Ikev2Engine.builder().configuration(config).crypto(crypto).random(RandomSource.deterministic(2))
                .startTime(clock.instant()).outbound(new Outbound() {
                    @Override
                    public void send(Datagram d) {
                        int net = d.remote().address().getAddress()[1] & 0xff;
                        if (net / 100 == 1 && net % 100 < 4 || net / 100 == 2 && net % 100 < 4) { // 10.100-103, 10.200-203
                            attackOut++;
                            attackOutBytes += d.payload().length();
                        }
                        responderOut.send(d);
                    }
                }).dropLogRate(0).build();
        responderOut = net.attach(RESPONDER, responder);
        template = template();
        attachCookieAnswerers();
        List<Ikev2Engine> legit = legitimateInitiators();
        List<Ikev2Engine> holders = keyHoldingAttackers();
        Random rnd = new Random(7);
        long[] legitAt = new long[legitimate];
        for (int i = 0; i < legitimate; i++) {
            legitAt[i] = rnd.nextInt(10_000);
        }
        java.util.Arrays.sort(legitAt);
        int nextLegit = 0;
        long retainedAtPeak = 0;
        for (int k = 0; k < requests; k++) {
            long atMs = (long) k * 10_000 / requests;
            while (nextLegit < legitimate && legitAt[nextLegit] <= atMs) {
                Ikev2Engine e = legit.get(nextLegit);
                e.initiate(profile, new Ikev2Peer(legitAddress(nextLegit), RESPONDER));
                nextLegit++;
            }
            if (k == requests / 10) {
                for (int h = 0; h < holders.size(); h++) {
                    for (int n = 0; n < 5; n++) {
                        holders.get(h).initiate(profile, new Ikev2Peer(holderAddress(h), RESPONDER));
                    }
                }
            }
            byte[] d = request(k);
            attackIn++;
            attackInBytes += d.length;
            net.sendRaw(attackerAddress(k), RESPONDER, Bytes.wrap(d));
            if (k % 250 == 249) {
                advanceTo(Duration.ofMillis(atMs));
                sample();
            }
            if (k == requests * 9 / 10) {
                retainedAtPeak = retainedHeap() - heapBefore;
            }
        }
        while (nextLegit < legitimate) {
            legit.get(nextLegit).initiate(profile, new Ikev2Peer(legitAddress(nextLegit), RESPONDER));
            nextLegit++;
        }
        for (int s = 0; s < 200 && legitUp < legitimate; s++) {
            net.advance(Duration.ofSeconds(1));
            sample();
        }
        FailureCounters c = responder.counters();
        long refused = c.get(Packet.REFUSED_PER_ADDRESS) + c.get(Packet.REFUSED_HALF_OPEN_LIMIT);
        String name = String.format(Locale.ROOT, "%,d from %,d address%s", requests, attackerAddresses,
                attackerAddresses == 1 ? "" : "es");
        double perDatagram = (double) attackOut / attackIn;
        double perOctet = (double) attackOutBytes / attackInBytes;
        System.out.printf(Locale.ROOT, "%-28s %9d %9d %9.1f MiB %7.1f MiB %9d oct %6d/%d %10.3f %10.3f%n", name,
                responder.resources().halfOpenPeak(), refused, heapPeak / 1048576.0, retainedAtPeak / 1048576.0, reassemblyPeak, legitUp,
                legitimate, perDatagram, perOctet);
        System.out.printf(Locale.ROOT, "    cookies sent %d, rejected %d, fragments dropped %d of %d sent by %d key holders,"
                        + " ICV drops %d%n", c.get(Packet.COOKIE_SENT), c.get(Packet.COOKIE_REJECTED),
                c.get(Packet.DROPPED_FRAGMENT), keyHolderFragments, holders.size() * 5, c.get(Packet.DROPPED_ICV));
        return legitUp == legitimate && perDatagram <= 1.0 && perOctet <= 1.0;
    }

    private Outbound responderOut;

    private void advanceTo(Duration sinceStart) {
        Instant target = Instant.parse("2026-12-01T00:00:00Z").plus(sinceStart);
        Duration step = Duration.between(clock.instant(), target);
        net.advance(step.isNegative() ? Duration.ZERO : step);
    }

    private void sample() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        heapPeak = Math.max(heapPeak, used);
        reassemblyPeak = Math.max(reassemblyPeak, responder.resources().reassemblyPeak());
    }


    /** Heap left after a full collection: what the engines really hold (plus this program's small state). */
    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var h = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return h.getUsed();
    }

    // ---- the attackers ----------------------------------------------------------------------------------------

    /** A realistic IKE_SA_INIT request (two proposals, KE, Ni, NATD, fragmentation, hash algorithms). */
    private byte[] template() {
        List<byte[]> out = new ArrayList<>();
        Ikev2Engine e = Ikev2Engine.builder().configuration(config).crypto(crypto).random(RandomSource.deterministic(9))
                .startTime(clock.instant()).outbound(d -> out.add(d.payload().toByteArray())).build();
        e.initiate(profile, new Ikev2Peer(DatagramEndpoint.of("10.100.0.1", 500), RESPONDER));
        byte[] t = out.get(0);
        Bytes ni = Ikev2Codec.decode(t).payloads().stream().filter(p -> p instanceof Ikev2NoncePayload)
                .map(p -> ((Ikev2NoncePayload) p).nonce()).findFirst().orElseThrow();
        niOffset = indexOf(t, ni.toByteArray());
        return t;
    }

    /** Request k: its own SPIi and Ni (both carry k), so every one is a new negotiation to the responder. */
    private byte[] request(int k) {
        byte[] d = template.clone();
        for (int i = 0; i < 4; i++) {
            d[i] = (byte) (k >>> (24 - 8 * i));
            d[niOffset + i] = (byte) (k >>> (24 - 8 * i));
        }
        d[4] = (byte) 0xA7;
        return d;
    }

    /** Even k come from cookie-answering attackers (10.100-103.x.y), odd k are spoofed (10.200-203.x.y). */
    private DatagramEndpoint attackerAddress(int k) {
        int a = attackerAddresses == 1 ? 0 : (k / 2) % attackerAddresses;
        int base = k % 2 == 0 ? 100 : 200;
        return DatagramEndpoint.of("10." + (base + a / 250) + "." + (a % 250) + ".1", 500);
    }

    /** Attackers at the cookie-answering addresses repeat their request behind our cookie, once. */
    private void attachCookieAnswerers() {
        int n = attackerAddresses;
        for (int a = 0; a < n; a++) {
            DatagramEndpoint at = DatagramEndpoint.of("10." + (100 + a / 250) + "." + (a % 250) + ".1", 500);
            Outbound[] out = new Outbound[1];
            out[0] = net.attach(at, new DatagramHandler() {
                @Override
                public void onDatagram(Datagram d) {
                    Ikev2Message m = Ikev2Codec.decode(d.payload());
                    List<Ikev2Payload> p = m.payloads();
                    if (p.isEmpty() || !(p.get(0) instanceof Ikev2NotifyPayload c) || c.notifyType() != COOKIE) {
                        return;
                    }
                    byte[] spi = m.header().initiatorSpi().toByteArray();
                    int k = ((spi[0] & 0xff) << 24) | ((spi[1] & 0xff) << 16) | ((spi[2] & 0xff) << 8) | (spi[3] & 0xff);
                    Ikev2Message req = Ikev2Codec.decode(request(k));
                    List<Ikev2Payload> again = new ArrayList<>();
                    again.add(c);
                    again.addAll(req.payloads());
                    byte[] wire = Ikev2Codec.encode(new Ikev2Message(req.header(), again));
                    attackIn++;
                    attackInBytes += wire.length;
                    out[0].send(new Datagram(Bytes.wrap(wire), d.local(), d.remote()));
                }

                @Override
                public void onTick(Instant now) {
                }
            });
        }
    }

    private static DatagramEndpoint legitAddress(int i) {
        return DatagramEndpoint.of("10.50." + (i / 250) + "." + (i % 250 + 1), 500);
    }

    private static DatagramEndpoint holderAddress(int i) {
        return DatagramEndpoint.of("10.150." + (i / 250) + "." + (i % 250 + 1), 500);
    }

    private List<Ikev2Engine> legitimateInitiators() {
        List<Ikev2Engine> out = new ArrayList<>();
        for (int i = 0; i < legitimate; i++) {
            Outbound[] o = new Outbound[1];
            Ikev2Engine e = Ikev2Engine.builder().configuration(config).crypto(crypto)
                    .random(RandomSource.deterministic(1000 + i)).startTime(clock.instant()).outbound(d -> o[0].send(d))
                    .listener(new Ikev2Listener() {
                        @Override
                        public void childSaEstablished(IkeSaInfo sa, ChildSa child) {
                            legitUp++;
                        }
                    }).build();
            o[0] = net.attach(legitAddress(i), e);
            out.add(e);
        }
        return out;
    }

    /**
     * Attackers that complete IKE_SA_INIT (so they hold SK_a / SK_e), never send IKE_AUTH, and instead fill the
     * reassembly queue: nine verified 1,000-octet fragments of a ten-fragment IKE_AUTH per SA.
     */
    private List<Ikev2Engine> keyHoldingAttackers() {
        List<Ikev2Engine> out = new ArrayList<>();
        for (int i = 0; i < keyHolders; i++) {
            DatagramEndpoint at = holderAddress(i);
            Outbound[] o = new Outbound[1];
            Impairments noAuth = new Impairments() {
                @Override
                public List<Datagram> outgoing(int saId, Datagram d) {
                    return d.payload().get(18) == IKE_AUTH ? List.of() : List.of(d);
                }
            };
            Ikev2Engine e = Ikev2Engine.builder().configuration(config).crypto(crypto)
                    .random(RandomSource.deterministic(5000 + i)).startTime(clock.instant()).outbound(d -> o[0].send(d))
                    .impairments(noAuth).exportKeys(true).listener(new Ikev2Listener() {
                        @Override
                        public void ikeSaKeys(IkeSaInfo sa, Ikev2SaKeys keys) {
                            fragmentFlood(at, sa, keys);
                        }
                    }).build();
            o[0] = net.attach(at, e);
            out.add(e);
        }
        return out;
    }

    private void fragmentFlood(DatagramEndpoint from, IkeSaInfo sa, Ikev2SaKeys keys) {
        Ikev2SkProtector p = Ikev2SkProtector.forTransforms(crypto, sa.encrId(), sa.encrKeyBits(), sa.integId(), 0);
        Ikev2Header h = new Ikev2Header(sa.spiI(), sa.spiR(), IKE_AUTH, Ikev2Header.FLAG_INITIATOR, 1);
        Ikev2SkKeys sk = Ikev2SkKeys.of(keys);
        for (int n = 1; n <= 9; n++) {
            byte[] f = p.protectFragment(h, n == 1 ? 35 : 0, n, 10, new byte[1000], sk, new byte[p.ivLength()], 0);
            net.sendRaw(from, RESPONDER, Bytes.wrap(f));
            keyHolderFragments++;
        }
    }

    // ---- reading the responder --------------------------------------------------------------------------------

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("nonce not found in the template");
    }
}
