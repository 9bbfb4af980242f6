package io.ike4j.sm.v2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The IOS reference sequences of ios-reference.md §1 (seed 002), one {@code STATE EVENT} step per line, as
 * test data for the engine: a PSK run of two engines must reproduce them row for row.
 */
public final class ReferenceTraces {
    public static final String INITIATOR_BUILDS_INIT = "i-build-init";
    public static final String RESPONDER_HANDLES_INIT = "r-handle-init";
    public static final String INITIATOR_HANDLES_INIT_RESPONSE = "i-handle-init-response";
    public static final String RESPONDER_HANDLES_AUTH = "r-handle-auth";
    public static final String INITIATOR_HANDLES_AUTH_RESPONSE = "i-handle-auth-response";
    public static final String RESPONDER_REKEYS_IKE = "r-rekey-ike";
    public static final String INITIATOR_REKEY_IKE_RESPONSE = "i-rekey-ike-response";

    private ReferenceTraces() {
    }

    /** The steps of one table, as {@code "STATE EVENT"} strings. */
    public static List<String> steps(String name) {
        try (InputStream in = ReferenceTraces.class.getResourceAsStream("reference/" + name + ".trace")) {
            if (in == null) {
                throw new IllegalArgumentException("no reference trace " + name);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
