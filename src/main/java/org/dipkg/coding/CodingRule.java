package org.dipkg.coding;

import java.util.Optional;

import org.dipkg.model.MeetingKind;

/**
 * One row of the coding rules: a fact of this kind that passes the condition and holds
 * one of the words gets the CAMEO code and, where one fits, the PLOVER type.
 *
 * @param value  the meeting kind of {@link Condition#KIND}, the stance of {@link Condition#STANCE}, else empty
 * @param source {@code file:line} of the row
 */
public record CodingRule(FactKind fact, Condition condition, String value, Phrases words, String cameo,
                         Optional<String> plover, String source) {

    /** True when the rule codes every fact of its kind that reaches it. */
    boolean unconditional() {
        return condition == Condition.ANY && words.isEmpty();
    }

    boolean kindIs(MeetingKind kind) {
        return kind.name().equals(value);
    }
}
