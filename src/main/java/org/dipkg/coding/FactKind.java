package org.dipkg.coding;

import java.util.Locale;
import java.util.Optional;

/** The facts that are coded as events, by the name the coding rules give them. */
public enum FactKind {
    MEETING, STATEMENT, DEMAND, POSITION;

    /** The kind a rule names in lower case ({@code meeting}), if any. */
    static Optional<FactKind> named(String name) {
        for (FactKind k : values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
