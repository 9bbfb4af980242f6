package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.HashPayload;
import io.ike4j.codec.v1.IdPayload;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.KePayload;
import io.ike4j.codec.v1.NoncePayload;
import io.ike4j.codec.v1.SaPayload;
import io.ike4j.config.IpsecMode;
import io.ike4j.config.IpsecProfile;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.InvalidKeyExchangeValueException;
import io.ike4j.diag.FailureReason;
import io.ike4j.negotiator.proposal.Phase2Proposals;
import io.ike4j.negotiator.proposal.ProxyIds;
import io.ike4j.negotiator.proposal.TsNarrowing;
import io.ike4j.sm.Role;
import io.ike4j.sm.v1.Ikev1Input;
import io.ike4j.sm.v1.Ikev1State;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quick Mode (RFC 2409 §5.5), both roles, on an established ISAKMP SA:
 * <pre>
 * QM1 HDR*, HASH(1), SA, Ni [, KE] [, IDci, IDcr]
 * QM2 HDR*, HASH(2), SA, Nr [, KE] [, IDci, IDcr]
 * QM3 HDR*, HASH(3)
 * </pre>
 * A message is dropped unless it decrypts and its HASH verifies (the IV and the node stay as they were); what it
 * says is then checked, and a refusal is a failure of the node only (the ISAKMP SA stays), with a protected notify.
 */
final class QuickModes {
    static final int EXCHANGE = IsakmpExchangeType.QUICK_MODE.number();
    static final int NO_PROPOSAL_CHOSEN = 14;
    static final int INVALID_ID_INFORMATION = 18;

    private QuickModes() {
    }

    /** A new quick mode of ours on {@code sa} for {@code profile}: a fresh message ID, then IKE_INIT_QM. */
    static void start(Ikev1Core core, IsakmpSa sa, IpsecProfile profile) {
        int mid = Informational.freshMessageId(core, sa);
        QuickMode q = new QuickMode(mid, Role.INITIATOR);
        q.ipsecProfile = profile;
        sa.nodes.put(mid, q);
        core.run(sa, q, Ikev1Input.IKE_INIT_QM);
    }

    /** Tunnel or transport; the UDP-encapsulated mode of RFC 3947 §5.1 when a NAT is in the way. */
    static int encapsulation(IsakmpSa sa, IpsecProfile p) {
        boolean transport = p.transformSets().stream().allMatch(t -> t.mode() == IpsecMode.TRANSPORT);
        if (NatT.detected(sa)) {
            return transport ? Phase2Proposals.UDP_TRANSPORT : Phase2Proposals.UDP_TUNNEL;
        }
        return transport ? Phase2Proposals.TRANSPORT : Phase2Proposals.TUNNEL;
    }

    static List<Phase2Proposals.Suite> suites(IsakmpSa sa, IpsecProfile p) {
        return Phase2Proposals.suites(p.espProposals(), p.pfsGroup().orElse(0), encapsulation(sa, p), p.lifetimeSeconds(),
                p.lifetimeKilobytes());
    }

    static TrafficSelector any(IsakmpSa sa) {
        return sa.remote.address() instanceof Inet4Address ? TrafficSelector.anyIpv4() : TrafficSelector.anyIpv6();
    }

    static List<TrafficSelector> local(IsakmpSa sa, IpsecProfile p) {
        return p.localSelectors().isEmpty() ? List.of(any(sa)) : p.localSelectors();
    }

    static List<TrafficSelector> remote(IsakmpSa sa, IpsecProfile p) {
        return p.remoteSelectors().isEmpty() ? List.of(any(sa)) : p.remoteSelectors();
    }

    static byte[] hash(IsakmpSa sa, List<IsakmpPayload> rest, int mid, Bytes niB) {
        byte[] chain = Protection.chain(rest);
        return niB == null ? sa.kdf.quickModeHash1(sa.keys.skeyidA(), mid, chain)
                : sa.kdf.quickModeHash2(sa.keys.skeyidA(), mid, niB.toByteArray(), chain);
    }

    static void sendProtected(Ikev1Core core, IsakmpSa sa, QuickMode q, byte[] hash, List<IsakmpPayload> rest,
                              boolean retransmit) {
        List<IsakmpPayload> ps = new ArrayList<>(rest.size() + 1);
        ps.add(new HashPayload(Bytes.wrap(hash)));
        ps.addAll(rest);
        core.send(sa, q, Protection.encrypted(core, sa, EXCHANGE, q.messageId, ps), retransmit);
    }

