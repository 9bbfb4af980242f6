package io.ike4j.vectors.crypto.decrypt;

import io.ike4j.crypto.vectors.MiniJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2NoncePayload;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SkPlaintext;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.IcvMismatchException;
import io.ike4j.crypto.Prf;
import io.ike4j.crypto.SecretBytes;
import io.ike4j.crypto.UnsupportedTransformException;
import io.ike4j.crypto.kdf.Ikev2Kdf;
import io.ike4j.crypto.kdf.Ikev2KeyLengths;
import io.ike4j.crypto.kdf.Ikev2SaKeys;
import io.ike4j.crypto.kdf.WiresharkKeyTable;
import io.ike4j.vectors.Resources;
import io.ike4j.vectors.crypto.kdf.KdfSuiteSupport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The strongSwan/libreswan IKEv2 captures of {@code peers-captures/}: (1) from each {@code *.keys.json} the DH
 * secret, nonces and SPIs give SKEYSEED and SK_d/ai/ar/ei/er/pi/pr exactly as logged (and rekeyed IKE SAs
 * via prf(SK_d(old), g^ir(new) | Ni | Nr)), and every CHILD_SA KEYMAT (with and without PFS); (2) every SK
 * and SKF payload of every capture decrypts with the Wireshark table, its ICV verifies, SKF fragments
 * reassemble and the inner payloads decode, and a flipped bit fails; (3) in the PSK scenarios both AUTH
 * payloads equal prf(prf(PSK, "Key Pad for IKEv2"), RealMessage | Nonce | prf(SK_p, ID')) recomputed from
 * the captured IKE_SA_INIT messages.
 */
class PeersIkev2DecryptSuite {
    static final List<String> SCENARIOS = List.of("v2-ecdsa", "v2-psk-gcm-ecp384", "v2-psk-lifecycle",
            "v2-psk-modp2048", "v2-psk-x25519", "v2-rsa-frag");
    static final HexFormat HEX = HexFormat.of();

    @SuppressWarnings("unchecked")
    static Map<String, Object> keys(String scenario) {
        return (Map<String, Object>) MiniJson.parse(Resources.text("peers-captures/" + scenario + "/" + scenario
                + ".keys.json"));
    }

    static byte[] hex(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? new byte[0] : HEX.parseHex((String) v);
    }

    /** strongSwan's PRF here is HMAC with SK_d's length as output (no AES PRF in these proposals). */
    static int prfIdFor(int skdLength) {
        return switch (skdLength) {
            case 20 -> 2;
            case 32 -> 5;
            case 48 -> 6;
            case 64 -> 7;
            default -> throw new IllegalArgumentException("SK_d of " + skdLength);
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    void keyDerivationMatchesTheLoggedKeys() {
        List<CryptoProvider> providers = KdfSuiteSupport.providers();
        for (CryptoProvider provider : providers) {
            Counts c = new Counts();
            for (String s : SCENARIOS) {
                Map<String, Object> k = keys(s);
                List<Object> sas = (List<Object>) k.get("ike_sas");
                Ikev2SaKeys previous = null;
                List<SecretBytes> skds = new ArrayList<>();
                for (Object o : sas) {
                    Map<String, Object> sa = (Map<String, Object>) o;
                    String label = s + " IKE SA " + sa.get("spi_i") + "_" + sa.get("spi_r");
                    byte[] skd = hex(sa, "sk_d");
                    Prf prf;
                    try {
                        prf = provider.prf(prfIdFor(skd.length));
                    } catch (UnsupportedTransformException e) {
                        c.unsupported();
                        continue;
                    }
                    Ikev2Kdf kdf = new Ikev2Kdf(prf);
                    byte[] ni = hex(sa, "nonce_i");
                    byte[] nr = hex(sa, "nonce_r");
                    SecretBytes dh = SecretBytes.owning(hex(sa, "dh_shared_secret"));
                    SecretBytes seed = sa.containsKey("created_by") && previous != null
                            ? kdf.rekeySkeyseed(previous.skD(), dh, ni, nr) : kdf.skeyseed(ni, nr, dh);
                    Ikev2KeyLengths lengths = new Ikev2KeyLengths(skd.length, hex(sa, "sk_ai").length,
                            hex(sa, "sk_ei").length, hex(sa, "sk_pi").length);
                    Ikev2SaKeys keys = kdf.saKeys(seed, ni, nr, hex(sa, "spi_i"), hex(sa, "spi_r"), lengths);
                    List<String> bad = new ArrayList<>();
                    if (!seed.contentEquals(hex(sa, "skeyseed"))) {
                        bad.add("SKEYSEED");
                    }
                    String[][] names = {{"sk_d", "d"}, {"sk_ai", "ai"}, {"sk_ar", "ar"}, {"sk_ei", "ei"},
                            {"sk_er", "er"}, {"sk_pi", "pi"}, {"sk_pr", "pr"}};
                    SecretBytes[] got = {keys.skD(), keys.skAi(), keys.skAr(), keys.skEi(), keys.skEr(), keys.skPi(),
                            keys.skPr()};
                    for (int i = 0; i < names.length; i++) {
                        if (!got[i].contentEquals(hex(sa, names[i][0]))) {
                            bad.add(names[i][0]);
                        }
                    }
                    if (bad.isEmpty()) {
                        c.pass();
                    } else {
                        c.fail(label + ": " + bad);
                    }
                    skds.add(keys.skD());
                    previous = keys;
                }
                for (Object o : (List<Object>) k.get("child_sa_key_derivations")) {
                    Map<String, Object> ch = (Map<String, Object>) o;
                    byte[] seed = hex(ch, "seed");
                    byte[] expected = concat(hex(ch, "encr_i"), hex(ch, "integ_i"), hex(ch, "encr_r"), hex(ch, "integ_r"));
                    boolean ok = false;
                    for (SecretBytes skd : skds) {
                        // KEYMAT = prf+(SK_d, [g^ir (new)] | Ni | Nr); the logged seed is that whole input.
                        Ikev2Kdf kdf = new Ikev2Kdf(provider.prf(prfIdFor(skd.length())));
                        if (kdf.prfPlus(skd.unsafeBytes(), expected.length, seed).contentEquals(expected)) {
                            ok = true;
                        }
                    }
                    if (ok) {
                        c.pass();
                    } else {
                        c.fail(s + " CHILD_SA KEYMAT " + ch.get("encr_i"));
                    }
                }
            }
            System.out.println(c.line("PeersIkev2KeyDerivationSuite", provider.name()));
            assertEquals(List.of(), c.failures);
            if (provider.name().equals("bc")) {
                assertTrue(c.passed >= 14, "IKE SAs and CHILD_SAs checked: " + c.passed);
                assertEquals(0, c.unsupported);
            }
        }
        KdfSuiteSupport.requireBc(providers);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySkAndSkfPayloadDecryptsAndPskAuthVerifies() throws Exception {
        List<CryptoProvider> providers = KdfSuiteSupport.providers();
        List<String> all = new ArrayList<>(SCENARIOS);
        all.add("libreswan");
        for (CryptoProvider provider : providers) {
            Counts c = new Counts();
            Counts tamper = new Counts();
            Counts auth = new Counts();
            Counts sigAuth = new Counts();
            for (String s : all) {
                List<WiresharkKeyTable.Ikev2Entry> table = WiresharkKeyTable.readIkev2(
                        Resources.vector("peers-captures/" + s + "/wireshark/ikev2_decryption_table"));
                String pcap = "peers-captures/" + s + "/" + s + ".pcap";
                List<CapturedDatagram> datagrams = CaptureReader.read(Resources.vector(pcap));
                Map<String, TreeMap<Integer, Ikev2SkPlaintext>> fragments = new java.util.HashMap<>();
                List<Object[]> authMessages = new ArrayList<>();
                for (CapturedDatagram d : datagrams) {
                    if (!Ikev2Decryptor.isIkev2(d.ike())) {
                        continue;
                    }
                    Ikev2Message m = Ikev2Codec.decode(d.ike());
                    if (!Ikev2Decryptor.isEncrypted(m)) {
                        continue;
                    }
                    String label = s + " frame " + d.frame();
                    var entry = Ikev2Decryptor.entry(table, m);
                    if (entry.isEmpty()) {
                        c.fail(label + ": no key");
                        continue;
                    }
                    try {
                        Ikev2SkPlaintext pt = Ikev2Decryptor.decrypt(provider, entry.get(), d.ike());
                        if (!pt.icvVerified()) {
                            c.fail(label + ": ICV unchecked");
                            continue;
                        }
                        Ikev2Payload last = m.payloads().get(m.payloads().size() - 1);
                        if (last instanceof Ikev2SkfPayload skf) {
                            String key = m.header().initiatorSpi().toHex() + m.header().flags() + m.header().messageId();
                            fragments.computeIfAbsent(key, x -> new TreeMap<>()).put(skf.fragmentNumber(), pt);
                            var got = fragments.get(key);
                            if (got.size() == skf.totalFragments()) {
                                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                                got.values().forEach(p -> whole.writeBytes(p.payloadBytes().toByteArray()));
                                List<Ikev2Payload> inner = Ikev2Codec.decodePayloadChain(
                                        got.firstEntry().getValue().innerNextPayload(), Bytes.wrap(whole.toByteArray()));
                                authMessages.add(new Object[] {m, inner});
                            }
                        } else {
                            authMessages.add(new Object[] {m, pt.payloads()});
                        }
                        c.pass();
                        WiresharkIkev2DecryptSuite.checkTamper(provider, entry.get(), d.ike(), label, tamper);
                    } catch (UnsupportedTransformException e) {
                        c.unsupported();
                    } catch (IcvMismatchException | RuntimeException e) {
                        c.fail(label + ": " + e);
                    }
                }
                if (!s.equals("libreswan") && "psk".equals(((Map<String, Object>) keys(s).get("auth")).get("method"))) {
                    checkPskAuth(provider, s, datagrams, authMessages, auth);
                } else if (!s.equals("libreswan")) {
                    checkPskAuth(provider, s, datagrams, authMessages, sigAuth);
                }
            }
            System.out.println(c.line("PeersIkev2DecryptSuite", provider.name()));
            System.out.println(tamper.line("PeersIkev2DecryptSuite tampered", provider.name()));
            System.out.println(auth.line("PeersIkev2DecryptSuite PSK AUTH", provider.name()));
            System.out.println(sigAuth.line("PeersIkev2DecryptSuite signature AUTH", provider.name()));
            assertEquals(List.of(), sigAuth.failures);
            assertEquals(List.of(), c.failures);
            assertEquals(List.of(), tamper.failures);
            assertEquals(List.of(), auth.failures);
            if (provider.name().equals("bc")) {
                assertEquals(0, c.unsupported);
                assertTrue(c.passed > 30, "messages decrypted: " + c.passed);
                assertTrue(auth.passed >= 8, "PSK AUTH payloads verified: " + auth.passed);
                assertEquals(4, sigAuth.passed, "signature AUTH payloads verified");
            }
            System.out.println("PeersIkev2DecryptSuite negotiator.auth SignatureAuth.verify agreed on "
                    + SignatureAuth.ENGINE_AGREED.get() + " verifications so far");
            assertTrue(SignatureAuth.ENGINE_AGREED.get() >= 8, "negotiator.auth verifications: " + SignatureAuth.ENGINE_AGREED.get());
        }
        KdfSuiteSupport.requireBc(providers);
    }

    /** Recomputes both AUTH payloads of each IKE_AUTH exchange of a PSK scenario (RFC 7296 §2.15). */
    @SuppressWarnings("unchecked")
    static void checkPskAuth(CryptoProvider provider, String s, List<CapturedDatagram> datagrams,
                             List<Object[]> decrypted, Counts auth) {
        Map<String, Object> k = keys(s);
        Object pskText = ((Map<String, Object>) k.get("auth")).get("psk");
        byte[] psk = pskText == null ? null : ((String) pskText).getBytes(StandardCharsets.UTF_8);
        for (Object o : (List<Object>) k.get("ike_sas")) {
            Map<String, Object> sa = (Map<String, Object>) o;
            if (sa.containsKey("created_by")) {
                continue;
            }
            String spiI = (String) sa.get("spi_i");
            byte[] init = null;
            byte[] resp = null;
            for (CapturedDatagram d : datagrams) {
                if (!Ikev2Decryptor.isIkev2(d.ike())) {
                    continue;
                }
                Ikev2Message m = Ikev2Codec.decode(d.ike());
                if (m.header().exchangeType() == 34 && m.header().initiatorSpi().toHex().equals(spiI)) {
                    if (m.header().isResponse()) {
                        if (m.header().responderSpi().toHex().equals(sa.get("spi_r"))) {
                            resp = d.ike().toByteArray();
                        }
                    } else {
                        init = d.ike().toByteArray(); // the last request (after any COOKIE/INVALID_KE retry)
                    }
                }
            }
            Ikev2Kdf kdf = new Ikev2Kdf(provider.prf(prfIdFor(hex(sa, "sk_d").length)));
            for (Object[] pair : decrypted) {
                Ikev2Message m = (Ikev2Message) pair[0];
                List<Ikev2Payload> inner = (List<Ikev2Payload>) pair[1];
                if (m.header().exchangeType() != 35 || !m.header().initiatorSpi().toHex().equals(spiI)) {
                    continue;
                }
                boolean fromInitiator = !m.header().isResponse();
                Ikev2IdPayload id = null;
                Ikev2AuthPayload a = null;
                for (Ikev2Payload p : inner) {
                    // An IKE_AUTH request may also carry IDr (RFC 7296 §3.5): take the sender's own ID.
                    if (p instanceof Ikev2IdPayload i && i.initiator() == fromInitiator) {
                        id = i;
                    } else if (p instanceof Ikev2AuthPayload ap) {
                        a = ap;
                    }
                }
                if (id == null || a == null || (a.method() == 2) != (psk != null)) {
                    continue;
                }
                byte[] idBody = concat(new byte[] {(byte) id.idType(), (byte) (id.reserved() >>> 16),
                        (byte) (id.reserved() >>> 8), (byte) id.reserved()}, id.data().toByteArray());
                byte[] real = fromInitiator ? init : resp;
                byte[] peerNonce = fromInitiator ? nonce(resp) : nonce(init);
                SecretBytes skp = SecretBytes.copyOf(hex(sa, fromInitiator ? "sk_pi" : "sk_pr"));
                byte[] octets = kdf.signedOctets(real, peerNonce, skp, idBody);
                boolean good;
                if (psk != null) {
                    good = java.util.Arrays.equals(kdf.pskAuth(psk, octets), a.data().toByteArray());
                } else {
                    byte[] other = octets.clone();
                    other[other.length - 1] ^= 1; // MACedID changed: the signature must no longer verify
                    good = SignatureAuth.verify(provider, a, inner, octets) && !SignatureAuth.verify(provider, a, inner, other);
                    // io.ike4j.negotiator.auth: the same ID body, an identity that reads back, and one the CERT speaks for
                    var cert = inner.stream().filter(x -> x instanceof io.ike4j.codec.v2.Ikev2CertPayload)
                            .map(x -> io.ike4j.negotiator.auth.CertPayloads.parse((io.ike4j.codec.v2.Ikev2CertPayload) x))
                            .findFirst().flatMap(x -> x).orElseThrow();
                    var ikeId = io.ike4j.negotiator.auth.IdPayloads.fromPayload(id).orElseThrow();
                    good &= java.util.Arrays.equals(idBody, io.ike4j.negotiator.auth.IdPayloads.body(id))
                            && io.ike4j.negotiator.auth.CertIdentity.matches(cert, ikeId);
                }
                if (good) {
                    auth.pass();
                } else {
                    auth.fail(s + " " + (fromInitiator ? "initiator" : "responder") + " AUTH mismatch");
                }
            }
        }
    }

    static byte[] nonce(byte[] ikeSaInit) {
        for (Ikev2Payload p : Ikev2Codec.decode(ikeSaInit).payloads()) {
            if (p instanceof Ikev2NoncePayload n) {
                return n.nonce().toByteArray();
            }
        }
        throw new IllegalStateException("no nonce");
    }
}
