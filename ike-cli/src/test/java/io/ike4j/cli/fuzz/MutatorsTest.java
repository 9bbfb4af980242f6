package io.ike4j.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2AuthPayload;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.config.StrongSwanProposals;
import io.ike4j.crypto.CryptoProviders;
import io.ike4j.transport.DatagramEndpoint;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The mutators make every kind of mutation they claim, deterministically from (seed, case). */
class MutatorsTest {
    private static final InitTemplate TEMPLATE = new InitTemplate(StrongSwanProposals.parseIke("aes128-sha256-x25519"),
            CryptoProviders.named("bc"), 1);

    static FuzzSettings settings(long seed, String mutators) throws Exception {
        return new FuzzSettings(DatagramEndpoint.of("127.0.0.1", 9), InetAddress.getLoopbackAddress(), 4096,
                FuzzSettings.Stage.IKE_SA_INIT, 10, Duration.ofSeconds(1), seed, Duration.ofMillis(50), Duration.ofMillis(50), 0,
                false, 1, mutators, Path.of("unused"), OptionalLong.empty(), StrongSwanProposals.parseIke("aes128-sha256-x25519"),
                null, null, CryptoProviders.named("bc"), false, List.of());
    }

    @Test
    void validTemplateDecodesAsSaKeNonce() {
        Ikev2Message m = TEMPLATE.request(new SplittableRandom(1));
        Ikev2Message back = Ikev2Codec.decode(Ikev2Codec.encode(m));
        assertEquals(List.of(33, 34, 40), back.payloads().stream().map(Ikev2Payload::type).toList());
        assertEquals(31, TEMPLATE.group());
    }

    @Test
    void structureMutatorMakesEachKind() {
        Ikev2Message valid = TEMPLATE.request(new SplittableRandom(2));
        byte[] octets = Ikev2Codec.encode(valid);
        for (Mutation.Kind kind : StructureMutator.allKinds()) {
            int changed = 0;
            for (int seed = 0; seed < 40; seed++) {
                StructureMutator.Mutated m = StructureMutator.mutate(valid, kind, new SplittableRandom(seed));
                assertEquals(kind, m.mutation().kind(), m.mutation().toString());
                assertTrue(kind.structural());
                if (!java.util.Arrays.equals(octets, m.encoded())) {
                    changed++;
                }
                int n = m.message().payloads().size();
                switch (kind) {
                    case INSERT_PAYLOAD -> assertEquals(4, n, m.mutation().toString());
                    case REMOVE_PAYLOAD -> assertEquals(2, n, m.mutation().toString());
                    case REPEAT_PAYLOAD -> assertTrue(n >= 4, m.mutation().toString());
                    case REORDER_PAYLOADS -> assertEquals(Set.copyOf(valid.payloads()), Set.copyOf(m.message().payloads()));
                    case NEXT_PAYLOAD, PAYLOAD_LENGTH, MESSAGE_LENGTH -> assertTrue(m.octets() != null, "raw encoder used");
                    default -> assertEquals(3, n, m.mutation().toString());
                }
            }
            assertTrue(changed >= 30, kind + " changed the octets in only " + changed + " of 40 cases");
        }
    }

    @Test
    void byteMutatorMakesEachKind() {
        byte[] octets = Ikev2Codec.encode(TEMPLATE.request(new SplittableRandom(3)));
        for (Mutation.Kind kind : ByteMutator.kinds()) {
            int changed = 0;
            for (int seed = 0; seed < 40; seed++) {
                ByteMutator.Mutated m = ByteMutator.mutate(octets, kind, new SplittableRandom(seed));
                assertEquals(kind, m.mutation().kind());
                assertFalse(kind.structural());
                if (!java.util.Arrays.equals(octets, m.octets())) {
                    changed++;
                }
                switch (kind) {
                    case TRUNCATE -> assertTrue(m.octets().length < octets.length);
                    case EXTEND, INSERT_BYTES -> assertTrue(m.octets().length > octets.length);
                    default -> assertEquals(octets.length, m.octets().length);
                }
            }
            assertTrue(changed >= 30, kind + " changed the octets in only " + changed + " of 40 cases");
        }
        // the length fields found are the header's and the three payloads'
        assertEquals(List.of(24, 30), ByteMutator.lengthFields(octets).subList(0, 2));
        assertEquals(4, ByteMutator.lengthFields(octets).size());
    }