    /** Decrypts and verifies a Quick Mode message of node {@code q}: null if good, else why it is dropped. */
    static String verify(Ikev1Core core, IsakmpSa sa, QuickMode q, int which) {
        Inbound in = q.in;
        String bad = Protection.decrypt(sa, in);
        if (bad != null) {
            return "QM" + which + " could not be decrypted: " + bad;
        }
        List<RawChain.Raw> raw = Protection.raw(in);
        if (raw.isEmpty() || !(in.payloads.get(0) instanceof HashPayload h)) {
            return "QM" + which + " does not start with HASH";
        }
        byte[] expected = switch (which) {
            case 1 -> sa.kdf.quickModeHash1(sa.keys.skeyidA(), q.messageId, RawChain.afterFirst(raw));
            case 2 -> sa.kdf.quickModeHash2(sa.keys.skeyidA(), q.messageId, q.ni.toByteArray(), RawChain.afterFirst(raw));
            default -> sa.kdf.quickModeHash3(sa.keys.skeyidA(), q.messageId, q.ni.toByteArray(), q.nr.toByteArray());
        };
        if (!Phase1.hashEquals(expected, h.hash())) {
            return "HASH(" + which + ") mismatch in QM" + which;
        }
        return null;
    }

    static void accepted(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        Protection.accept(sa, q.in);
        q.lastReceived = Ikev1Core.digest(q.in.datagram.payload());
        if (NatT.negotiated(core, sa)) {
            NatT.follow(core, sa, q.in.datagram); // verified (HASH): a NAT rebinding moves the SA
        }
    }

    // ---- initiator ----

    static Step sendQm1(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        IpsecProfile p = q.ipsecProfile;
        q.suites = suites(sa, p);
        q.localTs = local(sa, p).get(0);
        q.remoteTs = remote(sa, p).get(0);
        Optional<IdPayload> ci = ProxyIds.toPayload(q.localTs);
        Optional<IdPayload> cr = ProxyIds.toPayload(q.remoteTs);
        if (q.suites.isEmpty() || ci.isEmpty() || cr.isEmpty()) {
            return Step.fail(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, 0,
                    "the IPsec profile " + p.name() + " has nothing IKEv1 can propose");
        }
        q.idCi = ci.get();
        q.idCr = cr.get();
        q.inboundSpi = core.newEspSpi(sa);
        q.ni = Bytes.wrap(core.random.nextBytes(Phase1.NONCE));
        List<IsakmpPayload> rest = new ArrayList<>();
        rest.add(Phase2Proposals.offer(q.suites, q.inboundSpi));
        rest.add(new NoncePayload(q.ni));
        int group = p.pfsGroup().orElse(0);
        if (group != 0) {
            q.dh = core.crypto.keyExchange(group).initiator(core.random);
            rest.add(new KePayload(Bytes.wrap(q.dh.publicValue())));
        }
        rest.add(q.idCi);
        rest.add(q.idCr);
        sendProtected(core, sa, q, core.tweaks.localHash("HASH(1)", hash(sa, rest, q.messageId, null)), rest, true);
        return Step.waitIn(Ikev1State.IKE_QM_I_QM1);
    }

    static Step qm2(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        String bad = verify(core, sa, q, 2);
        if (bad != null) {
            return Step.drop(bad);
        }
        Inbound in = q.in;
        Optional<SaPayload> answer = in.first(SaPayload.class);
        Optional<NoncePayload> nr = in.first(NoncePayload.class);
        if (answer.isEmpty() || nr.isEmpty() || !Phase1.validNonce(nr.get().nonce())) {
            return Step.drop("QM2 without SA and nonce");
        }
        accepted(core, sa, q);
        Optional<Phase2Proposals.Suite> chosen = Phase2Proposals.select(q.suites, answer.get());
        if (chosen.isEmpty()) {
            return Step.fail(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, NO_PROPOSAL_CHOSEN,
                    "QM2 answers with a transform we did not offer");
        }
        List<IdPayload> ids = in.all(IdPayload.class);
        if (!ids.isEmpty() && (ids.size() != 2 || !ids.get(0).equals(q.idCi) || !ids.get(1).equals(q.idCr))) {
            return Step.fail(FailureReason.FLOW_MISMATCH, INVALID_ID_INFORMATION, "QM2 names other proxy identities");
        }
        q.chosen = chosen.get();
        q.outboundSpi = answer.get().proposals().get(0).spi();
        q.nr = nr.get().nonce();
        Step pfs = pfsSecret(core, q, in, true);
        if (pfs != null) {
            return pfs;
        }
        byte[] h3 = core.tweaks.localHash("HASH(3)",
                sa.kdf.quickModeHash3(sa.keys.skeyidA(), q.messageId, q.ni.toByteArray(), q.nr.toByteArray()));
        sendProtected(core, sa, q, h3, List.of(), false);
        Keymat.install(core, sa, q);
        return Step.waitIn(Ikev1State.IKE_QM_PHASE2_COMPLETE);
    }

    /** The PFS secret (§5.5: KE in both messages iff PFS): null if fine, else the failure. */
    static Step pfsSecret(Ikev1Core core, QuickMode q, Inbound in, boolean initiator) {
        Optional<KePayload> ke = in.first(KePayload.class);
        int group = q.chosen.group();
        if ((group != 0) != ke.isPresent()) {
            return Step.fail(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, NO_PROPOSAL_CHOSEN,
                    group != 0 ? "PFS group " + group + " agreed but no KE payload" : "KE payload without PFS");
        }
        if (group == 0) {
            return null;
        }
        try {
            if (initiator) {
                q.pfsSecret = q.dh.sharedSecret(ke.get().keyExchangeData().toByteArray());
            } else {
                q.peerKe = ke.get().keyExchangeData().toByteArray();
                q.dh = core.crypto.keyExchange(group).responder(q.peerKe, core.random);
                q.pfsSecret = q.dh.sharedSecret(q.peerKe);
            }
        } catch (InvalidKeyExchangeValueException e) {
            return Step.fail(FailureReason.MALFORMED_PAYLOAD, 17, "invalid PFS KE value");
        }
        return null;
    }

