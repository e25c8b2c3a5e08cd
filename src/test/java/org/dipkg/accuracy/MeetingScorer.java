package org.dipkg.accuracy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meetings: rows are grouped by {@code ?meeting}; a gold meeting matches the first
 * unmatched prediction that holds every gold participant (or a person holding a post of
 * it) and agrees on date and place where the gold gives them. Extra participants are fine.
 * Required meetings are matched before optional ones. Also counts planned/held right.
 */
final class MeetingScorer {
    private MeetingScorer() {
    }

    /** A predicted meeting: its participants, first date and place, and planned when any row says so. */
    private static final class Predicted {
        final Set<String> participants = new LinkedHashSet<>();
        String date = "";
        String place = "";
        boolean planned;
    }

    static Scored score(List<Row> rows, List<Gold.Meeting> gold, Aliases al) {
        Map<String, Predicted> preds = new LinkedHashMap<>();
        for (Row r : rows) {
            Predicted m = preds.computeIfAbsent(r.get("meeting"), k -> new Predicted());
            if (!r.get("participant").isEmpty()) {
                m.participants.add(r.get("participant"));
            }
            if (!r.get("date").isEmpty() && m.date.isEmpty()) {
                m.date = r.get("date");
            }
            if (!r.get("place").isEmpty() && m.place.isEmpty()) {
                m.place = r.get("place");
            }
            if (Text.truthy(r.get("planned"))) {
                m.planned = true;
            }
        }
        Tally.Builder t = new Tally.Builder();
        Map<String, Gold.Meeting> matched = new HashMap<>();
        int plannedOk = 0;
        int plannedN = 0;
        for (Gold.Meeting g : gold.stream().sorted(Comparator.comparing(Gold.Meeting::optional)).toList()) {
            String hit = preds.entrySet().stream()
                    .filter(e -> !matched.containsKey(e.getKey()) && full(e.getValue(), g, al))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (hit != null) {
                matched.put(hit, g);
                if (!g.optional()) {
                    t.hit();
                    plannedN++;
                    plannedOk += preds.get(hit).planned == g.planned() ? 1 : 0;
                }
            } else if (!g.optional()) {
                List<String> near = preds.values().stream().filter(m -> covers(m, g, al))
                        .map(m -> "(" + Text.repr(m.date) + ", " + Text.repr(m.place) + ")").limit(3).toList();
                String date = g.dates().size() == 1 ? g.dates().get(0)
                        : g.dates().isEmpty() ? "" : Text.repr(g.dates());
                t.miss(g.id() + " " + Text.repr(g.participants()) + " " + date + " " + g.place() + ": "
                        + (near.isEmpty() ? "no meeting with these participants"
                        : "participants found, but date/place were " + near));
            }
        }
        preds.forEach((k, m) -> {
            if (!matched.containsKey(k)) {
                t.extra(Text.repr(m.participants.stream().sorted().toList()) + " " + m.date + " " + m.place);
            }
        });
        return new Scored(t.build(), Map.of("meeting planned/held correct", new Ratio(plannedOk, plannedN)));
    }

    /** Every gold participant is among the predicted ones. */
    static boolean covers(Predicted m, Gold.Meeting g, Aliases al) {
        return g.participants().stream()
                .allMatch(gp -> m.participants.stream().anyMatch(p -> al.sameOrMember(p, gp)));
    }

    private static boolean full(Predicted m, Gold.Meeting g, Aliases al) {
        return covers(m, g, al)
                && (g.dates().isEmpty() || Matches.date(m.date, g.dates()))
                && (g.place().isEmpty() || Matches.place(m.place, g.place()));
    }
}
