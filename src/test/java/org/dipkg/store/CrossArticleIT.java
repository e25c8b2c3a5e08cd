package org.dipkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dipkg.model.Article;
import org.dipkg.rdf.ArticleConverter;

/** The same person in two articles is one IRI: a query joins their meetings across the corpus. */
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

    @TempDir
    Path tmp;

    @Test
    void allMeetingsAPersonAttendedAcrossTheCorpus() throws Exception {
        ArticleConverter converter = ArticleConverter.create().build();
        DatasetGraph staged = DatasetFactory.createGeneral().asDatasetGraph();
        JenaQuads.addTo(converter.convert(article("geneva", "Talks in Geneva",
                "U.S. Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov "
                        + "met in Geneva on Monday to begin the long-awaited talks.")), staged);
        JenaQuads.addTo(converter.convert(article("brussels", "Talks in Brussels",
                "Russian Deputy Foreign Minister Sergei Ryabkov met NATO Secretary-General Jens Stoltenberg "
                        + "in Brussels on Wednesday.")), staged);
        try (Tdb2Store store = Tdb2Store.open(tmp.resolve("db"))) {
            store.commit(staged);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryRunner.run(store.dataset(), MEETINGS_OF_A_PERSON, QueryRunner.Format.CSV, out);
            String csv = out.toString(StandardCharsets.UTF_8);
            assertThat(csv.lines().skip(1)).hasSize(2);
            assertThat(csv).contains("/article/brussels", "/article/geneva");
        }
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, title, Article.document(title, body), Optional.of(LocalDate.of(2022, 1, 10)),
                Optional.empty(), id + ".txt");
    }
}
