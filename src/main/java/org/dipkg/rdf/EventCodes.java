package org.dipkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

import org.dipkg.coding.CodingRule;
import org.dipkg.coding.CodingRules;
import org.dipkg.extract.LexiconException;

/**
 * The event codes of {@code ontology/events.ttl}: the CAMEO codes and PLOVER types as
 * SKOS concepts, read from the classpath. Built with coding rules, it checks that every
 * code they give is a concept of the scheme and that a rule's PLOVER type is the close
 * match of its CAMEO code or of a broader one ({@code file:line: what is wrong}).
 *
 * <pre>
 *   EventCodes codes = EventCodes.standard();
 *   IRI c = codes.cameo("042");   // https://w3id.org/dipkg/id/cameo/042
 * </pre>
 */
public final class EventCodes {
    static final String RESOURCE = "org/dipkg/ontology/events.ttl";
    public static final String CAMEO = DIP.ID + "cameo";
    public static final String PLOVER = DIP.ID + "plover";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final Model scheme;

    private EventCodes(Model scheme) {
        this.scheme = scheme;
    }

    /** The scheme on the classpath, checked against {@link CodingRules#STANDARD}; read once. */
    public static EventCodes standard() {
        return Standard.CODES;
    }

    /** Read and checked on first use. */
    private static final class Standard {
        static final EventCodes CODES = checked(CodingRules.read(CodingRules.STANDARD));
    }

    /** The scheme on the classpath, checked against the given rules. */
    public static EventCodes checked(CodingRules rules) {
        EventCodes codes = new EventCodes(read());
        codes.check(rules);
        return codes;
    }

    public IRI cameo(String code) {
        return VF.createIRI(CAMEO + "/" + code);
    }

    public IRI plover(String type) {
        return VF.createIRI(PLOVER + "/" + type.toLowerCase(java.util.Locale.ROOT));
    }

    /** The concept's notation, label and scheme, for the entities graph. */
    public Model describe(IRI concept) {
        Model out = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        for (IRI p : new IRI[] {RDF.TYPE, SKOS.NOTATION, SKOS.PREF_LABEL, SKOS.IN_SCHEME, SKOS.BROADER,
                SKOS.CLOSE_MATCH}) {
            scheme.filter(concept, p, null).forEach(out::add);
        }
        return out;
    }

    private boolean isConcept(IRI iri) {
        return scheme.contains(iri, RDF.TYPE, SKOS.CONCEPT);
    }

    private void check(CodingRules rules) {
        for (CodingRule r : rules.all()) {
            IRI cameo = cameo(r.cameo());
            if (!isConcept(cameo)) {
                throw new LexiconException(r.source() + ": CAMEO code " + r.cameo() + " is not a concept of "
                        + "ontology/events.ttl");
            }
            if (r.plover().isEmpty()) {
                continue;
            }
            IRI plover = plover(r.plover().get());
            if (!isConcept(plover)) {
                throw new LexiconException(r.source() + ": PLOVER type " + r.plover().get()
                        + " is not a concept of ontology/events.ttl");
            }
            if (!closeMatchUp(cameo).contains(plover)) {
                throw new LexiconException(r.source() + ": PLOVER type " + r.plover().get() + " is no close "
                        + "match of CAMEO " + r.cameo() + " or a broader code in ontology/events.ttl");
            }
        }
    }

    private Set<Value> closeMatchUp(IRI code) {
        Set<Value> out = new HashSet<>();
        Optional<Resource> at = Optional.of(code);
        while (at.isPresent()) {
            out.addAll(scheme.filter(at.get(), SKOS.CLOSE_MATCH, null).objects());
            at = Models.objectResource(scheme.filter(at.get(), SKOS.BROADER, null));
        }
        return out;
    }

    private static Model read() {
        try (InputStream in = EventCodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return Rio.parse(in, "", RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
