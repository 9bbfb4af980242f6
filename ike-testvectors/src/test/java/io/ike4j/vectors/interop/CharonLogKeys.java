package io.ike4j.vectors.interop;

import io.ike4j.codec.Bytes;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser for a level-4 charon file log ({@code time_format = %Y-%m-%dT%H:%M:%S}, {@code ike_name = yes}).
 * Secrets appear as a header {@code <label> => N bytes @ 0x…} followed by hexdump lines
 * {@code    0: C9 5A 46 … ascii}, 16 octets per line. Worker threads interleave lines, so the dump lines
 * are matched to the header by thread number and by their running offset.
 */
public final class CharonLogKeys {
    // 2026-11-21T05:50:38 08[CHD] <v2-psk-modp2048|1> encryption initiator key => 16 bytes @ 0x7f71…
    private static final Pattern HEADER = Pattern.compile(
            "^\\S+ (\\d+)\\[(\\w+)\\] (?:<([^>]*)> )?(.+?) => (\\d+) bytes @ 0x[0-9a-fA-F]+\\s*$");
    private static final Pattern DUMP = Pattern.compile("^\\S+ (\\d+)\\[(\\w+)\\] (?:<([^>]*)> )?\\s*(\\d+): (.*)$");
    // a rekey's responder logs "inbound CHILD_SA ... established" first, "outbound ..." after the DELETE: the first counts
    private static final Pattern CHILD_UP = Pattern.compile(
            "^\\S+ \\d+\\[\\w+\\] (?:<([^>]*)> )?(?:inbound )?CHILD_SA (\\S+)\\{\\d+\\} established with SPIs "
                    + "([0-9a-fA-F]+)_i ([0-9a-fA-F]+)_o");

    /** One logged secret, in log order. */
    public record Secret(String context, String group, String label, Bytes value) {
    }

    private final List<Secret> secrets;
    private final List<IkeSaKeys> ikeKeys;
    private final List<ChildSaKeys> childKeys;

    private CharonLogKeys(List<Secret> secrets, List<IkeSaKeys> ikeKeys, List<ChildSaKeys> childKeys) {
        this.secrets = List.copyOf(secrets);
        this.ikeKeys = List.copyOf(ikeKeys);
        this.childKeys = List.copyOf(childKeys);
    }

    public List<Secret> secrets() {
        return secrets;
    }

    /** IKE SA key sets, one per {@code SKEYSEED} (initial IKE SA and each IKE rekey). */
    public List<IkeSaKeys> ikeKeys() {
        return ikeKeys;
    }

    /** CHILD_SA key sets, one per {@code seed} in group CHD. */
    public List<ChildSaKeys> childKeys() {
        return childKeys;
    }

    private static final class Pending {
        final String context;
        final String group;
        final String label;
        final int length;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Pending(String context, String group, String label, int length) {
            this.context = context;
            this.group = group;
            this.label = label;
            this.length = length;
        }
    }

