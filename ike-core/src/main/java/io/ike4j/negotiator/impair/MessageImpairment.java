package io.ike4j.negotiator.impair;

import io.ike4j.codec.v2.Ikev2Header;
import io.ike4j.codec.v2.Ikev2Message;
import io.ike4j.codec.v2.Ikev2Payload;
import io.ike4j.negotiator.Impairments;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An IKEv2 impairment of the message the engine built, before it is encoded and protected: the peer receives a
 * correctly protected message with the wrong header or payloads in it. Each instance counts its own matches.
 */
public final class MessageImpairment implements Impairments {
    private final String name;
    private final Select.Matcher matcher;
    private final UnaryOperator<Ikev2Message> edit;

    MessageImpairment(String name, Select s, UnaryOperator<Ikev2Message> edit) {
        this.name = name + " " + s;
        this.matcher = s.matcher();
        this.edit = edit;
    }

    /** The payload list changed, the header kept. */
    static MessageImpairment payloads(String name, Select s, UnaryOperator<List<Ikev2Payload>> edit) {
        return new MessageImpairment(name, s, m -> new Ikev2Message(m.header(), List.copyOf(edit.apply(m.payloads()))));
    }

    /** The header changed, the payloads kept. */
    static MessageImpairment header(String name, Select s, UnaryOperator<Ikev2Header> edit) {
        return new MessageImpairment(name, s, m -> new Ikev2Message(edit.apply(m.header()), m.payloads()));
    }

    @Override
    public Ikev2Message beforeProtect(int saId, Ikev2Message message) {
        Ikev2Header h = message.header();
        return matcher.test(h.exchangeType(), h.isResponse()) ? edit.apply(message) : message;
    }

    @Override
    public String toString() {
        return name;
    }
}
