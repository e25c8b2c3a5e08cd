package org.dipkg.accuracy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a predicted label to a gold actor by its name and aliases, compared after
 * {@link Text#norm}; the first actor to claim a normalised name keeps it. A person also
 * stands for the countries and organizations of the posts the gold gives them.
 */
final class Aliases {
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, Set<String>> affiliations = new HashMap<>();

    Aliases(List<Gold.Actor> actors, List<Gold.Role> roles) {
        for (Gold.Actor a : actors) {
            byKey.putIfAbsent(Text.norm(a.name()), a.name());
            for (String n : a.aliases()) {
                byKey.putIfAbsent(Text.norm(n), a.name());
            }
        }
        for (Gold.Role r : roles) {
            if (!r.affiliation().isEmpty()) {
                affiliations.computeIfAbsent(r.person(), k -> new LinkedHashSet<>()).add(r.affiliation());
            }
        }
    }

    static Aliases of(Gold gold) {
        return new Aliases(gold.actors(), gold.roles());
    }

    /** The gold name a label stands for, or null. */
    String canon(String label) {
        return byKey.get(Text.norm(label));
    }

    boolean same(String label, String goldName) {
        String c = canon(label);
        if (c != null) {
            return c.equals(goldName);
        }
        return Text.norm(label).equals(Text.norm(goldName));
    }

    /** The label names the gold actor, or a person holding a post of it. */
    boolean sameOrMember(String label, String goldName) {
        if (same(label, goldName)) {
            return true;
        }
        String c = canon(label);
        return c != null && affiliations.getOrDefault(c, Set.of()).contains(goldName);
    }
}
