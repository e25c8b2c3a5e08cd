package org.dipkg.extract;

/**
 * The cue lists of {@code org/dipkg/lexicon/}: one file per kind of cue.
 */
public record Cues(CueList speech, CueList meetingVerbs, CueList meetingNouns, CueList governingVerbs,
                   CueList future, CueList clauseBreaks, CueList groupNouns, CueList honorifics,
                   CueList demands, CueList stances, CueList nonNames, CueList pronouns,
                   CueList organizationHeads, CueList placeNouns, CueList statementNouns) {
    /** How a demand cue reads: see the header of {@code demand_cues.tsv}. */
    static final java.util.Set<String> DEMAND_FORMS = java.util.Set.of("to", "for", "object", "list", "need", "want",
            "necessity");

    static Cues load() {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (org.dipkg.model.MeetingKind k : org.dipkg.model.MeetingKind.values()) {
            kinds.add(k.name());
            kinds.add(k.name() + "+with");
            kinds.add(k.name() + "+body");
        }
        return new Cues(
                CueList.load("lexicon/speech_verbs.tsv"),
                CueList.load("lexicon/meeting_verbs.tsv", kinds),
                CueList.load("lexicon/meeting_nouns.tsv", kinds),
                CueList.load("lexicon/governing_verbs.tsv"),
                CueList.load("lexicon/future_cues.tsv", java.util.Set.of("", "ongoing", "ongoing_after")),
                CueList.load("lexicon/clause_breaks.tsv"),
                CueList.load("lexicon/group_nouns.tsv", java.util.Set.of("", "one")),
                CueList.load("lexicon/honorifics.tsv"),
                CueList.load("lexicon/demand_cues.tsv", DEMAND_FORMS),
                CueList.load("lexicon/stance_cues.tsv"),
                CueList.load("lexicon/non_name_words.tsv"),
                CueList.load("lexicon/pronouns.tsv"),
                CueList.load("lexicon/organization_heads.tsv", java.util.Set.of("", "session")),
                CueList.load("lexicon/place_nouns.tsv"),
                CueList.load("lexicon/statement_nouns.tsv"));
    }
}
