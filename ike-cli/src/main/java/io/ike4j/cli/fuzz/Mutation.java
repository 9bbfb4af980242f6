package io.ike4j.cli.fuzz;

/**
 * What a case changed in a valid message.
 *
 * @param kind        the operator
 * @param description what exactly, in words (goes into the reproducer)
 * @param breaksAuth  true when the change makes the initiator's AUTH invalid (AUTH payload removed or changed, IDi
 *                    changed, protected octets changed): a responder that still accepts has a bug
 */
public record Mutation(Kind kind, String description, boolean breaksAuth) {

    /** The operators; {@link #structural()} tells the codec-level ones from the octet-level ones. */
    public enum Kind {
        INSERT_PAYLOAD, REMOVE_PAYLOAD, REPEAT_PAYLOAD, REORDER_PAYLOADS, FIELD_VALUE, PAYLOAD_FLAGS, HEADER_FIELD,
        NEXT_PAYLOAD, PAYLOAD_LENGTH, MESSAGE_LENGTH,
        BIT_FLIP, BYTE_VALUE, LENGTH_FIELD, TRUNCATE, EXTEND, INSERT_BYTES;

        /** True for the structure-aware operators (payload records, raw encoder fields). */
        public boolean structural() {
            return ordinal() <= MESSAGE_LENGTH.ordinal();
        }
    }

    Mutation(Kind kind, String description) {
        this(kind, description, false);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": " + description;
    }
}
