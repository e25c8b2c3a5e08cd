package org.dipkg.accuracy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Actors: each distinct {@code ?actor} is one prediction, matched to a gold actor by any
 * of its names; a second IRI for an actor already found is a false positive. Also counts
 * how many found actors have the right kind and Wikidata link.
 */
final class ActorScorer {
    private ActorScorer() {
    }

    /** What the rows say of one {@code ?actor}. */
    private static final class Predicted {
        final Set<String> names = new LinkedHashSet<>();
        String kind = "";
        String wikidata = "";
    }

    static Scored score(List<Row> rows, List<Gold.Actor> gold, Aliases al) {
        Map<String, Predicted> byIri = new LinkedHashMap<>();
        for (Row r : rows) {
            Predicted e = byIri.computeIfAbsent(r.get("actor"), k -> new Predicted());
            if (!r.get("name").isEmpty()) {
                e.names.add(r.get("name"));
            }
            if (!r.get("kind").isEmpty()) {
                e.kind = Text.localName(r.get("kind"));
            }
            if (!r.get("wikidata").isEmpty()) {
                e.wikidata = Text.localName(r.get("wikidata"));
            }
        }
        Map<String, Gold.Actor> goldByName = new HashMap<>();
        gold.forEach(a -> goldByName.put(a.name(), a));
        Tally.Builder t = new Tally.Builder();
        Set<String> seen = new HashSet<>();
        int kindOk = 0;
        int kindN = 0;
        int wdOk = 0;
        int wdN = 0;
        for (Predicted e : byIri.values()) {
            String match = e.names.stream().map(al::canon).filter(c -> c != null).findFirst().orElse(null);
            if (match == null) {
                t.extra(Text.repr(e.names.stream().sorted().toList()));
                continue;
            }
            Gold.Actor g = goldByName.get(match);
            if (g.optional()) {
                continue;
            }
            if (!seen.add(match)) {
                List<String> what = new java.util.ArrayList<>(List.of("duplicate of " + match));
                what.addAll(e.names.stream().sorted().toList());
                t.extra(Text.repr(what));
                continue;
            }
            t.hit();
            kindN++;
            kindOk += coarseKind(e.kind).equals(g.kind()) ? 1 : 0;
            if (!g.wikidata().isEmpty()) {
                wdN++;
                wdOk += e.wikidata.equals(g.wikidata()) ? 1 : 0;
            }
        }
        for (Gold.Actor g : gold) {
            if (!g.optional() && !seen.contains(g.name())) {
                t.miss(g.name());
            }
        }
        Map<String, Ratio> figures = new LinkedHashMap<>();
        figures.put("actor kind correct", new Ratio(kindOk, kindN));
        figures.put("wikidata links correct", new Ratio(wdOk, wdN));
        return new Scored(t.build(), figures);
    }

    /**
     * Person, Country or Organization from the local name of a class, as the scorer reads
     * it (a name containing "nation", such as InternationalOrganization, reads as Country).
     */
    static String coarseKind(String localName) {
        String k = localName.toLowerCase(Locale.ROOT);
        if (k.contains("person")) {
            return "Person";
        }
        boolean country = k.contains("country") || k.contains("state") || k.contains("nation");
        return country && !k.contains("statement") ? "Country" : "Organization";
    }
}
