package org.dipkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.base.InternedIRI;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/**
 * The dipkg ontology's terms, one constant per class, property and individual of
 * {@code ontology/dipkg.ttl}. A test checks both lists against each other.
 *
 * <pre>
 *   model.add(meeting, RDF.TYPE, DIP.MEETING);
 * </pre>
 */
public final class DIP {
    public static final String NAMESPACE = "https://w3id.org/dipkg/ontology#";
    public static final String PREFIX = "dip";
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    /** Base of instance IRIs: actors, facts, articles. */
    public static final String ID = "https://w3id.org/dipkg/id/";
    /** Base of the named graphs, one per article. */
    public static final String GRAPH = "https://w3id.org/dipkg/graph/";

    // Classes: actors
    public static final IRI ACTOR = term("Actor");
    public static final IRI PERSON = term("Person");
    public static final IRI COUNTRY = term("Country");
    public static final IRI ORGANIZATION = term("Organization");
    public static final IRI INTERNATIONAL_ORGANIZATION = term("InternationalOrganization");
    public static final IRI GOVERNMENT_BODY = term("GovernmentBody");
    public static final IRI MEDIA_ORGANIZATION = term("MediaOrganization");
    public static final IRI POST = term("Post");
    public static final IRI PLACE = term("Place");

    // Classes: events
    public static final IRI EVENT = term("Event");
    public static final IRI MEETING = term("Meeting");
    public static final IRI TALKS = term("Talks");
    public static final IRI SUMMIT = term("Summit");
    public static final IRI PHONE_CALL = term("PhoneCall");
    public static final IRI VIDEO_CONFERENCE = term("VideoConference");
    public static final IRI SESSION = term("Session");
    public static final IRI MEETING_SERIES = term("MeetingSeries");
    public static final IRI MILITARY_DEPLOYMENT = term("MilitaryDeployment");

    // Classes: what actors say
    public static final IRI STATEMENT = term("Statement");
    public static final IRI POSITION = term("Position");
    public static final IRI DEMAND = term("Demand");

    // Classes: sources and evidence
    public static final IRI ARTICLE = term("Article");
    public static final IRI EVIDENCE = term("Evidence");
    public static final IRI DATE_SOURCE = term("DateSource");

    // Individuals: how an article's publication date was obtained
    public static final IRI DATE_GIVEN = term("DateGiven");
    public static final IRI DATE_FROM_DATELINE = term("DateFromDateline");
    public static final IRI DATE_UNKNOWN = term("DateUnknown");

    // Properties: actors and posts
    public static final IRI HOLDS = term("holds");
    public static final IRI HELD_BY = term("heldBy");
    public static final IRI TITLE = term("title");
    public static final IRI POST_IN = term("postIn");

    // Properties: events
    public static final IRI PARTICIPANT = term("participant");
    public static final IRI PLACE_PROP = term("place");
    public static final IRI VENUE = term("venue");
    public static final IRI DATE = term("date");
    public static final IRI PLANNED = term("planned");
    public static final IRI PART_OF = term("partOf");

    // Properties: statements, positions, demands
    public static final IRI SPEAKER = term("speaker");
    public static final IRI QUOTE = term("quote");
    public static final IRI MEDIUM = term("medium");
    public static final IRI HOLDER = term("holder");
    public static final IRI STANCE = term("stance");
    public static final IRI CONDITIONAL = term("conditional");
    public static final IRI DEMANDER = term("demander");
    public static final IRI ADDRESSEE = term("addressee");
    public static final IRI TEXT = term("text");
    public static final IRI ITEM_INDEX = term("itemIndex");

    // Properties: event codes
    public static final IRI CAMEO_CODE = term("cameoCode");
    public static final IRI PLOVER_TYPE = term("ploverType");
    public static final IRI SOURCE_ACTOR = term("sourceActor");
    public static final IRI TARGET_ACTOR = term("targetActor");

    // Properties: articles, provenance and evidence
    public static final IRI HEADLINE = term("headline");
    public static final IRI PUBLISHED = term("published");
    public static final IRI PUBLISHED_DATE_SOURCE = term("publishedDateSource");
    public static final IRI SOURCE_URL = term("sourceUrl");
    public static final IRI ARTICLE_ID = term("articleId");
    public static final IRI EXTRACTED_FROM = term("extractedFrom");
    public static final IRI EVIDENCE_PROP = term("evidence");
    public static final IRI RULE = term("rule");
    public static final IRI SENTENCE_INDEX = term("sentenceIndex");
    public static final IRI SENTENCE_TEXT = term("sentenceText");
    public static final IRI IN_ARTICLE = term("inArticle");

    private DIP() {
    }

    private static IRI term(String localName) {
        return new InternedIRI(NAMESPACE, localName);
    }
}