    public static CharonLogKeys parse(List<String> lines) {
        List<Secret> secrets = new ArrayList<>();
        List<String[]> childUps = new ArrayList<>(); // {context, name, spiIn, spiOut, secretIndex}
        List<Integer> childUpAt = new ArrayList<>();
        Map<String, Pending> pending = new HashMap<>();
        for (String line : lines) {
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                String thread = h.group(1);
                finish(pending.remove(thread), secrets);
                int len = Integer.parseInt(h.group(5));
                Pending p = new Pending(nz(h.group(3)), h.group(2), h.group(4).trim(), len);
                if (len == 0) {
                    finish(p, secrets);
                } else {
                    pending.put(thread, p);
                }
                continue;
            }
            Matcher d = DUMP.matcher(line);
            if (d.matches()) {
                Pending p = pending.get(d.group(1));
                if (p != null && Integer.parseInt(d.group(4)) == p.bytes.size()) {
                    int n = Math.min(16, p.length - p.bytes.size());
                    String hex = d.group(5);
                    for (int i = 0; i < n; i++) {
                        int hi = i * 3 + 2 <= hex.length() ? Character.digit(hex.charAt(i * 3), 16) : -1;
                        int lo = hi >= 0 ? Character.digit(hex.charAt(i * 3 + 1), 16) : -1;
                        if (lo < 0) {
                            // a dump line shorter than announced: the value is incomplete, drop it
                            pending.remove(d.group(1));
                            p = null;
                            break;
                        }
                        p.bytes.write(hi << 4 | lo);
                    }
                    if (p != null && p.bytes.size() == p.length) {
                        finish(pending.remove(d.group(1)), secrets);
                    }
                }
                continue;
            }
            Matcher c = CHILD_UP.matcher(line);
            if (c.find()) {
                childUps.add(new String[] {nz(c.group(1)), c.group(2), c.group(3).toLowerCase(),
                        c.group(4).toLowerCase()});
                childUpAt.add(secrets.size());
            }
        }
        for (Pending p : pending.values()) {
            finish(p, secrets);
        }
        return new CharonLogKeys(secrets, groupIke(secrets), groupChild(secrets, childUps, childUpAt));
    }

    private static List<IkeSaKeys> groupIke(List<Secret> secrets) {
        List<IkeSaKeys> out = new ArrayList<>();
        Map<String, Bytes> lastDh = new HashMap<>();
        for (int i = 0; i < secrets.size(); i++) {
            Secret s = secrets.get(i);
            if (!s.group().equals("IKE")) {
                continue;
            }
            if (s.label().equals("shared Diffie Hellman secret")) {
                lastDh.put(s.context(), s.value());
            } else if (s.label().equals("SKEYSEED")) {
                Map<String, Bytes> m = following(secrets, i, "IKE", "SKEYSEED");
                out.add(new IkeSaKeys(s.context(), lastDh.getOrDefault(s.context(), Bytes.EMPTY), s.value(),
                        get(m, "Sk_d secret"), get(m, "Sk_ai secret"), get(m, "Sk_ar secret"),
                        get(m, "Sk_ei secret"), get(m, "Sk_er secret"), get(m, "Sk_pi secret"),
                        get(m, "Sk_pr secret")));
            }
        }
        return out;
    }

    private static List<ChildSaKeys> groupChild(List<Secret> secrets, List<String[]> ups, List<Integer> upAt) {
        List<ChildSaKeys> out = new ArrayList<>();
        boolean[] used = new boolean[ups.size()];
        for (int i = 0; i < secrets.size(); i++) {
            Secret s = secrets.get(i);
            if (!s.group().equals("CHD") || !s.label().equals("seed")) {
                continue;
            }
            Map<String, Bytes> m = following(secrets, i, "CHD", "seed");
            String name = "";
            String spiIn = "";
            String spiOut = "";
            for (int u = 0; u < ups.size(); u++) {
                if (!used[u] && upAt.get(u) > i && ups.get(u)[0].equals(s.context())) {
                    used[u] = true;
                    name = ups.get(u)[1];
                    spiIn = ups.get(u)[2];
                    spiOut = ups.get(u)[3];
                    break;
                }
            }
            out.add(new ChildSaKeys(s.context(), name, s.value(), get(m, "encryption initiator key"),
                    get(m, "encryption responder key"), get(m, "integrity initiator key"),
                    get(m, "integrity responder key"), spiIn, spiOut));
        }
        return out;
    }

    /** The secrets of the same context and group after index {@code i}, up to the next {@code stopLabel}. */
    private static Map<String, Bytes> following(List<Secret> secrets, int i, String group, String stopLabel) {
        Secret first = secrets.get(i);
        Map<String, Bytes> m = new LinkedHashMap<>();
        for (int j = i + 1; j < secrets.size(); j++) {
            Secret s = secrets.get(j);
            if (!s.context().equals(first.context()) || !s.group().equals(group)) {
                continue;
            }
            if (s.label().equals(stopLabel)) {
                break;
            }
            m.putIfAbsent(s.label(), s.value());
        }
        return m;
    }

    private static Bytes get(Map<String, Bytes> m, String label) {
        return m.getOrDefault(label, Bytes.EMPTY);
    }

    private static void finish(Pending p, List<Secret> out) {
        if (p != null && p.bytes.size() == p.length) {
            out.add(new Secret(p.context, p.group, p.label, Bytes.wrap(p.bytes.toByteArray())));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
