package org.dipkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Parses a SPARQL query before it waits for a place to run, and refuses one that is not
 * valid with 400 and the parser's message: a malformed query never takes a place from a
 * good one. A query nested deeper than {@link QueryNesting#MAX_DEPTH} is refused unparsed.
 * Requests without a query (Graph Store reads, the Service Description) pass.
 */
final class QueryCheckFilter extends HttpFilter {
    /** The base Fuseki parses queries against. */
    private static final String BASE = "http://server/unset-base/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = query(request);
        if (query != null) {
            String problem = problem(query);
            if (problem != null) {
                HttpIO.text(response, HttpServletResponse.SC_BAD_REQUEST, problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with a query, or null when it parses. */
    static String problem(String query) {
        int depth = QueryNesting.depth(query);
        if (depth > QueryNesting.MAX_DEPTH) {
            return "The query nests brackets " + depth + " deep; at most " + QueryNesting.MAX_DEPTH
                    + " are accepted.";
        }
        try {
            QueryFactory.create(query, BASE, Syntax.syntaxARQ);
            return null;
        } catch (QueryException e) {
            return "Parse error: " + e.getMessage();
        } catch (StackOverflowError e) {
            return "The query is nested too deeply to parse.";
        }
    }

    private static String query(HttpServletRequest request) throws IOException {
        String query = request.getParameter("query");
        if (query != null) {
            return query;
        }
        if (request.getMethod().equals("POST")
                && RequestLimitFilter.mediaType(request.getContentType()).equals("application/sparql-query")) {
            return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        return null;
    }
}
