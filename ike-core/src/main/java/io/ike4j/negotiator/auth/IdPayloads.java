package io.ike4j.negotiator.auth;

import io.ike4j.codec.Bytes;
import io.ike4j.codec.v2.Ikev2IdPayload;
import io.ike4j.config.IkeIdentity;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    private static Optional<String> text(byte[] d) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(d)).toString();
            return s.chars().anyMatch(c -> c < 0x21 || c == 0x7f) ? Optional.empty() : Optional.of(s);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
