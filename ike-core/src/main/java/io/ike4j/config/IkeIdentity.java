package io.ike4j.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IKE identity (RFC 7296 §3.5 ID payload): type and value as text. {@link #infer(String)} follows
 * what an operator types: an IP literal, {@code user@domain} (RFC822), {@code keyid:...} (KEY_ID,
 * hex with {@code 0x} prefix or text), a DN such as {@code C=CH, O=ike4j, CN=peer}, else an FQDN.
 */
public record IkeIdentity(Type type, String value) {

    /** ID types of RFC 7296 §3.5 with their IANA numbers. */
    public enum Type {
        /** ID_IPV4_ADDR (1): an IPv4 address. */
        IPV4_ADDR(1, "address"),
        /** ID_FQDN (2): a fully qualified domain name. */
        FQDN(2, "fqdn"),
        /** ID_RFC822_ADDR (3): an e-mail address, {@code user@domain}. */
        RFC822_ADDR(3, "email"),
        /** ID_IPV6_ADDR (5): an IPv6 address. */
        IPV6_ADDR(5, "address"),
        /** ID_DER_ASN1_DN (9): a distinguished name. */
        DER_ASN1_DN(9, "dn"),
        /** ID_KEY_ID (11): opaque octets. */
        KEY_ID(11, "key-id");

        private final int number;
        private final String iosName;

        Type(int number, String iosName) {
            this.number = number;
            this.iosName = iosName;
        }

        /** {@return the ID type's IANA number} */
        public int number() {
            return number;
        }

        /** {@return the IOS keyword ({@code match identity remote address|fqdn|email|key-id})} */
        public String iosName() {
            return iosName;
        }

        /**
         * The constant IANA assigned {@code number} to.
         *
         * @param number the IANA value
         * @return the constant, or empty for a number this enum does not know
         */
        public static Optional<Type> of(int number) {
            for (Type t : values()) {
                if (t.number == number) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern DN_RDN = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9.]*\\s*=.*");

    /**
     * Checks that the value has the form its type requires.
     *
     * @param type the identity type
     * @param value the identity in text (address literal, FQDN, e-mail, DN, hex key ID)
     */
    public IkeIdentity {
        // No message is built unless a check fails: identities are made per handshake (IDi/IDr decoded, address IDs).
        if (type == null) {
            throw new ConfigException("identity: type must not be null");
        }
        if (value == null || value.isEmpty()) {
            throw new ConfigException("identity " + type + ": value must not be empty");
        }
        String problem = switch (type) {
            case IPV4_ADDR -> IpLiterals.dottedQuad(value.trim()) != null // the common form, checked without parsing
                    || IpLiterals.parse(value).filter(a -> a instanceof Inet4Address).isPresent() ? null
                    : "is not an IPv4 address";
            case IPV6_ADDR -> IpLiterals.parse(value).filter(a -> !(a instanceof Inet4Address)).isPresent() ? null
                    : "is not an IPv6 address";
            case FQDN -> isDomainName(value) ? null : "is not a domain name";
            case RFC822_ADDR -> value.indexOf('@') > 0 && value.indexOf('@') < value.length() - 1 ? null
                    : "is not user@domain";
            case DER_ASN1_DN -> DN_RDN.matcher(value).matches() ? null : "is not a distinguished name (e.g. CN=peer)";
            case KEY_ID -> null;
        };
        if (problem != null) {
            throw new ConfigException("identity " + type + ": '" + value + "' " + problem);
        }
    }

    /**
     * A domain name as ID_FQDN carries it (RFC 7296 §3.5; RFC 1035 §2.3.4 sizes): at most 253 characters, labels of
     * 1 to 63 letters, digits, '_' or '-' that neither start nor end with '-', one optional trailing dot. A loop, not
     * a regular expression: the peer's IDi is checked on every IKE_AUTH.
     */
    static boolean isDomainName(String v) {
        int n = v.length();
        if (n == 0 || n > 253) {
            return false;
        }
        int end = v.charAt(n - 1) == '.' ? n - 1 : n; // the trailing dot of an absolute name
        int start = 0;
        while (true) {
            int dot = v.indexOf('.', start);
            int stop = dot < 0 || dot >= end ? end : dot;
            int len = stop - start;
            if (len < 1 || len > 63 || v.charAt(start) == '-' || v.charAt(stop - 1) == '-') {
                return false;
            }
            for (int i = start; i < stop; i++) {
                char c = v.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                    return false;
                }
            }
            if (stop == end) {
                return true;
            }
            start = stop + 1;
        }
    }

    /**
     * Infers the type from the text; see the class comment.
     *
     * @param text what the operator typed
     * @return the identity
     */
    public static IkeIdentity infer(String text) {
        ConfigException.check(text != null && !text.isBlank(), "identity: value must not be empty");
        String t = text.trim();
        if (t.regionMatches(true, 0, "keyid:", 0, 6)) {
            return new IkeIdentity(Type.KEY_ID, t.substring(6));
        }
        Optional<InetAddress> ip = IpLiterals.parse(t);
        if (ip.isPresent()) {
            return ip.get() instanceof Inet4Address ? new IkeIdentity(Type.IPV4_ADDR, t) : new IkeIdentity(Type.IPV6_ADDR, t);
        }
        if (t.contains("=")) {
            return new IkeIdentity(Type.DER_ASN1_DN, t);
        }
        if (t.contains("@")) {
            return new IkeIdentity(Type.RFC822_ADDR, t);
        }
        if (isDomainName(t)) {
            return new IkeIdentity(Type.FQDN, t);
        }
        throw new ConfigException("identity: cannot infer the type of '" + t + "' (not an address, FQDN, email, keyid: or DN)");
    }

    /**
     * An ID_IPV4_ADDR or ID_IPV6_ADDR identity.
     *
     * @param a the address
     * @return the identity
     */
    public static IkeIdentity address(InetAddress a) {
        return new IkeIdentity(a instanceof Inet4Address ? Type.IPV4_ADDR : Type.IPV6_ADDR, a.getHostAddress());
    }

    /**
     * An ID_FQDN identity.
     *
     * @param name the domain name
     * @return the identity
     */
    public static IkeIdentity fqdn(String name) {
        return new IkeIdentity(Type.FQDN, name);
    }

    /**
     * An ID_RFC822_ADDR identity.
     *
     * @param addr {@code user@domain}
     * @return the identity
     */
    public static IkeIdentity email(String addr) {
        return new IkeIdentity(Type.RFC822_ADDR, addr);
    }

    /**
     * An ID_KEY_ID identity.
     *
     * @param id hex with {@code 0x} prefix, or text taken as its octets
     * @return the identity
     */
    public static IkeIdentity keyId(String id) {
        return new IkeIdentity(Type.KEY_ID, id);
    }

    /** {@return for IP identities, the address (literal parse, no lookup); empty otherwise} */
    public Optional<InetAddress> address() {
        return type == Type.IPV4_ADDR || type == Type.IPV6_ADDR ? IpLiterals.parse(value) : Optional.empty();
    }

    @Override
    public String toString() {
        return type.iosName() + " " + value;
    }
}
