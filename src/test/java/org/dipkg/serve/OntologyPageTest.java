package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.dipkg.rdf.DIP;
import org.junit.jupiter.api.Test;

class OntologyPageTest {

    @Test
    void listsClassesAndPropertiesWithLabelAndComment() {
        Model ontology = OntologyServlet.load(Fixture.ONTOLOGY);
        String html = OntologyPage.render(ontology, DIP.NAMESPACE, ServedIris.at("http://localhost:3030/"));
        assertThat(html)
                .contains("<h1>dipkg ontology</h1>")
                .contains("<h2>Classes</h2>", "<h2>Properties</h2>")
                .contains("<dt id=\"Meeting\"><a href=\"http://localhost:3030/ontology#Meeting\">dip:Meeting</a>"
                        + " <span class=\"label\">meeting</span></dt>")
                .contains("<dd>Two or more actors meeting in person.</dd>")
                .contains("id=\"sentenceText\"");
        assertThat(html.indexOf("id=\"Actor\"")).isLessThan(html.indexOf("id=\"Person\""));
        assertThat(html).doesNotContain("<h2>Individuals</h2>");
    }

    @Test
    void listsTheEventCodesServedWithTheOntology() {
        Model ontology = OntologyServlet.load("org/dipkg/ontology/dipkg.ttl");
        ontology.add(OntologyServlet.load("org/dipkg/ontology/events.ttl"));
        String html = OntologyPage.render(ontology, DIP.NAMESPACE, ServedIris.at("http://localhost:3030/"));
        assertThat(html)
                .contains("<h2 id=\"cameo\">CAMEO event codes</h2>", "<h2 id=\"plover\">PLOVER event types</h2>")
                .contains("<dt id=\"cameo-042\"><code>042</code> <span class=\"label\">Visit made</span></dt>\n"
                        + "<dd>under 04</dd>")
                .contains("<dd>close match CONSULT</dd>")
                .contains("id=\"plover-CONSULT\"")
                .contains("id=\"cameoCode\"");
        assertThat(html.indexOf("id=\"cameo-04\"")).isLessThan(html.indexOf("id=\"cameo-042\""));
    }

    @Test
    void missingOntologyLoadsAsNull() {
        assertThat(OntologyServlet.load("org/dipkg/serve/none.ttl")).isNull();
    }
}
