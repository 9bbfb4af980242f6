package io.ike4j.negotiator;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2NotifyPayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.iana.Ikev2NotifyType;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.diag.FailureCounters.Packet;
import io.ike4j.transport.Datagram;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * Admission of a new IKE_SA_INIT request (RFC 7296 §2.6), before any state is created:
 * <ol>
 * <li>Above {@code cookieThreshold} half-open SAs, the request must carry a valid N(COOKIE) as its first
 *     payload, else it is answered statelessly with a fresh one. Cookie = version | SHA-256(Ni | IPi | SPIi |
 *     secret): one octet naming the secret, so the responder can rotate it and still accept the previous
 *     one for a short grace period ({@link CookieSecrets}).</li>
 * <li>At most {@code halfOpenPerAddress} half-open SAs per source address (strongSwan's
 *     {@code block_threshold}) and {@code halfOpenLimit} in all; beyond them the request is dropped
 *     silently and counted.</li>
 * </ol>
 * Every answer sent here is smaller than the request it answers (no amplification, §2.21.4).
 */
final class Cookies {
    private static final int COOKIE = Ikev2NotifyType.COOKIE.number();

    private Cookies() {
    }

    /** What admission decided. {@code returnRoutable}: the request carried our valid cookie. */
    record Admission(boolean admitted, boolean returnRoutable) {
        static final Admission REFUSED = new Admission(false, false);
    }

    static Admission admit(EngineCore core, Datagram d, Ikev2Message m, Ikev2NoncePayload ni) {
        int puzzle = puzzleOf(core, d, m, ni); // -1: none given; else the difficulty the valid cookie says was asked
        boolean valid = puzzle >= 0 || carriesValidCookie(core, d, m, ni);
        if (puzzle >= 0 && !solved(core, m, puzzle)) {
            valid = false; // RFC 8019 §7.1.4: the cookie came back without the work; a legacy client at best
        }
        if (!valid && core.cookieThreshold >= 0 && core.halfOpen.total() >= core.cookieThreshold) {
            ask(core, d, m, ni);
            return Admission.REFUSED;
        }
        if (core.halfOpen.from(d.remote().address()) >= core.halfOpenPerAddress) {
            refuse(core, d, Packet.REFUSED_PER_ADDRESS, "half-open SAs from " + d.remote().address().getHostAddress()
                    + " at the per-address limit of " + core.halfOpenPerAddress);
            return Admission.REFUSED;
        }
        if (core.halfOpen.total() >= core.halfOpenLimit) {
            refuse(core, d, Packet.REFUSED_HALF_OPEN_LIMIT, "half-open SAs at the limit of " + core.halfOpenLimit);
            return Admission.REFUSED;
        }
        return new Admission(true, valid);
    }

    /**
     * Answers with N(COOKIE) and keeps nothing; the answer is never larger than the request. With puzzles on
     * (RFC 8019 §7.1.1) and a PRF to set one with, N(PUZZLE) goes with a cookie that records its difficulty.
     */
    static void ask(EngineCore core, Datagram d, Ikev2Message m, Ikev2NoncePayload ni) {
        int prf = core.puzzleDifficulty >= 0 ? Puzzles.prfFor(core, m.payloads()) : 0;
        CookieSecrets.Secret secret = core.cookieSecrets.current(core.now);
        List<Ikev2Payload> answer = prf == 0
                ? List.of(Ikev2NotifyPayload.of(COOKIE, Bytes.wrap(compute(core, secret, ni, d, m.header().initiatorSpi()))))
                : List.of(Ikev2NotifyPayload.of(COOKIE, Bytes.wrap(puzzleCookie(core, secret, ni, d, m.header().initiatorSpi(),
                        core.puzzleDifficulty, prf))), Puzzles.notify(prf, core.puzzleDifficulty));
        Ikev2Header h = new Ikev2Header(m.header().initiatorSpi(), Ikev2Sa.ZERO_SPI, m.header().exchangeType(),
                Ikev2Header.FLAG_RESPONSE, 0);
        byte[] octets = Ikev2Codec.encode(new Ikev2Message(h, answer));
        if (octets.length > d.payload().length()) {
            refuse(core, d, Packet.DROPPED_AMPLIFICATION, "COOKIE answer of " + octets.length
                    + " octets would exceed the " + d.payload().length() + "-octet request");
            return;
        }
        core.outbound.send(Datagram.of(octets, d.local(), d.remote()));
        core.counters.count(prf == 0 ? Packet.COOKIE_SENT : Packet.PUZZLE_SENT);
        core.counters.count(Packet.OUTBOUND_OK);
    }

