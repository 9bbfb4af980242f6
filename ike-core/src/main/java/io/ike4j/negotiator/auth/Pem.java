package io.ike4j.negotiator.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** PEM blocks (RFC 7468): label and DER content, in file order. */
final class Pem {
    record Block(String label, byte[] der) {
    }

    private Pem() {
    }

    static List<Block> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not a PEM file (non-ASCII content)", e);
        }
        return parse(file.toString(), text);
    }

    static List<Block> parse(String what, String text) throws IOException {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int begin = text.indexOf("-----BEGIN ", pos);
            if (begin < 0) {
                break;
            }
            int labelEnd = text.indexOf("-----", begin + 11);
            if (labelEnd < 0) {
                throw new IOException(what + ": unterminated BEGIN line");
            }
            String label = text.substring(begin + 11, labelEnd);
            String endLine = "-----END " + label + "-----";
            int end = text.indexOf(endLine, labelEnd + 5);
            if (end < 0) {
                throw new IOException(what + ": no '" + endLine + "'");
            }
            String body = text.substring(labelEnd + 5, end);
            if (body.contains(":")) {
                throw new IOException(what + ": PEM headers (e.g. Proc-Type: ENCRYPTED) are not supported in '" + label + "'");
            }
            try {
                out.add(new Block(label, Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""))));
            } catch (IllegalArgumentException e) {
                throw new IOException(what + ": bad base64 in '" + label + "': " + e.getMessage(), e);
            }
            pos = end + endLine.length();
        }
        if (out.isEmpty()) {
            throw new IOException(what + ": no PEM block found");
        }
        return out;
    }
}
