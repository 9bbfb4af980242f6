package io.ike4j.cli;

import io.ike4j.capture.CapturedDatagram;
import io.ike4j.codec.Bytes;
import io.ike4j.codec.IkeDecodeException;
import io.ike4j.codec.text.Ikev1CharonFormatter;
import io.ike4j.codec.text.Ikev1IosFormatter;
import io.ike4j.codec.text.Ikev1JsonFormatter;
import io.ike4j.codec.text.Ikev2CharonFormatter;
import io.ike4j.codec.text.Ikev2IosFormatter;
import io.ike4j.codec.text.Ikev2JsonFormatter;
import io.ike4j.codec.text.Json;
import io.ike4j.codec.v1.IsakmpCodec;
import io.ike4j.codec.v1.IsakmpExchangeType;
import io.ike4j.codec.v1.IsakmpHeader;
import io.ike4j.codec.v1.IsakmpMessage;
import io.ike4j.codec.v2.Ikev2Codec;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2SkfPayload;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes one captured datagram as IKEv1 or IKEv2 (by the header's major version) and prints it. */
final class MessagePrinter {
    private static final int HEADER = 28;

    private final OutputFormat format;
    private final PrintStream out;
    /** ISAKMP has no Response flag: the first sender seen for (initiator cookie, message ID) is the requester. */
    private final Map<String, InetSocketAddress> isakmpRequesters = new HashMap<>();

    /** Null when no {@code --keys} were given. */
    private final Decryption decryption;

    MessagePrinter(OutputFormat format, PrintStream out) {
        this(format, out, null);
    }

    MessagePrinter(OutputFormat format, PrintStream out, Decryption decryption) {
        this.format = format;
        this.out = out;
        this.decryption = decryption;
    }

    /** Prints the message, or a one-line error; returns false for the error. */
    boolean print(CapturedDatagram d) {
        byte[] bytes = d.ike().toByteArray();
        int major = bytes.length > 17 ? (bytes[17] & 0xff) >> 4 : -1;
        try {
            if (major == 2) {
                Ikev2Message m = Ikev2Codec.decode(bytes);
                if (decryption != null && Decryption.isProtected(m)) {
                    Decryption.Outcome o = decryption.decrypt(d.ike(), m);
                    printV2(d, m, o);
                    return o.ok() || o.status().equals("no-key");
                }
                printV2(d, m);
            } else if (major == 1) {
                IsakmpMessage m = IsakmpCodec.decode(bytes);
                if (decryption != null) {
                    var o = decryption.offer(m);
                    if (o.isPresent()) {
                        printV1(d, m, o.get());
                        return o.get().ok() || o.get().status().equals("no-key");
                    }
                }
                printV1(d, m);
            } else {
                throw new IkeDecodeException("INVALID_MAJOR_VERSION", 5, Math.min(17, bytes.length),
                        bytes.length < HEADER ? "shorter than an IKE header (" + bytes.length + " octets)"
                                : "major version " + major + " is neither 1 nor 2");
            }
            return true;
        } catch (IkeDecodeException e) {
            printError(d, bytes, e);
            return false;
        }
    }

    private void printV2(CapturedDatagram d, Ikev2Message m) {
        switch (format) {
            case IOS -> {
                out.println(frameLine(d));
                out.println(Ikev2IosFormatter.format(m, "IKEv2:"));
            }
            case CHARON -> out.println(frameLine(d) + " " + Ikev2CharonFormatter.format(m));
            case JSON -> out.println(Json.write(withEndpoints(Ikev2JsonFormatter.toMap(m, d.frame()), d)));
        }
    }

    /** An IKEv2 message whose SK/SKF payload was (or could not be) decrypted. */
    private void printV2(CapturedDatagram d, Ikev2Message m, Decryption.Outcome o) {
        if (o.ok() && o.v2Payloads() != null) {
            switch (format) {
                case IOS -> {
                    out.println(frameLine(d));
                    out.println(Ikev2IosFormatter.formatDecrypted(m, o.v2Payloads(), "IKEv2:"));
                }
                case CHARON -> {
                    if (m.payloads().get(m.payloads().size() - 1) instanceof Ikev2SkfPayload) {
                        // as charon: the last fragment's line, then the reassembled message's
                        out.println(frameLine(d) + " " + Ikev2CharonFormatter.format(m));
                    }
                    out.println(frameLine(d) + " " + Ikev2CharonFormatter.format(m, o.v2Payloads()));
                }
                case JSON -> {
                    Map<String, Object> map = withEndpoints(Ikev2JsonFormatter.toMap(m, d.frame()), d);
                    List<Object> inner = new ArrayList<>();
                    o.v2Payloads().forEach(p -> inner.add(Ikev2JsonFormatter.payload(p)));
                    map.put("decrypted", decryptedMap(o, inner));
                    out.println(Json.write(map));
                }
            }
            return;
        }
        if (format == OutputFormat.JSON) {
            Map<String, Object> map = withEndpoints(Ikev2JsonFormatter.toMap(m, d.frame()), d);
            map.put("decrypted", decryptedMap(o, o.ok() ? List.of() : null));
            out.println(Json.write(map));
            return;
        }
        printV2(d, m);
        out.println(outcomeLine(d, o));
    }

    private void printV1(CapturedDatagram d, IsakmpMessage m, Decryption.Outcome o) {
        if (o.ok()) {
            switch (format) {
                case IOS -> {
                    out.println(frameLine(d));
                    out.println(isakmpHeaderLine(m, d.ike().length()));
                    out.println(Ikev1IosFormatter.format(o.v1Payloads(), m.header().messageIdUnsigned(), "", 0)
                            .stripTrailing());
                }
                case CHARON -> out.println(frameLine(d) + " "
                        + Ikev1CharonFormatter.format(m.header(), o.v1Payloads(), isRequest(d, m)));
                case JSON -> {
                    Map<String, Object> map = withEndpoints(Ikev1JsonFormatter.toMap(m, d.frame()), d);
                    List<Object> inner = new ArrayList<>();
                    o.v1Payloads().forEach(p -> inner.add(Ikev1JsonFormatter.payload(p, m.header().nextPayload())));
                    map.put("decrypted", decryptedMap(o, inner));
                    out.println(Json.write(map));
                }
            }
            return;
        }
        if (format == OutputFormat.JSON) {
            Map<String, Object> map = withEndpoints(Ikev1JsonFormatter.toMap(m, d.frame()), d);
            map.put("decrypted", decryptedMap(o, null));
            out.println(Json.write(map));
            return;
        }
        printV1(d, m);
        out.println(outcomeLine(d, o));
    }

    /** {@code {icv_ok, plaintext_hex, payloads}}; on failure {@code {icv_ok: false, error}}. */
    private static Map<String, Object> decryptedMap(Decryption.Outcome o, List<Object> payloads) {
        Map<String, Object> dec = new LinkedHashMap<>();
        if (o.icvOk() != null) {
            dec.put("icv_ok", o.icvOk());
        }
        if (o.ok()) {
            dec.put("plaintext_hex", o.plaintext().toHex());
            if (payloads != null && !payloads.isEmpty() || o.v2Payloads() != null || o.v1Payloads() != null) {
                dec.put("payloads", payloads);
            } else {
                dec.put("fragment", "inner payloads follow with the last fragment");
            }
        } else {
            dec.put("error", o.detail());
        }
        return dec;
    }

    private static String outcomeLine(CapturedDatagram d, Decryption.Outcome o) {
        String what = switch (o.status()) {
            case "icv-mismatch" -> "ICV mismatch";
            case "no-key" -> "not decrypted: " + o.detail();
            case "ok" -> "fragment decrypted (" + o.plaintext().length() + " octets); payloads follow with the last fragment";
            default -> "decryption failed: " + o.detail();
        };
        return frameLine(d) + " " + what;
    }

    private void printV1(CapturedDatagram d, IsakmpMessage m) {
        switch (format) {
            case IOS -> {
                out.println(frameLine(d));
                out.println(isakmpHeaderLine(m, d.ike().length()));
                out.println(Ikev1IosFormatter.format(m, "").stripTrailing());
            }
            case CHARON -> out.println(frameLine(d) + " " + Ikev1CharonFormatter.format(m, isRequest(d, m)));
            case JSON -> out.println(Json.write(withEndpoints(Ikev1JsonFormatter.toMap(m, d.frame()), d)));
        }
    }

    private boolean isRequest(CapturedDatagram d, IsakmpMessage m) {
        if (d.source() == null) {
            return true;
        }
        String exchange = Long.toHexString(m.header().initiatorCookie()) + "/" + m.header().messageIdUnsigned();
        return isakmpRequesters.computeIfAbsent(exchange, k -> d.source()).equals(d.source());
    }

    /** The IOS-style line that precedes the payload lines of an ISAKMP message. */
    private static String isakmpHeaderLine(IsakmpMessage m, int length) {
        IsakmpHeader h = m.header();
        return "ISAKMP: (0):" + IsakmpExchangeType.nameOf(h.exchangeType()) + " message, I_COOKIE "
                + String.format("%016x", h.initiatorCookie()) + " R_COOKIE " + String.format("%016x", h.responderCookie()) + " message ID "
                + h.messageIdUnsigned() + ", flags 0x" + Integer.toHexString(h.flags()) + ", length "
                + length;
    }

    private void printError(CapturedDatagram d, byte[] bytes, IkeDecodeException e) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("frame", d.frame());
            if (bytes.length >= HEADER) {
                Bytes b = Bytes.wrap(bytes);
                o.put("version", ((bytes[17] & 0xff) >> 4) + "." + (bytes[17] & 0x0f));
                o.put("ispi", b.slice(0, 8).toHex());
                o.put("rspi", b.slice(8, 8).toHex());
                o.put("exchange_type", bytes[18] & 0xff);
                o.put("flags", bytes[19] & 0xff);
                o.put("message_id", (long) u32(bytes, 20));
                o.put("length", (long) u32(bytes, 24));
            }
            o.put("error", e.getMessage());
            o.put("notify", e.notifyName());
            o.put("offset", e.offset());
            out.println(Json.write(withEndpoints(o, d)));
        } else {
            out.println(frameLine(d) + " error: " + e.getMessage());
        }
    }

    private static Map<String, Object> withEndpoints(Map<String, Object> o, CapturedDatagram d) {
        if (d.source() != null) {
            o.put("src", d.source().getAddress().getHostAddress());
            o.put("sport", d.source().getPort());
            o.put("dst", d.destination().getAddress().getHostAddress());
            o.put("dport", d.destination().getPort());
        }
        o.put("non_esp_marker", d.nonEspMarker());
        return o;
    }

    private static String frameLine(CapturedDatagram d) {
        StringBuilder sb = new StringBuilder("frame ").append(d.frame());
        if (d.source() != null) {
            sb.append(' ').append(endpoint(d.source())).append(" -> ").append(endpoint(d.destination()));
        }
        return sb.append(':').toString();
    }

    private static String endpoint(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + "[" + a.getPort() + "]";
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
