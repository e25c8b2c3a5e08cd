package org.dipkg.rdf;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;

import org.dipkg.coding.EventCode;
import org.dipkg.coding.EventCoder;
import org.dipkg.model.Actor;
import org.dipkg.model.Demand;
import org.dipkg.model.Evidence;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.Mention;
import org.dipkg.model.PartialDate;
import org.dipkg.model.Position;
import org.dipkg.model.Role;
import org.dipkg.model.Statement;

/**
 * Maps one article's extraction to RDF in the dip ontology: what the article says in
 * its named graph, every fact pointing to its evidence; what names an actor, place or
 * post (type, label, Wikidata link, the post's title and holder) in the
 * {@linkplain Iris#entitiesGraph() entities graph} shared by all articles, after the
 * article's own statements. Meetings, statements, demands and positions carry their
 * event codes ({@link EventCoder}); the codes used are described in the entities graph.
 *
 * <pre>
 *   Model m = GraphMapper.create().version("0.1.0").build().map(extraction);
 * </pre>
 */
public final class GraphMapper {
    static final String OA = "http://www.w3.org/ns/oa#";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final IRI OA_START = VF.createIRI(OA, "start");
    private static final IRI OA_END = VF.createIRI(OA, "end");

    private final String version;
    private final EventCoder coder = EventCoder.standard();
    private final EventCodes codes = EventCodes.standard();

