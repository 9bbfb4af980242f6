package io.ike4j.vectors.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.codec.v2.Ikev2SaPayload;
import io.ike4j.codec.v2.Ikev2SkKeys;
import io.ike4j.codec.v2.Ikev2SkPayload;
import io.ike4j.codec.v2.Ikev2SkProtector;
import io.ike4j.codec.v2.Ikev2SkfPayload;
import io.ike4j.codec.v2.Ikev2TsPayload;
import io.ike4j.config.EspProposal;
import io.ike4j.config.IkeProposal;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.CryptoProvider;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.crypto.kdf.WiresharkKeyTable;
import io.ike4j.crypto.vectors.MiniJson;
import io.ike4j.negotiator.proposal.ChildContext;
import io.ike4j.negotiator.proposal.ChosenEsp;
import io.ike4j.negotiator.proposal.ChosenIke;
import io.ike4j.negotiator.proposal.ProposalSelector;
import io.ike4j.negotiator.proposal.SaPayloads;
import io.ike4j.negotiator.proposal.TransformOrder;
import io.ike4j.negotiator.proposal.TsNarrowing;
import io.ike4j.vectors.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every SA and TS payload strongSwan 5.9.8 exchanged in the IKEv2 peers-captures (IKE_SA_INIT in clear,
 * IKE_AUTH and CREATE_CHILD_SA decrypted with the captured Wireshark key tables): (1) charon's offers are
 * byte-identical to {@code SaPayloads} built from the scenario's proposal strings (strongSwan order); (2) our
 * responder selection over a multi-proposal configuration picks what charon established (its
 * {@code swanctl --list-sas} line); (3) charon's responses are byte-identical to {@code SaPayloads} built from
 * that choice, and {@code acceptIke/acceptEsp} accept them; (4) the TS payloads are the configured subnets, a
 * responder allowing everything narrows to exactly them and the responses are subsets of the requests.
 */
class ProposalCaptureSuite {
    static final List<String> SCENARIOS = List.of("v2-ecdsa", "v2-psk-gcm-ecp384", "v2-psk-lifecycle",
            "v2-psk-modp2048", "v2-psk-x25519", "v2-rsa-frag");
    /** A responder configuration offering all the scenarios' suites, best first. */
    static final List<IkeProposal> OUR_IKE = StrongSwanProposals.parseIke("aes256gcm16-prfsha384-ecp384,"
            + "aes128-sha256-x25519,aes128-sha256-ecp256,aes128-sha256-modp2048,aes128-sha1-modp2048");
    static final List<EspProposal> OUR_ESP = StrongSwanProposals.parseEsp("aes256gcm16,aes128gcm16,"
            + "aes128-sha256-modp2048,aes128-sha1");

    int checked;
    final List<String> failures = new ArrayList<>();

