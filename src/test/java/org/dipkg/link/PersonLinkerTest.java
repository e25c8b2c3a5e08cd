package org.dipkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.dipkg.extract.Lexicon;
import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Article;
import org.dipkg.model.DateSource;
import org.dipkg.model.Evidence;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.MeetingKind;
import org.dipkg.model.Mention;
import org.dipkg.model.Role;

/** Linking on hand-made extractions of invented people (the items of holders.tsv are invented too). */
class PersonLinkerTest {
    private static final PersonLinker LINKER = PersonLinker.create()
            .holders(OfficeHolders.load("reference-test/holders.tsv", Lexicon.get(), PostClasses.load())).build();
    private static final Evidence EVIDENCE = new Evidence(0, 0, 1, "x", "test");

    /** A person as the article names them, with the post it gives them ("" for none). */
    private record Named(String name, String title, String affiliation) {
    }

    private static Extraction article(String id, String date, Named... people) {
        List<Actor> actors = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Named n : people) {
            Actor a = new Actor("person/" + org.dipkg.extract.Text.slug(n.name()), n.name(), ActorKind.PERSON,
                    Optional.empty());
            actors.add(a);
            mentions.add(new Mention(a, 0, 0, n.name().length(), n.name(), Mention.Form.NAME));
            if (!n.title().isEmpty()) {
                roles.add(new Role(a, n.title(), n.affiliation().isEmpty() ? Optional.empty()
                        : Lexicon.get().actor(n.affiliation()), EVIDENCE));
            }
        }
        Optional<LocalDate> published = date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        Article article = new Article(id, id, id, published, Optional.empty(), id + ".txt");
        Meeting meeting = new Meeting(MeetingKind.MEETING, actors, Optional.empty(), Optional.empty(),
                Optional.empty(), false, List.of(EVIDENCE));
        return new Extraction(article, published, DateSource.GIVEN, List.of(), actors, mentions, roles,
                List.of(meeting), List.of(), List.of(), List.of());
    }

    private static Actor only(Extraction x) {
        Extraction linked = LINKER.link(x);
        assertThat(linked.actors()).hasSize(1);
        return linked.actors().get(0);
    }

    private static Actor person(String date, String name, String title, String affiliation) {
        return only(article("a", date, new Named(name, title, affiliation)));
    }

    @Test
    void anOfficeHolderNamedWithTheirPostOnADateInOfficeGetsTheItemAndTheFileName() {
        Actor a = person("2019-05-02", "Marek Dvorsky", "President", "Poland");
        assertThat(a.key()).isEqualTo("person/marek-dvorsky");
        assertThat(a.wikidata()).hasValue("Q900000003");
        Actor accented = person("2021-03-04", "Marek Dvorský", "President", "");
        assertThat(accented).isEqualTo(a);
        assertThat(accented.name()).isEqualTo("Marek Dvorsky");
    }

    @Test
    void everyVariantOfTheNameIsTheSamePerson() {
        assertThat(List.of("Marek Jan Dvorsky", "Dvorsky Marek", "Marek Dvorský", "Marek J. Dvorsky"))
                .extracting(n -> person("2020-01-10", n, "President", "Poland").key())
                .containsOnly("person/marek-dvorsky");
    }

    @Test
    void transliterationsOfOneCyrillicNameAreTheSamePerson() {
        assertThat(List.of("Arkadiy Volkonev", "Arkady Volkonev", "Arkadi Volkonev", "Arkadii Volkonev"))
                .extracting(n -> person("2020-01-10", n, "Foreign Minister", "Russia").wikidata().orElse(""))
                .containsOnly("Q900000005");
        assertThat(person("2020-01-10", "Arkadiy Volkonov", "Foreign Minister", "Russia").wikidata()).isEmpty();
    }

    @Test
    void aMinisterWithoutPortfolioInTheTextIsTheMinisterTheFileHas() {
        assertThat(person("2020-01-10", "Arkadiy Volkonev", "Minister", "Russia").wikidata()).hasValue("Q900000005");
        assertThat(person("2020-01-10", "Arkadiy Volkonev", "Minister", "Poland").wikidata()).isEmpty();
        assertThat(person("2012-06-01", "Aldo Ferrante", "Minister", "Portugal").wikidata()).hasValue("Q900000002");
        assertThat(person("1995-06-01", "Aldo Ferrante", "Minister", "Portugal").wikidata()).isEmpty();
    }

    @Test
    void fatherAndSonOfOneNameAreToldApartByPostAndDate() {
        Actor father = person("1995-06-01", "Aldo Ferrante", "President", "Portugal");
        Actor son = person("2012-06-01", "Aldo Ferrante", "Foreign Minister", "Portugal");
        assertThat(father.wikidata()).hasValue("Q900000001");
        assertThat(son.wikidata()).hasValue("Q900000002");
        assertThat(father.key()).isNotEqualTo(son.key());
        assertThat(person("2012-06-01", "Aldo Ferrante", "President", "Portugal").wikidata()).isEmpty();
        assertThat(person("2012-06-01", "Aldo Ferrante", "", "").wikidata()).isEmpty();
    }

    @Test
    void aHolderNamedByTheSurnameAloneIsLinkedByPostAndDate() {
        assertThat(person("2019-05-02", "Dvorsky", "President", "").key()).isEqualTo("person/marek-dvorsky");
        assertThat(person("1995-06-01", "Ferrante", "President", "Portugal").wikidata()).hasValue("Q900000001");
        assertThat(person("2012-06-01", "Ferrante", "Foreign Minister", "").wikidata()).hasValue("Q900000002");
        assertThat(person("2019-05-02", "Dvorsky", "Ambassador", "Poland").wikidata()).isEmpty();
        assertThat(person("2019-05-02", "Marek", "President", "Poland").wikidata()).isEmpty();
        assertThat(person("2019-05-02", "Dvorsky", "", "").key()).isEqualTo("article/a/person/dvorsky");
    }

    @Test
    void noLinkOutOfOfficeUnderAnotherPostOrCountryOrWithoutADate() {
        assertThat(person("2017-06-01", "Marek Dvorsky", "President", "Poland").wikidata()).isEmpty();
        assertThat(person("2019-06-01", "Marek Dvorsky", "Deputy Prime Minister", "Poland").wikidata()).isEmpty();
        assertThat(person("2019-06-01", "Marek Dvorsky", "former President", "Poland").wikidata()).isEmpty();
        assertThat(person("2019-06-01", "Marek Dvorsky", "President", "Portugal").wikidata()).isEmpty();
        assertThat(person("", "Marek Dvorsky", "President", "Poland").wikidata()).isEmpty();
    }

    @Test
    void anOrganizationsHeadIsLinkedThroughTheOrganizationOrItsBodies() {
        assertThat(person("2020-02-02", "Ilse Brandauer", "Secretary-General", "United Nations").wikidata())
                .hasValue("Q900000004");
        assertThat(person("2020-02-02", "Ilse Brandauer", "Secretary-General", "NATO").wikidata()).isEmpty();
    }

    @Test
    void othersMergeAcrossArticlesOnlyOnTheSameFullNameAndAffiliation() {
        Actor inA = person("2020-01-01", "Tomas Lindqvist", "Ambassador", "Sweden");
        Actor inB = only(article("b", "2021-01-01", new Named("Tomas Lindqvist", "Envoy", "Sweden")));
        assertThat(inA.key()).isEqualTo("person/tomas-lindqvist--sweden").isEqualTo(inB.key());
        assertThat(inA.wikidata()).isEmpty();
        assertThat(person("2020-01-01", "Tomas Lindqvist", "Ambassador", "Norway").key())
                .isEqualTo("person/tomas-lindqvist--norway");
        assertThat(only(article("c", "2020-01-01", new Named("Tomas Lindqvist", "", ""))).key())
                .isEqualTo("article/c/person/tomas-lindqvist");
        assertThat(only(article("d", "2020-01-01", new Named("Lindqvist", "Ambassador", "Sweden"))).key())
                .isEqualTo("article/d/person/lindqvist");
    }

    @Test
    void linkedPersonsAreReplacedInEveryFactAndTwoNamesOfOneHolderBecomeOneActor() {
        Extraction x = LINKER.link(article("e", "2022-02-02", new Named("Marek Dvorsky", "President", "Poland"),
                new Named("Marek Jan Dvorsky", "President", ""), new Named("Tomas Lindqvist", "", "")));
        assertThat(x.actors()).extracting(Actor::key)
                .containsExactly("person/marek-dvorsky", "article/e/person/tomas-lindqvist");
        assertThat(x.meetings().get(0).participants()).isEqualTo(x.actors());
        assertThat(x.roles()).extracting(r -> r.person().key())
                .containsExactly("person/marek-dvorsky", "person/marek-dvorsky");
        assertThat(x.mentions()).extracting(m -> m.actor().key()).containsExactly("person/marek-dvorsky",
                "person/marek-dvorsky", "article/e/person/tomas-lindqvist");
    }

    /** An invented person of the namesake corpus: their one post, its country, and their years in it. */
    private record Someone(String name, String title, String country, int from, int to) {
    }

    /**
     * Invented namesakes: three names each carried by three people (a president and a foreign
     * minister of one country of the file, an ambassador elsewhere), named in full or by surname,
     * with their post or without one, in 90 articles. Two persons of different articles share a key only when they
     * are one person.
     */
    @Test
    void aCorpusOfNamesakesHasNoWrongMerge() {
        List<Someone> people = List.of(
                new Someone("Aldo Ferrante", "President", "Portugal", 1990, 1999),
                new Someone("Aldo Ferrante", "Foreign Minister", "Portugal", 2010, 2014),
                new Someone("Aldo Ferrante", "Ambassador", "Italy", 1995, 2020),
                new Someone("Marek Dvorsky", "President", "Poland", 2018, 2025),
                new Someone("Marek Dvorsky", "Ambassador", "Slovakia", 2012, 2024),
                new Someone("Marek Dvorsky", "Envoy", "Sweden", 2016, 2022),
                new Someone("Lena Kovac", "Foreign Minister", "Kenya", 2001, 2009),
                new Someone("Lena Kovac", "Ambassador", "Chile", 2003, 2011),
                new Someone("Lena Kovac", "Spokesperson", "Norway", 2005, 2013));
        Map<String, Someone> whoHasKey = new HashMap<>();
        Map<Someone, java.util.Set<String>> keysInFullWithPost = new HashMap<>();
        int wrong = 0;
        int linked = 0;
        for (int n = 0; n < 90; n++) {
            Someone p = people.get(n % people.size());
            boolean withPost = n % 10 != 0;
            String date = (p.from() + n % (p.to() - p.from() + 1)) + "-06-15";
            String name = n / people.size() % 3 == 1 ? p.name().substring(p.name().lastIndexOf(' ') + 1) : p.name();
            Actor a = only(article("n" + n, date, new Named(name, withPost ? p.title() : "",
                    withPost ? p.country() : "")));
            linked += a.wikidata().isPresent() ? 1 : 0;
            if (withPost && name.equals(p.name())) {
                keysInFullWithPost.computeIfAbsent(p, k -> new java.util.HashSet<>()).add(a.key());
            }
            Someone before = whoHasKey.putIfAbsent(a.key(), p);
            wrong += before != null && before != p ? 1 : 0;
        }
        assertThat(wrong).isZero();
        assertThat(linked).isEqualTo(27);
        assertThat(keysInFullWithPost).hasSize(people.size()).allSatisfy((p, keys) -> assertThat(keys).hasSize(1));
    }
}
