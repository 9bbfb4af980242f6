package io.ike4j.vectors.crypto.decrypt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpDecryptor;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.kdf.HashFunction;
import io.ike4j.crypto.kdf.Ikev1Kdf;
import io.ike4j.vectors.Resources;
import io.ike4j.vectors.crypto.kdf.KdfSuiteSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The keyed hashes of the strongSwan IKEv1 captures (Main Mode and Aggressive Mode, PSK, SHA-1): HASH_I and
 * HASH_R (RFC 2409 §5) recomputed from SKEYID, g^xi/g^xr, the cookies, SAi_b and the ID bodies equal the
 * HASH payloads sent; Quick Mode HASH(1), HASH(2), HASH(3) (§5.5) recomputed with SKEYID_a equal theirs; the
 * Quick Mode KEYMAT (no PFS) from SKEYID_d equals the ESP keys of keys.json. Payload bodies are taken from the
 * raw octets (plaintext after decryption), not re-encoded.
 */
class Ikev1HashSuite {
    record Raw(int type, byte[] body) {
    }

    /** The payloads of {@code buf[off..)} as raw (type, body) pairs, following Next Payload/length fields. */
    static List<Raw> walk(byte[] buf, int off, int first) {
        List<Raw> out = new ArrayList<>();
        int type = first;
        while (type != 0 && off + 4 <= buf.length) {
            int len = ((buf[off + 2] & 0xff) << 8) | (buf[off + 3] & 0xff);
            if (len < 4 || off + len > buf.length) {
                break;
            }
            out.add(new Raw(type, Arrays.copyOfRange(buf, off + 4, off + len)));
            type = buf[off] & 0xff;
            off += len;
        }
        return out;
    }

    /** The octets of every payload after the first (HASH) one, up to the last payload (no padding). */
    static byte[] afterHash(byte[] plain, int first) {
        int hashLen = ((plain[2] & 0xff) << 8) | (plain[3] & 0xff);
        int end = 0;
        for (Raw r : walk(plain, 0, first)) {
            end += r.body().length + 4;
        }
        return Arrays.copyOfRange(plain, hashLen, end);
    }

