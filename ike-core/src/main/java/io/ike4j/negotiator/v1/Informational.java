package io.ike4j.negotiator.v1;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v1.DeletePayload;
import io.ike4j.codec.v1.HashPayload;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpPayload;
import io.ike4j.codec.v1.NotifyPayload;
import io.ike4j.diag.FailureReason;
import io.ike4j.sm.v1.Ikev1State;

import java.util.ArrayList;
import java.util.List;

/**
 * Informational exchanges (RFC 2408 §4.8, RFC 2409 §5.7): HDR*, HASH(1), N/D with HASH(1) = prf(SKEYID_a, M-ID | N/D),
 * a fresh message ID and IV each; before phase-1 keys exist, a notify goes unprotected. One message each, not
 * answered and not retransmitted. Received ones come here only after their HASH(1) verified ({@link Ikev1Receiver}).
 */
final class Informational {
    static final int EXCHANGE = IsakmpExchangeType.INFORMATIONAL.number();
    /** Error types are below 8192 (RFC 2408 §3.14.1). */
    static final int LAST_ERROR = 8191;

    private Informational() {
    }

    /** A random message ID no exchange of the SA uses (RFC 2408 §3.1), below 2^31 as IOS's node numbers print. */
    static int freshMessageId(Ikev1Core core, IsakmpSa sa) {
        while (true) {
            byte[] r = core.random.nextBytes(4);
            int mid = ((r[0] & 0x7f) << 24) | ((r[1] & 0xff) << 16) | ((r[2] & 0xff) << 8) | (r[3] & 0xff);
            if (mid != 0 && !sa.nodes.containsKey(mid)) {
                return mid;
            }
        }
    }

    static Bytes cookies(IsakmpSa sa) {
        byte[] spi = new byte[16];
        sa.cookieI.copyTo(spi, 0);
        sa.cookieR.copyTo(spi, 8);
        return Bytes.wrap(spi);
    }

    /** One protected Informational message with {@code body} (§5.7). */
    static void sendProtected(Ikev1Core core, IsakmpSa sa, List<IsakmpPayload> body) {
        int mid = freshMessageId(core, sa);
        byte[] h = sa.kdf.quickModeHash1(sa.keys.skeyidA(), mid, Protection.chain(body));
        List<IsakmpPayload> ps = new ArrayList<>();
        ps.add(new HashPayload(Bytes.wrap(h)));
        ps.addAll(body);
        core.transmit(sa, Protection.encrypted(core, sa, EXCHANGE, mid, ps));
        sa.ivs.forget(mid);
    }

    /** A notify about the ISAKMP SA or ({@code ipsec}) a quick mode, by the SPI of its proposal when known. */
    static void sendNotify(Ikev1Core core, IsakmpSa sa, int type, Bytes spi, boolean ipsec) {
        NotifyPayload n = new NotifyPayload(1, ipsec ? 3 : 1, type, ipsec ? spi : cookies(sa), Bytes.EMPTY);
        if (sa.keys != null && sa.ivs != null) {
            sendProtected(core, sa, List.of(n));
        } else {
            core.transmit(sa, Protection.plain(core, sa, EXCHANGE, List.of(n)));
        }
    }

    /** DELETE for the ISAKMP SA (and first for its IPsec SAs), then the SA goes (§4.8: not acknowledged). */
    static void deleteIsakmp(Ikev1Core core, IsakmpSa sa, String why) {
        if (sa.keys != null && sa.ivs != null && sa.state == Ikev1State.IKE_P1_COMPLETE) {
            for (QuickMode q : sa.nodes.values()) {
                if (q.child != null) {
                    sendProtected(core, sa, List.of(ipsecDelete(q)));
                }
            }
            sendProtected(core, sa, List.of(new DeletePayload(1, 1, 16, List.of(cookies(sa)))));
        }
        core.remove(sa, why);
    }

    static DeletePayload ipsecDelete(QuickMode q) {
        return new DeletePayload(1, 3, 4, List.of(q.inboundSpi));
    }

