package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dipkg.serve.EntityView.Evidence;
import org.dipkg.serve.EntityView.Fact;
import org.dipkg.serve.EntityView.Term;
import org.junit.jupiter.api.Test;

class EntityPageTest {
    final ServedIris iris = ServedIris.at("http://localhost:3030/");

    @Test
    void linksPointToServedUrlsAndTextIsEscaped() {
        Term article = new Term(Fixture.ID + "article/a1", "Talks <in> Paris", "");
        EntityView view = new EntityView(Fixture.MEETING_PARIS, "Meeting & talks",
                List.of(new Term("https://w3id.org/dipkg/ontology#Meeting", "dip:Meeting", "")),
                List.of(new Fact(new Term("https://w3id.org/dipkg/ontology#participant", "dip:participant", ""),
                                new Term(Fixture.BLINKEN, "Antony Blinken", "")),
                        new Fact(new Term("http://www.w3.org/2002/07/owl#sameAs", "owl:sameAs", ""),
                                new Term("http://www.wikidata.org/entity/Q30", "wd:Q30", "")),
                        new Fact(new Term("https://w3id.org/dipkg/ontology#date", "dip:date", ""),
                                new Term(null, "2024-06-04", "xsd:date"))),
                List.of(new Evidence("\"Aid will continue,\" he said.", article)),
                List.of(new Fact(new Term("https://w3id.org/dipkg/ontology#partOf", "dip:partOf", ""),
                        new Term(Fixture.ID + "meeting/other", "Other", ""))),
                true);
        String html = EntityPage.render(view, iris);
        assertThat(html)
                .contains("<title>Meeting &amp; talks · dipkg</title>")
                .contains("<h1>Meeting &amp; talks</h1>")
                .contains("<a href=\"http://localhost:3030/ontology#Meeting\">dip:Meeting</a>")
                .contains("<a href=\"http://localhost:3030/id/person/antony-blinken\">Antony Blinken</a>")
                .contains("<a href=\"http://www.wikidata.org/entity/Q30\">wd:Q30</a>")
                .contains("2024-06-04 <span class=\"note\">xsd:date</span>")
                .contains("<blockquote>&quot;Aid will continue,&quot; he said.</blockquote>")
                .contains("<a href=\"http://localhost:3030/id/article/a1\">Talks &lt;in&gt; Paris</a>")
                .contains("<a href=\"http://localhost:3030/id/meeting/other\">Other</a>")
                .contains("Only the first 1 references are shown.")
                .contains("<a href=\"?format=ttl\">Turtle</a>")
                .doesNotContain("<in>");
    }

    @Test
    void onlyHttpIrisBecomeLinks() {
        EntityView view = new EntityView(Fixture.BLINKEN, "Antony Blinken", List.of(),
                List.of(new Fact(new Term("http://www.w3.org/2002/07/owl#sameAs", "owl:sameAs", ""),
                                new Term("javascript:alert(document.cookie)", "javascript:alert(document.cookie)", "")),
                        new Fact(new Term("http://www.w3.org/2002/07/owl#sameAs", "owl:sameAs", ""),
                                new Term("JavaScript:alert(1)", "click", "")),
                        new Fact(new Term("http://www.w3.org/2002/07/owl#sameAs", "owl:sameAs", ""),
                                new Term("data:text/html,<script>alert(1)</script>", "data", "")),
                        new Fact(new Term("http://www.w3.org/2002/07/owl#sameAs", "owl:sameAs", ""),
                                new Term("HTTPS://example.org/x", "example", ""))),
                List.of(), List.of(), false);
        String html = EntityPage.render(view, iris);
        assertThat(html).doesNotContain("href=\"javascript:", "href=\"JavaScript:", "href=\"data:", "<script>")
                .contains("javascript:alert(document.cookie)")
                .contains("<a href=\"HTTPS://example.org/x\">example</a>");
    }

    @Test
    void escapeCoversMarkupCharacters() {
        assertThat(Html.escape("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    }
}