    private static boolean carriesValidCookie(EngineCore core, Datagram d, Ikev2Message m, Ikev2NoncePayload ni) {
        List<Ikev2Payload> p = m.payloads();
        if (p.isEmpty() || !(p.get(0) instanceof Ikev2NotifyPayload n) || n.notifyType() != COOKIE) {
            return false;
        }
        Bytes got = n.data();
        if (got.length() != 1 + 32) {
            core.counters.count(Packet.COOKIE_REJECTED);
            return false;
        }
        CookieSecrets.Secret s = core.cookieSecrets.forVersion(got.get(0), core.now);
        if (s == null || !MessageDigest.isEqual(compute(core, s, ni, d, m.header().initiatorSpi()), got.toByteArray())) {
            core.counters.count(Packet.COOKIE_REJECTED); // §2.6: ignore it, process as if none was included
            return false;
        }
        return true;
    }

    /**
     * RFC 8019 §7.1.1.3: a puzzle cookie records, integrity-protected, that a puzzle was given, its difficulty and
     * PRF: version | 'P' | ZBC | PRF (2) | SHA-256(Ni | 'P' | ZBC | PRF | IPi | SPIi | secret) — 37 octets (≤ 64, §2.6).
     */
    private static byte[] puzzleCookie(EngineCore core, CookieSecrets.Secret s, Ikev2NoncePayload ni, Datagram d, Bytes spiI,
                                       int difficulty, int prf) {
        byte[] info = {'P', (byte) difficulty, (byte) (prf >> 8), (byte) prf};
        byte[] n = ni.nonce().toByteArray();
        byte[] bound = Arrays.copyOf(n, n.length + info.length);
        System.arraycopy(info, 0, bound, n.length, info.length);
        byte[] c = Ikev2Kdf.cookie(s.version(), s.secret(), bound, d.remote().address().getAddress(), spiI.toByteArray());
        byte[] out = new byte[1 + info.length + 32];
        out[0] = c[3];
        System.arraycopy(info, 0, out, 1, info.length);
        System.arraycopy(c, 4, out, 1 + info.length, 32);
        return out;
    }

    /** The difficulty our valid puzzle cookie in {@code m} says was asked, or -1 (no puzzle cookie, or not ours). */
    private static int puzzleOf(EngineCore core, Datagram d, Ikev2Message m, Ikev2NoncePayload ni) {
        List<Ikev2Payload> p = m.payloads();
        if (core.puzzleDifficulty < 0 || p.isEmpty() || !(p.get(0) instanceof Ikev2NotifyPayload n) || n.notifyType() != COOKIE
                || n.data().length() != 37 || n.data().get(1) != 'P') {
            return -1;
        }
        Bytes got = n.data();
        CookieSecrets.Secret s = core.cookieSecrets.forVersion(got.get(0), core.now);
        int difficulty = got.get(2);
        int prf = (got.get(3) << 8) | got.get(4);
        if (s == null || !MessageDigest.isEqual(puzzleCookie(core, s, ni, d, m.header().initiatorSpi(), difficulty, prf),
                got.toByteArray())) {
            core.counters.count(Packet.COOKIE_REJECTED);
            return -1;
        }
        return difficulty;
    }

    /** §7.1.4-7.1.5: a good solution is admitted; none or a weak one only as a legacy client, by lottery. */
    private static boolean solved(EngineCore core, Ikev2Message m, int difficulty) {
        Ikev2NotifyPayload n = (Ikev2NotifyPayload) m.payloads().get(0);
        int prf = (n.data().get(3) << 8) | n.data().get(4);
        if (Puzzles.solves(core.crypto.prf(prf), n.data().toByteArray(), Puzzles.solution(m.payloads()), difficulty)) {
            core.counters.count(Packet.PUZZLE_SOLVED);
            return true;
        }
        core.counters.count(Packet.PUZZLE_UNSOLVED);
        return core.puzzleLegacyPercent > 0 && (core.random.nextBytes(1)[0] & 0xFF) * 100 < core.puzzleLegacyPercent * 256;
    }

    /** version | SHA-256(Ni | IPi | SPIi | secret): the last 33 octets of {@link Ikev2Kdf#cookie}'s 4-octet-version form. */
    private static byte[] compute(EngineCore core, CookieSecrets.Secret s, Ikev2NoncePayload ni, Datagram d, Bytes spiI) {
        byte[] c = Ikev2Kdf.cookie(s.version(), s.secret(), ni.nonce().toByteArray(), d.remote().address().getAddress(),
                spiI.toByteArray());
        return Arrays.copyOfRange(c, 3, c.length);
    }

    private static void refuse(EngineCore core, Datagram d, Packet counter, String why) {
        core.counters.count(counter);
        core.dropLog.line(DropLog.Kind.ADMISSION, null, core.now, "IKEv2:Dropping IKE_SA_INIT from " + d.remote() + ": " + why);
    }
}
