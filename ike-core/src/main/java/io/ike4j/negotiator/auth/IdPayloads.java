package io.ike4j.negotiator.auth;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.config.IkeIdentity;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Converts between configured identities and IDi/IDr payloads (RFC 7296 §3.5): ID_IPV4_ADDR (4 octets),
 * ID_IPV6_ADDR (16), ID_FQDN and ID_RFC822_ADDR (the text, no terminator), ID_DER_ASN1_DN (DER Name),
 * ID_KEY_ID (opaque octets: {@code 0x}-prefixed hex in the identity, else its UTF-8 text).
 */
public final class IdPayloads {
    private static final HexFormat HEX = HexFormat.of();

    private IdPayloads() {
    }

    /**
     * The IDi ({@code initiator}) or IDr payload for {@code id}.
     *
     * @param initiator true for IDi, false for IDr
     * @param id the identity
     * @return the payload
     * @throws IllegalArgumentException for a DN the JDK cannot parse or a {@code 0x} key ID that is not hex
     *                                  (configuration errors, caught when the identity is configured)
     */
    public static Ikev2IdPayload toPayload(boolean initiator, IkeIdentity id) {
        byte[] data = switch (id.type()) {
            case IPV4_ADDR, IPV6_ADDR -> id.address().orElseThrow(
                    () -> new IllegalArgumentException("identity " + id + ": not an address")).getAddress();
            case FQDN, RFC822_ADDR -> id.value().getBytes(StandardCharsets.UTF_8);
            case DER_ASN1_DN -> new X500Principal(id.value()).getEncoded();
            case KEY_ID -> keyIdOctets(id.value());
        };
        return new Ikev2IdPayload(initiator, id.type().number(), Bytes.wrap(data));
    }

    /**
     * The identity an ID payload names; empty for unknown types and malformed data (never throws).
     *
     * @param id a received ID payload
     * @return the identity, or empty
     */
    public static Optional<IkeIdentity> fromPayload(Ikev2IdPayload id) {
        if (id == null || id.data() == null) {
            return Optional.empty();
        }
        Optional<IkeIdentity.Type> type = IkeIdentity.Type.of(id.idType());
        if (type.isEmpty() || id.data().isEmpty()) {
            return Optional.empty();
        }
        byte[] d = id.data().toByteArray();
        try {
            return switch (type.get()) {
                case IPV4_ADDR -> d.length == 4 ? Optional.of(IkeIdentity.address(InetAddress.getByAddress(d))) : Optional.empty();
                case IPV6_ADDR -> d.length == 16 ? Optional.of(IkeIdentity.address(InetAddress.getByAddress(d))) : Optional.empty();
                case FQDN, RFC822_ADDR -> text(d).map(t -> new IkeIdentity(type.get(), t));
                case DER_ASN1_DN -> Optional.of(new IkeIdentity(type.get(), new X500Principal(d).getName(X500Principal.RFC2253)));
                case KEY_ID -> Optional.of(IkeIdentity.keyId(keyIdText(d)));
            };
        } catch (UnknownHostException | IllegalArgumentException e) {
            // IllegalArgumentException: X500Principal rejects a malformed DN, and its subclass ConfigException
            // says the text is not a valid FQDN/email/DN for IkeIdentity.
            return Optional.empty();
        }
    }

    /**
     * ID type, 3 reserved octets, identification data: the octets MACedIDForI/R covers (RFC 7296 §2.15).
     *
     * @param id the ID payload
     * @return RestOfIDPayload
     */
    public static byte[] body(Ikev2IdPayload id) {
        byte[] out = new byte[4 + id.data().length()];
        out[0] = (byte) id.idType();
        out[1] = (byte) (id.reserved() >>> 16);
        out[2] = (byte) (id.reserved() >>> 8);
        out[3] = (byte) id.reserved();
        id.data().copyTo(out, 4);
        return out;
    }

    private static byte[] keyIdOctets(String value) {
        if (value.length() > 2 && value.regionMatches(true, 0, "0x", 0, 2)) {
            return HEX.parseHex(value.substring(2));
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Printable ASCII key IDs read back as text (unless they look like hex), anything else as 0x-hex. */
    private static String keyIdText(byte[] d) {
        boolean printable = true;
        for (byte b : d) {
            printable &= b >= 0x20 && b <= 0x7e;
        }
        String t = new String(d, StandardCharsets.US_ASCII);
        if (printable && !t.regionMatches(true, 0, "0x", 0, 2)) {
            return t;
        }
        return "0x" + HEX.formatHex(d);
    }

    /**
     * The octets as text when they are well-formed UTF-8 (RFC 3629 §4: no overlong form, no surrogate, nothing above
     * U+10FFFF, no truncated sequence) without a space or control character; else empty. A loop rather than a
     * CharsetDecoder, a CharBuffer and a stream: this runs on every IKE_AUTH with an ID_FQDN or ID_RFC822_ADDR.
     */
    static Optional<String> text(byte[] d) {
        for (int i = 0; i < d.length; ) {
            int b = d[i] & 0xff;
            if (b < 0x80) {
                if (b < 0x21 || b == 0x7f) {
                    return Optional.empty();
                }
                i++;
                continue;
            }
            int n; //                    continuation octets, the first of them in [lo, hi] (RFC 3629 §4's table)
            int lo = 0x80;
            int hi = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                n = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                n = 2;
                lo = b == 0xe0 ? 0xa0 : lo; //  no overlong three-octet form
                hi = b == 0xed ? 0x9f : hi; //  no UTF-16 surrogate
            } else if (b >= 0xf0 && b <= 0xf4) {
                n = 3;
                lo = b == 0xf0 ? 0x90 : lo; //  no overlong four-octet form
                hi = b == 0xf4 ? 0x8f : hi; //  nothing above U+10FFFF
            } else {
                return Optional.empty(); //     C0, C1, F5-FF, or a continuation octet out of place
            }
            if (d.length - i <= n) {
                return Optional.empty();
            }
            int c = d[i + 1] & 0xff;
            if (c < lo || c > hi) {
                return Optional.empty();
            }
            for (int j = 2; j <= n; j++) {
                c = d[i + j] & 0xff;
                if (c < 0x80 || c > 0xbf) {
                    return Optional.empty();
                }
            }
            i += n + 1;
        }
        return Optional.of(new String(d, StandardCharsets.UTF_8));
    }
}
