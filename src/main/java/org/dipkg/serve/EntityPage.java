package org.dipkg.serve;

import static org.dipkg.serve.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.dipkg.rdf.DIP;
import org.dipkg.serve.EntityView.Evidence;
import org.dipkg.serve.EntityView.Fact;
import org.dipkg.serve.EntityView.Term;

/**
 * The HTML page of an entity. Links to entities, ontology terms and article
 * graphs point to their served URLs, so they can be followed on this server.
 * The page of an actor also has a place for its activity over time, which
 * {@code static/activity.js} fills from the endpoint.
 *
 * <pre>
 *   String html = EntityPage.render(view, ServedIris.at("http://localhost:3030/"));
 * </pre>
 */
final class EntityPage {
    /** The types whose pages show the actor's activity over time. */
    static final Set<String> ACTOR_TYPES = Set.of(DIP.PERSON.stringValue(), DIP.COUNTRY.stringValue(),
            DIP.ORGANIZATION.stringValue(), DIP.INTERNATIONAL_ORGANIZATION.stringValue(),
            DIP.GOVERNMENT_BODY.stringValue(), DIP.MEDIA_ORGANIZATION.stringValue());
    private static final List<String> ACTIVITY_SCRIPTS = List.of("static/vendor/echarts.min.js",
            "static/pictures.js", "static/activity.js");

    private EntityPage() {
    }

    static String render(EntityView view, ServedIris iris) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(view.label())).append("</h1>\n");
        body.append("<p class=\"iri\"><code>").append(escape(view.iri())).append("</code></p>\n");
        if (!view.types().isEmpty()) {
            body.append("<p class=\"types\">");
            view.types().forEach(t -> body.append(term(t, iris)).append(' '));
            body.append("</p>\n");
        }
        if (!view.facts().isEmpty()) {
            body.append("<h2>Facts</h2>\n");
            table(body, view.facts(), iris, false);
        }
        boolean actor = view.types().stream().anyMatch(t -> t.isLink() && ACTOR_TYPES.contains(t.iri()));
        if (actor) {
            activity(body, view.iri(), iris);
        }
        if (!view.evidence().isEmpty()) {
            body.append("<h2>Evidence</h2>\n<ul class=\"evidence\">\n");
            for (Evidence e : view.evidence()) {
                body.append("<li><blockquote>").append(escape(e.sentence())).append("</blockquote>");
                if (e.article() != null) {
                    body.append("<p class=\"source\">").append(term(e.article(), iris)).append("</p>");
                }
                body.append("</li>\n");
            }
            body.append("</ul>\n");
        }
        if (!view.incoming().isEmpty()) {
            body.append("<h2>Referenced by</h2>\n");
            table(body, view.incoming(), iris, true);
            if (view.moreIncoming()) {
                body.append("<p class=\"note\">Only the first ").append(view.incoming().size())
                        .append(" references are shown.</p>\n");
            }
        }
        body.append("<p class=\"formats\">This description as ");
        for (RdfFormat f : RdfFormat.values()) {
            body.append(Html.link("?format=" + f.shortName(), f.lang().getLabel())).append(' ');
        }
        body.append("</p>\n");
        return Html.page(iris, view.label(), body.toString(), actor ? ACTIVITY_SCRIPTS : List.of());
    }

    /** Where the actor's activity over time goes; {@code static/activity.js} fills it in. */
    private static void activity(StringBuilder body, String iri, ServedIris iris) {
        String timeline = iris.base() + "timeline?actor=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        body.append("<h2>Over time</h2>\n<section id=\"activity\" data-actor=\"").append(escape(iri)).append("\">\n")
                .append("<p class=\"note\">The meetings, statements, demands and positions of ")
                .append("this actor appear here when scripts run.</p>\n")
                .append("<div class=\"chart small\"></div>\n<ol class=\"items\"></ol>\n")
                .append("<p>").append(Html.link(timeline, "Its meetings on the timeline")).append("</p>\n")
                .append("</section>\n");
    }

    private static void table(StringBuilder body, List<Fact> facts, ServedIris iris, boolean incoming) {
        body.append("<table class=\"facts\">\n");
        for (Fact f : facts) {
            body.append("<tr>");
            if (incoming) {
                body.append("<td>").append(term(f.value(), iris)).append("</td>");
                body.append("<th>").append(term(f.property(), iris)).append("</th>");
            } else {
                body.append("<th>").append(term(f.property(), iris)).append("</th>");
                body.append("<td>").append(term(f.value(), iris)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
    }

    static String term(Term term, ServedIris iris) {
        if (term.isLink() && isWebIri(term.iri())) {
            return Html.link(iris.served(term.iri()), term.text());
        }
        String text = escape(term.text());
        return term.note().isEmpty() ? text : text + " <span class=\"note\">" + escape(term.note()) + "</span>";
    }

    /** Only http and https IRIs become links: a javascript: or data: IRI in the data is shown as text. */
    static boolean isWebIri(String iri) {
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
