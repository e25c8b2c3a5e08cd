package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles: predictions are grouped by person (canonical name) and normalised title; a gold
 * post is found by a row with the person, a matching title and, where the gold requires
 * it, the affiliation. Groups no gold post used are false positives, so a second
 * spelling of a post already found counts as extra.
 */
final class RoleScorer {
    private RoleScorer() {
    }

    /** A person and a normalised title. */
    private record Key(String who, String title) {
    }

    static Scored score(List<Row> rows, List<Gold.Role> gold, Aliases al) {
        Map<Key, List<Row>> preds = new LinkedHashMap<>();
        for (Row r : rows) {
            String c = al.canon(r.get("name"));
            Key key = new Key(c == null || c.isEmpty() ? Text.norm(r.get("name")) : c, Text.norm(r.get("title")));
            preds.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        Tally.Builder t = new Tally.Builder();
        Set<Key> used = new HashSet<>();
        for (Gold.Role g : gold) {
            t.match(g.optional(), find(preds, g, al), used,
                    () -> g.person() + " / " + g.title() + " / " + g.affiliation());
        }
        preds.forEach((key, rs) -> {
            if (!used.contains(key)) {
                Row r = rs.get(0);
                t.extra(r.get("name") + " / " + r.get("title") + " / " + r.get("affiliation"));
            }
        });
        return Scored.of(t.build());
    }

    private static Key find(Map<Key, List<Row>> preds, Gold.Role g, Aliases al) {
        for (Map.Entry<Key, List<Row>> e : preds.entrySet()) {
            for (Row r : e.getValue()) {
                if (!al.same(r.get("name"), g.person()) || !Matches.title(r.get("title"), g)) {
                    continue;
                }
                boolean affOk = g.affiliation().isEmpty() || g.optionalAffiliation()
                        || al.same(r.get("affiliation"), g.affiliation());
                if (affOk) {
                    return e.getKey();
                }
            }
        }
        return null;
    }
}
