package io.ike4j.negotiator.impair;

import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.negotiator.Impairments;
import io.ike4j.negotiator.v1.Ikev1Impairments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Impairments named in text, for the command line ({@code ike peer --impair SPEC}) and test configuration:
 * {@code NAME[@EXCHANGE[/request|/response][#N]][=ARG]}, several separated by commas, e.g.
 * {@code drop-outbound@IKE_AUTH/request#1}, {@code ke-group@IKE_SA_INIT/request=19},
 * {@code omit-payload@IKE_AUTH=39}, {@code corrupt-icv@IKE_AUTH,duplicate-outbound}. EXCHANGE is an IKEv2 exchange
 * name or any exchange type number (ISAKMP's 2 Main Mode, 4 Aggressive, 5 Informational, 32 Quick Mode). Unknown
 * names and malformed specs are refused with the list of names, never ignored.
 */
public final class ImpairmentSpec {
    private ImpairmentSpec() {
    }

    private record Entry(String help, BiFunction<Select, Integer, Impairments> v2,
                         BiFunction<Select, Integer, Ikev1Impairments> v1) {
    }

    private static final Map<String, Entry> NAMES = new TreeMap<>();

    private static void both(String name, String help, BiFunction<Select, Integer, DatagramImpairment> f) {
        NAMES.put(name, new Entry(help, f::apply, f::apply));
    }

    private static void v2(String name, String help, BiFunction<Select, Integer, Impairments> f) {
        NAMES.put(name, new Entry(help, f, null));
    }

    private static void v1(String name, String help, BiFunction<Select, Integer, Ikev1Impairments> f) {
        NAMES.put(name, new Entry(help, null, f));
    }

    static {
        both("drop-outbound", "drop the selected messages we send", (s, a) -> Flow.dropOutgoing(s));
        both("duplicate-outbound", "send the selected messages twice", (s, a) -> Flow.duplicateOutgoing(s));
        both("delay-outbound", "=N: send the selected messages after N later ones", (s, a) -> Flow.delayOutgoing(s, arg(a, 1)));
        both("reorder-outbound", "swap each selected message with the next one", (s, a) -> Flow.reorderOutgoing(s));
        both("replay-outbound", "send the previous datagram again before each selected one", (s, a) -> Flow.replayOutgoing(s));
        both("block-outbound-after", "send nothing after the first selected message", (s, a) -> Flow.stopAfter(s));
        both("drop-inbound", "ignore the selected messages received", (s, a) -> Flow.dropIncoming(s));
        both("duplicate-inbound", "process the selected messages received twice", (s, a) -> Flow.duplicateIncoming(s));
        both("replay-inbound", "process the previous datagram again after each selected one", (s, a) -> Flow.replayIncoming(s));
        both("corrupt-payload-length", "first payload's length one too long", (s, a) -> Corrupt.payloadLength(s));
        both("bogus-payload-flag", "a reserved bit in the first payload header", (s, a) -> Corrupt.reservedField(s));
        both("corrupt-next-payload", "first payload's next-payload field unassigned", (s, a) -> Corrupt.nextPayloadChain(s));
        both("corrupt-icv", "flip the last octet (the ICV)", (s, a) -> Corrupt.icv(s));
        both("corrupt-encrypted", "flip an octet of the ciphertext", (s, a) -> Corrupt.ciphertext(s));
        v2("wrong-spi", "flip the peer's SPI", (s, a) -> Header.wrongSpi(s));
        v2("wrong-message-id", "=D: add D to the message ID", (s, a) -> Header.messageId(s, arg(a, 1)));
        v2("major-version-bump", "major version 3", (s, a) -> Header.version(s, 3, 0));
        v2("minor-version-bump", "minor version 1", (s, a) -> Header.version(s, 2, 1));
        v2("bogus-flags", "=BITS: OR BITS into the header flags", (s, a) -> Header.flags(s, arg(a, 0x01)));
        v2("bad-exchange-type", "=T: send as exchange type T", (s, a) -> Header.exchangeType(s, arg(a, 240)));
        v2("omit-payload", "=TYPE: leave out payloads of TYPE", (s, a) -> Structure.omit(s, arg(a, -1)));
        v2("duplicate-payload", "=TYPE: repeat the first payload of TYPE", (s, a) -> Structure.duplicate(s, arg(a, -1)));
        v2("reorder-payloads", "payloads in reverse order", (s, a) -> Structure.reverse(s));
        v2("add-unknown-payload", "=TYPE: add a non-critical unknown payload (default 200)",
                (s, a) -> Structure.addUnknown(s, arg(a, 200), false));
        v2("add-critical-payload", "=TYPE: add a critical unknown payload (default 200)",
                (s, a) -> Structure.addUnknown(s, arg(a, 200), true));
        v2("add-notify", "=TYPE: add a notification of TYPE", (s, a) -> Structure.addNotify(s, arg(a, -1), new byte[0]));
        v2("answer-notify", "=TYPE: answer with only a notification of TYPE",
                (s, a) -> Values.answerWithNotify(s, arg(a, -1), new byte[0]));
        v2("ke-group", "=GROUP: another group number in KE", (s, a) -> Values.keGroup(s, arg(a, -1)));
        v2("nonce-length", "=N: a nonce of N octets", (s, a) -> Values.nonceLength(s, arg(a, 0)));
        v2("add-transform", "=TYPE: a transform of TYPE (ID 1000) in every proposal",
                (s, a) -> Values.addTransform(s, arg(a, 1), 1000));
        v2("duplicate-proposal-number", "the first proposal again with the same number",
                (s, a) -> Values.duplicateProposalNumbers(s));
        v2("bust-auth", "flip a bit of AUTH", (s, a) -> Values.corruptAuth(s));
        v2("ignore-notify", "=TYPE: act as if received notifications of TYPE were absent",
                (s, a) -> Ignore.notify(s, arg(a, -1)));
        v2("ignore-payload", "=TYPE: act as if received payloads of TYPE were absent",
                (s, a) -> Ignore.payload(s, arg(a, -1)));
        v1("v1-omit-payload", "=TYPE: leave out ISAKMP payloads of TYPE (8 HASH)", (s, a) -> Isakmp.omit(s, arg(a, -1)));
        v1("v1-hash-check", "flip a bit of every HASH", (s, a) -> Isakmp.corruptHash(s));
        v1("v1-add-notify", "=TYPE: add an ISAKMP notification after HASH", (s, a) -> Isakmp.addNotify(s, arg(a, -1)));
    }

    private static int arg(Integer a, int dflt) {
        if (a == null) {
            if (dflt < 0) {
                throw new IllegalArgumentException("needs =VALUE");
            }
            return dflt;
        }
        return a;
    }

    /** {@return every name with its one-line help, sorted, IKEv1/IKEv2 applicability marked} */
    public static List<String> help() {
        List<String> out = new ArrayList<>();
        NAMES.forEach((n, e) -> out.add(n + " (" + (e.v2 != null && e.v1 != null ? "IKEv1+IKEv2"
                : e.v2 != null ? "IKEv2" : "IKEv1") + "): " + e.help));
        return out;
    }

    /**
     * Parses an IKEv2 spec.
     *
     * @param spec one or more comma-separated impairments
     * @return their composition in order
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Impairments ikev2(String spec) {
        Impairments all = Impairments.NONE;
        for (String one : split(spec)) {
            Parsed p = parse(one);
            if (p.entry.v2 == null) {
                throw new IllegalArgumentException("impairment '" + p.name + "' is for IKEv1");
            }
            Impairments i = p.apply(p.entry.v2);
            all = all == Impairments.NONE ? i : all.andThen(i);
        }
        return all;
    }

    /**
     * Parses an IKEv1 spec.
     *
     * @param spec one or more comma-separated impairments
     * @return their composition in order
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Ikev1Impairments ikev1(String spec) {
        List<Ikev1Impairments> all = new ArrayList<>();
        for (String one : split(spec)) {
            Parsed p = parse(one);
            if (p.entry.v1 == null) {
                throw new IllegalArgumentException("impairment '" + p.name + "' is for IKEv2");
            }
            all.add(p.apply(p.entry.v1));
        }
        return all.size() == 1 ? all.get(0) : Ikev1Impairments.all(all);
    }

    private record Parsed(String name, Entry entry, Select select, Integer arg) {
        <T> T apply(BiFunction<Select, Integer, T> f) {
            try {
                return f.apply(select, arg);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("impairment '" + name + "': " + e.getMessage(), e);
            }
        }
    }

    private static List<String> split(String spec) {
        List<String> out = new ArrayList<>();
        for (String s : spec.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty impairment spec");
        }
        return out;
    }

    private static Parsed parse(String one) {
        String rest = one;
        Integer arg = null;
        int eq = rest.indexOf('=');
        if (eq >= 0) {
            arg = number(rest.substring(eq + 1), one);
            rest = rest.substring(0, eq);
        }
        Select select = Select.any();
        int at = rest.indexOf('@');
        String name = (at >= 0 ? rest.substring(0, at) : rest).toLowerCase(Locale.ROOT);
        Entry e = NAMES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown impairment '" + name + "'; known: " + String.join(", ", NAMES.keySet()));
        }
        if (at >= 0) {
            String sel = rest.substring(at + 1);
            int nth = 0;
            int hash = sel.indexOf('#');
            if (hash >= 0) {
                nth = number(sel.substring(hash + 1), one);
                sel = sel.substring(0, hash);
            }
            String dir = "";
            int slash = sel.indexOf('/');
            if (slash >= 0) {
                dir = sel.substring(slash + 1).toLowerCase(Locale.ROOT);
                sel = sel.substring(0, slash);
            }
            select = new Select(exchange(sel, one), switch (dir) {
                case "" -> Select.Direction.BOTH;
                case "request" -> Select.Direction.REQUEST;
                case "response" -> Select.Direction.RESPONSE;
                default -> throw new IllegalArgumentException("'" + one + "': direction must be request or response");
            }, nth);
        }
        return new Parsed(name, e, select, arg);
    }

    private static int exchange(String s, String one) {
        if (s.isEmpty() || s.equals("*")) {
            return Select.ANY;
        }
        for (Ikev2ExchangeType t : Ikev2ExchangeType.values()) {
            if (t.name().equalsIgnoreCase(s)) {
                return t.number();
            }
        }
        return number(s, one);
    }

    private static int number(String s, String one) {
        try {
            return s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException("'" + one + "': '" + s + "' is not a number or exchange name");
        }
    }
}
