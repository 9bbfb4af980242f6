package io.ike4j.negotiator;

import io.ike4j.codec.v2.iana.Ikev2ExchangeType;
import io.ike4j.sm.StateTable;
import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole IKEv2 machine as data (architecture.md "How the IOS trace maps onto code"): rows
 * {@code (state, event) -> action -> next states}, one IOS trace line each, and entries
 * {@code (exchange, request/response, state) -> event} saying which event a verified message starts. Rows for
 * "any state" ({@code *}: retransmission, retry limit, duplicate answer, failure) apply to an exchange whatever its
 * state. Each row declares the states it may lead to; the run loop checks the declaration, so {@link #print()}
 * is the machine ({@code ike states}). Nothing writes an SA's or exchange's state except the run loop.
 */
final class TransitionTable {

    /**
     * A row's action: inspect/modify the SA, name the next state and event. Small actions are method references or
     * lambdas; the large ones of the responder's handshake are classes with the body in {@code run}. A method
     * reference is a generated trampoline, and as both it and its method run once per SA they reach C2's thresholds
     * together: C2 then compiled the trampoline with the method inlined and the method again on its own (JFR's
     * compilation events under strongSwan's load tester; README, Scale).
     */
    @FunctionalInterface
    interface Action {
        Next run(Ikev2Sa sa, EngineCore core);
    }

    /** One row: the version-neutral table's, typed for IKEv2. */
    /** A verified message of {@code exchange} in {@code state} starts {@code event}; {@code starts}: a new exchange's state. */
    record Entry(int exchange, boolean response, Ikev2State state, Ikev2Event event, Ikev2State starts) {
    }

    /** The version-neutral table the rows live in (what {@link io.ike4j.sm.RunLoop} runs). */
    private final StateTable<Ikev2State, Ikev2Event, Action> table = new StateTable<>(Ikev2State.class, Ikev2Event.class);
    private final Map<Integer, Entry> entries = new HashMap<>();
    private final List<Entry> orderedEntries = new ArrayList<>();

    /** A row whose action decides; {@code next} lists every state it may return (none: it stays in {@code state}). */
    TransitionTable on(Ikev2State state, Ikev2Event event, String action, Action run, Ikev2State... next) {
        table.add(state, event, action, run, next);
        return this;
    }

    /** A row that only moves on: {@code (state, event) -> (next state, next event)}. */
    TransitionTable pass(Ikev2State state, Ikev2Event event, Ikev2State nextState, Ikev2Event nextEvent) {
        return on(state, event, "-> " + nextEvent, (sa, core) -> Next.to(nextState, nextEvent), nextState);
    }

    /** A row for every state; the state stays unless it is one of {@code next}. */
    TransitionTable any(Ikev2Event event, String action, Action run, Ikev2State... next) {
        table.addAny(event, action, run, next);
        return this;
    }

    /** A message that continues the SA's own exchange (IKE_SA_INIT, IKE_AUTH) or answers one of ours. */
    TransitionTable entry(Ikev2ExchangeType exchange, boolean response, Ikev2State state, Ikev2Event event) {
        return entry(exchange, response, state, event, null);
    }

    /** A request that opens a new exchange on the SA, which starts in {@code starts}. */
    TransitionTable entry(Ikev2ExchangeType exchange, boolean response, Ikev2State state, Ikev2Event event,
                          Ikev2State starts) {
        Entry e = new Entry(exchange.number(), response, state, event, starts);
        if (entries.put(key(e.exchange(), response, state), e) != null) {
            throw new IllegalStateException("duplicate entry " + exchange + " " + state);
        }
        orderedEntries.add(e);
        return this;
    }

    private static int key(int exchange, boolean response, Ikev2State state) {
        return (exchange << 9) | (response ? 256 : 0) | state.ordinal();
    }

    /** The row for {@code event} in {@code state}: that state's own, else the "any state" one, else null. */
    StateTable.Row<Ikev2State, Ikev2Event, Action> lookup(Ikev2State state, Ikev2Event event) {
        return table.lookup(state, event);
    }

    /** What a verified message of {@code exchange} starts in {@code state}; null: it is not expected there. */
    Entry entry(int exchange, boolean response, Ikev2State state) {
        return exchange < 0 || exchange > 127 ? null : entries.get(key(exchange, response, state));
    }

    List<StateTable.Row<Ikev2State, Ikev2Event, Action>> rows() {
        return table.rows();
    }

    List<Entry> entries() {
        return Collections.unmodifiableList(orderedEntries);
    }

    int size() {
        return table.rows().size();
    }

    /** The machine as text, a row per line: entries first, then state, event, action, next states. */
    String print() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-14s %-9s %-14s %-22s %s%n", "EXCHANGE", "MESSAGE", "IN STATE", "STARTS", "NEW EXCHANGE"));
        for (Entry e : orderedEntries) {
            b.append(String.format("%-14s %-9s %-14s %-22s %s%n", Ikev2ExchangeType.nameOf(e.exchange()),
                    e.response() ? "response" : "request", e.state(), e.event(), e.starts() == null ? "-" : e.starts()));
        }
        b.append(System.lineSeparator());
        b.append(table.print());
        return b.toString();
    }

    /** The version-neutral table under this one (what {@link io.ike4j.sm.RunLoop} runs). */
    StateTable<Ikev2State, Ikev2Event, Action> generic() {
        return table;
    }

    /** The table every engine uses. */
    static TransitionTable standard() {
        TransitionTable t = new TransitionTable();
        InitiatorInit.rows(t);
        ResponderInit.rows(t);
        InitiatorInitResponse.rows(t);
        InitiatorAuth.rows(t);
        ResponderAuth.rows(t);
        InitiatorAuthResponse.rows(t);
        AuthDone.rows(t);
        Informational.rows(t);
        ChildInitiator.rows(t);
        ChildInitiatorResponse.rows(t);
        ChildResponder.rows(t);
        AnyState.rows(t);
        return t;
    }
}