    // ---- responder ----

    /** QM1: verified, then the IPsec profile whose selectors hold the proxy IDs, and a suite of it. */
    static Step qm1(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        String bad = verify(core, sa, q, 1);
        if (bad != null) {
            return Step.drop(bad);
        }
        Inbound in = q.in;
        Optional<SaPayload> offer = in.first(SaPayload.class);
        Optional<NoncePayload> ni = in.first(NoncePayload.class);
        List<IdPayload> ids = in.all(IdPayload.class);
        if (offer.isEmpty() || ni.isEmpty() || !Phase1.validNonce(ni.get().nonce()) || (ids.size() != 0 && ids.size() != 2)) {
            return Step.drop("QM1 without SA and nonce, or with one proxy ID");
        }
        accepted(core, sa, q);
        q.ni = ni.get().nonce();
        offer.get().proposals().stream().filter(p -> p.protocolId() == 3).findFirst().ifPresent(p -> q.outboundSpi = p.spi());
        // §5.5: without IDs the proxies are the ISAKMP peers' addresses
        TrafficSelector ci = ids.isEmpty() ? host(sa.remote.address()) : ProxyIds.fromPayload(ids.get(0)).orElse(null);
        TrafficSelector cr = ids.isEmpty() ? host(sa.local.address()) : ProxyIds.fromPayload(ids.get(1)).orElse(null);
        if (ci == null || cr == null) {
            return Step.fail(FailureReason.FLOW_MISMATCH, INVALID_ID_INFORMATION, "QM1 proxy IDs are not addresses");
        }
        IpsecProfile match = null;
        for (IpsecProfile p : core.config.ipsecProfiles()) {
            if (p.ikeProfile().name().equals(sa.profile.name())
                    && remote(sa, p).stream().anyMatch(t -> TsNarrowing.contains(t, ci))
                    && local(sa, p).stream().anyMatch(t -> TsNarrowing.contains(t, cr))) {
                match = p;
                break;
            }
        }
        if (match == null) {
            return Step.fail(FailureReason.FLOW_MISMATCH, INVALID_ID_INFORMATION,
                    "proxy identities " + ci + " <-> " + cr + " are not in any crypto map / IPsec profile");
        }
        q.ipsecProfile = match;
        q.localTs = cr;
        q.remoteTs = ci;
        if (!ids.isEmpty()) {
            q.idCi = ids.get(0);
            q.idCr = ids.get(1);
        }
        Optional<Phase2Proposals.Suite> chosen = Phase2Proposals.select(suites(sa, match), offer.get());
        if (chosen.isEmpty()) {
            return Step.fail(FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH, NO_PROPOSAL_CHOSEN,
                    "IPSec policy invalidated proposal with error 256 (no offered transform or PFS group matches "
                            + match.name() + ")");
        }
        q.chosen = chosen.get();
        Step pfs = pfsSecret(core, q, in, false);
        if (pfs != null) {
            return pfs;
        }
        return Step.then(Ikev1State.IKE_QM_SPI_STARVE, Ikev1Input.IKE_GOT_SPI);
    }

    private static TrafficSelector host(java.net.InetAddress a) {
        return TrafficSelector.of(new io.ike4j.config.IpPrefix(a, a.getAddress().length * 8), 0, 0, 65535);
    }

    /** The inbound SPI is ours (IKE_GOT_SPI): QM2 goes out, retransmitted until QM3 arrives. */
    static Step sendQm2(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        q.inboundSpi = core.newEspSpi(sa);
        q.nr = Bytes.wrap(core.random.nextBytes(Phase1.NONCE));
        List<IsakmpPayload> rest = new ArrayList<>();
        rest.add(Phase2Proposals.answer(q.chosen, q.inboundSpi));
        rest.add(new NoncePayload(q.nr));
        if (q.dh != null) {
            rest.add(new KePayload(Bytes.wrap(q.dh.publicValue())));
        }
        if (q.idCi != null) {
            rest.add(q.idCi);
            rest.add(q.idCr);
        }
        sendProtected(core, sa, q, core.tweaks.localHash("HASH(2)", hash(sa, rest, q.messageId, q.ni)), rest, true);
        return Step.waitIn(Ikev1State.IKE_QM_R_QM2);
    }

    static Step qm3(Ikev1Core core, IsakmpSa sa, QuickMode q) {
        String bad = verify(core, sa, q, 3);
        if (bad != null) {
            return Step.drop(bad);
        }
        accepted(core, sa, q);
        q.retransmitAt = null;
        Keymat.install(core, sa, q);
        return Step.waitIn(Ikev1State.IKE_QM_PHASE2_COMPLETE);
    }
}
