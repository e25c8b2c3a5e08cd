package org.dipkg.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.dipkg.extract.TsvTable;
import org.dipkg.model.MeetingKind;

/**
 * The coding rules, read from a tab-separated file ({@code coding/event_codes.tsv} on the
 * classpath under {@code org/dipkg/}) and checked as they load: a bad row stops with
 * {@code file:line: what is wrong}. For each kind of fact the rules are tried in file
 * order and the first that applies gives the code.
 *
 * <pre>
 *   CodingRules rules = CodingRules.read("coding/event_codes.tsv");
 *   rules.of(FactKind.MEETING);
 * </pre>
 */
public final class CodingRules {
    /** The file the converter reads. */
    public static final String STANDARD = "coding/event_codes.tsv";
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
    private static final Pattern PLOVER = Pattern.compile("[A-Z]+");

    private final Map<FactKind, List<CodingRule>> byFact;

    private CodingRules(Map<FactKind, List<CodingRule>> byFact) {
        this.byFact = byFact;
    }

    public static CodingRules read(String name) {
        Set<String> stances = stances();
        Map<FactKind, List<CodingRule>> byFact = new EnumMap<>(FactKind.class);
        for (FactKind k : FactKind.values()) {
            byFact.put(k, new ArrayList<>());
        }
        for (TsvTable.Row r : TsvTable.read(name, "fact", "test", "cameo")) {
            CodingRule rule = rule(r, stances);
            List<CodingRule> earlier = byFact.get(rule.fact());
            Optional<CodingRule> all = earlier.stream().filter(CodingRule::unconditional).findFirst();
            if (all.isPresent()) {
                throw r.error("never applies: the rule of " + all.get().source() + " codes every "
                        + r.get("fact") + " before it");
            }
            earlier.add(rule);
        }
        byFact.replaceAll((k, v) -> List.copyOf(v));
        return new CodingRules(byFact);
    }

    /** The rules for one kind of fact, in the order they are tried. */
    public List<CodingRule> of(FactKind fact) {
        return byFact.get(fact);
    }

    /** Every rule, by kind of fact and then in file order. */
    public List<CodingRule> all() {
        return byFact.values().stream().flatMap(List::stream).toList();
    }

    private static CodingRule rule(TsvTable.Row r, Set<String> stances) {
        FactKind fact = FactKind.named(r.get("fact")).orElseThrow(() -> r.error("fact '" + r.get("fact")
                + "' is none of meeting, statement, demand, position"));
        Condition test = Condition.named(r.get("test")).orElseThrow(() -> r.error("test '" + r.get("test")
                + "' is none of any, planned, kind, visit, host, third-place, stance"));
        if (!test.facts.contains(fact)) {
            throw r.error("test '" + r.get("test") + "' does not apply to a " + r.get("fact"));
        }
        String value = r.get("value");
        if (test.takesValue == value.isEmpty()) {
            throw r.error(test.takesValue ? "test '" + r.get("test") + "' needs a value"
                    : "test '" + r.get("test") + "' takes no value, found '" + value + "'");
        }
        if (test == Condition.KIND && !names(MeetingKind.values()).contains(value)) {
            throw r.error("meeting kind '" + value + "' is none of " + names(MeetingKind.values()));
        }
        if (test == Condition.STANCE && !stances.contains(value)) {
            throw r.error("stance '" + value + "' is none of the stances of lexicon/stance_cues.tsv " + stances);
        }
        String cameo = r.get("cameo");
        if (!CAMEO.matcher(cameo).matches()) {
            throw r.error("CAMEO code '" + cameo + "' is not two to four digits");
        }
        String plover = r.get("plover");
        if (!plover.isEmpty() && !PLOVER.matcher(plover).matches()) {
            throw r.error("PLOVER type '" + plover + "' is not an upper-case name");
        }
        return new CodingRule(fact, test, value, Phrases.parse(r.list("words")), cameo,
                plover.isEmpty() ? Optional.empty() : Optional.of(plover), r.file() + ":" + r.line());
    }

    private static Set<String> stances() {
        Set<String> out = new TreeSet<>();
        TsvTable.read("lexicon/stance_cues.tsv", "cue", "value").forEach(r -> out.add(r.get("value")));
        return out;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> out = new TreeSet<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        return out;
    }
}
