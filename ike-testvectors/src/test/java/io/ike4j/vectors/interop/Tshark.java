package io.ike4j.vectors.interop;

import io.ike4j.capture.CaptureReader;
import io.ike4j.capture.CapturedDatagram;
import io.ike4j.transport.IkeFraming;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Runs tshark (Debian's Wireshark 4.0 package, installed by {@code interop/tshark/install.sh}) on a capture and
 * reports, per frame, what the ISAKMP/IKEv2 dissector made of it. The CI check of issue 4 "Tooling": every
 * message ike4j sends dissects with no malformed-packet or expert warning/error and decrypts with the keylog.
 *
 * <p>How tshark is driven (found by experiment with 4.0.17):
 * <ul>
 *   <li>Keys: a fresh configuration directory per run ({@code XDG_CONFIG_HOME=<tmp>}, file
 *       {@code <tmp>/wireshark/ikev2_decryption_table} = the keylog, as written by
 *       {@link io.ike4j.negotiator.keylog.KeylogWriter}). This takes any number of SAs without command-line
 *       quoting ({@code -o uat:ikev2_decryption_table:<line>} also works, once per line) and keeps the user's own
 *       preferences out.</li>
 *   <li>Ports: UDP 500 is ISAKMP and 4500 is "udpencap" (the RFC 3948 non-ESP marker demultiplexer) by default.
 *       On any other pair peers put the marker on every IKE message (RFC 3948 §2.2), so each such port gets
 *       {@code -d udp.port==N,udpencap} (it strips the marker and hands over to ISAKMP; ESP and keepalives are
 *       told apart the same way). A non-500 port paired with 500 gets {@code -d udp.port==N,isakmp}. Ports are
 *       taken from the IKE datagrams {@link CaptureReader} finds.</li>
 *   <li>Output: {@code -T pdml}. Proof of decryption per SK/SKF payload (RFC 7296 §3.14, RFC 7383 §2.5):
 *       {@code isakmp.enc.decrypted} is present and the {@code isakmp.enc.icd} showname ends in
 *       {@code [correct]} (for AEAD that is the GCM/CCM tag, otherwise the HMAC). A wrong SK_a gives
 *       "[incorrect, should be ...]" plus an expert warning; a wrong SK_e with a right SK_a still has a correct
 *       ICV but the decrypted padding/payloads are garbage, which shows as "Pad length is too big" or a
 *       malformed packet. Hence: decrypted = decrypted and ICV correct and no expert warning/error.</li>
 *   <li>tshark's stderr (other than the running-as-root notice) is a failure: a keylog line it rejects
 *       ("Error loading table ...") makes it silently drop that line and every later one.</li>
 *   <li>Problems: any {@code _ws.malformed} element or {@code _ws.expert} of severity Warning or Error (or
 *       group Malformed). Notes and chats are not problems.</li>
 * </ul>
 */
public final class Tshark {
    private static final long TIMEOUT_SECONDS = 120;
    private static final int NAT_T_PORT = 4500;

    private final String executable;
    private final String version;

    private Tshark(String executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** tshark from PATH; fails (never skips) with how to install it when it is missing or broken. */
    public static Tshark require() {
        String exe = "tshark";
        try {
            Process p = new ProcessBuilder(exe, "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("tshark -v failed:\n" + out + "\nInstall it with interop/tshark/install.sh");
            }
            String first = out.lines().filter(l -> l.startsWith("TShark")).findFirst().orElse(out.strip());
            return new Tshark(exe, first);
        } catch (IOException e) {
            throw new AssertionError("tshark is not installed (" + e.getMessage()
                    + "); run interop/tshark/install.sh (as root: apt-get install tshark)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running tshark -v", e);
        }
    }

    public String version() {
        return version;
    }

    /** What the dissector showed for one frame. */
    public record Frame(int number, boolean ikeExpected, boolean isakmp, int majorVersion, String exchange,
                        boolean malformed, List<String> problems, int encrypted, int decrypted, int icvCorrect,
                        int icvNotValidated, boolean isakmpEncrypted, int hashes) {
        public Frame {
            problems = List.copyOf(problems);
        }

        /** Dissected as ISAKMP (when it carries IKE) with no malformed mark and no expert warning/error. */
        public boolean clean() {
            return (isakmp || !ikeExpected) && !malformed && problems.isEmpty();
        }

        /**
         * Every SK/SKF payload decrypted with a correct ICV, or with "[not validated]" where the table said
         * "ANY n-bits [No Checking]" (vacuously true without any).
         */
        public boolean decryptedOk() {
            return decrypted == encrypted && icvCorrect + icvNotValidated == encrypted;
        }

        /**
         * IKEv1: an encrypted ISAKMP message (E flag) decrypted with the ikev1_decryption_table shows its payloads;
         * every one ike4j sends has a HASH payload (RFC 2409 §5), so a HASH proves the decryption (undecrypted, the
         * dissector shows only "Encrypted Data"; a wrong key gives garbage, i.e. malformed or no HASH).
         */
        public boolean isakmpDecryptedOk() {
            return majorVersion != 1 || !isakmpEncrypted || hashes > 0;
        }

        @Override
        public String toString() {
            return "frame " + number + (isakmpEncrypted ? " E" + (hashes > 0 ? " (decrypted: HASH)" : " (not decrypted)") : "") + (isakmp ? " IKEv" + majorVersion + " " + exchange : " (not ISAKMP)")
                    + (encrypted > 0 ? " SK " + decrypted + "/" + encrypted + " decrypted, " + icvCorrect
                    + " ICV correct" + (icvNotValidated > 0 ? ", " + icvNotValidated + " not validated" : "") : "") + (malformed ? " MALFORMED" : "") + (problems.isEmpty() ? ""
                    : " " + problems);
        }
    }

    /**
     * The frames of one run. {@code keylog} is true when a table was given: IKEv2 frames must then decrypt.
     */
    public record Result(List<String> command, boolean keylog, List<Frame> frames, List<String> tsharkErrors) {
        public Result {
            command = List.copyOf(command);
            frames = List.copyOf(frames);
            tsharkErrors = List.copyOf(tsharkErrors);
        }

        /**
         * One line per failing frame, after tshark's own complaints (e.g. "Error loading table 'IKEv2 Decryption
         * Table': ..." for a rejected keylog line, after which tshark ignores the rest of the file); empty when
         * the capture passes.
         */
        public List<String> failures() {
            List<String> out = new ArrayList<>(tsharkErrors);
            for (Frame f : frames) {
                if (!f.clean() || (keylog && f.majorVersion() == 2 && !f.decryptedOk())) {
                    out.add(f.toString());
                }
            }
            return out;
        }

        public long ikeFrames() {
            return frames.stream().filter(Frame::isakmp).count();
        }

        /** SK/SKF payloads that decrypted with a correct ICV. */
        public int decryptedPayloads() {
            return frames.stream().mapToInt(f -> Math.min(f.decrypted(), f.icvCorrect())).sum();
        }

        public int encryptedPayloads() {
            return frames.stream().mapToInt(Frame::encrypted).sum();
        }

        /** Throws an AssertionError listing every failing frame (and the command to reproduce it). */
        public void assertClean() {
            List<String> f = failures();
            if (!f.isEmpty()) {
                throw new AssertionError(f.size() + " frame(s) failed the tshark check:\n  "
                        + String.join("\n  ", f) + "\ncommand: " + String.join(" ", command));
            }
        }
    }

    /**
     * Dissects {@code pcap} (decrypting with the Wireshark {@code ikev2_decryption_table} file {@code keylog} when
     * not null) and reports every frame.
     */
    public Result check(Path pcap, Path keylogOrNull) throws IOException {
        return check(pcap, keylogOrNull, null);
    }

    /**
     * As {@link #check(Path, Path)}, with an IKEv1 table too ({@code ikev1_decryption_table}: initiator cookie and
     * phase-1 encryption key per line, as {@code Ikev1SaKeys.wiresharkLine()} writes them).
     *
     * @param pcap the capture
     * @param keylogOrNull the ikev2_decryption_table, or null
     * @param ikev1KeysOrNull the ikev1_decryption_table, or null
     * @return what tshark showed
     * @throws IOException reading the capture
     */
    public Result check(Path pcap, Path keylogOrNull, Path ikev1KeysOrNull) throws IOException {
        List<CapturedDatagram> ike = CaptureReader.read(pcap);
        Set<Integer> ikeFrames = new TreeSet<>();
        Set<Integer> udpencap = new TreeSet<>();
        Set<Integer> isakmp = new TreeSet<>();
        for (CapturedDatagram d : ike) {
            ikeFrames.add(d.frame());
            if (d.source() == null || d.destination() == null) {
                continue;
            }
            int s = d.source().getPort();
            int t = d.destination().getPort();
            if (IkeFraming.markerRequired(s, t)) {
                udpencap.add(s);
                udpencap.add(t);
            } else {
                isakmp.add(s);
                isakmp.add(t);
            }
        }
        udpencap.remove(NAT_T_PORT);
        isakmp.remove(IkeFraming.IKE_PORT);
        isakmp.removeAll(udpencap); // a port used both ways keeps the marker-aware dissector
        List<String> cmd = new ArrayList<>(List.of(executable, "-r", pcap.toAbsolutePath().toString(), "-n"));
        for (int p : udpencap) {
            cmd.add("-d");
            cmd.add("udp.port==" + p + ",udpencap");
        }
        for (int p : isakmp) {
            cmd.add("-d");
            cmd.add("udp.port==" + p + ",isakmp");
        }
        cmd.add("-T");
        cmd.add("pdml");
        Path config = Files.createTempDirectory("ike4j-tshark");
        try {
            Path ws = Files.createDirectories(config.resolve("wireshark"));
            if (keylogOrNull != null) {
                Files.copy(keylogOrNull, ws.resolve("ikev2_decryption_table"));
            }
            if (ikev1KeysOrNull != null) {
                Files.copy(ikev1KeysOrNull, ws.resolve("ikev1_decryption_table"));
            }
            Path stderr = config.resolve("stderr.txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile());
            pb.environment().put("XDG_CONFIG_HOME", config.toString());
            Process proc = pb.start();
            List<Frame> frames;
            try (InputStream in = proc.getInputStream()) {
                frames = parsePdml(in, ikeFrames);
            } finally {
                try {
                    if (!proc.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        proc.destroyForcibly();
                        throw new AssertionError("tshark timed out: " + String.join(" ", cmd));
                    }
                } catch (InterruptedException e) {
                    proc.destroyForcibly();
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while running tshark", e);
                }
            }
            if (proc.exitValue() != 0) {
                throw new AssertionError("tshark exited with " + proc.exitValue() + ": " + String.join(" ", cmd)
                        + "\n" + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            for (int f : ikeFrames) {
                if (frames.stream().noneMatch(x -> x.number() == f)) {
                    throw new AssertionError("tshark did not report frame " + f + " of " + pcap);
                }
            }
            List<String> errors = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("Running as user")).toList();
            return new Result(cmd, keylogOrNull != null, frames, errors);
        } finally {
            deleteTree(config);
        }
    }

    /** Per {@code <packet>}: the fields that matter, from a streaming read of tshark's PDML. */
    static List<Frame> parsePdml(InputStream pdml, Set<Integer> ikeFrames) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Frame> out = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(pdml);
            FrameBuilder b = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String el = r.getLocalName();
                    if (el.equals("packet")) {
                        b = new FrameBuilder();
                    } else if (b != null && (el.equals("field") || el.equals("proto"))) {
                        b.element(attr(r, "name"), attr(r, "show"), attr(r, "showname"));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("packet") && b != null) {
                    out.add(b.build(ikeFrames));
                    b = null;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new AssertionError("tshark PDML output does not parse: " + e.getMessage(), e);
        }
        return out;
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /** Accumulates one packet's fields. */
    private static final class FrameBuilder {
        int number = -1;
        boolean isakmp;
        int major;
        String exchange = "";
        boolean malformed;
        final List<String> problems = new ArrayList<>();
        int encrypted;
        int decrypted;
        int icvCorrect;
        int icvNotValidated;
        boolean isakmpEncrypted;
        int hashes;

        void element(String name, String show, String showname) {
            switch (name) {
                case "frame.number" -> number = Integer.parseInt(show);
                case "isakmp" -> isakmp = true;
                case "isakmp.mjver" -> major = major == 0 ? parseIntOr(show, 0) : major;
                case "isakmp.exchangetype" -> exchange = exchange.isEmpty() ? exchangeName(showname) : exchange;
                case "_ws.malformed" -> malformed = true;
                case "_ws.expert" -> expert(showname);
                case "isakmp.enc.data" -> encrypted++;
                case "isakmp.flag_e" -> isakmpEncrypted |= "1".equals(show);
                case "isakmp.hash" -> hashes++;
                case "isakmp.enc.decrypted" -> decrypted++;
                case "isakmp.enc.icd" -> {
                    icvCorrect += showname.endsWith("[correct]") ? 1 : 0;
                    icvNotValidated += showname.endsWith("[not validated]") ? 1 : 0;
                }
                default -> {
                }
            }
        }

        /** "Expert Info (Severity/Group): message". */
        private void expert(String showname) {
            int open = showname.indexOf('(');
            int close = showname.indexOf(')');
            String sevGroup = open >= 0 && close > open ? showname.substring(open + 1, close) : showname;
            if (sevGroup.startsWith("Error") || sevGroup.startsWith("Warning") || sevGroup.endsWith("/Malformed")) {
                problems.add(showname.replaceFirst("^Expert Info ", ""));
            }
        }

        Frame build(Set<Integer> ikeFrames) {
            return new Frame(number, ikeFrames.contains(number), isakmp, major, exchange, malformed, problems,
                    encrypted, decrypted, icvCorrect, icvNotValidated, isakmpEncrypted, hashes);
        }
    }

    /** "Exchange type: IKE_SA_INIT (34)" -> "IKE_SA_INIT". */
    private static String exchangeName(String showname) {
        String s = showname.replaceFirst("^[^:]*:\\s*", "");
        int p = s.lastIndexOf(" (");
        return p > 0 ? s.substring(0, p) : s;
    }

    private static int parseIntOr(String s, int dflt) {
        try {
            return Integer.decode(s.strip()); // PDML shows e.g. "0x02"
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
