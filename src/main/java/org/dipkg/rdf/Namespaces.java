package org.dipkg.rdf;

import org.eclipse.rdf4j.model.Model;

/** The prefixes written in Turtle and TriG output. */
public final class Namespaces {
    private Namespaces() {
    }

    public static void addTo(Model m) {
        m.setNamespace(DIP.PREFIX, DIP.NAMESPACE);
        m.setNamespace("id", DIP.ID);
        m.setNamespace("g", DIP.GRAPH);
        m.setNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.setNamespace("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.setNamespace("owl", "http://www.w3.org/2002/07/owl#");
        m.setNamespace("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNamespace("skos", "http://www.w3.org/2004/02/skos/core#");
        m.setNamespace("prov", "http://www.w3.org/ns/prov#");
        m.setNamespace("oa", GraphMapper.OA);
        m.setNamespace("wd", "http://www.wikidata.org/entity/");
    }
}
