package io.ike4j.cli;

import io.ike4j.config.EspTransform;
import io.ike4j.config.TrafficSelector;
import io.ike4j.crypto.iana.EncrTransformId;
import io.ike4j.crypto.iana.IntegTransformId;
import io.ike4j.crypto.iana.KeTransformId;
import io.ike4j.crypto.iana.PrfTransformId;
import io.ike4j.sa.ChildSa;
import io.ike4j.sa.IkeSaInfo;
import io.ike4j.sm.Role;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IOS-style operational views (ios-reference.md §4, seed 002): {@code show crypto ikev2 sa detailed} for an
 * IKE SA and a {@code show crypto ipsec sa} subset (idents, peer, SPIs, transform, PFS) for its CHILD_SAs.
 * Counters IOS keeps for the data plane (#pkts, CE id, SGT) have no meaning here and are left out.
 */
final class SaSummary {
    // IOS spellings (seed 002 "Encr: AES-CBC", "Hash: SHA96"); anything else falls back to the IANA name.
    private static final Map<Integer, String> ENCR = Map.of(3, "3DES", 12, "AES-CBC", 13, "AES-CTR", 18, "AES-GCM-8",
            19, "AES-GCM-12", 20, "AES-GCM", 28, "CHACHA20-POLY1305");
    private static final Map<Integer, String> PRF = Map.of(1, "MD5", 2, "SHA1", 4, "AES-XCBC", 5, "SHA256",
            6, "SHA384", 7, "SHA512");
    private static final Map<Integer, String> HASH = Map.of(0, "None", 1, "MD596", 2, "SHA96", 5, "AES-XCBC-96",
            12, "SHA256", 13, "SHA384", 14, "SHA512");

    private SaSummary() {
    }

    /** The {@code show crypto ikev2 sa detailed} block of one SA; {@code now} gives the active time. */
    static String ikeSaDetailed(IkeSaInfo sa, Instant now) {
        StringBuilder b = new StringBuilder();
        boolean v4 = sa.local().address() instanceof Inet4Address;
        b.append(" IPv").append(v4 ? 4 : 6).append(" Crypto IKEv2  SA\n\n");
        b.append(String.format("%-9s %-21s %-21s %-17s %s%n", "Tunnel-id", "Local", "Remote", "fvrf/ivrf", "Status"));
        b.append(String.format("%-9d %-21s %-21s %-17s %s%n", sa.saId(), endpoint(sa.local().address(), sa.local().port()),
                endpoint(sa.remote().address(), sa.remote().port()), "none/none", sa.state()));
        b.append("      Encr: ").append(name(ENCR, sa.encrId(), EncrTransformId.nameOf(sa.encrId())));
        if (sa.encrKeyBits() != 0) {
            b.append(", keysize: ").append(sa.encrKeyBits());
        }
        b.append(", PRF: ").append(name(PRF, sa.prfId(), PrfTransformId.nameOf(sa.prfId())))
                .append(", Hash: ").append(name(HASH, sa.integId(), IntegTransformId.nameOf(sa.integId())))
                .append(", DH Grp:").append(sa.group())
                .append(", Auth sign: ").append(sa.localAuth()).append(", Auth verify: ").append(sa.remoteAuth()).append('\n');
        long active = sa.established().map(t -> Math.max(0, Duration.between(t, now).getSeconds())).orElse(0L);
        b.append("      Life/Active Time: ").append(sa.lifetimeSeconds()).append('/').append(active).append(" sec\n");
        b.append("      Status Description: ").append(statusDescription(sa)).append('\n');
        b.append(String.format("      Local spi: %-20s Remote spi: %s%n", hex(sa.localSpi().toHex()), hex(sa.remoteSpi().toHex())));
        b.append("      Local id: ").append(sa.localId().map(Addresses::id).orElse("")).append('\n');
        b.append("      Remote id: ").append(sa.remoteId().map(Addresses::id).orElse("")).append('\n');
        b.append(String.format("      Local req msg id:  %-14d Remote req msg id:  %d%n", sa.nextRequestId(), sa.expectedRequestId()));
        b.append(String.format("      Local next msg id: %-14d Remote next msg id: %d%n", sa.nextRequestId(), sa.expectedRequestId()));
        b.append(String.format("      Local window:      %-14d Remote window:      %d%n", sa.window(), sa.window()));
        b.append("      DPD configured for ").append(sa.dpdIntervalSeconds().orElse(0)).append(" seconds, retry 0\n");
        b.append("      NAT-T is ").append(sa.localBehindNat() ? "detected inside" : sa.remoteBehindNat() ? "detected outside"
                : "not detected").append('\n');
        b.append("      Initiator of SA : ").append(sa.role() == Role.INITIATOR ? "Yes" : "No").append('\n');
        return b.toString();
    }

    /** IOS "Negotiation done" once READY, "Negotiation in progress" before, "Deleting" after. */
    static String statusDescription(IkeSaInfo sa) {
        if (sa.state() == io.ike4j.sm.v2.Ikev2State.READY) {
            return "Negotiation done";
        }
        return sa.state() == io.ike4j.sm.v2.Ikev2State.DELETE ? "Deleting" : "Negotiation in progress";
    }

    /** The {@code show crypto ipsec sa} lines of one CHILD_SA, as seen from {@code sa}'s local side. */
    static String childSa(IkeSaInfo sa, ChildSa child) {
        StringBuilder b = new StringBuilder();
        b.append("   local  ident (addr/mask/prot/port): ").append(idents(child.localSelectors())).append('\n');
        b.append("   remote ident (addr/mask/prot/port): ").append(idents(child.remoteSelectors())).append('\n');
        b.append("   current_peer ").append(Addresses.text(sa.remote().address())).append(" port ").append(sa.remote().port()).append('\n');
        b.append("     local crypto endpt.: ").append(Addresses.text(sa.local().address()))
                .append(", remote crypto endpt.: ").append(Addresses.text(sa.remote().address())).append('\n');
        b.append("     current outbound spi: ").append(spi(child.outboundSpi().toHex())).append('\n');
        b.append("     PFS (Y/N): ").append(child.pfsGroup() == 0 ? "N, DH group: none" : "Y, DH group: group" + child.pfsGroup()
                + " (" + KeTransformId.nameOf(child.pfsGroup()) + ")").append('\n');
        String transform = transform(child);
        String mode = child.transportMode() ? "Transport" : "Tunnel";
        b.append("     inbound esp sas:\n      spi: ").append(spi(child.inboundSpi().toHex())).append('\n')
                .append("        transform: ").append(transform).append(" ,\n")
                .append("        in use settings ={").append(mode).append(", }\n")
                .append("        sa timing: remaining key lifetime (sec): (").append(child.lifetimeSeconds()).append(")\n");
        b.append("     outbound esp sas:\n      spi: ").append(spi(child.outboundSpi().toHex())).append('\n')
                .append("        transform: ").append(transform).append(" ,\n")
                .append("        in use settings ={").append(mode).append(", }\n")
                .append("        sa timing: remaining key lifetime (sec): (").append(child.lifetimeSeconds()).append(")\n");
        return b.toString();
    }

    /** IOS transform-set words, e.g. {@code esp-aes esp-sha256-hmac}, {@code esp-aes 256 esp-sha-hmac}, {@code esp-gcm 256}. */
    static String transform(ChildSa c) {
        StringBuilder b = new StringBuilder();
        String enc = iosTransform(EspTransform.Kind.ENCRYPTION, c.encrId()).orElse(EncrTransformId.nameOf(c.encrId()));
        b.append(enc);
        if (c.encrKeyBits() != 0 && c.encrKeyBits() != 128) {
            b.append(' ').append(c.encrKeyBits());
        }
        if (c.integId() != 0) {
            b.append(' ').append(iosTransform(EspTransform.Kind.INTEGRITY, c.integId()).orElse(IntegTransformId.nameOf(c.integId())));
        }
        return b.toString();
    }

    private static java.util.Optional<String> iosTransform(EspTransform.Kind kind, int id) {
        for (EspTransform t : EspTransform.values()) {
            if (t.kind() == kind && t.transformId() == id) {
                return java.util.Optional.of(t.iosName());
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code (10.1.0.0/255.255.0.0/256/0)}: prot 256 and port 0 are IOS's "any" (seed 002). */
    static String idents(List<TrafficSelector> ts) {
        StringBuilder b = new StringBuilder();
        for (TrafficSelector t : ts) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append('(').append(Addresses.text(t.startAddress())).append('/').append(mask(t)).append('/')
                    .append(t.protocol() == 0 ? 256 : t.protocol()).append('/')
                    .append(t.startPort() == 0 && t.endPort() == 65535 ? "0" : t.startPort() == t.endPort()
                            ? String.valueOf(t.startPort()) : t.startPort() + "-" + t.endPort())
                    .append(')');
        }
        return b.toString();
    }

    /** strongSwan's spelling of a selector: {@code 10.1.0.0/16}, or {@code a..b} for a range that is no prefix. */
    static String cidr(TrafficSelector t) {
        int len = prefixLength(t);
        if (len < 0) {
            return Addresses.text(t.startAddress()) + ".." + Addresses.text(t.endAddress());
        }
        String s = Addresses.text(t.startAddress()) + "/" + len;
        if (t.protocol() != 0 || t.startPort() != 0 || t.endPort() != 65535) {
            s += "[" + t.protocol() + "/" + (t.startPort() == t.endPort() ? String.valueOf(t.startPort())
                    : t.startPort() + "-" + t.endPort()) + "]";
        }
        return s;
    }

    /** The prefix length when the address range is exactly one prefix (common leading bits, then start 0s / end 1s), else -1. */
    static int prefixLength(TrafficSelector t) {
        byte[] lo = t.startAddress().getAddress();
        byte[] hi = t.endAddress().getAddress();
        int len = -1;
        for (int i = 0; i < lo.length * 8; i++) {
            int m = 0x80 >> (i % 8);
            boolean l = (lo[i / 8] & m) != 0;
            boolean h = (hi[i / 8] & m) != 0;
            if (len < 0) {
                if (l != h) {
                    len = i;
                    if (l || !h) {
                        return -1;
                    }
                }
            } else if (l || !h) {
                return -1;
            }
        }
        return len < 0 ? lo.length * 8 : len;
    }

    /** The netmask when the range is a prefix, else {@code -END} (the range's end address). */
    private static String mask(TrafficSelector t) {
        int len = prefixLength(t);
        if (len < 0) {
            return "-" + Addresses.text(t.endAddress());
        }
        byte[] m = new byte[t.startAddress().getAddress().length];
        for (int i = 0; i < len; i++) {
            m[i / 8] |= (byte) (0x80 >> (i % 8));
        }
        try {
            return Addresses.text(InetAddress.getByAddress(m));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // cannot happen: 4 or 16 octets
        }
    }

    private static String endpoint(InetAddress a, int port) {
        return Addresses.text(a) + "/" + port;
    }

    private static String name(Map<Integer, String> ios, int id, String fallback) {
        return ios.getOrDefault(id, fallback);
    }

    private static String hex(String h) {
        return h.toUpperCase(Locale.ROOT);
    }

    /** {@code 0xF6083ADD(4127734493)}. */
    private static String spi(String hex) {
        return "0x" + hex.toUpperCase(Locale.ROOT) + "(" + Long.parseUnsignedLong(hex.isEmpty() ? "0" : hex, 16) + ")";
    }
}
