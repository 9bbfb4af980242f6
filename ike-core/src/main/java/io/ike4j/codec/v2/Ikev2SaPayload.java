package io.ike4j.codec.v2;

import java.util.List;

/** Security Association payload (RFC 7296 §3.3): a list of proposals. */
public record Ikev2SaPayload(List<Ikev2Proposal> proposals, int flags) implements Ikev2Payload {
    /** Payload type 33, Security Association (RFC 7296 §3.3). */
    public static final int TYPE = 33;

    /**
     * Copies the proposal list.
     *
     * @param proposals the proposals in wire order
     * @param flags the generic payload header's flags octet
     */
    public Ikev2SaPayload {
        proposals = List.copyOf(proposals);
    }

    /**
     * The payload with {@code flags} 0.
     *
     * @param proposals the proposals in wire order
     */
    public Ikev2SaPayload(List<Ikev2Proposal> proposals) {
        this(proposals, 0);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