    @Test
    void charonsProposalsAndSelectors() throws Exception {
        CryptoProvider provider = CryptoProviders.all().get(0);
        int saPayloads = 0;
        int tsPayloads = 0;
        for (String s : SCENARIOS) {
            Scenario sc = new Scenario(s);
            Map<String, List<Frag>> fragments = new HashMap<>();
            Map<Long, Ikev2SaPayload> requests = new HashMap<>();
            Map<Long, Ikev2TsPayload[]> requestTs = new HashMap<>();
            List<WiresharkKeyTable.Ikev2Entry> table = WiresharkKeyTable.readIkev2(
                    Resources.vector("peers-captures/" + s + "/wireshark/ikev2_decryption_table"));
            for (CapturedDatagram d : CaptureReader.read(Resources.vector("peers-captures/" + s + "/" + s + ".pcap"))) {
                Ikev2Message m = Ikev2Codec.decode(d.ike());
                List<Ikev2Payload> payloads = clear(provider, table, d, m, fragments);
                if (payloads == null) {
                    continue; // a fragment of a message not yet complete
                }
                String label = s + " frame " + d.frame();
                boolean response = m.header().isResponse();
                boolean fromAlice = d.source().getAddress().getHostAddress().equals("127.0.0.1");
                // message IDs are per direction of requests: key by requester and ID
                long key = m.header().messageId() << 1 | (fromAlice ^ response ? 1 : 0);
                Ikev2TsPayload[] ts = new Ikev2TsPayload[2];
                boolean counted = false;
                for (Ikev2Payload p : payloads) {
                    if (p instanceof Ikev2SaPayload sa) {
                        saPayloads++;
                        counted = true;
                        if (response) {
                            response(sc, label, m.header().exchangeType(), requests.get(key), sa);
                        } else {
                            requests.put(key, sa);
                            request(sc, label, m.header().exchangeType(), sa);
                        }
                    } else if (p instanceof Ikev2TsPayload t) {
                        tsPayloads++;
                        counted = true;
                        ts[t.initiator() ? 0 : 1] = t;
                    }
                }
                if (ts[0] != null) {
                    // TSi is the exchange initiator's side: alice's subnet when alice sent the request
                    boolean aliceRequested = fromAlice ^ response;
                    checkTs(sc, label, ts, aliceRequested, response ? requestTs.get(key) : null);
                    requestTs.put(key, ts);
                }
                if (counted) {
                    checked++;
                }
            }
        }
        System.out.println("ProposalCaptureSuite: " + checked + " messages checked (" + saPayloads + " SA, " + tsPayloads
                + " TS payloads), " + failures.size() + " failed");
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures);
        // 6 scenarios x (IKE_SA_INIT + IKE_AUTH) x 2, plus the lifecycle CHILD_SA (PFS) and IKE SA rekeys
        assertEquals(28, saPayloads);
        assertEquals(28, tsPayloads);
        assertEquals(28, checked);
    }

    private void request(Scenario sc, String label, int exchange, Ikev2SaPayload sa) {
        int protocol = sa.proposals().get(0).protocolId();
        Bytes spi = sa.proposals().get(0).spi();
        if (protocol == 1) {
            expect(label + " IKE offer", SaPayloads.ike(sc.ike, spi, TransformOrder.STRONGSWAN), sa);
            Optional<ChosenIke> c = ProposalSelector.selectIke(OUR_IKE, sa);
            expect(label + " IKE selection", Optional.of(sc.ikeLine), c.map(ChosenIke::toSwanctlString));
        } else {
            ChildContext ctx = context(exchange);
            expect(label + " ESP offer", SaPayloads.esp(sc.esp, spi, ctx), sa);
            Optional<ChosenEsp> c = ProposalSelector.selectEsp(OUR_ESP, sa, ctx, (t, id) -> true);
            if (c.isEmpty() || !sc.espLines.contains(c.get().toSwanctlString())) {
                failures.add(label + " ESP selection " + c + " not in " + sc.espLines);
            }
        }
    }

    private void response(Scenario sc, String label, int exchange, Ikev2SaPayload req, Ikev2SaPayload sa) {
        if (req == null) {
            failures.add(label + ": response without request");
            return;
        }
        int protocol = sa.proposals().get(0).protocolId();
        Bytes spi = sa.proposals().get(0).spi();
        if (protocol == 1) {
            Optional<ChosenIke> accepted = ProposalSelector.acceptIke(sc.ike, sa);
            expect(label + " IKE accept", ProposalSelector.selectIke(sc.ike, req), accepted);
            accepted.ifPresent(c -> expect(label + " IKE response", SaPayloads.ike(c, spi, TransformOrder.STRONGSWAN), sa));
            expect(label + " IKE line", Optional.of(sc.ikeLine), accepted.map(ChosenIke::toSwanctlString));
        } else {
            ChildContext ctx = context(exchange);
            Optional<ChosenEsp> accepted = ProposalSelector.acceptEsp(sc.esp, sa, ctx);
            Optional<ChosenEsp> selected = ProposalSelector.selectEsp(sc.esp, req, ctx, (t, id) -> true);
            expect(label + " ESP accept", selected.map(c -> c.toStrongSwanString()), accepted.map(c -> c.toStrongSwanString()));
            accepted.ifPresent(c -> expect(label + " ESP response", SaPayloads.esp(c, spi), sa));
            expect(label + " ESP peer SPI", Optional.of(spi), accepted.map(ChosenEsp::peerSpi));
        }
    }

    private void checkTs(Scenario sc, String label, Ikev2TsPayload[] ts, boolean aliceRequested, Ikev2TsPayload[] request) {
        TrafficSelector alice = TrafficSelector.cidr(sc.aliceTs);
        TrafficSelector bob = TrafficSelector.cidr(sc.bobTs);
        List<TrafficSelector> tsi = TsNarrowing.fromPayload(ts[0]);
        List<TrafficSelector> tsr = ts[1] == null ? List.of() : TsNarrowing.fromPayload(ts[1]);
        expect(label + " TSi", List.of(aliceRequested ? alice : bob), tsi);
        expect(label + " TSr", List.of(aliceRequested ? bob : alice), tsr);
        expect(label + " TSi narrowed by 0/0", tsi, TsNarrowing.narrow(tsi, List.of(TrafficSelector.anyIpv4())));
        expect(label + " TSi re-encoded", ts[0], TsNarrowing.toPayload(true, tsi));
        if (request != null) {
            expect(label + " TS subset", true, TsNarrowing.isSubset(tsi, TsNarrowing.fromPayload(request[0]))
                    && TsNarrowing.isSubset(tsr, TsNarrowing.fromPayload(request[1])));
        }
    }

    private static ChildContext context(int exchange) {
        return exchange == 35 ? ChildContext.IKE_AUTH : ChildContext.CREATE_CHILD_SA;
    }

    private void expect(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ": expected " + expected + " got " + actual);
        }
    }

    /** The payloads in clear: as decoded, or decrypted (SK), or reassembled (SKF, RFC 7383); null while incomplete. */
    private List<Ikev2Payload> clear(CryptoProvider provider, List<WiresharkKeyTable.Ikev2Entry> table, CapturedDatagram d,
                                     Ikev2Message m, Map<String, List<Frag>> fragments) throws Exception {
        List<Ikev2Payload> ps = m.payloads();
        Ikev2Payload last = ps.isEmpty() ? null : ps.get(ps.size() - 1);
        if (!(last instanceof Ikev2SkPayload) && !(last instanceof Ikev2SkfPayload)) {
            return ps;
        }
        WiresharkKeyTable.Ikev2Entry e = WiresharkKeyTable.find(table, m.header().initiatorSpi().toHex(),
                m.header().responderSpi().toHex()).orElseThrow(() -> new AssertionError("no key for frame " + d.frame()));
        var pt = Ikev2SkProtector.forTransforms(provider, e.encrId(), e.encrKeyBits(), e.integId(), e.icvLength())
                .unprotect(d.ike(), m, new Ikev2SkKeys(e.skEi(), e.skAi(), e.skEr(), e.skAr()));
        if (!(last instanceof Ikev2SkfPayload skf)) {
            return pt.payloads();
        }
        String key = m.header().initiatorSpi().toHex() + "/" + m.header().flags() + "/" + m.header().messageId();
        List<Frag> parts = fragments.computeIfAbsent(key, k -> new ArrayList<>());
        if (skf.fragmentNumber() == 1) {
            parts.add(0, new Frag(pt.innerNextPayload(), pt.payloadBytes()));
        } else {
            parts.add(new Frag(0, pt.payloadBytes()));
        }
        if (parts.size() < skf.totalFragments()) {
            return null;
        }
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        parts.forEach(f -> whole.writeBytes(f.bytes().toByteArray()));
        return Ikev2Codec.decodePayloadChain(parts.get(0).next(), Bytes.wrap(whole.toByteArray()));
    }

    /** A decrypted fragment held until the message is complete (fragments arrive in order in these captures). */
    private record Frag(int next, Bytes bytes) {
    }

    /** The scenario's configuration (keys.json) and what charon reported (swanctl-list-sas.txt). */
    static final class Scenario {
        final List<IkeProposal> ike;
        final List<EspProposal> esp;
        final String ikeLine;
        final List<String> espLines = new ArrayList<>();
        final String aliceTs;
        final String bobTs;

        @SuppressWarnings("unchecked")
        Scenario(String name) {
            Map<String, Object> k = (Map<String, Object>) MiniJson.parse(
                    Resources.text("peers-captures/" + name + "/" + name + ".keys.json"));
            ike = StrongSwanProposals.parseIke((String) k.get("ike_proposal"));
            esp = StrongSwanProposals.parseEsp((String) k.get("esp_proposal"));
            Map<String, Object> ts = (Map<String, Object>) k.get("traffic_selectors");
            aliceTs = (String) ts.get("initiator");
            bobTs = (String) ts.get("responder");
            String line = null;
            for (String l : Resources.text("peers-captures/" + name + "/swanctl-list-sas.txt").split("\n")) {
                String t = l.trim();
                if (t.matches("[A-Z_0-9-]+(/[A-Z_0-9-]+)+")) {
                    line = t;
                } else if (t.contains("ESP:")) {
                    espLines.add(t.substring(t.indexOf("ESP:") + 4));
                }
            }
            ikeLine = line;
        }
    }
}
