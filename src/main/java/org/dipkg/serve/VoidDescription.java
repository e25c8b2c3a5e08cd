package org.dipkg.serve;

import java.math.BigInteger;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.dipkg.rdf.DIP;

/**
 * The VoID description of the served dataset: its counts, SPARQL endpoint, data
 * dump, licence and vocabulary, and one subset per named graph (one per
 * article) with its triple count and its own dump.
 *
 * <pre>
 *   Model voidModel = VoidDescription.describe(stats, iris);
 * </pre>
 */
final class VoidDescription {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private VoidDescription() {
    }

    /** The IRI of the dataset in the description. */
    static String datasetIri(ServedIris iris) {
        return iris.voidDescription() + "#dipkg";
    }

    static Model describe(VoidStatistics stats, ServedIris iris) {
        Model model = ModelFactory.createDefaultModel();
        Resource dataset = model.createResource(datasetIri(iris))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "dipkg: diplomatic events extracted from news articles")
                .addProperty(DCTerms.license, model.createResource(LICENSE))
                .addProperty(VOID.sparqlEndpoint, model.createResource(iris.endpoint()))
                .addProperty(VOID.dataDump, model.createResource(iris.graphStore()))
                .addProperty(VOID.uriSpace, DIP.ID)
                .addProperty(VOID.vocabulary, model.createResource(DIP.NAMESPACE))
                .addLiteral(VOID.triples, integer(model, stats.triples()))
                .addLiteral(VOID.entities, integer(model, stats.entities()))
                .addLiteral(VOID.classes, integer(model, stats.classes()))
                .addLiteral(VOID.properties, integer(model, stats.properties()));
        for (Map.Entry<String, Long> graph : stats.graphs().entrySet()) {
            Resource subset = model.createResource(graph.getKey())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(SD.name, model.createResource(graph.getKey()))
                    .addProperty(VOID.dataDump, model.createResource(iris.served(graph.getKey())))
                    .addLiteral(VOID.triples, integer(model, graph.getValue()));
            dataset.addProperty(VOID.subset, subset);
        }
        return model;
    }

    private static Literal integer(Model model, long value) {
        return model.createTypedLiteral(BigInteger.valueOf(value));
    }
}