    static byte[] of(List<Raw> ps, int type, int index) {
        int n = 0;
        for (Raw r : ps) {
            if (r.type() == type && n++ == index) {
                return r.body();
            }
        }
        return null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void hashesAndKeymatOfTheStrongSwanCaptures() throws Exception {
        HexFormat hex = HexFormat.of();
        List<CryptoProvider> providers = KdfSuiteSupport.providers();
        for (CryptoProvider provider : providers) {
            Counts c = new Counts();
            for (String s : List.of("v1-main-psk", "v1-aggr-psk")) {
                Map<String, Object> k = PeersIkev2DecryptSuite.keys(s);
                Map<String, Object> sa = (Map<String, Object>) ((List<Object>) k.get("ike_sas")).get(0);
                Ikev1Kdf kdf = new Ikev1Kdf(provider.hmacPrf("SHA-1"), HashFunction.jdk("SHA-1"));
                SecretBytes skeyid = SecretBytes.copyOf(PeersIkev2DecryptSuite.hex(sa, "skeyid"));
                SecretBytes skeyidA = SecretBytes.copyOf(PeersIkev2DecryptSuite.hex(sa, "skeyid_a"));
                SecretBytes skeyidD = SecretBytes.copyOf(PeersIkev2DecryptSuite.hex(sa, "skeyid_d"));
                byte[] ckyI = PeersIkev2DecryptSuite.hex(sa, "icookie");
                byte[] ckyR = PeersIkev2DecryptSuite.hex(sa, "rcookie");
                IsakmpDecryptor dec = Ikev1DecryptSuite.decryptor(provider,
                        Resources.vector("peers-captures/" + s + "/wireshark/ikev1_decryption_table"));
                List<List<Raw>> phase1 = new ArrayList<>();
                List<byte[]> qmPlain = new ArrayList<>();
                List<Integer> qmFirst = new ArrayList<>();
                int qmId = 0;
                for (CapturedDatagram d : CaptureReader.read(Resources.vector("peers-captures/" + s + "/" + s + ".pcap"))) {
                    if (!Ikev1DecryptSuite.isIkev1(d)) {
                        continue;
                    }
                    byte[] ike = d.ike().toByteArray();
                    IsakmpMessage m = IsakmpCodec.decode(ike);
                    var r = dec.offer(m);
                    byte[] plain = r.isPresent() ? r.get().plaintext().toByteArray() : Arrays.copyOfRange(ike, 28, ike.length);
                    if (m.header().messageId() == 0) {
                        phase1.add(walk(plain, 0, m.header().nextPayload()));
                    } else if (m.header().exchangeType() == 32 && (qmId == 0 || qmId == m.header().messageId())) {
                        qmId = m.header().messageId();
                        qmPlain.add(plain);
                        qmFirst.add(m.header().nextPayload());
                    }
                }
                List<Raw> all = new ArrayList<>();
                phase1.forEach(all::addAll);
                byte[] saI = of(all, 1, 0);
                byte[] gxi = of(all, 4, 0);
                byte[] gxr = of(all, 4, 1);
                byte[] idI = of(all, 5, 0);
                byte[] idR = of(all, 5, 1);
                byte[] hashR = null;
                byte[] hashI = null;
                for (List<Raw> msg : phase1) {
                    byte[] h = of(msg, 8, 0);
                    if (h != null) {
                        if (of(msg, 5, 0) != null && Arrays.equals(of(msg, 5, 0), idR)) {
                            hashR = h;
                        } else {
                            hashI = h;
                        }
                    }
                }
                check(c, s + " HASH_I", hashI, kdf.hashI(skeyid, gxi, gxr, ckyI, ckyR, saI, idI));
                check(c, s + " HASH_R", hashR, kdf.hashR(skeyid, gxi, gxr, ckyI, ckyR, saI, idR));
                List<Raw> qm1 = walk(qmPlain.get(0), 0, qmFirst.get(0));
                List<Raw> qm2 = walk(qmPlain.get(1), 0, qmFirst.get(1));
                List<Raw> qm3 = walk(qmPlain.get(2), 0, qmFirst.get(2));
                byte[] ni = of(qm1, 10, 0);
                byte[] nr = of(qm2, 10, 0);
                check(c, s + " QM HASH(1)", of(qm1, 8, 0), kdf.quickModeHash1(skeyidA, qmId, afterHash(qmPlain.get(0), qmFirst.get(0))));
                check(c, s + " QM HASH(2)", of(qm2, 8, 0), kdf.quickModeHash2(skeyidA, qmId, ni, afterHash(qmPlain.get(1), qmFirst.get(1))));
                check(c, s + " QM HASH(3)", of(qm3, 8, 0), kdf.quickModeHash3(skeyidA, qmId, ni, nr));
                Map<String, Object> child = (Map<String, Object>) ((List<Object>) k.get("child_sa_key_derivations")).get(0);
                byte[] seed = PeersIkev2DecryptSuite.hex(child, "initiator_sa_seed");
                byte[] expected = PeersIkev2DecryptSuite.concat(PeersIkev2DecryptSuite.hex(child, "encr_i"),
                        PeersIkev2DecryptSuite.hex(child, "integ_i"));
                // seed = protocol(1) | SPI(4) | Ni_b | Nr_b; check it against the captured nonces too.
                check(c, s + " QM seed nonces", PeersIkev2DecryptSuite.concat(ni, nr), Arrays.copyOfRange(seed, 5, seed.length));
                check(c, s + " QM KEYMAT", expected, kdf.quickModeKeymat(skeyidD, null, seed[0], Arrays.copyOfRange(seed, 1, 5),
                        ni, nr, expected.length).copy());
            }
            System.out.println(c.line("Ikev1HashSuite", provider.name()));
            assertEquals(List.of(), c.failures, provider.name());
            assertEquals(14, c.passed);
        }
        KdfSuiteSupport.requireBc(providers);
    }

    static void check(Counts c, String what, byte[] expected, byte[] actual) {
        if (expected != null && Arrays.equals(expected, actual)) {
            c.pass();
        } else {
            c.fail(what + (expected == null ? ": not found in the capture" : ": differs"));
        }
    }
}
