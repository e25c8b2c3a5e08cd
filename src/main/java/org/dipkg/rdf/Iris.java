package org.dipkg.rdf;

import java.text.Normalizer;
import java.util.Locale;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

import org.dipkg.model.Actor;
import org.dipkg.model.Place;

/**
 * Mints the IRIs of instances. IRIs depend only on names and positions, never on run
 * order or time, so the same input gives the same graph, and an actor is named the same
 * way in every article ({@code https://w3id.org/dipkg/id/country/united-states}).
 */
public final class Iris {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Iris() {
    }

    /**
     * An IRI path segment: letters (accents dropped, other scripts kept) and digits, joined by
     * hyphens; the same rule as actor keys, so that distinct actors never share an IRI.
     */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String k = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return k.isEmpty() ? "x" : k;
    }

    public static IRI actor(Actor a) {
        return VF.createIRI(DIP.ID + a.key());
    }

    public static IRI place(Place p) {
        return VF.createIRI(DIP.ID + p.key());
    }

    public static IRI article(String articleId) {
        return VF.createIRI(DIP.ID + "article/" + slug(articleId));
    }

    public static IRI graph(String articleId) {
        return VF.createIRI(DIP.GRAPH + slug(articleId));
    }

    /**
     * The graph that describes actors, places and posts once for all articles (type,
     * name, Wikidata link), so that a query over the union of the article graphs finds one
     * description per entity however many articles mention it. Its path has a slash, so no
     * article's graph can take its name.
     */
    public static IRI entitiesGraph() {
        return VF.createIRI(DIP.GRAPH + "shared/entities");
    }

    public static IRI fact(String articleId, String kind, int n) {
        return VF.createIRI(DIP.ID + "article/" + slug(articleId) + "/" + kind + "/" + n);
    }

    public static IRI evidence(String articleId, int begin, int end) {
        return VF.createIRI(DIP.ID + "article/" + slug(articleId) + "/evidence/" + begin + "-" + end);
    }

    public static IRI post(Actor person, String title, String affiliationKey) {
        String aff = affiliationKey.isEmpty() ? "" : "-" + slug(affiliationKey);
        return VF.createIRI(DIP.ID + "post/" + slug(person.key().replaceFirst("^person/", "")) + "/" + slug(title) + aff);
    }

    public static IRI wikidata(String qid) {
        return VF.createIRI("http://www.wikidata.org/entity/" + qid);
    }

    public static IRI converter() {
        return VF.createIRI(DIP.ID + "agent/dipkg");
    }
}
