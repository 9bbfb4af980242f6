package io.ike4j.capture;

import io.ike4j.codec.Bytes;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Hex dumps: one IKE message per paragraph (messages separated by blank lines). Accepts plain hex,
 * hex with spaces or colons, and offset-prefixed dumps ({@code 0000:  21 20 22 08 …}, {@code 0x0010 …})
 * with or without a trailing ASCII column. Lines starting with {@code #} are comments. A message that
 * starts with the 4-byte non-ESP marker has it removed.
 */
final class HexDumpReader {
    private HexDumpReader() {
    }

    static List<CapturedDatagram> read(String text) throws CaptureFormatException {
        List<CapturedDatagram> out = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        int lineNo = 0;
        for (String raw : text.split("\\R", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            parseLine(line, lineNo, current);
        }
        flush(current, out);
        if (out.isEmpty()) {
            throw new CaptureFormatException("not a pcap, pcapng or hex dump: no hex data found");
        }
        return out;
    }

    private static void parseLine(String line, int lineNo, ByteArrayOutputStream out) throws CaptureFormatException {
        String[] tokens = line.split("[\\s:]+");
        int first = 0;
        // An offset column: "0000", "0x0010", "00000010" followed by data tokens of two digits.
        if (tokens.length > 1 && (tokens[0].startsWith("0x") || (tokens[0].length() >= 4 && tokens[0].length() != 2
                && tokens[0].length() % 2 == 0 && tokens[1].length() == 2 && isHex(tokens[0])))) {
            first = 1;
        }
        for (int i = first; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) {
                continue;
            }
            if (!isHex(t) || t.length() % 2 != 0) {
                if (i > first && t.length() != 2) {
                    return; // trailing ASCII column of an xxd/tshark-style dump
                }
                throw new CaptureFormatException("hex dump line " + lineNo + ": not hex: '" + t + "'");
            }
            for (int k = 0; k < t.length(); k += 2) {
                out.write(Integer.parseInt(t, k, k + 2, 16));
            }
        }
    }

    private static boolean isHex(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), 16) < 0) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static void flush(ByteArrayOutputStream current, List<CapturedDatagram> out) {
        if (current.size() == 0) {
            return;
        }
        byte[] b = current.toByteArray();
        current.reset();
        boolean marker = b.length >= 4 + 28 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0;
        Bytes ike = marker ? Bytes.wrap(b, 4, b.length - 4) : Bytes.wrap(b);
        out.add(new CapturedDatagram(out.size() + 1, null, null, marker, ike));
    }
}
