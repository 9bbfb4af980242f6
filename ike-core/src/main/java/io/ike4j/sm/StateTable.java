package io.ike4j.sm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A state machine as data, for any IKE version: rows {@code (state, event) -> action -> declared next states}, plus
 * rows for "any state". IKEv2 fills one with {@code Ikev2State}/{@code Ikev2Event} (the IOS {@code SM Trace->}
 * tables), IKEv1 will fill one with the ISAKMP states and inputs; the run loop looks a row up, runs its action and
 * checks the state it returns against {@link Row#allows}. {@link #print} is the machine as text.
 *
 * @param <S> the state enum
 * @param <E> the event enum
 * @param <A> the action type (what a row runs)
 */
public final class StateTable<S extends Enum<S>, E extends Enum<E>, A> {

    /**
     * One row. {@code state} null: any state, which then may also stay what it was ({@code stays}).
     *
     * @param state  the state the row handles its event in, or null for any
     * @param event  the event
     * @param action the action's name, for {@link #print}
     * @param run    the action
     * @param next   the states the row may leave the machine in
     * @param stays  whether the machine may also stay in the state it was in
     * @param <S>    the state enum
     * @param <E>    the event enum
     * @param <A>    the action type
     */
    public record Row<S extends Enum<S>, E extends Enum<E>, A>(S state, E event, String action, A run, Set<S> next,
                                                               boolean stays) {
        /**
         * Whether going from {@code from} to {@code to} is what this row declares.
         *
         * @param from the state the row ran in
         * @param to   the state it returned
         * @return true if declared
         */
        public boolean allows(S from, S to) {
            return next.contains(to) || (stays && to == from);
        }
    }

    private final Class<S> states;
    private final Map<S, Map<E, Row<S, E, A>>> rows;
    private final Map<E, Row<S, E, A>> anyState;
    private final List<Row<S, E, A>> ordered = new ArrayList<>();
    private final Class<E> events;

    /**
     * An empty table.
     *
     * @param states the state enum
     * @param events the event enum
     */
    public StateTable(Class<S> states, Class<E> events) {
        this.states = Objects.requireNonNull(states, "states");
        this.events = Objects.requireNonNull(events, "events");
        this.rows = new EnumMap<>(states);
        this.anyState = new EnumMap<>(events);
    }

    /**
     * Adds a row for {@code state}; {@code next} empty: the row stays in {@code state}.
     *
     * @param state  the state
     * @param event  the event
     * @param action the action's name
     * @param run    the action
     * @param next   the states it may lead to
     * @return this table
     */
    @SafeVarargs
    public final StateTable<S, E, A> add(S state, E event, String action, A run, S... next) {
        Set<S> n = EnumSet.noneOf(states);
        Collections.addAll(n, next);
        if (n.isEmpty()) {
            n.add(state);
        }
        Row<S, E, A> r = new Row<>(Objects.requireNonNull(state, "state"), event, action, run, n, false);
        if (rows.computeIfAbsent(state, s -> new EnumMap<>(events)).put(event, r) != null) {
            throw new IllegalStateException("duplicate row " + state + " " + event);
        }
        ordered.add(r);
        return this;
    }

    /**
     * Adds a row for every state; the state stays unless the action returns one of {@code next}.
     *
     * @param event  the event
     * @param action the action's name
     * @param run    the action
     * @param next   the states it may lead to besides staying
     * @return this table
     */
    @SafeVarargs
    public final StateTable<S, E, A> addAny(E event, String action, A run, S... next) {
        Set<S> n = EnumSet.noneOf(states);
        Collections.addAll(n, next);
        Row<S, E, A> r = new Row<>(null, event, action, run, n, true);
        if (anyState.put(event, r) != null) {
            throw new IllegalStateException("duplicate row * " + event);
        }
        ordered.add(r);
        return this;
    }

    /**
     * The row for {@code event} in {@code state}: the state's own, else the "any state" one, else null.
     *
     * @param state the state
     * @param event the event
     * @return the row, or null
     */
    public Row<S, E, A> lookup(S state, E event) {
        Map<E, Row<S, E, A>> m = rows.get(state);
        Row<S, E, A> r = m == null ? null : m.get(event);
        return r != null ? r : anyState.get(event);
    }

    /**
     * The "any state" row of {@code event}, or null.
     *
     * @param event the event
     * @return the row, or null
     */
    public Row<S, E, A> anyStateRow(E event) {
        return anyState.get(event);
    }

    /**
     * Every row in the order added.
     *
     * @return the rows
     */
    public List<Row<S, E, A>> rows() {
        return Collections.unmodifiableList(ordered);
    }

    /**
     * The rows as text, one per line: state ({@code *} for any), event, action, next states ({@code (same)}: may stay).
     *
     * @return the table
     */
    public String print() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-16s %-52s %-30s %s%n", "STATE", "EVENT", "ACTION", "NEXT STATES"));
        for (Row<S, E, A> r : ordered) {
            StringBuilder next = new StringBuilder();
            for (S s : r.next()) {
                next.append(next.length() == 0 ? "" : " ").append(s);
            }
            if (r.stays()) {
                next.append(next.length() == 0 ? "" : " ").append("(same)");
            }
            b.append(String.format("%-16s %-52s %-30s %s%n", r.state() == null ? "*" : r.state(), r.event(),
                    r.action(), next));
        }
        return b.toString();
    }
}
