package org.dipkg.coding;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a coding rule tests, besides its words; {@link #facts} are the facts it can test. */
public enum Condition {
    /** Every fact. */
    ANY(Set.of(FactKind.values()), false),
    /** A meeting reported as planned, not held. */
    PLANNED(Set.of(FactKind.MEETING), false),
    /** A meeting of the kind the rule's value names ({@code PHONE_CALL}). */
    KIND(Set.of(FactKind.MEETING), true),
    /** A held meeting in the country of a counterpart of the first participant, who comes from another. */
    VISIT(Set.of(FactKind.MEETING), false),
    /** A held meeting in the first participant's country with a counterpart from another. */
    HOST(Set.of(FactKind.MEETING), false),
    /** A held meeting of participants of two or more countries in a country none of them is from. */
    THIRD_PLACE(Set.of(FactKind.MEETING), false),
    /** A position of the stance the rule's value names. */
    STANCE(Set.of(FactKind.POSITION), true);

    final Set<FactKind> facts;
    final boolean takesValue;

    Condition(Set<FactKind> facts, boolean takesValue) {
        this.facts = facts;
        this.takesValue = takesValue;
    }

    /** The condition a rule names in lower case, with hyphens ({@code third-place}). */
    static Optional<Condition> named(String name) {
        for (Condition c : values()) {
            if (c.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
