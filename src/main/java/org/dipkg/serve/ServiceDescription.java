package org.dipkg.serve;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description of the endpoint: its URL, language, result
 * formats, features (the default graph is the union of the named graphs) and its
 * dataset, listing the named graphs and pointing to the VoID description.
 *
 * <pre>
 *   Model sd = ServiceDescription.describe(iris, graphNames, false);
 * </pre>
 */
final class ServiceDescription {
    /** Formats of SELECT and ASK results, by their W3C format names. */
    static final List<String> RESULT_FORMATS = List.of(
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "TriG");

    private ServiceDescription() {
    }

    static Model describe(ServedIris iris, List<String> graphNames, boolean federated) {
        Model model = ModelFactory.createDefaultModel();
        Resource endpoint = model.createResource(iris.endpoint());
        endpoint.addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, endpoint)
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph);
        if (federated) {
            endpoint.addProperty(SD.feature, SD.BasicFederatedQuery);
        }
        for (String format : RESULT_FORMATS) {
            endpoint.addProperty(SD.resultFormat, model.createResource(RdfFormat.FORMATS_NS + format));
        }
        for (RdfFormat format : RdfFormat.values()) {
            endpoint.addProperty(SD.resultFormat, model.createResource(format.formatIri()));
        }
        Resource dataset = model.createResource()
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(RDFS.seeAlso, model.createResource(iris.voidDescription()))
                .addProperty(SD.defaultGraph, model.createResource().addProperty(RDF.type, SD.Graph));
        for (String name : graphNames) {
            dataset.addProperty(SD.namedGraph, model.createResource()
                    .addProperty(RDF.type, SD.NamedGraph)
                    .addProperty(SD.name, model.createResource(name)));
        }
        endpoint.addProperty(SD.defaultDataset, dataset);
        return model;
    }
}
