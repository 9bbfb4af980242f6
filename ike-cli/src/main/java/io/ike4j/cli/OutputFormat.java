package io.ike4j.cli;

import java.util.Locale;

/** The text forms {@code ike decode} prints. */
enum OutputFormat {
    /** IOS {@code debug crypto ikev2 packet} / {@code debug crypto isakmp} style. */
    IOS,
    /** strongSwan charon one-liners. */
    CHARON,
    /** JSON Lines, one object per IKE message. */
    JSON;

    static OutputFormat parse(String s) throws UsageException {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown format '" + s + "' (ios, charon or json)");
        }
    }
}