    private GraphMapper(String version) {
        this.version = version;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds a {@link GraphMapper}. */
    public static final class Builder {
        private String version = "dev";

        public Builder version(String v) {
            this.version = v;
            return this;
        }

        public GraphMapper build() {
            return new GraphMapper(version);
        }
    }

    public Model map(Extraction x) {
        return new Run(x).map();
    }

    private final class Run {
        private final Extraction x;
        private final String id;
        private final IRI article;
        private final IRI graph;
        private final Model m = new LinkedHashModel();
        private final Model shared = new LinkedHashModel();

        Run(Extraction x) {
            this.x = x;
            this.id = x.article().id();
            this.article = Iris.article(id);
            this.graph = Iris.graph(id);
        }

        Model map() {
            Namespaces.addTo(m);
            article();
            for (Actor a : x.actors()) {
                actor(a);
            }
            for (Role r : x.roles()) {
                role(r);
            }
            int n = 0;
            for (Meeting mt : x.meetings()) {
                meeting(mt, ++n);
            }
            n = 0;
            for (Statement s : x.statements()) {
                statement(s, ++n);
            }
            n = 0;
            for (Demand d : x.demands()) {
                demand(d, ++n);
            }
            n = 0;
            for (Position p : x.positions()) {
                position(p, ++n);
            }
            m.addAll(shared);
            return m;
        }

        private void add(Resource s, IRI p, Value o) {
            m.add(s, p, o, graph);
        }

        private void describe(Resource s, IRI p, Value o) {
            shared.add(s, p, o, Iris.entitiesGraph());
        }

        private void article() {
            add(article, RDF.TYPE, DIP.ARTICLE);
            add(article, DIP.ARTICLE_ID, VF.createLiteral(id));
            if (!x.article().title().isEmpty()) {
                add(article, DIP.HEADLINE, VF.createLiteral(x.article().title()));
            }
            x.published().ifPresent(d -> add(article, DIP.PUBLISHED, VF.createLiteral(d.toString(), XSD.DATE)));
            add(article, DIP.PUBLISHED_DATE_SOURCE, switch (x.dateSource()) {
                case GIVEN -> DIP.DATE_GIVEN;
                case DATELINE -> DIP.DATE_FROM_DATELINE;
                case UNKNOWN -> DIP.DATE_UNKNOWN;
            });
            x.article().sourceUrl().ifPresent(u -> add(article, DIP.SOURCE_URL, VF.createLiteral(u, XSD.ANYURI)));
            IRI activity = VF.createIRI(article.stringValue() + "/conversion");
            add(graph, RDF.TYPE, PROV.ENTITY);
            add(graph, PROV.WAS_DERIVED_FROM, article);
            add(graph, PROV.WAS_GENERATED_BY, activity);
            add(activity, RDF.TYPE, PROV.ACTIVITY);
            add(activity, PROV.USED, article);
            add(activity, PROV.WAS_ASSOCIATED_WITH, Iris.converter());
            add(Iris.converter(), RDF.TYPE, PROV.SOFTWARE_AGENT);
            add(Iris.converter(), RDFS.LABEL, VF.createLiteral("dipkg " + version));
        }

        private void actor(Actor a) {
            IRI s = Iris.actor(a);
            describe(s, RDF.TYPE, switch (a.kind()) {
                case PERSON -> DIP.PERSON;
                case COUNTRY -> DIP.COUNTRY;
                case ORGANIZATION -> DIP.ORGANIZATION;
                case INTERNATIONAL_ORGANIZATION -> DIP.INTERNATIONAL_ORGANIZATION;
                case GOVERNMENT_BODY -> DIP.GOVERNMENT_BODY;
                case MEDIA_ORGANIZATION -> DIP.MEDIA_ORGANIZATION;
            });
            describe(s, RDFS.LABEL, VF.createLiteral(a.name()));
            a.wikidata().ifPresent(q -> describe(s, OWL.SAMEAS, Iris.wikidata(q)));
            TreeSet<String> surfaces = new TreeSet<>();
            Mention first = null;
            for (Mention mn : x.mentions()) {
                if (mn.actor().equals(a)) {
                    if (mn.form() != Mention.Form.PRONOUN && mn.form() != Mention.Form.TITLE) {
                        surfaces.add(mn.surface().strip());
                    }
                    first = first == null ? mn : first;
                }
            }
            surfaces.remove(a.name());
            surfaces.forEach(v -> add(s, SKOS.ALT_LABEL, VF.createLiteral(v)));
            if (first != null) {
                var sentence = x.sentences().get(first.sentence());
                add(s, DIP.EVIDENCE_PROP, evidence(new Evidence(first.sentence(), sentence.begin(), sentence.end(),
                        sentence.text(), "actor")));
            }
        }

        private void role(Role r) {
            String affKey = r.affiliation().map(Actor::key).orElse("");
            IRI post = Iris.post(r.person(), r.title(), affKey);
            add(Iris.actor(r.person()), DIP.HOLDS, post);
            describe(post, RDF.TYPE, DIP.POST);
            describe(post, DIP.TITLE, VF.createLiteral(r.title()));
            describe(post, DIP.HELD_BY, Iris.actor(r.person()));
            describe(post, RDFS.LABEL, VF.createLiteral(r.affiliation().map(a -> r.title() + ", " + a.name())
                    .orElse(r.title())));
            r.affiliation().ifPresent(a -> describe(post, DIP.POST_IN, Iris.actor(a)));
        }

        private void meeting(Meeting mt, int n) {
            IRI s = Iris.fact(id, "meeting", n);
            add(s, RDF.TYPE, DIP.MEETING);
            switch (mt.kind()) {
                case TALKS -> add(s, RDF.TYPE, DIP.TALKS);
                case SUMMIT -> add(s, RDF.TYPE, DIP.SUMMIT);
                case PHONE_CALL -> add(s, RDF.TYPE, DIP.PHONE_CALL);
                case VIDEO_CONFERENCE -> add(s, RDF.TYPE, DIP.VIDEO_CONFERENCE);
                case SESSION -> add(s, RDF.TYPE, DIP.SESSION);
                default -> { }
            }
            add(s, RDFS.LABEL, VF.createLiteral(label(mt)));
            for (Actor a : mt.participants()) {
                add(s, DIP.PARTICIPANT, Iris.actor(a));
            }
            mt.place().ifPresent(p -> {
                IRI place = Iris.place(p);
                add(s, DIP.PLACE_PROP, place);
                describe(place, RDF.TYPE, DIP.PLACE);
                describe(place, RDFS.LABEL, VF.createLiteral(p.name()));
                p.wikidata().ifPresent(q -> describe(place, OWL.SAMEAS, Iris.wikidata(q)));
            });
            mt.venue().ifPresent(v -> add(s, DIP.VENUE, VF.createLiteral(v)));
            mt.date().ifPresent(d -> add(s, DIP.DATE, date(d)));
            add(s, DIP.PLANNED, VF.createLiteral(mt.planned()));
            coder.meeting(mt, x.roles()).ifPresent(c -> {
                code(s, c);
                c.source().ifPresent(a -> add(s, DIP.SOURCE_ACTOR, Iris.actor(a)));
                c.target().ifPresent(a -> add(s, DIP.TARGET_ACTOR, Iris.actor(a)));
            });
            fact(s, mt.evidence());
        }

        private String label(Meeting mt) {
            List<String> names = mt.participants().stream().map(Actor::name).toList();
            String who = names.size() <= 1 ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            String kind = switch (mt.kind()) {
                case TALKS -> "Talks";
                case SUMMIT -> "Summit";
                case PHONE_CALL -> "Phone call";
                case VIDEO_CONFERENCE -> "Video conference";
                case SESSION -> "Session";
                default -> "Meeting";
            };
            return kind + " of " + who + mt.date().map(d -> ", " + d.iso()).orElse("");
        }

        private void statement(Statement st, int n) {
            IRI s = Iris.fact(id, "statement", n);
            add(s, RDF.TYPE, DIP.STATEMENT);
            st.speaker().ifPresent(a -> add(s, DIP.SPEAKER, Iris.actor(a)));
            add(s, DIP.QUOTE, VF.createLiteral(st.quote()));
            st.date().ifPresent(d -> add(s, DIP.DATE, date(d)));
            st.medium().ifPresent(v -> add(s, DIP.MEDIUM, VF.createLiteral(v)));
            coder.statement(st).ifPresent(c -> code(s, c));
            fact(s, List.of(st.evidence()));
        }

        private void demand(Demand d, int n) {
            IRI s = Iris.fact(id, "demand", n);
            add(s, RDF.TYPE, DIP.DEMAND);
            add(s, DIP.DEMANDER, Iris.actor(d.demander()));
            d.addressee().ifPresent(a -> add(s, DIP.ADDRESSEE, Iris.actor(a)));
            add(s, DIP.TEXT, VF.createLiteral(d.text()));
            d.itemIndex().ifPresent(i -> add(s, DIP.ITEM_INDEX, VF.createLiteral(java.math.BigInteger.valueOf(i))));
            coder.demand(d).ifPresent(c -> code(s, c));
            fact(s, List.of(d.evidence()));
        }

        private void position(Position p, int n) {
            IRI s = Iris.fact(id, "position", n);
            add(s, RDF.TYPE, DIP.POSITION);
            add(s, DIP.HOLDER, Iris.actor(p.holder()));
            add(s, DIP.TEXT, VF.createLiteral(p.text()));
            add(s, DIP.STANCE, VF.createLiteral(p.stance()));
            add(s, DIP.CONDITIONAL, VF.createLiteral(p.conditional()));
            coder.position(p).ifPresent(c -> code(s, c));
            fact(s, List.of(p.evidence()));
        }

        private void code(IRI s, EventCode c) {
            concept(s, DIP.CAMEO_CODE, codes.cameo(c.cameo()));
            c.plover().ifPresent(p -> concept(s, DIP.PLOVER_TYPE, codes.plover(p)));
        }

        private void concept(IRI s, IRI p, IRI concept) {
            add(s, p, concept);
            codes.describe(concept).forEach(st -> describe(st.getSubject(), st.getPredicate(), st.getObject()));
        }

        private void fact(IRI s, List<Evidence> evidence) {
            add(s, DIP.RULE, VF.createLiteral(evidence.get(0).rule()));
            for (Evidence e : evidence) {
                add(s, DIP.EVIDENCE_PROP, evidence(e));
            }
            add(s, DIP.EXTRACTED_FROM, article);
        }

        private IRI evidence(Evidence e) {
            IRI s = Iris.evidence(id, e.begin(), e.end());
            add(s, RDF.TYPE, DIP.EVIDENCE);
            add(s, OA_START, VF.createLiteral(java.math.BigInteger.valueOf(e.begin()).toString(), XSD.NON_NEGATIVE_INTEGER));
            add(s, OA_END, VF.createLiteral(java.math.BigInteger.valueOf(e.end()).toString(), XSD.NON_NEGATIVE_INTEGER));
            add(s, DIP.SENTENCE_INDEX, VF.createLiteral(java.math.BigInteger.valueOf(e.sentence())));
            add(s, DIP.SENTENCE_TEXT, VF.createLiteral(x.sentences().get(e.sentence()).text()));
            add(s, DIP.IN_ARTICLE, article);
            return s;
        }
    }

    static Literal date(PartialDate d) {
        IRI type = d.isDay() ? XSD.DATE : d.month().isPresent() ? XSD.GYEARMONTH : XSD.GYEAR;
        return VF.createLiteral(d.iso(), type);
    }
}