    @Test
    void aCampaignUsesBothMutatorsAndAllTheirKinds() throws Exception {
        FuzzSettings s = settings(99, "structure,bytes");
        Set<Mutation.Kind> seen = EnumSet.noneOf(Mutation.Kind.class);
        for (int c = 0; c < 2000; c++) {
            seen.add(Campaign.initCaseMutation(s, c).kind());
        }
        assertEquals(EnumSet.allOf(Mutation.Kind.class), seen);
        Set<Mutation.Kind> structureOnly = EnumSet.noneOf(Mutation.Kind.class);
        for (int c = 0; c < 300; c++) {
            structureOnly.add(Campaign.initCaseMutation(settings(99, "structure"), c).kind());
        }
        assertTrue(structureOnly.stream().allMatch(Mutation.Kind::structural), structureOnly.toString());
    }

    @Test
    void sameSeedAndCaseGiveTheSameOctetsOtherSeedsOthers() throws Exception {
        FuzzSettings a = settings(1234, "structure,bytes");
        FuzzSettings b = settings(1234, "structure,bytes");
        FuzzSettings other = settings(1235, "structure,bytes");
        List<byte[]> first = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            first.add(Campaign.initCaseOctets(a, c));
        }
        int differ = 0;
        for (int c = 199; c >= 0; c--) { // another order: a case depends on (seed, case) only
            assertArrayEquals(first.get(c), Campaign.initCaseOctets(b, c), "case " + c);
            if (!java.util.Arrays.equals(first.get(c), Campaign.initCaseOctets(other, c))) {
                differ++;
            }
        }
        assertTrue(differ > 190, "another seed, other cases: " + differ);
    }

    @Test
    void authBreakingMutationsAreMarked() {
        Ikev2Header h = new Ikev2Header(Bytes.wrap(new byte[]{1, 2, 3, 4, 5, 6, 7, 8}), Bytes.wrap(new byte[8]), 35, 0x08, 1);
        Ikev2IdPayload idi = new Ikev2IdPayload(true, 2, Bytes.wrap("me.test".getBytes()));
        Ikev2AuthPayload auth = new Ikev2AuthPayload(2, Bytes.wrap(new byte[32]));
        Ikev2Message m = new Ikev2Message(h, List.of(idi, auth));
        int removedAuth = 0;
        for (int seed = 0; seed < 200; seed++) {
            StructureMutator.Mutated x = StructureMutator.mutate(m, Mutation.Kind.REMOVE_PAYLOAD, new SplittableRandom(seed));
            assertTrue(x.mutation().breaksAuth(), "removing IDi or AUTH breaks AUTH: " + x.mutation());
            removedAuth++;
            StructureMutator.Mutated f = StructureMutator.mutate(m, Mutation.Kind.FIELD_VALUE, new SplittableRandom(seed));
            Ikev2Payload changed = f.message().payloads().stream().filter(p -> !m.payloads().contains(p)).findFirst().orElse(null);
            boolean reservedOnly = changed instanceof Ikev2AuthPayload a && a.method() == 2 && a.data().equals(auth.data());
            assertEquals(changed != null && !reservedOnly, f.mutation().breaksAuth(), f.mutation().toString());
            StructureMutator.Mutated r = StructureMutator.mutate(m, Mutation.Kind.REORDER_PAYLOADS, new SplittableRandom(seed));
            assertFalse(r.mutation().breaksAuth(), r.mutation().toString());
        }
        assertEquals(200, removedAuth);
    }

    @Test
    void cookieIsInsertedAsFirstPayloadKeepingTheRest() {
        byte[] req = Ikev2Codec.encode(TEMPLATE.request(new SplittableRandom(4)));
        byte[] with = InitTemplate.withCookie(req, Bytes.fromHex("0102030405"));
        Ikev2Message m = Ikev2Codec.decode(with);
        assertEquals(List.of(41, 33, 34, 40), m.payloads().stream().map(Ikev2Payload::type).toList());
        assertEquals(Bytes.fromHex("0102030405"), InitTemplate.cookie(m).orElseThrow());
    }

    @Test
    void onlyLocalAddressesAreFuzzed() throws Exception {
        assertTrue(LocalAddresses.isLocal(InetAddress.getByName("127.0.0.2")));
        assertTrue(LocalAddresses.isLocal(InetAddress.getByName("::1")));
        assertFalse(LocalAddresses.isLocal(InetAddress.getByName("192.0.2.1")));
        assertFalse(LocalAddresses.isLocal(InetAddress.getByName("0.0.0.0")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalAddresses.requireLocal(InetAddress.getByName("198.51.100.7")));
        assertTrue(e.getMessage().startsWith("refusing to fuzz 198.51.100.7: not an address of this machine"), e.getMessage());
        assertNotEquals(settings(1, "bytes").source(0, 0), settings(1, "bytes").source(1, 0), "cases rotate sources");
    }
}
