package org.dipkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dipkg.extract.Lexicon;
import org.dipkg.link.OfficeHolders;
import org.dipkg.link.PostClasses;
import org.dipkg.model.Article;
import org.dipkg.rdf.ArticleConverter;

/**
 * The same person in several articles is one IRI, described once: a query joins their meetings
 * across the corpus and finds one label however many articles name them, and an office holder
 * named in different ways is one person.
 */
class CrossArticleIT {
    private static final String MEETINGS_OF_A_PERSON = """
            PREFIX dip:  <https://w3id.org/dipkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?article ?meeting
            WHERE {
              ?person a dip:Person ; rdfs:label "Sergei Ryabkov" .
              ?meeting a dip:Meeting ; dip:participant ?person ; dip:extractedFrom ?article .
            }
            ORDER BY ?article
            """;

    private static final String WHERE_A_LABEL_IS = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?g WHERE { GRAPH ?g { <https://w3id.org/dipkg/id/person/sergei-ryabkov--russia> rdfs:label ?name } }
            """;

    private static final String MEETINGS_OF_AN_OFFICE_HOLDER = """
            PREFIX dip:  <https://w3id.org/dipkg/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            SELECT ?person ?article ?meeting
            WHERE {
              ?person owl:sameAs <http://www.wikidata.org/entity/Q900000003> .
              ?meeting a dip:Meeting ; dip:participant ?person ; dip:extractedFrom ?article .
            }
            ORDER BY ?article
            """;

    private final ArticleConverter converter = ArticleConverter.create()
            .holders(OfficeHolders.load("reference-test/holders.tsv", Lexicon.get(), PostClasses.load())).build();

    @TempDir
    Path tmp;

    @Test
    void allMeetingsAPersonAttendedAcrossTheCorpus() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            store.commit(staged(geneva(), brussels()));
            String csv = csv(store, MEETINGS_OF_A_PERSON);
            assertThat(csv.lines().skip(1)).hasSize(2);
            assertThat(csv).contains("/article/brussels", "/article/geneva");
        }
    }

    @Test
    void aPersonNamedByTwoArticlesIsDescribedOnceAndSurvivesReloadingOne() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            store.commit(staged(geneva(), brussels()));
            assertThat(csv(store, WHERE_A_LABEL_IS).lines().skip(1))
                    .containsExactly("https://w3id.org/dipkg/graph/shared/entities");

            store.commit(staged(geneva()));
            assertThat(csv(store, WHERE_A_LABEL_IS).lines().skip(1))
                    .containsExactly("https://w3id.org/dipkg/graph/shared/entities");
            assertThat(csv(store, MEETINGS_OF_A_PERSON).lines().skip(1)).hasSize(2);
        }
    }

    @Test
    void anOfficeHolderNamedThreeWaysInThreeArticlesIsOnePersonWithAllTheirMeetings() throws Exception {
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            store.commit(staged(
                    article("warsaw", "Talks in Warsaw", "Polish President Marek Dvorsky met Kenyan Foreign Minister "
                            + "Amina Oduya in Warsaw on Monday."),
                    article("vienna", "Talks in Vienna", "President Marek Dvorský of Poland met Chilean Foreign "
                            + "Minister Tomas Riquelme in Vienna on Monday."),
                    article("oslo", "Talks in Oslo", "Norwegian Prime Minister Ingrid Solheim met President "
                            + "Marek Jan Dvorsky of Poland in Oslo on Monday.")));
            List<String> rows = csv(store, MEETINGS_OF_AN_OFFICE_HOLDER).lines().skip(1).toList();
            assertThat(rows).hasSize(3);
            assertThat(rows).allMatch(r -> r.startsWith("https://w3id.org/dipkg/id/person/marek-dvorsky,"));
            assertThat(String.join("\n", rows)).contains("/article/oslo", "/article/vienna", "/article/warsaw");
        }
    }

    private DatasetGraph staged(Article... articles) {
        DatasetGraph staged = DatasetFactory.createGeneral().asDatasetGraph();
        for (Article a : articles) {
            JenaQuads.addTo(converter.convert(a), staged);
        }
        return staged;
    }

    private static String csv(Tdb2Store store, String query) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), query, QueryRunner.Format.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Article geneva() {
        return article("geneva", "Talks in Geneva",
                "U.S. Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov "
                        + "met in Geneva on Monday to begin the long-awaited talks.");
    }

    private static Article brussels() {
        return article("brussels", "Talks in Brussels",
                "Russian Deputy Foreign Minister Sergei Ryabkov met NATO Secretary-General Jens Stoltenberg "
                        + "in Brussels on Wednesday.");
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, title, Article.document(title, body), Optional.of(LocalDate.of(2022, 1, 10)),
                Optional.empty(), id + ".txt");
    }
}
