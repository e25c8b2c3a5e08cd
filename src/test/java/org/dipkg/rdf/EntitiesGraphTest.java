package org.dipkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Article;

/**
 * What names an entity goes to the shared entities graph, once per article and after the
 * article's own statements; what the article says of it stays in the article's graph.
 */
class EntitiesGraphTest {
    private static final ArticleConverter CONVERTER = ArticleConverter.create().version("test").build();
    private static final IRI ENTITIES = Iris.entitiesGraph();
    /** Named in full with a post of her country: one IRI for the articles that say so. */
    private static final IRI PERSON = Iris.actor(new Actor("person/petra-novak--czech-republic", "Petra Novak",
            ActorKind.PERSON, Optional.empty()));

    private final Model model = CONVERTER.convert(new Article("prague", "Talks in Prague",
            Article.document("Talks in Prague", "Czech Foreign Minister Petra Novak met Austrian Foreign Minister "
                    + "Karl Huber in Vienna on Monday. Novak said the talks were useful."),
            Optional.of(LocalDate.of(2023, 5, 8)), Optional.empty(), "prague.txt"));

    @Test
    void namesTypesAndWikidataLinksAreInTheEntitiesGraph() {
        assertThat(graphsOf(PERSON, RDFS.LABEL)).containsExactly(ENTITIES);
        assertThat(graphsOf(PERSON, RDF.TYPE)).containsExactly(ENTITIES);
        assertThat(model.filter(null, OWL.SAMEAS, null, ENTITIES)).isNotEmpty();
        assertThat(model.filter(null, DIP.TITLE, null, ENTITIES)).isNotEmpty();
        assertThat(model.filter(null, DIP.PARTICIPANT, PERSON, ENTITIES)).isEmpty();
        assertThat(model.contexts()).containsExactlyInAnyOrder(Iris.graph("prague"), ENTITIES);
    }

    @Test
    void whatTheArticleSaysStaysInItsGraph() {
        IRI article = Iris.graph("prague");
        assertThat(graphsOf(PERSON, DIP.EVIDENCE_PROP)).containsExactly(article);
        assertThat(graphsOf(PERSON, DIP.HOLDS)).containsExactly(article);
        assertThat(model.filter(null, DIP.PARTICIPANT, PERSON)).allMatch(s -> article.equals(s.getContext()));
    }

    @Test
    void theEntitiesGraphComesAfterTheArticle() {
        List<Resource> order = model.stream().map(Statement::getContext).distinct().toList();
        assertThat(order).containsExactly(Iris.graph("prague"), ENTITIES);
    }

    private List<Resource> graphsOf(IRI subject, IRI property) {
        return model.filter(subject, property, null).stream().map(Statement::getContext).distinct().toList();
    }
}
