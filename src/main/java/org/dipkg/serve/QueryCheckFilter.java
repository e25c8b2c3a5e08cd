package org.dipkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Parses a SPARQL query before it waits for a place to run, and refuses one that is not
 * valid with 400 and the parser's message: a malformed query never takes a place from a
 * good one. A query nested deeper than {@link QueryNesting#MAX_DEPTH} is refused unparsed.
 * A query that parses goes on with its parsed form in the request attribute
 * {@link QueryGate#QUERY}, for the gate to know it by. Requests without a query (Graph
 * Store reads, the Service Description) pass.
 */
final class QueryCheckFilter extends HttpFilter {
    /** The base Fuseki parses queries against. */
    private static final String BASE = "http://server/unset-base/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = query(request);
        if (query != null) {
            try {
                request.setAttribute(QueryGate.QUERY, parse(query));
            } catch (IllegalArgumentException e) {
                HttpIO.text(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The query parsed; {@link IllegalArgumentException} saying what is wrong when it does not parse. */
    static Query parse(String query) {
        int depth = QueryNesting.depth(query);
        if (depth > QueryNesting.MAX_DEPTH) {
            throw new IllegalArgumentException("The query nests brackets " + depth + " deep; at most "
                    + QueryNesting.MAX_DEPTH + " are accepted.");
        }
        try {
            return QueryFactory.create(query, BASE, Syntax.syntaxARQ);
        } catch (QueryException e) {
            throw new IllegalArgumentException("Parse error: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("The query is nested too deeply to parse.");
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
