package io.ike4j.vectors.crypto.decrypt;

import java.util.ArrayList;
import java.util.List;

/** Pass/fail/unsupported tally of one suite on one provider; failures are named. */
final class Counts {
    int passed;
    int failed;
    int unsupported;
    final List<String> failures = new ArrayList<>();

    void pass() {
        passed++;
    }

    void fail(String why) {
        failed++;
        failures.add(why);
    }

    void unsupported() {
        unsupported++;
    }

    String line(String suite, String provider) {
        return suite + " [" + provider + "]: " + passed + " passed, " + failed + " failed, " + unsupported
                + " unsupported";
    }
}
