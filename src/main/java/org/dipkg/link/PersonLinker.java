package org.dipkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dipkg.extract.Lexicon;
import org.dipkg.extract.Text;
import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Extraction;
import org.dipkg.model.Mention;
import org.dipkg.model.Role;

/**
 * Gives each person of an article the identity they have across articles, by these rules in
 * order:
 * <ol>
 * <li>An office holder: a name of the person (or a variant the file lists, or the last word
 *     of one when the article names the person by one word) names someone the file has in
 *     office on the article's date, in a post the article gives the person (same
 *     class of title, same country or organization when the article says whose post it is).
 *     Exactly one Wikidata item must remain. The person takes the file's name, key and item.
 *     A person the article gives no post is not linked: a namesake may be meant.</li>
 * <li>Anyone else named in full with a post of a country or organization:
 *     {@code person/NAME--AFFILIATION}, shared by the articles that give the same full name
 *     the same affiliation.</li>
 * <li>Otherwise a person of the article alone: {@code article/ARTICLE/person/NAME}.</li>
 * </ol>
 *
 * <pre>
 *   Extraction linked = PersonLinker.create().build().link(extraction);
 * </pre>
 */
public final class PersonLinker {
    private static final Set<String> HEADS = Set.of("head_of_state", "head_of_government", "monarch");

    private final OfficeHolders holders;
    private final PostClasses posts;
    private final Lexicon lexicon;

    private PersonLinker(OfficeHolders holders, PostClasses posts, Lexicon lexicon) {
        this.holders = holders;
        this.posts = posts;
        this.lexicon = lexicon;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds a {@link PersonLinker}; by default over the office holders shipped in the jar. */
    public static final class Builder {
        private OfficeHolders holders;

        public Builder holders(OfficeHolders h) {
            this.holders = h;
            return this;
        }

        public PersonLinker build() {
            return new PersonLinker(holders == null ? OfficeHolders.get() : holders, PostClasses.load(),
                    Lexicon.get());
        }
    }

    public Extraction link(Extraction x) {
        Map<Actor, Actor> to = new LinkedHashMap<>();
        for (Actor a : x.actors()) {
            if (a.kind().isPerson()) {
                to.put(a, identify(a, x));
            }
        }
        return Relink.apply(x, to);
    }

    private Actor identify(Actor person, Extraction x) {
        List<Role> roles = x.roles().stream().filter(r -> r.person().equals(person)).toList();
        Optional<OfficeHolder> holder = x.published().flatMap(d -> holder(person, roles, x, d));
        if (holder.isPresent()) {
            OfficeHolder h = holder.get();
            return new Actor(h.key(), h.name(), ActorKind.PERSON, Optional.of(h.qid()));
        }
        Optional<Actor> affiliation = roles.stream().flatMap(r -> r.affiliation().stream()).findFirst();
        if (PersonNames.words(person.name()) >= 2 && affiliation.isPresent()) {
            String aff = affiliation.get().key();
            return new Actor("person/" + Text.slug(person.name()) + "--" + aff.substring(aff.lastIndexOf('/') + 1),
                    person.name(), ActorKind.PERSON, Optional.empty());
        }
        return new Actor("article/" + Text.slug(x.article().id()) + "/person/" + Text.slug(person.name()),
                person.name(), ActorKind.PERSON, Optional.empty());
    }

    private Optional<OfficeHolder> holder(Actor person, List<Role> roles, Extraction x, LocalDate date) {
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        List<OfficeHolder> found = new ArrayList<>();
        for (String name : names(person, x)) {
            for (OfficeHolder t : holders.named(name)) {
                if (!found.contains(t) && t.term().covers(date) && roles.stream().anyMatch(r -> fits(r, t))) {
                    found.add(t);
                }
            }
        }
        return found.stream().map(OfficeHolder::qid).distinct().count() == 1 ? Optional.of(found.get(0))
                : Optional.empty();
    }

    /** The name the article settled on and the full names it writes. */
    private static List<String> names(Actor person, Extraction x) {
        List<String> names = new ArrayList<>(List.of(person.name()));
        for (Mention m : x.mentions()) {
            if (m.actor().equals(person) && m.form() == Mention.Form.NAME && PersonNames.words(m.surface()) >= 2
                    && !names.contains(m.surface())) {
                names.add(m.surface());
            }
        }
        return names;
    }

    /**
     * The post a role names is the term's: same class of title ("Minister" alone and "leader" stand for
     * any minister and any head of state or government), and the same country or organization.
     */
    private boolean fits(Role role, OfficeHolder term) {
        Optional<String> cls = posts.of(role.title());
        boolean post = cls.isPresent() && (cls.get().equals(term.post().titleClass())
                || cls.get().equals("leader") && HEADS.contains(term.post().titleClass())
                || cls.get().equals("minister") && term.post().titleClass().endsWith("_minister"));
        return post && role.affiliation().map(a -> a.key().equals(term.of().key())
                || lexicon.root(a).key().equals(term.of().key())).orElse(true);
    }
}
