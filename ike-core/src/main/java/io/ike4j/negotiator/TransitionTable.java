package io.ike4j.negotiator;

import io.ike4j.sm.v2.Ikev2Event;
import io.ike4j.sm.v2.Ikev2State;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * State x event -> action: the IKEv2 state machine as data (architecture.md "How the IOS trace maps onto
 * code"). Each exchange step registers its rows in one readable block ({@code InitiatorInit.rows} etc.);
 * every row is exactly one IOS trace line.
 */
final class TransitionTable {

    /** A row's action: inspect/modify the SA, name the next state and event. */
    @FunctionalInterface
    interface Action {
        Next run(Ikev2Sa sa, EngineCore core);
    }

    private final Map<Ikev2State, Map<Ikev2Event, Action>> rows = new EnumMap<>(Ikev2State.class);

    TransitionTable on(Ikev2State state, Ikev2Event event, Action action) {
        Action old = rows.computeIfAbsent(state, s -> new EnumMap<>(Ikev2Event.class)).put(event, action);
        if (old != null) {
            throw new IllegalStateException("duplicate row " + state + " " + event);
        }
        return this;
    }

    /** A row that only moves on: {@code (state, event) -> (next state, next event)}. */
    TransitionTable pass(Ikev2State state, Ikev2Event event, Ikev2State nextState, Ikev2Event nextEvent) {
        return on(state, event, (sa, core) -> Next.to(nextState, nextEvent));
    }

    Optional<Action> lookup(Ikev2State state, Ikev2Event event) {
        Map<Ikev2Event, Action> m = rows.get(state);
        return Optional.ofNullable(m == null ? null : m.get(event));
    }

    int size() {
        return rows.values().stream().mapToInt(Map::size).sum();
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
        return t;
    }
}