    /** DELETE for one quick mode's IPsec SAs (our inbound SPI), which then go. */
    static void deleteChild(Ikev1Core core, IsakmpSa sa, QuickMode q, String why) {
        if (q.child != null) {
            sendProtected(core, sa, List.of(ipsecDelete(q)));
            dropChild(core, sa, q, why);
        }
    }

    static void dropChild(Ikev1Core core, IsakmpSa sa, QuickMode q, String why) {
        sa.nodes.remove(q.messageId);
        sa.ivs.forget(q.messageId);
        core.espSpis.remove(q.inboundSpi);
        if (q.child != null) {
            core.keyEngine.delete(q.child);
            core.listener.ipsecSaDeleted(core.info(sa), q.child, why);
            q.child.destroy();
            q.child = null;
        }
    }

    // ---- received, verified ----

    static Step delete(Ikev1Core core, IsakmpSa sa, QuickMode ignored) {
        for (DeletePayload d : sa.in.all(DeletePayload.class)) {
            if (d.protocolId() == 1) {
                core.remove(sa, "received DELETE for the ISAKMP SA");
                return Step.idle();
            }
            if (d.protocolId() == 3 && d.spiSize() == 4) {
                for (Bytes spi : d.spis()) {
                    for (QuickMode q : new ArrayList<>(sa.nodes.values())) {
                        if (q.child != null && spi.equals(q.outboundSpi)) {
                            deleteChild(core, sa, q, "received DELETE for IPsec SA " + spi.toHex()); // ours goes too
                        }
                    }
                }
            }
        }
        return Step.stay(io.ike4j.sm.v1.Ikev1Input.IKE_NO_INPUT);
    }

    static Step notify(Ikev1Core core, IsakmpSa sa, QuickMode ignored) {
        for (NotifyPayload n : sa.in.all(NotifyPayload.class)) {
            int type = n.notifyType();
            if (type == MainMode.INITIAL_CONTACT) {
                Phase1Done.initialContact(core, sa);
            } else if (type == Dpd.R_U_THERE || type == Dpd.R_U_THERE_ACK) {
                Dpd.received(core, sa, n);
            } else if (type <= LAST_ERROR) {
                QuickMode q = nodeOf(sa, n);
                if (q != null) {
                    core.failOnNotify(sa, q, type, reasonOf(type, true));
                } else if (sa.state != Ikev1State.IKE_P1_COMPLETE) {
                    core.failOnNotify(sa, null, type, reasonOf(type, false));
                    return Step.idle();
                } else {
                    Ikev1Core.LOG.info("ISAKMP: ({}): received notify {} for no exchange in progress", sa.connId(),
                            io.ike4j.codec.v1.IsakmpNotifyType.nameOf(type));
                }
            }
        }
        return Step.stay(io.ike4j.sm.v1.Ikev1Input.IKE_NO_INPUT);
    }

    /** The quick mode in progress a notify is about: by our SPI it names, else the only one in progress. */
    static QuickMode nodeOf(IsakmpSa sa, NotifyPayload n) {
        QuickMode only = null;
        int inProgress = 0;
        for (QuickMode q : sa.nodes.values()) {
            if (q.state == Ikev1State.IKE_QM_PHASE2_COMPLETE || q.forgetAt != null) {
                continue;
            }
            if (n.spi().length() == 4 && n.spi().equals(q.inboundSpi)) {
                return q;
            }
            only = q;
            inProgress++;
        }
        return inProgress == 1 && n.protocolId() != 1 ? only : null;
    }

    /** The failure vocabulary of a received error notify (ios-reference.md §5). */
    static FailureReason reasonOf(int type, boolean phase2) {
        return switch (type) {
            case 14 -> phase2 ? FailureReason.PHASE2_PROPOSAL_OR_PFS_MISMATCH : FailureReason.PHASE1_PROPOSAL_MISMATCH;
            case 18 -> phase2 ? FailureReason.FLOW_MISMATCH : FailureReason.CONFIG_ID_MISMATCH;
            case 1, 16, 23, 24 -> FailureReason.AUTHENTICATION_FAIL;
            default -> FailureReason.PEER_ERROR_NOTIFY;
        };
    }
}
