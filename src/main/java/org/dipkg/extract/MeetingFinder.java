package org.dipkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.dipkg.model.Actor;
import org.dipkg.model.Evidence;
import org.dipkg.model.Meeting;
import org.dipkg.model.MeetingKind;
import org.dipkg.model.Mention;
import org.dipkg.model.Parse;
import org.dipkg.model.PartialDate;
import org.dipkg.model.Place;

/**
 * Finds the meetings each sentence tells of: who met (subjects, "with" and "between"
 * objects, the object of "met", modifiers like "Russian-US talks" or "NATO Leaders'
 * Meeting"), where, when, and whether it is planned. One candidate per sentence; a
 * definite mention without participants ("the talks") refers back to an earlier one.
 */
final class MeetingFinder {
    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those", "that", "our", "their",
            "his", "her", "its", "your", "such");
    private static final Set<String> ADJUNCT = Set.of("after", "following", "during", "since");
    private static final Set<String> NEEDS_PERSON_OBJECT = Set.of("host", "receive", "welcome", "call");

    /** A meeting as one sentence tells it. */
    record Candidate(int sentence, MeetingKind kind, Set<Actor> participants, Optional<Place> place,
                     Optional<String> venue, Optional<PartialDate> date, boolean planned, boolean anaphoric,
                     Evidence evidence, Set<Integer> triggers) {
    }

    private static final Set<String> CONTRAST = Set.of("although", "though", "but", "while", "whereas", "which",
            "however", "who");

    /** A colon that ends a speaker's label or a heading, not one inside a time ("07:46"). */
    private static final Pattern TURN = Pattern.compile("(?<!\\d):");

    private final Doc doc;

    /** The article's byline lines and its dateline or byline place: the same for all its meetings. */
    private final List<Annotated> byline;
    private final Optional<Place> articlePlace;
    /** Where the lead puts the article when no dateline does: for meetings in person only. */
    private final Optional<Place> leadPlace;

    MeetingFinder(Doc doc) {
        this.doc = doc;
        this.byline = findByline();
        this.articlePlace = findArticlePlace();
        this.leadPlace = articlePlace.isPresent() ? Optional.empty() : whereTheLeadIs();
    }

    List<Candidate> find() {
        List<Candidate> out = new ArrayList<>();
        for (Annotated a : doc.sentences) {
            if (!doc.isHeadline(a)) {
                for (Candidate c : inSentence(a)) {
                    out.addAll(separately(a, c));
                }
                out.addAll(forumSummits(a));
            }
        }
        headlineMeeting(out).ifPresent(c -> out.add(0, c));
        return out;
    }

    /**
     * "X held separate meetings with A and B", "during meetings with A, as well as with B": one
     * meeting for each party met, with those named before the meeting word (who met them all).
     */
    private List<Candidate> separately(Annotated a, Candidate c) {
        if (c.triggers().isEmpty()) {
            return List.of(c);
        }
        int anchor = java.util.Collections.min(c.triggers());
        boolean separate = a.isWord(anchor, "meetings");
        for (int k = 0; k < a.size() && !separate; k++) {
            separate = !a.isQuoted(k) && a.isWord(k, "separate", "separately");
        }
        if (!separate) {
            return List.of(c);
        }
        Set<Actor> hosts = new LinkedHashSet<>();
        Set<Actor> met = new LinkedHashSet<>();
        for (ActorRef r : doc.refs(a.sentence.index())) {
            if (c.participants().contains(r.actor()) && !r.affiliation()) {
                (r.start() < anchor ? hosts : met).add(r.actor());
            }
        }
        met.removeAll(hosts);
        if (hosts.isEmpty() || met.size() < 2 || !c.participants().containsAll(met)) {
            return List.of(c);
        }
        List<Candidate> out = new ArrayList<>();
        for (Actor other : met) {
            Set<Actor> two = new LinkedHashSet<>(hosts);
            two.add(other);
            out.add(new Candidate(c.sentence(), c.kind(), two, c.place(), c.venue(), c.date(), c.planned(),
                    c.anaphoric(), c.evidence(), c.triggers()));
        }
        return out;
    }

    /**
     * Meetings held face to face whose sentences name no place, placed in the one city the
     * article names as where someone is or goes ("in New Delhi", "to Johannesburg") when it
     * names only one; calls, video conferences and planned meetings keep none.
     */
    List<Meeting> placedInTheOnlyCity(List<Meeting> meetings) {
        Optional<Place> city = onlyCity();
        if (city.isEmpty()) {
            return meetings;
        }
        List<Meeting> out = new ArrayList<>();
        for (Meeting m : meetings) {
            boolean faceToFace = m.kind() != MeetingKind.PHONE_CALL && m.kind() != MeetingKind.VIDEO_CONFERENCE;
            out.add(m.place().isEmpty() && !m.planned() && faceToFace
                    ? new Meeting(m.kind(), m.participants(), city, m.venue(), m.date(), m.planned(), m.evidence())
                    : m);
        }
        return out;
    }

    private Optional<Place> onlyCity() {
        java.util.Map<String, Place> cities = new java.util.LinkedHashMap<>();
        articlePlace.ifPresent(p -> cities.put(p.key(), p));
        for (Annotated a : doc.sentences) {
            for (int i = 1; i < a.size(); i++) {
                Gazetteer.Hit h = a.hit(i);
                if (h != null && h.entry().place().isPresent() && !a.isQuoted(i) && locativeBefore(a, i)) {
                    cities.put(h.entry().place().get().key(), h.entry().place().get());
                }
            }
        }
        return cities.size() == 1 ? Optional.of(cities.values().iterator().next()) : Optional.empty();
    }

    /**
     * The meeting a headline tells of ("Remarks With Foreign Minister X Before Their Meeting",
     * "Minister meets President Y") when the body does not tell it again: its actors, with
     * the person a transcript's byline names, dated and placed by the byline or dateline.
     */
    private Optional<Candidate> headlineMeeting(List<Candidate> body) {
        if (doc.sentences.isEmpty() || !doc.isHeadline(doc.sentences.get(0))) {
            return Optional.empty();
        }
        Annotated h = doc.sentences.get(0);
        boolean cue = false;
        for (int i = 0; i < h.size() && !cue; i++) {
            cue = doc.cues().meetingNouns().matchAt(h.tokens(), i).isPresent()
                    || doc.cues().meetingVerbs().matchAt(h.tokens(), i).isPresent()
                    || jointRemarks(h, i);
        }
        if (!cue) {
            return Optional.empty();
        }
        Set<Actor> participants = new LinkedHashSet<>();
        doc.refsIn(h, 0, h.size()).forEach(r -> participants.add(r.actor()));
        bylinePerson().ifPresent(participants::add);
        participants.addAll(turnSpeakers());
        if (participants.size() < 2) {
            return Optional.empty();
        }
        for (Candidate c : body) {
            if (c.participants().containsAll(participants)) {
                return Optional.empty();
            }
        }
        boolean future = hasFutureCue(h, 0);
        Optional<PartialDate> date = bylineDate().or(() -> future ? Optional.empty() : doc.published.map(PartialDate::of));
        Optional<Place> place = future ? articlePlace : articlePlace.or(() -> leadPlace);
        return Optional.of(new Candidate(h.sentence.index(), MeetingKind.MEETING, participants, place,
                Optional.empty(), date, future, false, Evidence.of(h.sentence, "meeting.headline"), Set.of()));
    }

    /** "Remarks With Foreign Minister Ana Duarte": a transcript of two who appeared together, so met. */
    private boolean jointRemarks(Annotated h, int i) {
        return h.isWord(i, "with") && i > 0 && h.lower(i - 1).startsWith("remark")
                && doc.refsIn(h, i + 1, Math.min(h.size(), i + 6)).stream().anyMatch(ActorRef::isPerson);
    }

    /** The persons whose turns a transcript gives: at a meeting the transcript is of, they took part. */
    private Set<Actor> turnSpeakers() {
        Set<Actor> out = new LinkedHashSet<>();
        for (QuoteSpan q : doc.quotes) {
            if (q.isTurn() && q.firstSentence() >= 0) {
                doc.turnSpeaker(q).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Short lines under the headline, above and below one longer line (a lead sentence, a
     * "Remarks by" line): a transcript's byline ("Daniel Marsh", "Secretary of State", "Oslo,
     * Norway", a date), or a line without a verb that gives date and place at once ("March 4,
     * 2019, Government House, Oslo").
     */
    private List<Annotated> findByline() {
        List<Annotated> out = new ArrayList<>();
        boolean lead = false;
        for (Annotated a : doc.sentences) {
            if (doc.isHeadline(a)) {
                continue;
            }
            if (a.sentence.paragraph() > 6 || TURN.matcher(a.sentence.text()).find()) {
                break;
            }
            boolean verbless = a.tokens().stream().noneMatch(t -> t.pos().equals("VERB") || t.pos().equals("AUX"));
            if (a.size() > (verbless ? 12 : 7)) {
                if (lead) {
                    break;
                }
                lead = true;
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private Optional<Actor> bylinePerson() {
        for (Annotated a : byline) {
            for (ActorRef r : doc.refsIn(a, 0, a.size())) {
                if (r.isPerson()) {
                    return Optional.of(r.actor());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<PartialDate> bylineDate() {
        for (Annotated a : byline) {
            for (DateMention d : a.dates) {
                Optional<PartialDate> r = doc.resolve(d, false);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the article was written: the place of its byline, or of its dateline ("LIMA –",
     * "Nairobi:", "GENEVA (Agency) -"). A held meeting the text gives no place for took place there.
     */
    private Optional<Place> findArticlePlace() {
        for (Annotated a : byline) {
            for (int i = 0; i < a.size(); i++) {
                Gazetteer.Hit hit = a.hit(i);
                if (hit != null && hit.entry().place().isPresent()) {
                    return hit.entry().place();
                }
            }
        }
        for (Annotated a : doc.sentences) {
            if (doc.isHeadline(a) || a.sentence.paragraph() > 3) {
                continue;
            }
            Optional<Place> dated = placeAndDate(a).or(() -> placeAfterDate(a));
            if (dated.isPresent()) {
                return dated;
            }
        }
        for (Annotated a : doc.sentences) {
            if (doc.isHeadline(a)) {
                continue;
            }
            if (a.sentence.paragraph() > 3) {
                break;
            }
            Gazetteer.Hit hit = a.hit(0);
            if (hit != null && hit.entry().place().isPresent()) {
                int after = a.hitEnd(0);
                while (after < a.size() && a.isWord(after, ",") && after + 1 < a.size()
                        && a.token(after + 1).isCapitalized() && after + 3 < a.size()) {
                    after += 2;
                }
                if (after < a.size() && (a.isWord(after, ":", "-", "(", "\u2013", "\u2014", "--")
                        || a.token(after).text().matches("[\u2013\u2014-]+"))) {
                    return hit.entry().place();
                }
            }
        }
        return Optional.empty();
    }

    private static long placesIn(Annotated a) {
        java.util.Set<String> places = new java.util.HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            Gazetteer.Hit h = a.hit(i);
            if (h != null && h.entry().place().isPresent()) {
                places.add(h.entry().place().get().key());
            }
        }
        return places.size();
    }

    /**
     * Where the article is told from when no dateline says it: "X is in Lima for talks", "arrived
     * in Lima", "reports from the town of Puerto Varas" in the lead, or "here in Lima" and "welcome
     * you to Lima" anywhere.
     */
    private Optional<Place> whereTheLeadIs() {
        int leads = 0;
        for (Annotated a : doc.sentences) {
            if (doc.isHeadline(a) || byline.contains(a)) {
                continue;
            }
            boolean lead = leads++ < 2;
            for (int i = 1; i < a.size(); i++) {
                Gazetteer.Hit h = a.hit(i);
                boolean here = i >= 2 && a.isWord(i - 1, "in") && a.isWord(i - 2, "here")
                        || i >= 3 && a.isWord(i - 1, "to") && a.isWord(i - 2, "you") && a.lower(i - 3).startsWith("welcom");
                if (h == null || h.entry().place().isEmpty() || a.isQuoted(i) && !here) {
                    continue;
                }
                int k = i - 1;
                while (k > 0 && k > i - 6 && (a.isWord(k, "the", "city", "town", "of", "capital", ",", "'s")
                        || a.hit(k) != null)) {
                    k--;
                }
                boolean present = a.isWord(k, "in") && k > 0 && a.isWord(k - 1, "is", "are", "arrived", "arrives")
                        || a.isWord(k, "from") && k > 0 && a.isWord(k - 1, "reports", "reporting");
                if (here || lead && present && placesIn(a) == 1) {
                    return h.entry().place();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Bangkok, Thailand, July 28, 2000" in a header or caption: a city with its own country and
     * a full date right after, as a dateline gives them.
     */
    /**
     * A dateline of a date and a city alone on its line ("November 3, 2011, Lindau"): the city,
     * known to the gazetteer or not.
     */
    private Optional<Place> placeAfterDate(Annotated a) {
        if (a.dates.isEmpty() || a.dates.get(0).begin() != a.token(0).begin() || !a.dates.get(0).isFullDate()) {
            return Optional.empty();
        }
        int k = 0;
        while (k < a.size() && a.token(k).begin() < a.dates.get(0).end()) {
            k++;
        }
        if (!a.isWord(k, ",") || k + 1 >= a.size() || a.size() - (k + 1) > 3) {
            return Optional.empty();
        }
        for (int j = k + 1; j < a.size(); j++) {
            if (!a.token(j).isCapitalized() || a.hit(j) != null && a.hit(j).entry().place().isEmpty()) {
                return Optional.empty();
            }
        }
        Gazetteer.Hit known = a.hit(k + 1);
        if (known != null) {
            return known.entry().place();
        }
        String name = Titles.textOf(a.tokens(), k + 1, a.size());
        return Optional.of(new Place("place/" + Text.slug(name), name, Optional.empty(), Optional.empty()));
    }

    private Optional<Place> placeAndDate(Annotated a) {
        for (int i = 0; i + 3 < a.size(); i++) {
            Gazetteer.Hit city = a.hit(i);
            if (city == null || city.entry().place().isEmpty() || city.entry().place().get().country().isEmpty()) {
                continue;
            }
            int comma = a.hitEnd(i);
            Gazetteer.Hit country = a.isWord(comma, ",") ? a.hit(comma + 1) : null;
            if (country == null || country.entry().actor().isEmpty()
                    || !country.entry().actor().get().name().equals(city.entry().place().get().country().get())) {
                continue;
            }
            int after = a.hitEnd(comma + 1);
            if (after < a.size() && a.isWord(after, ",") && after + 1 < a.size()) {
                int dateAt = a.token(after + 1).begin();
                if (a.dates.stream().anyMatch(d -> d.begin() == dateAt && d.isFullDate())) {
                    return city.entry().place();
                }
            }
        }
        return Optional.empty();
    }

    /** A meeting told as what came before the sentence's news: "After a meeting with X, Ban said the talks will ...". */
    private record Prior(int noun, Set<Actor> participants, MeetingKind kind) {
    }

    private static boolean introducedByAfter(Annotated a, int noun) {
        int k = noun - 1;
        if (a.isWord(k, "a", "the", "his", "her", "their", "its")) {
            k--;
        }
        return a.isWord(k, "after", "following");
    }

    /**
     * The meetings a sentence tells of: one for its meeting words together, and one apart for a
     * meeting it gives as past background ("after a meeting with X") when it tells of another.
     */
    private List<Candidate> inSentence(Annotated a) {
        List<Prior> priors = new ArrayList<>();
        Optional<Candidate> main = inSentence(a, priors);
        if (main.isEmpty() && !priors.isEmpty()) {
            return inSentence(a, null).stream().toList();
        }
        List<Candidate> out = new ArrayList<>(main.stream().toList());
        for (Prior p : priors) {
            Optional<PartialDate> date = dateInPhrase(a, p.noun());
            Optional<Place> place = placeNear(a, p.noun()).or(() -> articlePlace).or(() -> leadPlace);
            out.add(new Candidate(a.sentence.index(), p.kind(), p.participants(), place, venue(a), date, false, false,
                    Evidence.of(a.sentence, "meeting.noun"), Set.of(p.noun())));
        }
        return out;
    }

    /** A date inside the phrase of a meeting noun, up to the next comma: "after talks in Lima on Monday, ...". */
    private Optional<PartialDate> dateInPhrase(Annotated a, int noun) {
        int end = noun;
        while (end < a.size() && !a.isWord(end, ",", ";") && !Clauses.isBreak(doc, a, end)) {
            end++;
        }
        int from = a.token(noun).begin();
        int to = end < a.size() ? a.token(end).begin() : Integer.MAX_VALUE;
        for (DateMention d : a.dates) {
            if (d.begin() > from && d.begin() < to) {
                return doc.resolve(d, false);
            }
        }
        return Optional.empty();
    }

    /** @param priors where to put "after a meeting with X" apart from the rest, or null to keep it in */
    private Optional<Candidate> inSentence(Annotated a, List<Prior> priors) {
        Set<Actor> participants = new LinkedHashSet<>();
        MeetingKind kind = null;
        int anchor = -1;
        boolean anaphoric = false;
        String rule = "";
        Set<Integer> triggers = new java.util.HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.isQuoted(i)) {
                continue;
            }
            Optional<CueList.Match> verb = doc.cues().meetingVerbs().matchAt(a.tokens(), i);
            boolean needsWith = verb.isPresent() && verb.get().value().endsWith("+with");
            Optional<Actor> body = verb.isPresent() && verb.get().value().endsWith("+body")
                    ? sessionBodyAt(a, verb.get().end()) : Optional.empty();
            if (verb.isPresent() && (isDemandCall(a, verb.get())
                    || verb.get().value().endsWith("+body") && body.isEmpty())) {
                verb = Optional.empty();
            }
            Set<Actor> direct = verb.isPresent() && body.isEmpty() ? verbParticipants(a, verb.get(), needsWith) : Set.of();
            if (verb.isPresent() && needsPerson(a, verb.get()) && !verb.get().cue().equals("host") && direct.size() < 2) {
                verb = Optional.empty();   // "called for X", "welcomed Peru's efforts": no one was called or received
            }
            Set<Actor> syntactic = verb.isPresent() && body.isEmpty() ? syntaxVerbParticipants(a, i, needsWith) : Set.of();
            if (needsWith && withAfter(a, verb.get().end()) < 0 && !a.isWord(verb.get().end() - 1, "to")
                    && syntactic.isEmpty()) {
                verb = Optional.empty();
            }
            if (verb.isPresent() && (a.token(i).isVerb() || isVerbInParse(a, i))) {
                Set<Actor> found = new LinkedHashSet<>();
                if (body.isPresent()) {
                    subjectOf(a, verb.get().start()).forEach(found::add);
                    found.add(body.get());
                } else {
                    found.addAll(direct);
                    found.addAll(syntactic);
                }
                if (!found.isEmpty()) {
                    triggers.add(i);
                    participants.addAll(found);
                    boolean first = anchor < 0 || anaphoric;   // "The trip ... (she met X in May)": X's meeting
                    kind = kind == null ? kind(verb.get()) : kind;
                    anchor = first ? i : anchor;
                    rule = first ? "meeting.verb" : rule;
                    anaphoric = false;
                }
                i = verb.get().end() - 1;
                continue;
            }
            Optional<CueList.Match> noun = doc.cues().meetingNouns().matchAt(a.tokens(), i);
            if (noun.isPresent() && isNoun(a, noun.get())) {
                Set<Actor> found = new LinkedHashSet<>(nounParticipants(a, noun.get()));
                found.addAll(syntaxNounParticipants(a, noun.get().end() - 1));
                if (priors != null && found.size() >= 2 && introducedByAfter(a, i)) {
                    priors.add(new Prior(i, found, MeetingKind.valueOf(noun.get().value())));
                    i = noun.get().end() - 1;
                    continue;
                }
                if (!found.isEmpty()) {
                    triggers.add(i);
                    participants.addAll(found);
                    boolean first = anchor < 0 || anaphoric;
                    kind = kind == null ? MeetingKind.valueOf(noun.get().value()) : kind;
                    anchor = first ? i : anchor;
                    rule = first ? "meeting.noun" : rule;
                    anaphoric = false;
                } else if (anchor < 0 && isDefinite(a, i)) {
                    anaphoric = true;
                    anchor = i;
                    kind = MeetingKind.valueOf(noun.get().value());
                    rule = "meeting.reference";
                }
                i = noun.get().end() - 1;
            }
        }
        if (anchor < 0 || loneCountry(participants)) {
            return Optional.empty();
        }
        boolean future = hasFutureCue(a, anchor);
        Optional<PartialDate> date = dateNear(a, anchor, future).or(() -> previousDate(a, future))
                .or(() -> future ? earlierFutureDate(a) : Optional.empty());
        boolean planned = future || date.flatMap(PartialDate::toLocalDate)
                .flatMap(d -> doc.published.map(p -> d.isAfter(p))).orElse(false);
        if (date.isPresent() && doc.published.isPresent() && !future) {
            planned = date.get().iso().compareTo(PartialDate.of(doc.published.get()).iso()) > 0
                    && date.get().isDay();
        }
        boolean held = !planned;
        if (date.isEmpty() && held && rule.equals("meeting.noun") && doc.published.isPresent()
                && hasOngoingCue(a, anchor)) {
            date = Optional.of(PartialDate.ofMonth(doc.published.get().getYear(), doc.published.get().getMonthValue()));
        }
        boolean call = kind == MeetingKind.PHONE_CALL;
        Optional<Place> place = placeNear(a, anchor).or(() -> held ? articlePlace : Optional.empty())
                .or(() -> held && !call ? leadPlace : Optional.empty());
        return Optional.of(new Candidate(a.sentence.index(), kind, participants, place, venue(a),
                date, planned, anaphoric && participants.isEmpty(), Evidence.of(a.sentence, rule), triggers));
    }

    private static MeetingKind kind(CueList.Match cue) {
        return MeetingKind.valueOf(cue.value().replace("+with", "").replace("+body", ""));
    }

    /**
     * "told the Security Council", "addressed Parliament": a body that sits in session (its
     * name ends in a word of organization_heads.tsv marked "session") right after the verb.
     */
    private Optional<Actor> sessionBodyAt(Annotated a, int k) {
        int at = a.isWord(k, "the") ? k + 1 : k;
        for (ActorRef r : doc.refsIn(a, at, at + 1)) {
            if (r.start() == at && !r.isPerson() && r.actor().kind() != org.dipkg.model.ActorKind.COUNTRY
                    && doc.cues().organizationHeads().matchAt(a.tokens(), r.end() - 1)
                            .filter(m -> m.value().equals("session")).isPresent()) {
                return Optional.of(r.actor());
            }
        }
        return Optional.empty();
    }

    /**
     * A country alone is where talks are held or what they are about ("the talks on Syria",
     * "a visit to Fiji" without the visitor), not who met: a meeting needs a person, an
     * organization or a second party.
     */
    private static boolean loneCountry(Set<Actor> participants) {
        return participants.size() == 1 && participants.iterator().next().kind() == org.dipkg.model.ActorKind.COUNTRY;
    }

    /** The rule of a summit named as where others met: a meeting apart from theirs. */
    static final String VENUE_RULE = "meeting.forum.venue";

    /** Words before "the G20" that make it the forum's summit: "at the G7", "ahead of the G20", "hosting the G20". */
    private static final Set<String> TO_A_SUMMIT = Set.of("at", "to", "of", "before", "after", "during", "for",
            "host", "hosts", "hosting", "hosted", "attend", "attends", "attending", "attended");

    /**
     * "looked forward to seeing each other at the G7 later this month, and to Brazil hosting
     * the G20 in 2024": a forum whose name stands for its summits, named as where one goes or
     * what one hosts, is a meeting of it, dated by the date nearest it.
     */
    private List<Candidate> forumSummits(Annotated a) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 2; i < a.size(); i++) {
            Gazetteer.Hit h = a.hit(i);
            if (h == null || a.isQuoted(i) || h.entry().actor().filter(doc.lexicon.forums::contains).isEmpty()) {
                continue;
            }
            int end = a.hitEnd(i);
            boolean named = a.isWord(i - 1, "the") && TO_A_SUMMIT.contains(a.lower(i - 2));
            Optional<CueList.Match> noun = end < a.size() ? doc.cues().meetingNouns().matchAt(a.tokens(), end)
                    : Optional.empty();
            // "met X at the G20 Summit in Delhi": the summit, where the two met, took place too
            boolean venue = noun.isPresent() && noun.get().value().equals("SUMMIT") && a.isWord(i - 2, "at", "of")
                    && meetsBefore(a, i - 2);
            if (named && (noun.isEmpty() || venue) && !a.isWord(end, "'s", "'")) {
                boolean future = hasFutureCue(a, i);
                Optional<PartialDate> date = dateNear(a, i, future);
                boolean planned = future || date.flatMap(PartialDate::toLocalDate)
                        .flatMap(d -> doc.published.map(d::isAfter)).orElse(false);
                out.add(new Candidate(a.sentence.index(), MeetingKind.SUMMIT, Set.of(h.entry().actor().get()),
                        placeNear(a, i), Optional.empty(), date, planned, false,
                        Evidence.of(a.sentence, venue ? VENUE_RULE : "meeting.forum"), Set.of(i)));
            }
            i = end - 1;
        }
        return out;
    }

    /** A meeting verb or noun before token {@code to}: "met ... at the G20 Summit", "talks on the sidelines of". */
    private boolean meetsBefore(Annotated a, int to) {
        for (int k = 0; k < to; k++) {
            if (doc.cues().meetingVerbs().matchAt(a.tokens(), k).isPresent()
                    || doc.cues().meetingNouns().matchAt(a.tokens(), k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoun(Annotated a, CueList.Match m) {
        int head = m.end() - 1;
        while (head > m.start() && a.token(head).pos().equals("ADP")) {
            head--;   // "a call on the President": the noun before the preposition
        }
        String pos = a.token(head).pos();
        if (pos.equals("NOUN") || pos.equals("PROPN")) {
            return true;
        }
        // the tagger takes a sentence-initial "Talks between ..." for a verb; the parser may know better
        int before = m.start() - 1;
        if (Syntax.has(a) && Syntax.parse(a).tag(head).startsWith("NN")) {
            return true;
        }
        return pos.equals("VERB") && (before < 0 || a.token(before).pos().equals("DET")
                || a.token(before).pos().equals("ADJ")) && a.isWord(m.end(), "between", "with", "on", "in", "of");
    }

    private static boolean isDefinite(Annotated a, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = a.lower(k);
            if (DEFINITE.contains(w) || w.equals("'s")) {
                return true;
            }
            String pos = a.token(k).pos();
            if (!pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("PROPN") && !pos.equals("PUNCT")
                    && !pos.equals("NUM")) {
                return false;
            }
        }
        return false;
    }

    // ------------------------------------------------------------ participants from syntax

    private static final Set<String> WITH = Set.of("with", "to", "by", "on");
    private static final Set<String> BETWEEN = Set.of("with", "between", "among", "by", "from");
    private static final Set<String> ATTENDED = Set.of("for", "at", "in", "to", "during", "after", "before");

    /** "called on X to withdraw": a demand, not a visit; without a parse "call on" is left to the demand rules. */
    private static boolean isDemandCall(Annotated a, CueList.Match verb) {
        if (!verb.cue().equals("call on")) {
            return false;
        }
        if (!Syntax.has(a)) {
            return true;
        }
        for (int k = verb.end(); k < Math.min(a.size(), verb.end() + 12); k++) {
            if (a.isWord(k, "to") && k + 1 < a.size() && Syntax.parse(a).tag(k + 1).equals("VB")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerbInParse(Annotated a, int i) {
        return Syntax.has(a) && Syntax.parse(a).tag(i).startsWith("VB");
    }

    /**
     * Who a meeting verb's syntax names: its subject, its object ("met X", "visited X") and the
     * objects of "with", "to", "by" and "on" ("met with X", "spoke to X", "was received by X",
     * "called on X"); verbs that need a "with" name no one without it.
     */
    private Set<Actor> syntaxVerbParticipants(Annotated a, int v, boolean needsWith) {
        if (!Syntax.has(a) || a.isQuoted(v)) {
            return Set.of();
        }
        Syntax syntax = new Syntax(doc);
        List<ActorRef> with = new ArrayList<>(syntax.prepositional(a, v, WITH));
        Parse p = Syntax.parse(a);
        for (int c : p.children(v)) {
            if (p.label(c).equals("dobj") && doc.cues().meetingNouns().matchAt(a.tokens(), c).isPresent()) {
                with.addAll(syntax.prepositional(a, c, BETWEEN));   // "held talks with X"
            }
        }
        List<ActorRef> objects = needsWith ? List.of() : syntax.objects(a, v);
        if (with.isEmpty() && objects.isEmpty() && needsWith) {
            return Set.of();
        }
        Set<Actor> out = new LinkedHashSet<>();
        syntax.subjects(a, v).forEach(r -> out.add(r.actor()));
        objects.forEach(r -> out.add(r.actor()));
        with.forEach(r -> out.add(r.actor()));
        return out.size() >= 2 ? out : Set.of();
    }

    /**
     * Who a meeting noun's syntax names: "talks with X", "meeting between X and Y", "their
     * meeting", "Russian-US talks", and the subject of the verb the noun is the object of
     * or attached to ("X held talks", "X is in Lima for a meeting with Y").
     */
    private Set<Actor> syntaxNounParticipants(Annotated a, int n) {
        if (!Syntax.has(a) || a.isQuoted(n)) {
            return Set.of();
        }
        Syntax syntax = new Syntax(doc);
        Parse p = Syntax.parse(a);
        Set<Actor> out = new LinkedHashSet<>();
        syntax.prepositional(a, n, BETWEEN).forEach(r -> out.add(r.actor()));
        for (int c : p.children(n)) {
            String l = p.label(c);
            if (l.equals("poss") || l.equals("compound") || l.equals("amod") || l.equals("nmod")) {
                syntax.phrase(a, c).forEach(r -> out.add(r.actor()));
            }
        }
        int head = p.head(n);
        if (p.label(n).equals("pobj") && head >= 0 && a.isWord(head, "of") && p.head(head) >= 0
                && (p.label(p.head(head)).equals("dobj") || p.label(p.head(head)).equals("pobj"))) {
            // "taken a number of calls from X", "during three hours of talks": the calls are what "number" is
            n = p.head(head);
            head = p.head(n);
            syntax.prepositional(a, n, BETWEEN).forEach(r -> out.add(r.actor()));
        }
        if (p.label(n).equals("dobj") && head >= 0) {
            syntax.subjects(a, head).forEach(r -> out.add(r.actor()));
        } else if (p.label(n).equals("pobj") && head >= 0 && ATTENDED.contains(a.lower(head))) {
            int verb = p.head(head);
            if (verb >= 0 && p.tag(verb).startsWith("VB")) {
                syntax.subjects(a, verb).forEach(r -> out.add(r.actor()));
            }
        } else if ((p.label(n).equals("nsubj") || p.label(n).equals("nsubjpass")) && head >= 0) {
            syntax.prepositional(a, head, BETWEEN).forEach(r -> out.add(r.actor()));
        }
        return out.size() >= 2 ? out : Set.of();
    }

    // ------------------------------------------------------------ participants

    private static boolean needsPerson(Annotated a, CueList.Match verb) {
        return org.dipkg.nlp.Lemmas.candidates(a.lower(verb.start())).stream().anyMatch(NEEDS_PERSON_OBJECT::contains);
    }

    private Set<Actor> verbParticipants(Annotated a, CueList.Match verb, boolean needsObject) {
        Set<Actor> out = new LinkedHashSet<>();
        boolean needsPerson = needsPerson(a, verb);
        int after = verb.end();
        if (needsPerson) {
            List<ActorRef> object = doc.refsIn(a, after, Clauses.listEnd(doc, a, after, 12));
            if (object.isEmpty() || !object.get(0).isPerson() || object.get(0).start() > after + 6) {
                return out;
            }
            if (a.isWord(after, "for", "on", "upon", "in", "off", "out", "it", "this", "that")
                    || a.isWord(object.get(0).end(), "'s", "'", "a", "an", "the")
                    || a.token(object.get(0).end() - 1).text().endsWith("'s")) {
                return out;   // "called for the release of X", "welcomed X's decision": no one met
            }
            subjectOf(a, verb.start()).forEach(out::add);
            object.forEach(r -> out.add(r.actor()));
            return out;
        }
        subjectOf(a, verb.start()).forEach(out::add);
        after = Clauses.afterFromLeft(a, after);
        int k = after;
        int with = withAfter(a, after);
        if (with >= 0) {
            k = with + 1;
        } else if (k < a.size() && !startsNounPhrase(a, k)) {
            return needsObject ? Set.of() : out;
        }
        boolean object = false;
        int end = Clauses.listEnd(doc, a, k, 48);
        for (ActorRef r : doc.refsIn(a, k, end)) {
            object |= out.add(r.actor());
        }
        object |= includedPersons(a, end, out);
        if (needsObject && !object) {
            return Set.of();
        }
        return out.size() >= 1 ? out : Set.of();
    }

    /**
     * "will meet a number of her counterparts in New York today, including Foreign Minister X":
     * persons listed after "including" later in the clause were met too.
     */
    private boolean includedPersons(Annotated a, int from, Set<Actor> out) {
        for (int k = from; k < Math.min(a.size(), from + 24); k++) {
            if (a.isWord(k, "including")) {
                boolean added = false;
                for (ActorRef r : doc.refsIn(a, k + 1, Clauses.listEnd(doc, a, k + 1, 24))) {
                    added |= r.isPerson() && out.add(r.actor());
                }
                return added;
            }
        }
        return false;
    }

    /** The object of "met": a name, a title or a determiner right after the verb. */
    private boolean startsNounPhrase(Annotated a, int k) {
        String pos = a.token(k).pos();
        return pos.equals("DET") || pos.equals("PROPN") || pos.equals("ADJ") || !doc.refsIn(a, k, k + 1).isEmpty();
    }

    /**
     * "with" right after a verb, or after a few adverbs, time words, a place ("met today at the
     * headquarters with X") or a parenthesis ("met today (20 May) with X"); not after an actor
     * that is the verb's own object ("met X in Rome with ...").
     */
    private int withAfter(Annotated a, int from) {
        boolean place = false;
        int depth = 0;
        for (int k = from; k < Math.min(a.size(), from + 10); k++) {
            if (a.isWord(k, "with")) {
                return depth == 0 ? k : -1;
            }
            if (a.isWord(k, "(", ")")) {
                depth += a.isWord(k, "(") ? 1 : -1;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (a.isWord(k, "at", "in")) {
                place = true;
                continue;
            }
            if (!place && !doc.refsIn(a, k, k + 1).isEmpty()) {
                return -1;
            }
            String pos = a.token(k).pos();
            boolean dayAfterOn = a.isWord(k, "on") && k + 1 < a.size()
                    && (a.token(k + 1).pos().equals("NUM") || a.token(k + 1).pos().equals("PROPN"));
            boolean allowed = pos.equals("ADV") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                    || pos.equals("ADP") || place && pos.equals("DET");
            if (!dayAfterOn && (!allowed || a.isWord(k, "to", "for", "about", "on"))) {
                return -1;
            }
        }
        return -1;
    }

    private Set<Actor> nounParticipants(Annotated a, CueList.Match noun) {
        Set<Actor> out = new LinkedHashSet<>();
        premodifiers(a, noun.start()).forEach(out::add);
        int end = noun.end();
        if (noun.length() > 1 && a.token(end - 1).pos().equals("ADP")) {
            // "a call on the President": the one called on, named right after
            int from = end + (a.isWord(end, "the") ? 1 : 0);
            doc.refsIn(a, from, Clauses.listEnd(doc, a, from, 16)).stream().findFirst().ifPresent(r -> out.add(r.actor()));
        }
        int limit = Math.min(a.size(), end + 10);
        for (int k = end; k < limit; k++) {
            if (a.isQuoted(k) || Clauses.isBreak(doc, a, k) || a.token(k).pos().equals("VERB") && !a.isWord(k, "included", "including")) {
                break;
            }
            if (a.isWord(k, "with", "between", "among", "of", "included", "including")) {
                boolean of = a.isWord(k, "of");
                int from = k + 1 + (a.isWord(k + 1, "the") ? 1 : 0);
                for (ActorRef r : doc.refsIn(a, from, Clauses.listEnd(doc, a, from, 48))) {
                    if (!of || !r.isPerson()) {
                        out.add(r.actor());
                    }
                }
                if (!of) {
                    break;
                }
            }
        }
        Optional<Integer> governing = governingVerb(a, noun.start());
        if (isDefinite(a, noun.start())) {
            // "will attend the summit of X": who attends, hosts or holds a meeting named by a definite noun met too
            governing.ifPresent(v -> subjectOf(a, v).forEach(out::add));
            return out;
        }
        if (governing.isPresent()) {
            subjectOf(a, governing.get()).forEach(out::add);
        } else if (!isDefinite(a, noun.start()) && noun.start() > 0
                && (ADJUNCT.contains(a.lower(noun.start() - 1)) || out.size() == 1)) {
            doc.subject(a, noun.start()).ifPresent(r -> out.add(r.actor()));
        }
        return out;
    }

    /** Actors right before a meeting noun: "Russian-US talks", "NATO Leaders' Meeting", "Russia's talks". */
    private List<Actor> premodifiers(Annotated a, int noun) {
        List<Actor> out = new ArrayList<>();
        int k = noun - 1;
        while (k >= 0 && noun - k <= 6) {
            String pos = a.token(k).pos();
            List<ActorRef> refs = doc.refsIn(a, k, k + 1);
            if (!refs.isEmpty()) {
                out.add(0, refs.get(0).actor());
                k = refs.get(0).start() - 1;
                continue;
            }
            if (a.isWord(k, "-", "'s", "'", "and", "/") || pos.equals("ADJ") || pos.equals("NOUN")
                    || pos.equals("PROPN") && a.hit(k) == null) {
                k--;
                continue;
            }
            break;
        }
        return out;
    }

    /** The verb that governs a meeting noun ("held ... talks", "goes to X for a summit"), if it says who met. */
    private Optional<Integer> governingVerb(Annotated a, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 8); k--) {
            if (a.isQuoted(k) || Clauses.isBreak(doc, a, k) || a.isWord(k, ",", ";", ":")) {
                return Optional.empty();
            }
            if (a.token(k).pos().equals("VERB")) {
                return doc.cues().governingVerbs().matchAt(a.tokens(), k).isPresent()
                        || doc.cues().speech().matchAt(a.tokens(), k).isPresent() && a.lower(k).startsWith("sp")
                        ? Optional.of(k) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The subject of a verb: actors in its clause before it, else the sentence's first actor. */
    private List<Actor> subjectOf(Annotated a, int verb) {
        int start = Clauses.clauseStart(doc, a, verb, true);
        List<Actor> out = new ArrayList<>();
        List<Actor> members = pluralTitleMembers(a, start, verb);
        if (!members.isEmpty()) {
            return members;
        }
        for (ActorRef r : doc.refsIn(a, start, verb)) {
            if (!doc.inPrepositionalPhrase(a, r, start)) {
                out.add(r.actor());
            }
        }
        if (out.isEmpty()) {
            doc.subjects(a, verb).forEach(r -> out.add(r.actor()));
        }
        return out;
    }

    /**
     * "The foreign ministers of India and Pakistan": the persons holding that post for each
     * country named, where the article names them (else the countries).
     */
    private List<Actor> pluralTitleMembers(Annotated a, int from, int to) {
        for (TitleHit t : a.titles) {
            if (!t.plural() || t.start() < from || t.start() >= to) {
                continue;
            }
            List<Actor> countries = new ArrayList<>();
            t.affiliation().ifPresent(countries::add);
            for (ActorRef r : doc.refs(a.sentence.index())) {
                if (r.start() >= t.end() && r.start() < to && !r.isPerson()) {
                    countries.add(r.actor());
                }
            }
            List<Actor> out = new ArrayList<>();
            for (Actor c : countries) {
                out.add(doc.resolver.holderOf(t.titleClass(), c).orElse(c));
            }
            return out;
        }
        return List.of();
    }

    // ------------------------------------------------------------ when and where

    /** A future cue in the part of the sentence that tells of the meeting (not after "although", "but"...). */
    /**
     * "the current negotiations", "the talks, which are being held these days in Geneva": a meeting
     * noun that a cue puts in the present, going on as the article is written.
     */
    private boolean hasOngoingCue(Annotated a, int noun) {
        int to = Math.min(a.size(), noun + 12);
        for (CueList.Match m : doc.cues().future().findAll(a.tokens(), Math.max(0, noun - 2), to)) {
            boolean before = m.end() <= noun && m.value().equals("ongoing");
            boolean after = m.start() > noun && m.value().equals("ongoing_after");
            if (!a.isQuoted(m.start()) && (before || after)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasFutureCue(Annotated a, int anchor) {
        int from = 0;
        int to = a.size();
        int open = parenthesisAround(a, anchor);
        if (open >= 0) {   // "(he also travelled there in June to meet X)": the aside keeps its own tense
            from = open;
            to = open + 1;
            while (to < a.size() && !a.isWord(to, ")")) {
                to++;
            }
        }
        for (int k = 0; k < a.size(); k++) {
            if (CONTRAST.contains(a.lower(k)) && !a.isQuoted(k)) {
                if (k <= anchor) {
                    from = k;
                } else {
                    to = Math.min(to, k);
                }
            }
        }
        to = Math.min(to, innerClause(a, anchor));
        for (CueList.Match m : doc.cues().future().findAll(a.tokens(), from, to)) {
            if (!a.isQuoted(m.start()) && m.value().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The "(" of the parenthesis that holds token {@code i}, or -1. */
    private static int parenthesisAround(Annotated a, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (a.isWord(k, ")")) {
                return -1;
            }
            if (a.isWord(k, "(")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A planned meeting the sentence gives no date: the trip's dates told earlier in the article
     * ("will travel to A and B from 11 to 18 May. In A, she will meet ..."), the nearest future
     * date of the sentences before it.
     */
    private Optional<PartialDate> earlierFutureDate(Annotated a) {
        for (int s = a.sentence.index() - 1; s >= 0; s--) {
            Annotated prev = doc.sentences.get(s);
            Optional<PartialDate> d = doc.isHeadline(prev) ? Optional.empty() : dateOfTense(prev, true);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A sentence without a date continues the one before it in the same paragraph ("That will be ..."). */
    private Optional<PartialDate> previousDate(Annotated a, boolean future) {
        int idx = a.sentence.index();
        if (idx == 0) {
            return Optional.empty();
        }
        Annotated prev = doc.sentences.get(idx - 1);
        if (prev.sentence.paragraph() != a.sentence.paragraph() || doc.isHeadline(prev)) {
            return Optional.empty();
        }
        return dateOfTense(prev, future);
    }

    /** The first date a sentence gives outside quotations that falls after publication, or not, as {@code future}. */
    private Optional<PartialDate> dateOfTense(Annotated a, boolean future) {
        if (doc.published.isEmpty()) {
            return Optional.empty();
        }
        String published = PartialDate.of(doc.published.get()).iso();
        for (DateMention d : a.dates) {
            if (isQuotedOffset(a, d.begin())) {
                continue;
            }
            Optional<PartialDate> r = doc.resolve(d, future);
            if (r.isPresent() && r.get().iso().compareTo(published) > 0 == future) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * Where a clause inside the meeting's purpose begins: "called X to discuss the elections
     * scheduled for 7 June" — the date and the future of "scheduled" are the elections', not the
     * call's. A verb after the purpose's own verb opens it; "met to discuss trade on Monday" has none.
     */
    private static int innerClause(Annotated a, int anchor) {
        for (int k = anchor + 1; k + 1 < a.size(); k++) {
            if (a.isQuoted(k) || !a.isWord(k, "to") || !isBareVerb(a, k + 1)) {
                continue;
            }
            for (int v = k + 2; v < a.size(); v++) {
                if (a.token(v).isVerb() || Syntax.has(a) && Syntax.parse(a).tag(v).startsWith("VB")) {
                    return v;
                }
            }
            return a.size();
        }
        return a.size();
    }

    private static boolean isBareVerb(Annotated a, int k) {
        return Syntax.has(a) ? Syntax.parse(a).tag(k).equals("VB") : a.token(k).isVerb();
    }

    private Optional<PartialDate> dateNear(Annotated a, int anchor, boolean future) {
        int anchorOffset = a.token(anchor).begin();
        int inner = innerClause(a, anchor);
        int innerOffset = inner < a.size() ? a.token(inner).begin() : Integer.MAX_VALUE;
        DateMention best = null;
        for (DateMention d : a.dates) {
            if (isQuotedOffset(a, d.begin()) || d.begin() >= innerOffset) {
                continue;
            }
            if (best == null || Math.abs(d.begin() - anchorOffset) < Math.abs(best.begin() - anchorOffset)
                    || d.isFullDate() && !best.isFullDate() && Math.abs(d.begin() - best.begin()) < 30) {
                best = d;
            }
        }
        return best == null ? Optional.empty() : doc.resolve(best, future);
    }

    private Optional<Place> placeNear(Annotated a, int anchor) {
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 1; i < a.size(); i++) {
            Gazetteer.Hit h = a.hit(i);
            Optional<Place> known = h == null ? Optional.empty() : h.entry().place();
            boolean seat = h != null && h.entry().form() == Mention.Form.SEAT && known.isEmpty() && atSeat(a, i);
            if (seat) {
                known = h.entry().actor().flatMap(doc.lexicon::capitalOf);   // "to Downing Street": London
            }
            int end = h == null ? i + 1 : a.hitEnd(i);
            Optional<Place> place = known;
            if (h == null && !a.isQuoted(i)) {
                end = unknownPlaceEnd(a, i);
                if (end > i && locativeBefore(a, i)) {
                    String name = Titles.textOf(a.tokens(), i, end);
                    place = Optional.of(new Place("place/" + Text.slug(name), name, Optional.empty(), Optional.empty()));
                }
            }
            if (place.isEmpty() || a.isQuoted(i)) {
                i = Math.max(i, end - 1);
                continue;
            }
            boolean locative = seat || locativeBefore(a, i);
            boolean actorUse = doc.refsIn(a, i, i + 1).stream().anyMatch(r -> !r.actor().kind().isPerson())
                    && !locative;
            if (locative && !actorUse && Math.abs(i - anchor) < bestDistance) {
                best = place.get();
                bestDistance = Math.abs(i - anchor);
            }
            i = Math.max(i, end - 1);
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a place name at {@code i} follows "in", "at", "visiting" or "to" after a verb of
     * going, directly or through a noun that introduces it ("in the capital, Lima", "to the
     * hill town of Bogor", "in the German capital Berlin").
     */
    private boolean locativeBefore(Annotated a, int i) {
        int k = i - 1;
        boolean placeNoun = false;
        while (k > 0 && i - k <= 8) {
            boolean noun = doc.cues().placeNouns().matchAt(a.tokens(), k).isPresent();
            boolean modifier = a.isWord(k, ",", "of") || a.token(k).pos().equals("DET") || a.token(k).pos().equals("ADJ")
                    || a.token(k).pos().equals("NOUN") && !a.token(k).isCapitalized()
                    || a.hit(k) != null && a.hit(k).entry().form() == Mention.Form.DEMONYM;
            if (!noun && !modifier) {
                break;
            }
            placeNoun |= noun;
            k--;
        }
        if (!placeNoun) {
            k = i - 1;
        }
        int mover = k - 1;
        while (mover > 0 && k - mover < 3 && (a.token(mover).pos().equals("ADV") || isDayWord(a, mover))) {
            mover--;   // "a visit today to Quito"
        }
        return a.isWord(k, "in", "at", "visiting", "visited", "visit", "visits")
                || placeNoun && a.isWord(k, "on", "near", "outside")   // "on the outskirts of the capital, Quito"
                || a.isWord(k, "to") && mover >= 0 && (doc.cues().governingVerbs().matchAt(a.tokens(), mover).isPresent()
                        || doc.cues().meetingNouns().matchAt(a.tokens(), mover).isPresent());
    }

    /** "at the White House", "to Downing Street", "in the Kremlin": a seat of government as where one is. */
    private static boolean atSeat(Annotated a, int i) {
        int k = a.isWord(i - 1, "the") ? i - 2 : i - 1;
        return a.isWord(k, "at", "in", "to", "inside", "into");
    }

    private static boolean isDayWord(Annotated a, int k) {
        return a.isWord(k, "today", "tomorrow", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday");
    }

    /** The end of a place name the gazetteer does not know, as the entity recognizer marks it (GPE, LOC), or {@code i}. */
    private int unknownPlaceEnd(Annotated a, int i) {
        if (!Syntax.has(a) || !a.token(i).isCapitalized() || !doc.refsIn(a, i, i + 1).isEmpty()) {
            return i;
        }
        Parse p = Syntax.parse(a);
        String type = p.entityType(i);
        if (!(type.equals("GPE") || type.equals("LOC")) || !p.entityStarts(i)) {
            return i;
        }
        int end = i + 1;
        while (end < a.size() && !p.entityEnds(end - 1) && a.hit(end) == null) {
            end++;
        }
        return end;
    }

    /** "at Downing Street", "at NATO Headquarters": a named building or site, not a city. */
    private Optional<String> venue(Annotated a) {
        for (int i = 0; i + 1 < a.size(); i++) {
            if (!a.isWord(i, "at") || a.isQuoted(i)) {
                continue;
            }
            int k = i + 1 + (a.isWord(i + 1, "the") ? 1 : 0);
            int end = k;
            while (end < a.size() && (a.token(end).isCapitalized() || a.isWord(end, "permanent"))
                    && !a.token(end).isPunct()) {
                end++;
            }
            if (end > k && (a.hit(k) == null || a.hit(k).entry().place().isEmpty())) {
                return Optional.of(Titles.textOf(a.tokens(), k, end));
            }
        }
        return Optional.empty();
    }

    private static boolean isQuotedOffset(Annotated a, int offset) {
        int t = a.sentence.tokenAt(offset);
        return t < a.size() && a.isQuoted(t);
    }
}
