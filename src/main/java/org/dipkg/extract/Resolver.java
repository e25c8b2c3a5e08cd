package org.dipkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Evidence;
import org.dipkg.model.Mention;
import org.dipkg.model.Parse;
import org.dipkg.model.Role;
import org.dipkg.model.Token;

/**
 * Resolves everything in an article that names an actor to the actor it names: names,
 * short names, demonyms, capitals and seats of government acting for their state,
 * titles used alone ("the Secretary"), pronouns ("he said"), and generic names of an
 * organization already named ("the Alliance"). Produces the actor references of each
 * sentence, in text order, and the posts persons hold.
 */
final class Resolver {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "near", "outside", "into", "toward",
            "towards", "across", "via", "visit", "visited", "visiting", "around", "inside", "within", "through");

    private final Lexicon lexicon;
    private final List<Annotated> doc;
    private final People people;
    final Map<Integer, List<ActorRef>> refs = new HashMap<>();
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final List<Role> roles = new ArrayList<>();

    private final boolean hasHeadline;

    Resolver(Lexicon lexicon, List<Annotated> doc, boolean hasHeadline) {
        this.lexicon = lexicon;
        this.doc = doc;
        this.hasHeadline = hasHeadline;
        this.people = People.of(doc, hasHeadline);
    }

    Resolver run() {
        for (Annotated a : doc) {
            List<ActorRef> out = new ArrayList<>();
            boolean[] affiliationTokens = new boolean[a.size()];
            names(a, out, affiliationTokens);
            titlesAlone(a, out, affiliationTokens);
            gazetteer(a, out, affiliationTokens);
            out.sort(Comparator.comparingInt(ActorRef::start));
            refs.put(a.sentence.index(), out);
        }
        describedBeforeNamed();
        for (Annotated a : doc) {
            List<ActorRef> out = new ArrayList<>(refs.get(a.sentence.index()));
            unnamedOfficials(a, out);
            pronouns(a, out);
            out.sort(Comparator.comparingInt(ActorRef::start));
            refs.put(a.sentence.index(), out);
        }
        dedupeRoles();
        return this;
    }

    List<ActorRef> in(int sentence) {
        return refs.getOrDefault(sentence, List.of());
    }

    // ------------------------------------------------------------ persons and their posts

    private void names(Annotated a, List<ActorRef> out, boolean[] affiliationTokens) {
        Map<NameHit, TitleHit> distributed = distributedTitles(a);
        for (NameHit n : a.names) {
            Optional<Actor> p = people.resolve(n);
            if (p.isEmpty()) {
                continue;
            }
            Actor person = p.get();
            add(out, a, n.start(), n.end(), person, n.words().size() > 1 ? Mention.Form.NAME : Mention.Form.SHORT_NAME,
                    false);
            TitleHit own = distributed.get(n);
            if (own != null) {
                addRole(person, own, a);
            }
            for (TitleHit t : n.titles()) {
                if (own != null && t.plural()) {
                    continue;
                }
                addRole(person, t, a);
                t.affiliation().ifPresent(aff -> markAffiliation(a, t, affiliationTokens));
            }
            if (!n.titles().isEmpty() && a.isWord(n.end(), "of")) {
                int k = n.end() + 1 + (a.isWord(n.end() + 1, "the") ? 1 : 0);
                if (a.hit(k) != null) {
                    for (int x = k; x < a.hitEnd(k); x++) {
                        affiliationTokens[x] = true;
                    }
                }
            }
            coordinatedUnderPluralTitle(a, n, out);
        }
    }

    /**
     * "The Danish and Peruvian foreign ministers (Lars Holm and Rosa Quispe)", "the UN and AU
     * Special Envoys to Somalia, Maria Lind and Kofi Boateng": a plural title after a list of
     * countries or organizations, followed by as many names, gives each name the post of the
     * affiliation in the same place of the list.
     */
    private Map<NameHit, TitleHit> distributedTitles(Annotated a) {
        Map<NameHit, TitleHit> out = new HashMap<>();
        for (TitleHit t : a.titles) {
            if (!t.plural()) {
                continue;
            }
            List<Actor> affiliations = coordinatedBefore(a, t.start() - 1);
            if (affiliations.size() < 2) {
                continue;
            }
            int k = t.end();
            String title = singularHead(a, t);
            if (a.isWord(k, "to", "for", "on") && k + 1 < a.size() && a.token(k + 1).isCapitalized()) {
                int e = k + 1;
                while (e < a.size() && a.token(e).isCapitalized() && !a.token(e).isPunct()) {
                    e++;
                }
                title = title + " " + Titles.textOf(a.tokens(), k, e);
                k = e;
            }
            if (!a.isWord(k, "(", ",")) {
                continue;
            }
            List<NameHit> listed = namesListedFrom(a, k + 1);
            if (listed.size() != affiliations.size()) {
                continue;
            }
            for (int i = 0; i < listed.size(); i++) {
                out.put(listed.get(i), new TitleHit(t.sentence(), t.start(), t.end(), title, t.titleClass(),
                        Optional.of(affiliations.get(i)), false, t.definite()));
            }
        }
        return out;
    }

    /** The countries and organizations coordinated up to token {@code j}: "the UN and African Union (AU)". */
    private static List<Actor> coordinatedBefore(Annotated a, int j) {
        List<Actor> found = new ArrayList<>();
        boolean joined = false;
        while (j >= 0) {
            if (a.isWord(j, ")")) {
                int open = j;
                while (open > 0 && !a.isWord(open, "(")) {
                    open--;
                }
                j = open - 1;
            }
            Gazetteer.Hit h = a.hit(j);
            if (h == null || h.entry().actor().isEmpty() || h.entry().form() == Mention.Form.CAPITAL) {
                break;
            }
            found.add(0, h.entry().actor().get());
            j = a.hitStart(j) - 1;
            if (a.isWord(j, "and")) {
                joined = true;
                j--;
            } else if (a.isWord(j, ",") && !found.isEmpty()) {
                j--;
            } else {
                break;
            }
        }
        return joined && found.stream().distinct().count() == found.size() ? found : List.of();
    }

    /** Names coordinated from token {@code k}: "Maria Lind and Kofi Boateng", "A, B and C". */
    private static List<NameHit> namesListedFrom(Annotated a, int from) {
        List<NameHit> listed = new ArrayList<>();
        boolean last = false;
        int k = from;
        while (true) {
            int at = k;
            Optional<NameHit> found = a.names.stream().filter(n -> n.start() == at).reduce((x, y) -> y);
            if (found.isEmpty()) {
                return List.of();
            }
            listed.add(found.get());
            int e = found.get().end();
            if (last) {
                return listed;
            }
            last = a.isWord(e, "and");
            if (!last && !a.isWord(e, ",")) {
                return listed.size() > 1 ? listed : List.of();
            }
            k = e + 1;
        }
    }

    /** The title with its plural head in the singular: "foreign ministers" to "foreign minister". */
    private static String singularHead(Annotated a, TitleHit t) {
        String title = t.title();
        for (int i = t.start(); i < t.end(); i++) {
            String text = a.token(i).text();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            String lemma = org.dipkg.nlp.Lemmas.lemma(lower, "NOUN");
            if (lower.endsWith("s") && !lower.endsWith("ss") && !lemma.equals(lower) && title.contains(text)) {
                String one = Character.isUpperCase(text.charAt(0))
                        ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
                return title.replaceFirst(java.util.regex.Pattern.quote(text), one);
            }
        }
        return title;
    }

    /** "Presidents Rosa Vidal and Carlos Mendes": the second name holds the plural title too. */
    private void coordinatedUnderPluralTitle(Annotated a, NameHit n, List<ActorRef> out) {
        for (TitleHit t : n.titles()) {
            if (!t.plural() || t.end() != n.start()) {
                continue;
            }
            for (NameHit other : a.names) {
                if (other.start() == n.end() + 1 && a.isWord(n.end(), "and")) {
                    people.resolve(other).ifPresent(p -> addRole(p,
                            new TitleHit(t.sentence(), t.start(), t.end(), singularHead(a, t), t.titleClass(),
                                    t.affiliation(), false, t.definite()), a));
                }
            }
        }
    }

    /** The class of each person's titles ("foreign_minister"), with the post's affiliation. */
    final List<TitleHit> heldTitles = new ArrayList<>();
    final Map<TitleHit, Actor> holders = new HashMap<>();

    private void addRole(Actor person, TitleHit t, Annotated a) {
        if (t.affiliation().isEmpty() && t.titleClass().equals("org_head")) {
            TitleHit bare = t;
            t = t.withAffiliation(onlyOrganization().or(() -> usualOrganization(bare)));
        }
        String title = t.plural() ? singularHead(a, t) : t.title();
        roles.add(new Role(person, Titles.titleCase(title), t.affiliation(), Evidence.of(a.sentence, "role.title")));
        heldTitles.add(t);
        holders.put(t, person);
    }

    /** The person of the article holding a post of this class for this country or organization. */
    Optional<Actor> holderOf(String titleClass, Actor affiliation) {
        for (TitleHit t : heldTitles) {
            if (t.titleClass().equals(titleClass) && t.affiliation().map(affiliation::equals).orElse(false)) {
                return Optional.of(holders.get(t));
            }
        }
        return Optional.empty();
    }

    private static void markAffiliation(Annotated a, TitleHit t, boolean[] tokens) {
        int from = Math.max(0, t.start() - 3);
        for (int k = from; k < t.end(); k++) {
            if (a.hit(k) != null && (k >= t.start() || a.hitEnd(k) >= t.start() - 1)) {
                tokens[k] = true;
            }
        }
    }

    private void dedupeRoles() {
        List<Role> kept = new ArrayList<>();
        for (Role r : roles) {
            boolean merged = false;
            for (int i = 0; i < kept.size(); i++) {
                Role k = kept.get(i);
                if (!k.person().equals(r.person())) {
                    continue;
                }
                String a = " " + Text.key(k.title()) + " ";
                String b = " " + Text.key(r.title()) + " ";
                if (a.contains(b) || b.contains(a)) {
                    Role longer = b.length() > a.length() ? r : k;
                    Optional<Actor> aff = longer.affiliation().isPresent() ? longer.affiliation()
                            : (k.affiliation().isPresent() ? k.affiliation() : r.affiliation());
                    kept.set(i, new Role(longer.person(), longer.title(), aff, longer.evidence()));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                kept.add(r);
            }
        }
        roles.clear();
        roles.addAll(kept);
    }

    // ------------------------------------------------------------ countries and organizations

    private void gazetteer(Annotated a, List<ActorRef> out, boolean[] affiliationTokens) {
        for (int i = 0; i < a.size(); i++) {
            Gazetteer.Hit h = a.hit(i);
            if (h == null) {
                continue;
            }
            int end = a.hitEnd(i);
            if (h.entry().actor().isPresent() && actsAsActor(a, i, h)) {
                add(out, a, i, end, h.entry().actor().get(), h.entry().form(), affiliationTokens[i]);
            }
            i = end - 1;
        }
    }

    /** A capital is a place, unless it is the subject of a verb or otherwise not a location. */
    private boolean actsAsActor(Annotated a, int i, Gazetteer.Hit h) {
        if (h.entry().form() != Mention.Form.CAPITAL && h.entry().form() != Mention.Form.SEAT) {
            return true;
        }
        if (i > 0 && LOCATIVE.contains(a.lower(i - 1))) {
            return false;
        }
        if (i > 0 && a.lower(i - 1).equals(",") && i > 1 && a.hit(i - 2) != null) {
            return false;
        }
        int end = a.hitEnd(i);
        if (end < a.size() && a.isWord(end, ",") && a.hit(end + 1) != null
                && a.hit(end + 1).entry().form() == Mention.Form.NAME
                && a.hit(end + 1).entry().actor().map(x -> x.kind() == ActorKind.COUNTRY).orElse(false)) {
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------ titles used alone

    private void titlesAlone(Annotated a, List<ActorRef> out, boolean[] affiliationTokens) {
        for (TitleHit t : a.titles) {
            if (linked(a, t) || hasHeadline && a.sentence.paragraph() == 0) {
                continue;
            }
            if (bareForAnother(t)) {
                continue;   // left to unnamedOfficials, as where it was first used
            }
            Optional<Actor> named = holderOf(t);
            if (named.isPresent() && anotherHolderNamedAfter(a, t, named.get())) {
                postsOfTheUnnamed.add(Text.key(t.title()));
            }
            Optional<Actor> holder = named.filter(h -> !anotherHolderNamedAfter(a, t, h))
                    .or(() -> introducedNext(a, t));
            if (holder.isPresent()) {
                add(out, a, t.start(), t.end(), holder.get(), Mention.Form.TITLE, false);
                if (holder.get().kind().isPerson()) {
                    markAffiliation(a, t, affiliationTokens);
                }
            }
        }
        genericOrganizationNames(a, out);
    }

    /**
     * Bare posts ("the Prime Minister") the article first used for an official it leaves unnamed,
     * beside a named holder of that post of another country.
     */
    private final Set<String> postsOfTheUnnamed = new java.util.HashSet<>();

    /**
     * "The Prime Minister met Prime Minister Rao of India. ... The Prime Minister reiterated ...":
     * a bare post first used for an unnamed official beside a named holder of it keeps meaning
     * the unnamed one.
     */
    private boolean bareForAnother(TitleHit t) {
        return t.definite() && !t.plural() && t.affiliation().isEmpty() && postsOfTheUnnamed.contains(Text.key(t.title()));
    }

    /**
     * "The Prime Minister met Prime Minister of Iraq Ali Hadi": a bare title followed in its
     * sentence by the named holder of that post of a country is someone else, not that holder.
     */
    private boolean anotherHolderNamedAfter(Annotated a, TitleHit t, Actor holder) {
        if (!t.definite() || t.affiliation().isPresent()) {
            return false;
        }
        for (NameHit n : a.names) {
            if (n.start() < t.end()) {
                continue;
            }
            boolean samePost = n.titles().stream().anyMatch(o -> o.titleClass().equals(t.titleClass())
                    && o.affiliation().isPresent());
            if (samePost && people.resolve(n).filter(holder::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Swedish deputy minister for trade arrived ... / Lena Holm,
     * speaking to reporters, said ...": a lead that gives a post, then names its holder first
     * thing in the next sentence.
     */
    private Optional<Actor> introducedNext(Annotated a, TitleHit t) {
        if (!t.definite() || t.plural() || a.sentence.index() + 1 >= doc.size()) {
            return Optional.empty();
        }
        Annotated next = doc.get(a.sentence.index() + 1);
        for (NameHit n : next.names) {
            if (n.start() <= 1 && n.titles().isEmpty() && n.words().size() >= 2) {
                Optional<Actor> p = people.resolve(n);
                p.ifPresent(person -> addRole(person, t, a));
                return p;
            }
        }
        return Optional.empty();
    }

    private static boolean linked(Annotated a, TitleHit t) {
        for (NameHit n : a.names) {
            if (n.titles().contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The holder of a title used without a name: a person of the article holding exactly that
     * post, else the first one named whose post contains it ("the Minister" for the visiting
     * "Minister of State for Development" named before her host, "Foreign Minister Y"), else for
     * heads of organizations the organization.
     */
    Optional<Actor> holderOf(TitleHit t) {
        if (t.plural()) {
            return Optional.empty();
        }
        String key = " " + Text.key(t.title()) + " ";
        Actor best = null;
        List<Role> body = roles.stream().filter(r -> !(hasHeadline && r.evidence().sentence() == 0)).toList();
        for (Role r : body.isEmpty() ? roles : body) {
            String rk = " " + Text.key(r.title()) + " ";
            String served = rk.contains(key) ? rk : lexicon.titles.keyWithoutPrincipal(r.title());
            if (served.contains(key)) {
                rk = served;
            }
            if ((rk.contains(key) || key.contains(rk) && holdsClass(r.person(), t.titleClass()))
                    && (t.affiliation().isEmpty() || t.affiliation().equals(r.affiliation()) || r.affiliation().isEmpty())) {
                if (rk.equals(key)) {
                    best = headlineHolder(key, r.person());
                    break;
                }
                best = best == null ? r.person() : best;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        if (t.affiliation().isPresent() && !t.titleClass().equals("org_head")) {
            return Optional.empty();
        }
        if (t.titleClass().equals("org_head") && t.definite()) {
            return t.affiliation().or(() -> usualOrganization(t))
                    .or(() -> mostNamed(ActorKind.INTERNATIONAL_ORGANIZATION));
        }
        return Optional.empty();
    }

    /**
     * "Prime Minister Rao to visit Freedonia ... At the invitation of Prime Minister Ana Lopes, Prime
     * Minister Rao will ... Prime Minister will attend ...": of several holders of the same bare post,
     * the one the headline opens with.
     */
    private Actor headlineHolder(String key, Actor first) {
        if (!hasHeadline || doc.isEmpty()) {
            return first;
        }
        for (NameHit n : doc.get(0).names) {
            for (TitleHit t : n.titles()) {
                if (t.start() <= 1 && (" " + Text.key(t.title()) + " ").equals(key)) {
                    return people.resolve(n).orElse(first);   // the headline opens with the post and its holder
                }
            }
        }
        return first;
    }

    /** The organization the bare title usually means, when the article names no other or names it too. */
    private Optional<Actor> usualOrganization(TitleHit t) {
        return lexicon.usualOrganization(t.title())
                .filter(org -> namedOrganizations().isEmpty() || namedOrganizations().contains(org));
    }

    /** "the Foreign Minister" for the "Minister" named before, not "the Secretary-General" for a "General". */
    private boolean holdsClass(Actor person, String titleClass) {
        return heldTitles.stream().anyMatch(h -> h.titleClass().equals(titleClass) && person.equals(holders.get(h)));
    }

    /** The one international organization the article names (bodies count for their parent), if only one. */
    private Optional<Actor> onlyOrganization() {
        java.util.Set<Actor> roots = new java.util.LinkedHashSet<>();
        for (Annotated a : doc) {
            for (Gazetteer.Hit h : a.hits) {
                h.entry().actor().filter(x -> x.kind() == ActorKind.INTERNATIONAL_ORGANIZATION)
                        .ifPresent(x -> roots.add(lexicon.root(x)));
            }
        }
        return roots.size() == 1 ? Optional.of(roots.iterator().next()) : Optional.empty();
    }

    private Optional<Actor> mostNamed(ActorKind kind) {
        Map<Actor, Integer> counts = new HashMap<>();
        for (Annotated a : doc) {
            for (Gazetteer.Hit h : a.hits) {
                h.entry().actor().filter(x -> x.kind() == kind).ifPresent(x -> counts.merge(x, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** "the Alliance" for NATO, "the Union" for the European Union, when that organization is named. */
    private void genericOrganizationNames(Annotated a, List<ActorRef> out) {
        for (int i = 1; i < a.size(); i++) {
            Token t = a.token(i);
            if (!t.isCapitalized() || a.hit(i) != null || !a.isWord(i - 1, "the")
                    || i + 1 < a.size() && a.token(i + 1).isCapitalized()) {
                continue;
            }
            String word = Text.key(t.text());
            for (Actor org : namedOrganizations()) {
                if (lexicon.aliasWords(org).contains(word)) {
                    add(out, a, i, i + 1, org, Mention.Form.SHORT_NAME, false);
                    break;
                }
            }
        }
    }

    private List<Actor> named;

    private List<Actor> namedOrganizations() {
        if (named == null) {
            Map<Actor, Boolean> seen = new LinkedHashMap<>();
            for (Annotated a : doc) {
                for (Gazetteer.Hit h : a.hits) {
                    h.entry().actor().filter(x -> x.kind().isCollective() && x.kind() != ActorKind.COUNTRY)
                            .ifPresent(x -> seen.put(x, true));
                }
            }
            named = List.copyOf(seen.keySet());
        }
        return named;
    }

    // ------------------------------------------------------------ officials never named

    /**
     * Posts of a state whose holder, left unnamed, speaks for it ("The Prime Minister spoke to ...");
     * not "the President", who is as often the presiding officer of a council or assembly.
     */
    private static final Set<String> STATE_POSTS = Set.of("head_of_government", "foreign_minister", "defence_minister");

    private Optional<Actor> homeCountry;

    /**
     * "The Prime Minister spoke to President Otieno": a government's readout leaves its own
     * official unnamed. A definite post of a state, without a holder named anywhere in the
     * article and without a country given, stands for the article's home country.
     */
    private void unnamedOfficials(Annotated a, List<ActorRef> out) {
        if (hasHeadline && a.sentence.paragraph() == 0) {
            return;
        }
        for (TitleHit t : a.titles) {
            if (!t.definite() || t.plural() || t.affiliation().isPresent() || !STATE_POSTS.contains(t.titleClass())
                    || linked(a, t) || a.isQuoted(t.start())
                    || !bareForAnother(t) && holderOf(t).filter(h -> !anotherHolderNamedAfter(a, t, h)).isPresent()) {
                continue;
            }
            boolean taken = out.stream().anyMatch(r -> r.start() < t.end() && t.start() < r.end());
            if (!taken) {
                homeCountry().ifPresent(c -> add(out, a, t.start(), t.end(), c, Mention.Form.TITLE, false));
            }
        }
    }

    /**
     * The country an article speaks for: the country of the seat of government it speaks from
     * ({@link #seatSpokenFrom}) unless a named person holds a post of it, else of the countries it
     * names as actors (not as the object
     * of a preposition: "the crisis in X", "support for X"), the one whose posts the article
     * does not give to anyone else, named most often (first named on a tie); none when it
     * names none such.
     */
    private Optional<Actor> homeCountry() {
        if (homeCountry == null) {
            Set<Actor> heldByNamed = new java.util.HashSet<>();
            roles.forEach(r -> r.affiliation().ifPresent(heldByNamed::add));
            Optional<Actor> seat = seatSpokenFrom().filter(c -> !heldByNamed.contains(c));
            if (seat.isPresent()) {
                homeCountry = seat;
                return homeCountry;
            }
            Set<Actor> represented = new java.util.HashSet<>(heldByNamed);
            for (Annotated a : doc) {
                a.titles.forEach(t -> t.affiliation().ifPresent(represented::add));
            }
            Map<Actor, Integer> counts = new LinkedHashMap<>();
            for (Annotated a : doc) {
                for (ActorRef r : refs.getOrDefault(a.sentence.index(), List.of())) {
                    boolean object = objectOfPreposition(a, r);
                    if (r.actor().kind() == ActorKind.COUNTRY && !r.quoted() && !object
                            && !represented.contains(r.actor())) {
                        counts.merge(r.actor(), 1, Integer::sum);
                    }
                }
            }
            Actor best = null;
            for (Map.Entry<Actor, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            homeCountry = Optional.ofNullable(best);
        }
        return homeCountry;
    }

    /**
     * "A Downing Street spokesperson said:", "The Kremlin announced": the seat of a government
     * named in the headline or the first paragraphs, which a readout speaks from.
     */
    private Optional<Actor> seatSpokenFrom() {
        for (Annotated a : doc) {
            if (a.sentence.paragraph() > 3) {
                break;
            }
            for (Gazetteer.Hit h : a.hits) {
                if (h.entry().form() == Mention.Form.SEAT && h.entry().actor().filter(x -> x.kind() == ActorKind.COUNTRY).isPresent()) {
                    return h.entry().actor();
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> issuer;

    /**
     * Who "we" is outside quotations: the country or organization named in a headline that
     * titles a statement ("Quartet Statement", "UK statement at the Security Council"), else
     * the article's home country.
     */
    private Optional<Actor> issuer() {
        if (issuer == null) {
            issuer = Optional.empty();
            for (Annotated a : doc) {
                if (!hasHeadline || a.sentence.paragraph() > 0) {
                    break;
                }
                if (!lexicon.cues.statementNouns().findAll(a.tokens()).isEmpty()) {
                    issuer = refs.getOrDefault(a.sentence.index(), List.of()).stream()
                            .filter(r -> !r.isPerson()).map(ActorRef::actor).findFirst();
                }
            }
            if (issuer.isEmpty()) {
                issuer = homeCountry();
            }
        }
        return issuer;
    }

    /** Prepositions whose object is what is talked about ("the crisis in Yemen", "support for Haiti"). */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("in", "on", "for", "about", "against", "over",
            "regarding", "concerning", "towards", "toward");

    /** The object of a preposition of topic: "in Yemen", "for Haiti", not "by the UK" (an agent) nor "to London". */
    private static boolean objectOfPreposition(Annotated a, ActorRef r) {
        if (!Syntax.has(a)) {
            return r.start() > 0 && TOPIC_PREPOSITIONS.contains(a.lower(r.start() - 1));
        }
        Parse p = Syntax.parse(a);
        for (int k = r.start(); k < r.end(); k++) {
            if (p.label(k).equals("pobj") && p.head(k) >= 0 && TOPIC_PREPOSITIONS.contains(a.lower(p.head(k)))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------ described, then named

    /**
     * "The top UN official in Kosovo warned of deadlock as he briefed the Council. Ana Berg, Deputy
     * Special Representative ..., said ...": a lead that describes one person before naming them.
     * A definite description of one ("the [top] UN official", "the Kenyan envoy") in a sentence
     * before any person is named stands for the person who opens the next sentence with a post.
     */
    private void describedBeforeNamed() {
        for (Annotated a : doc) {
            int idx = a.sentence.index();
            List<ActorRef> out = refs.get(idx);
            for (int k = 0; k < out.size(); k++) {
                ActorRef r = out.get(k);
                if (r.isPerson() && !r.quoted()) {
                    return;   // the article has named a person: descriptions after it are left as they are
                }
                if (r.quoted() || !describesOne(a, r)) {
                    continue;
                }
                Optional<Actor> named = openedWithPost(idx + 1);
                if (named.isPresent()) {
                    List<ActorRef> replaced = new ArrayList<>(out);
                    replaced.set(k, new ActorRef(idx, r.start(), r.end() + 1, r.begin(), a.token(r.end()).end(),
                            named.get(), Mention.Form.TITLE, false, false));
                    refs.put(idx, replaced);
                }
                return;
            }
        }
    }

    /** "the top UN official", "the Kenyan envoy": the, at most two adjectives, the actor, a noun for one person. */
    private boolean describesOne(Annotated a, ActorRef r) {
        if (r.isPerson() || r.end() >= a.size()) {
            return false;
        }
        Optional<CueList.Match> noun = lexicon.cues.groupNouns().matchAt(a.tokens(), r.end());
        if (noun.isEmpty() || noun.get().length() != 1 || !noun.get().value().equals("one")) {
            return false;
        }
        int k = r.start() - 1;
        while (k >= 0 && r.start() - k <= 2 && a.token(k).pos().equals("ADJ")) {
            k--;
        }
        return k >= 0 && a.isWord(k, "the");
    }

    /** The person a sentence opens with, given a post there ("Ana Berg, Special Envoy, said"). */
    private Optional<Actor> openedWithPost(int s) {
        if (s >= doc.size()) {
            return Optional.empty();
        }
        Annotated next = doc.get(s);
        for (NameHit n : next.names) {
            int opens = n.titles().stream().mapToInt(TitleHit::start).min().orElse(n.start());
            if (n.titles().isEmpty() || Math.min(opens, n.start()) > 1) {
                continue;
            }
            for (ActorRef r : refs.getOrDefault(s, List.of())) {
                if (r.start() == n.start() && r.isPerson()) {
                    return Optional.of(r.actor());
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------ pronouns

    private void pronouns(Annotated a, List<ActorRef> out) {
        for (int i = 0; i < a.size(); i++) {
            if (a.isQuoted(i)) {
                continue;
            }
            if (a.isWord(i, "we") && isClauseSubject(a, i)) {
                int we = i;
                issuer().ifPresent(x -> add(out, a, we, we + 1, x, Mention.Form.PRONOUN, false));
                continue;
            }
            Optional<CueList.Match> m = lexicon.cues.pronouns().matchAt(a.tokens(), i);
            if (m.isEmpty() || m.get().length() != 1
                    || !a.isWord(i, "he", "she", "it") && !ownsMeeting(a, i)) {
                continue;
            }
            String kind = m.get().value();
            Optional<Actor> antecedent = Optional.empty();
            if (kind.equals("male") || kind.equals("female")) {
                antecedent = antecedentPerson(a, i);
            } else if (kind.equals("neuter") && isSubject(a, i) && !expletive(a, i)) {
                antecedent = antecedentCollective(a, i);
            }
            if (antecedent.isPresent()) {
                add(out, a, i, i + 1, antecedent.get(), Mention.Form.PRONOUN, false);
            }
        }
    }

    /**
     * "his talks with X", "her first meeting with Y": a possessive before a meeting noun stands for
     * one who took part, as the meeting finder needs it.
     */
    private boolean ownsMeeting(Annotated a, int i) {
        if (!a.isWord(i, "his", "her")) {
            return false;
        }
        int k = i + 1;
        while (k < Math.min(a.size(), i + 3) && a.token(k).pos().equals("ADJ")) {
            k++;
        }
        return k < a.size() && lexicon.cues.meetingNouns().matchAt(a.tokens(), k).isPresent();
    }

    /** The subject of its clause, by the parse where there is one: "We strongly support ...". */
    private static boolean isClauseSubject(Annotated a, int i) {
        if (Syntax.has(a)) {
            return Syntax.parse(a).label(i).startsWith("nsubj");
        }
        int k = i + 1;
        while (k < a.size() && a.token(k).pos().equals("ADV")) {
            k++;
        }
        return k < a.size() && a.token(k).isVerb();
    }

    /** "it is vital to uphold ...", "it was important that ...": an "it" that stands for nothing. */
    private static boolean expletive(Annotated a, int i) {
        int k = i + 1;
        if (!a.isWord(k, "is", "was", "remains", "would", "will", "'s")) {
            return false;
        }
        k++;
        while (k < a.size() && k - i < 6 && !a.isWord(k, "to", "that") && (a.token(k).pos().equals("ADV")
                || a.token(k).pos().equals("ADJ") || a.token(k).pos().equals("AUX") || a.isWord(k, "be", "been"))) {
            k++;
        }
        return k > i + 2 && a.isWord(k, "to", "that") && a.token(k - 1).pos().equals("ADJ");
    }

    private static boolean isSubject(Annotated a, int i) {
        return i + 1 < a.size() && a.token(i + 1).isVerb();
    }

    /** The person a pronoun stands for: named earlier in the sentence, else the subject of a recent one. */
    private Optional<Actor> antecedentPerson(Annotated a, int i) {
        Actor named = null;
        Actor subject = null;
        for (ActorRef r : refs.get(a.sentence.index())) {
            if (r.start() < i && r.isPerson() && !r.quoted() && r.form() != Mention.Form.PRONOUN) {
                named = named == null ? r.actor() : named;
                if (Syntax.has(a) && isClauseSubject(a, r.end() - 1)) {
                    subject = r.actor();   // "After talks with Dan, Berg said he ...": the subject before "he"
                }
            }
        }
        if (named != null) {
            return Optional.of(subject != null ? subject : named);
        }
        int idx = a.sentence.index();
        for (int s = idx - 1; s >= Math.max(0, idx - 4); s--) {
            Optional<Actor> official = unnamedOfficialSubject(s);
            if (official.isPresent()) {
                return official;
            }
            Optional<Actor> chained = pronounSubject(s);
            if (chained.isPresent()) {
                return chained;
            }
            Actor first = null;
            for (ActorRef r : refs.getOrDefault(s, List.of())) {
                if (r.isPerson() && !r.quoted()) {
                    if (saysSomething(doc.get(s), r)) {
                        return Optional.of(r.actor());
                    }
                    first = first == null ? r.actor() : first;
                }
            }
            if (first != null) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /**
     * "The Secretary-General praised the reforms. He also thanked ...": a sentence that opens with an
     * official left unnamed, who stands for the state or organization, gives "he" that official.
     */
    private Optional<Actor> unnamedOfficialSubject(int s) {
        for (ActorRef r : refs.getOrDefault(s, List.of())) {
            if (r.quoted()) {
                continue;
            }
            boolean opens = r.start() <= 1 || r.start() == 2 && doc.get(s).isWord(0, "the");
            return opens && r.form() == Mention.Form.TITLE && !r.isPerson() ? Optional.of(r.actor()) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "The Secretary-General called Dan. He condemned the killing of General Fix. He also ...":
     * a sentence whose subject is a pronoun hands its referent on to the next "he", ahead of the
     * persons its object names.
     */
    private Optional<Actor> pronounSubject(int s) {
        Annotated sentence = doc.get(s);
        for (ActorRef r : refs.getOrDefault(s, List.of())) {
            if (!r.quoted() && r.form() == Mention.Form.PRONOUN && sentence.isWord(r.start(), "he", "she")
                    && isClauseSubject(sentence, r.start())) {
                return Optional.of(r.actor());
            }
        }
        return Optional.empty();
    }

    /** The person is the subject of a speech verb ("Novak said"): the likeliest antecedent of "she said". */
    private boolean saysSomething(Annotated a, ActorRef r) {
        for (int k = r.end(); k < Math.min(a.size(), r.end() + 2); k++) {
            if (a.token(k).isVerb() && lexicon.cues.speech().matchAt(a.tokens(), k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Actor> antecedentCollective(Annotated a, int i) {
        int idx = a.sentence.index();
        for (int s = idx - 1; s >= Math.max(0, idx - 2); s--) {
            for (ActorRef r : refs.getOrDefault(s, List.of())) {
                if (!r.isPerson() && !r.quoted() && !r.affiliation()) {
                    return Optional.of(r.actor());
                }
            }
        }
        return Optional.empty();
    }

    private void add(List<ActorRef> out, Annotated a, int start, int end, Actor actor, Mention.Form form,
                     boolean affiliation) {
        Token first = a.token(start);
        Token last = a.token(end - 1);
        out.add(new ActorRef(a.sentence.index(), start, end, first.begin(), last.end(), actor, form,
                a.isQuoted(start), affiliation));
        actors.putIfAbsent(actor.key(), actor);
    }
}
