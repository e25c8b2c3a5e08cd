package org.dipkg.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Serves the named queries: {@code GET /queries/} lists them as JSON
 * ({@code name}, {@code title}, {@code url}), {@code GET /queries/NAME.rq} gives
 * one as {@code application/sparql-query}. Only names in the catalog are served.
 */
final class QueriesServlet extends HttpServlet {
    static final String PREFIX = "/queries";

    private final transient QueryCatalog catalog;
    private final String base;

    /** @param base the public base, or null for the server's own address */
    QueriesServlet(QueryCatalog catalog, String base) {
        this.catalog = catalog;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = HttpIO.rawPath(request);
        if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
            list(request, response);
            return;
        }
        String file = path.substring(PREFIX.length() + 1);
        Optional<NamedQuery> query = file.endsWith(".rq")
                ? catalog.get(file.substring(0, file.length() - 3))
                : Optional.empty();
        if (query.isEmpty()) {
            HttpIO.text(response, HttpServletResponse.SC_NOT_FOUND, "No such query: " + file);
            return;
        }
        HttpIO.send(response, HttpServletResponse.SC_OK, "application/sparql-query; charset=utf-8",
                query.get().text());
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServedIris iris = HttpIO.iris(base, request);
        JsonArray list = new JsonArray();
        for (NamedQuery q : catalog.all()) {
            JsonObject item = new JsonObject();
            item.put("name", q.name());
            item.put("title", q.title());
            item.put("url", iris.base() + "queries/" + q.name() + ".rq");
            list.add(item);
        }
        HttpIO.send(response, HttpServletResponse.SC_OK, "application/json; charset=utf-8", list.toString());
    }
}
