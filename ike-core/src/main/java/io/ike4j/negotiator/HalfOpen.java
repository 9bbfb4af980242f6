package io.ike4j.negotiator;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts half-open responder SAs (IKE_SA_INIT answered, IKE_AUTH not yet completed) in all and per source
 * address, so that admission (RFC 7296 §2.6 cookies, strongSwan's {@code block_threshold}) costs O(1) instead
 * of a walk over every SA. An SA enters with {@link #start} and leaves exactly once with {@link #end}.
 */
final class HalfOpen {
    private final Map<InetAddress, Integer> byAddress = new HashMap<>();
    private int total;
    private int peak;

    void start(Ikev2Sa sa) {
        if (sa.halfOpen) {
            return;
        }
        sa.halfOpen = true;
        total++;
        peak = Math.max(peak, total);
        byAddress.merge(sa.remote.address(), 1, Integer::sum);
    }

    void end(Ikev2Sa sa) {
        if (!sa.halfOpen) {
            return;
        }
        sa.halfOpen = false;
        total--;
        byAddress.computeIfPresent(sa.remote.address(), (a, n) -> n == 1 ? null : n - 1);
    }

    int total() {
        return total;
    }

    int peak() {
        return peak;
    }

    int from(InetAddress a) {
        return byAddress.getOrDefault(a, 0);
    }
}
